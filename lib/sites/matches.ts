/**
 * Pages the content script runs on. Kept apart from the adapters because the manifest is built
 * from it in Node, at build time; each pattern belongs to the adapter named beside it.
 */
export const SOCIAL_SITE_MATCHES = [
  'https://x.com/*', // x
  'https://twitter.com/*', // x
  'https://mobile.x.com/*', // x
  'https://www.reddit.com/*', // reddit
  'https://old.reddit.com/*', // reddit
] as const;
