import type { SiteId } from '../schema/records';

/** Sites are proper names, the same in every language. */
export const SITE_NAMES: Record<SiteId, string> = {
  x: 'X',
  reddit: 'Reddit',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  facebook: 'Facebook',
  web: 'Web',
};
