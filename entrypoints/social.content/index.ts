import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startScanner } from '../../lib/content/scanner';
import { startStopSwitch } from '../../lib/content/switch';
import { type GetMessage, type MessageKey, resolveLanguage, translator } from '../../lib/i18n';
import { request, requestAgainUntilAnswered } from '../../lib/messaging/client';
import {
  SETTINGS_KEY,
  storedDetectionConsent,
  storedLanguageChoice,
} from '../../lib/settings-keys';
import { adapterFor, SOCIAL_SITE_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: [...SOCIAL_SITE_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterFor(new URL(location.href), document);
    if (!adapter) return;
    const send = (message: unknown) => browser.runtime.sendMessage(message);
    // A background stopped mid-request starts anew, so a request safe to repeat is repeated.
    const retryPause = (attempt: number) =>
      new Promise<void>((done) => ctx.setTimeout(done, 300 * attempt));
    const startScanning = (t: GetMessage) =>
      startScanner({
        adapter,
        document,
        pageUrl: () => new URL(location.href),
        classify: async (posts) => {
          const answer = await requestAgainUntilAnswered(
            send,
            { type: 'classify-posts', texts: posts.map((post) => post.text) },
            { pause: retryPause },
          );
          if (answer.ok) return answer.result.verdicts;
          console.warn(`[Vliegwiel] classifying posts failed: ${answer.error.message}`);
          return null;
        },
        explain: async (text) => {
          const answer = await request(send, { type: 'explain-post', text });
          return answer.ok ? answer.result.evidence : null;
        },
        t,
        // A plain clip is safe to send again (the background knows a post it has); one with
        // dialog details could start an initiative twice, so its failure is reported instead.
        clip: (post, correction, details) =>
          details
            ? request(send, { type: 'clip-post', post, correction, details })
            : requestAgainUntilAnswered(
                send,
                { type: 'clip-post', post, correction },
                { pause: retryPause },
              ),
        listInitiatives: () => request(send, { type: 'list-initiatives' }),
        postSuggestions: (capture) =>
          request(send, {
            type: 'post-suggestions',
            text: capture.text,
            ...(capture.source.authorName ? { authorName: capture.source.authorName } : {}),
          }),
        clipStatus: (keys) => request(send, { type: 'clip-status', keys }),
        openTracker: (signalId) => void request(send, { type: 'open-tracker', signalId }),
        log: (message, error) => console.warn(`[Vliegwiel] ${message}`, error ?? ''),
        defer: (task, delayMs) => ctx.setTimeout(task, delayMs),
        now: () => performance.now(),
      });
    const scanning = startStopSwitch(
      (storedSettings) => messagesOfChoice(send, storedSettings),
      (t) => (ctx.isInvalid ? null : startScanning(t)),
    );

    // Nothing is read before the user agreed on the welcome page; agreeing (or withdrawing) in
    // another tab takes effect here at once.
    const followConsent = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      const settings = changes[SETTINGS_KEY]?.newValue;
      if (storedDetectionConsent(settings)) scanning.on(settings);
      else scanning.off();
    };
    browser.storage.onChanged.addListener(followConsent);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(followConsent);
      scanning.off();
    });
    const stored = await browser.storage.local.get(SETTINGS_KEY).catch(() => ({}));
    const settings = (stored as Record<string, unknown>)[SETTINGS_KEY];
    if (storedDetectionConsent(settings)) scanning.on(settings);
  },
});

/**
 * The messages of the language chosen in the options. The browser's own are the answer unless the
 * user chose another language; only then are that language's messages asked of the background,
 * so a page in the usual case starts without waiting on it.
 */
async function messagesOfChoice(
  send: (message: unknown) => Promise<unknown>,
  storedSettings: unknown,
): Promise<GetMessage> {
  const own: GetMessage = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
  const browserLanguage = browser.i18n.getUILanguage();
  const choice = storedLanguageChoice(storedSettings);
  if (resolveLanguage(choice, browserLanguage) === resolveLanguage('auto', browserLanguage)) {
    return own;
  }
  const chosen = await request(send, { type: 'ui-messages' });
  if (!chosen.ok) return own;
  const fromChoice = translator(chosen.result.messages, {});
  return (key: MessageKey, substitutions?: string[]) =>
    fromChoice(key, substitutions) || own(key, substitutions);
}
