import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { classifyPost } from '../../lib/classify';
import { startScanner } from '../../lib/content/scanner';
import { type MessageKey, translator } from '../../lib/i18n';
import { request } from '../../lib/messaging/client';
import { adapterFor, SOCIAL_SITE_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: [...SOCIAL_SITE_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterFor(new URL(location.href), document);
    if (!adapter) return;
    const send = (message: unknown) => browser.runtime.sendMessage(message);
    // The language chosen in the options; the browser's own messages where that is not known.
    const own = (key: MessageKey, substitutions?: string[]) =>
      browser.i18n.getMessage(key, substitutions);
    const chosen = await request(send, { type: 'ui-messages' });
    const fromChoice = chosen.ok ? translator(chosen.result.messages, {}) : null;
    const t = (key: MessageKey, substitutions?: string[]) =>
      fromChoice?.(key, substitutions) || own(key, substitutions);
    const scanner = startScanner({
      adapter,
      document,
      pageUrl: () => new URL(location.href),
      classify: (capture) => classifyPost(capture.text),
      t,
      clip: (post, correction, details) =>
        request(send, { type: 'clip-post', post, correction, details }),
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
      defer: (task) => ctx.setTimeout(task, 0),
      now: () => performance.now(),
    });
    ctx.onInvalidated(() => scanner.stop());
  },
});
