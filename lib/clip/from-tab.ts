import type { SignalClassification } from '../classify/signal-fields';
import type { VliegwielDatabase } from '../db/database';
import { type ClipOutcome, type Clock, clipSelection } from '../db/signals';
import type { Actor } from '../db/store';
import type { MessageKey } from '../i18n';
import { selectionCaptureSchema } from '../schema/capture';
import { siteOfUrl } from '../sites';

/** What the browser tells about a context-menu click or a shortcut press. */
export interface TabClipRequest {
  tabId: number;
  pageUrl?: string;
  /** The selection as the browser reports it (flattened, without line breaks). */
  selectionText?: string;
  /** Set when a link was right-clicked. */
  linkUrl?: string;
  /** Firefox reports the link's words; Chromium does not. */
  linkText?: string;
}

export interface TabClipDeps {
  db: VliegwielDatabase;
  clock: Clock;
  classify(text: string): SignalClassification;
  /** Who clips: this browser's member. */
  actor(): Promise<Actor>;
  /** The page's current selection with its line breaks, or null where the page cannot be read. */
  readSelection(tabId: number): Promise<{ text: string; url: string } | null>;
  /** Tells the user in the page what happened; the page may refuse (browser pages), which is fine. */
  notify(tabId: number, message: MessageKey, detail?: string): Promise<void>;
}

export type TabClipOutcome =
  | ClipOutcome
  | { status: 'nothing-selected' }
  | { status: 'invalid'; message: string };

/**
 * Clips the selection, or the right-clicked link, from any page. It works on sites Vliegwiel has
 * no access to: the click or shortcut grants one-off access to the tab (activeTab).
 */
export async function clipFromTab(
  deps: TabClipDeps,
  request: TabClipRequest,
): Promise<TabClipOutcome> {
  const outcome = await clip(deps, request);
  const message: Record<TabClipOutcome['status'], MessageKey> = {
    clipped: 'selectionClipped',
    'already-clipped': 'clipAlready',
    'nothing-selected': 'selectionEmpty',
    invalid: 'clipFailed',
  };
  await deps
    .notify(
      request.tabId,
      message[outcome.status],
      outcome.status === 'invalid' ? outcome.message : undefined,
    )
    .catch(() => {});
  return outcome;
}

async function clip(deps: TabClipDeps, request: TabClipRequest): Promise<TabClipOutcome> {
  let candidate: { text: string; url: string } | null;
  if (request.linkUrl) {
    candidate = {
      text: request.selectionText || request.linkText || request.linkUrl,
      url: request.linkUrl,
    };
  } else {
    const fromPage = await deps.readSelection(request.tabId).catch(() => null);
    candidate =
      fromPage ??
      (request.pageUrl ? { text: request.selectionText ?? '', url: request.pageUrl } : null);
  }
  if (!candidate || candidate.text.trim() === '') return { status: 'nothing-selected' };
  const parsed = selectionCaptureSchema.safeParse(candidate);
  if (!parsed.success) {
    return {
      status: 'invalid',
      message: parsed.error.issues.map((issue) => issue.message).join('; '),
    };
  }
  const site = siteOfUrl(new URL(parsed.data.url));
  return clipSelection(
    deps.db,
    parsed.data,
    site,
    deps.clock,
    deps.classify(parsed.data.text),
    await deps.actor(),
  );
}
