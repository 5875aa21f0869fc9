import type { SiteId } from '../schema/records';

// Post addresses without their author, for exports and workspaces that pseudonymise authors. The
// rules per site say where a post keeps an address that does not name who wrote it.

const PARTS = /[/:@?#&=]+/;

/** Whether a key, path or query names the author in one of its handle `forms` (lower case). */
export function namesAny(value: string, forms: readonly string[]): boolean {
  if (forms.length === 0) return false;
  const parts = decoded(value).toLowerCase().split(PARTS);
  return forms.some((form) => parts.includes(form));
}

/** A URL part decoded, or as it is when it is not valid percent-encoding. */
export function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const X_STATUS = /^\/[^/]+\/status\/(\d+)/;
const MASTODON_STATUS = /^\/(?:@[^/]+|users\/[^/]+\/statuses)\/(\d+)/;
const REDDIT_USER_PATH = /^\/(?:user|u)\/|^\/r\/u_/i;
const REDDIT_THREAD = /\/comments\/([a-z0-9]+)(?:\/[^/]*\/([a-z0-9]+))?/i;

/**
 * The post's address without its author, still opening the post where the site allows:
 * - X: x.com/<handle>/status/<id> becomes x.com/i/web/status/<id>;
 * - Mastodon: <server>/@<account>/<id> becomes <server>/statuses/<id>, the web app's own address
 *   of that status on the same server;
 * - Reddit: threads (/r/<subreddit>/comments/…) name no author and stay; a post in a user's
 *   profile becomes reddit.com/comments/<id>/ (and _/<comment>/ for a comment);
 * - Bluesky has no address of a post without its account: the site's home page;
 * - Facebook: a group's post stays (it names the group); other posts are addressed by their
 *   author's name or id, so the site's home page;
 * - any address that still names the author (a web page under /@<handle>/, say): its home page.
 */
export function addressWithoutAuthor(
  site: SiteId,
  address: string,
  forms: readonly string[] = [],
): string {
  const url = new URL(address);
  const home = `${url.origin}/`;
  const bySite = siteAddress(site, url, home);
  if (bySite !== undefined) return bySite;
  const segments = url.pathname.split('/').map((segment) => decoded(segment).replace(/^@/, ''));
  const named =
    forms.length > 0 &&
    (segments.some((segment) => forms.includes(segment.toLowerCase())) ||
      namesAny(`${url.search}${url.hash}`, forms));
  return named ? home : address;
}

/** A site's own rule, or undefined where the general one applies. */
function siteAddress(site: SiteId, url: URL, home: string): string | undefined {
  switch (site) {
    case 'x': {
      const status = X_STATUS.exec(url.pathname);
      return status && !url.pathname.startsWith('/i/')
        ? `${url.origin}/i/web/status/${status[1]}`
        : undefined;
    }
    case 'mastodon': {
      const status = MASTODON_STATUS.exec(url.pathname);
      return status ? `${url.origin}/statuses/${status[1]}` : undefined;
    }
    case 'reddit': {
      if (!REDDIT_USER_PATH.test(url.pathname)) return undefined;
      const thread = REDDIT_THREAD.exec(url.pathname);
      if (!thread) return home;
      return `${url.origin}/comments/${thread[1]}/${thread[2] ? `_/${thread[2]}/` : ''}`;
    }
    case 'bluesky':
      return url.pathname.startsWith('/profile/') ? home : undefined;
    case 'facebook':
      return url.pathname.startsWith('/groups/') ? undefined : home;
    case 'web':
      return undefined;
  }
}
