import type { SiteId } from '../schema/records';
import { blueskyAdapter } from './bluesky';
import { facebookAdapter } from './facebook';
import { genericAdapter } from './generic';
import { mastodonAdapter } from './mastodon';
import { redditAdapter } from './reddit';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';

/** Every site Vliegwiel reads; the first that handles a page reads it. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  xAdapter,
  redditAdapter,
  blueskyAdapter,
  facebookAdapter,
  mastodonAdapter,
  // Recognises any page by its markup, so it comes after every site-specific adapter.
  genericAdapter,
];

/** The content script's match patterns: every adapter's default pages. */
export const SOCIAL_SITE_MATCHES: readonly string[] = SITE_ADAPTERS.flatMap(
  (adapter) => adapter.matches,
);

export function adapterFor(url: URL, document?: Document): SiteAdapter | null {
  return SITE_ADAPTERS.find((adapter) => adapter.handles(url, document)) ?? null;
}

/** The site a page belongs to, judged by its address alone; `web` for any other page. */
export function siteOfUrl(url: URL): SiteId {
  return SITE_ADAPTERS.find((adapter) => adapter.handles(url))?.site ?? 'web';
}
