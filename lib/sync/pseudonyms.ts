import type { Signal, SiteId } from '../schema/records';

// Pseudonymised authors. The authors of clipped posts are third parties (personal data,
// DESIGN.md); a workspace can ask that its signals name them only by a pseudonym. Every signal
// this browser pushes there is rewritten on its way out (push.ts), whatever is stored here:
// - the author's handle becomes "anon:" and the base64url HMAC-SHA256 of "<site>:<handle>" under
//   the workspace's pseudonym key, which every member has: the same author gets the same
//   pseudonym on every member's device, and another workspace gives another one;
// - the author's display name goes;
// - an address that names the author becomes one that does not (see addressWithoutAuthor), and
//   so do the post key, the post id and media addresses (a Bluesky image names the account);
// - the text and the note stay as they are: they are what the tracker is for.
// The post stays findable through its address: this is pseudonymisation, not anonymisation.

/** The form the server requires of an author in a workspace that pseudonymises authors. */
const PSEUDONYM = /^anon:[A-Za-z0-9_-]{43}$/;
const PSEUDONYMOUS_POST_KEY = /^[a-z]+:anon:[A-Za-z0-9_-]{43}$/;

export interface Pseudonymiser {
  /** The pseudonym of an author's handle on a site. */
  author(site: SiteId, handle: string): Promise<string>;
  /** A post key without the author: equal keys give equal keys, so duplicates still show. */
  postKey(key: string): Promise<string>;
}

/** A pseudonymiser with the workspace's key (32 bytes, base64url). */
export async function pseudonymiser(pseudonymKey: string): Promise<Pseudonymiser> {
  const key = await crypto.subtle.importKey(
    'raw',
    fromBase64url(pseudonymKey),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = async (text: string) =>
    base64url(
      new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text))),
    );
  return {
    author: async (site, handle) => `anon:${await mac(`${site}:${normalisedHandle(handle)}`)}`,
    // "post:" keeps a key's pseudonym apart from any handle's.
    postKey: async (postKey) => `${siteOfKey(postKey)}:anon:${await mac(`post:${postKey}`)}`,
  };
}

/** Handles are case-insensitive on every site Vliegwiel reads, with or without their "@". */
function normalisedHandle(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}

function siteOfKey(postKey: string): string {
  return postKey.slice(0, postKey.indexOf(':'));
}

/** The signal as a workspace that pseudonymises authors receives it. */
export async function pseudonymiseSignal(
  signal: Signal,
  pseudonyms: Pseudonymiser,
): Promise<Signal> {
  const { postKey, media, ...record } = signal;
  const { authorName: _name, authorHandle, postId, ...source } = signal.source;
  const handle = plainHandle(signal);
  const forms = handleForms(handle);
  const keptMedia = media?.filter((url) => !mediaNamesAuthor(source.site, url, forms));
  const keptPostId = postId !== undefined && !namesAny(postId, forms) ? postId : undefined;
  const pseudonym =
    handle === undefined ? authorHandle : await pseudonyms.author(source.site, handle);
  const keptKey =
    postKey !== undefined && keyNamesAuthor(postKey, forms)
      ? await pseudonyms.postKey(postKey)
      : postKey;
  return {
    ...record,
    ...(keptKey === undefined ? {} : { postKey: keptKey }),
    ...(keptMedia && keptMedia.length > 0 ? { media: keptMedia } : {}),
    source: {
      ...source,
      url: addressWithoutAuthor(source.site, source.url, forms),
      ...(keptPostId === undefined ? {} : { postId: keptPostId }),
      ...(pseudonym === undefined ? {} : { authorHandle: pseudonym }),
    },
  };
}

/** Whether pseudonymiseSignal would change the signal: it still names its author somewhere. */
export function namesAuthor(signal: Signal): boolean {
  const { source, postKey, media } = signal;
  const handle = plainHandle(signal);
  const forms = handleForms(handle);
  return (
    source.authorName !== undefined ||
    handle !== undefined ||
    addressWithoutAuthor(source.site, source.url, forms) !== source.url ||
    (postKey !== undefined && keyNamesAuthor(postKey, forms)) ||
    (media ?? []).some((url) => mediaNamesAuthor(source.site, url, forms))
  );
}

/** The author's handle unless it is a pseudonym already (a signal that was pushed before). */
function plainHandle(signal: Signal): string | undefined {
  const handle = signal.source.authorHandle;
  return handle === undefined || PSEUDONYM.test(handle) ? undefined : handle;
}

/** How a handle shows in addresses and keys: lower case; Mastodon's user@server also as user. */
function handleForms(handle: string | undefined): string[] {
  if (handle === undefined) return [];
  const full = normalisedHandle(handle);
  const user = full.split('@')[0] ?? full;
  return full === '' ? [] : [...new Set([full, user].filter((form) => form !== ''))];
}

const PARTS = /[/:@?#&=]+/;

function namesAny(value: string, forms: readonly string[]): boolean {
  if (forms.length === 0) return false;
  const parts = decoded(value).toLowerCase().split(PARTS);
  return forms.some((form) => parts.includes(form));
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Bluesky keys are `bluesky:<account>/<record>` and Mastodon's `mastodon:<host>/@<account>/<id>`:
 * they always name the account (a DID names it as much as a handle). Other sites key by the
 * post's own id, or (web pages) by its address, which names the author only sometimes.
 */
function keyNamesAuthor(postKey: string, forms: readonly string[]): boolean {
  if (PSEUDONYMOUS_POST_KEY.test(postKey)) return false;
  const site = siteOfKey(postKey);
  if (site === 'bluesky') return true;
  if (site === 'mastodon' && postKey.includes('/@')) return true;
  return namesAny(postKey, forms);
}

/** Bluesky's image addresses carry the account's DID. */
function mediaNamesAuthor(site: SiteId, url: string, forms: readonly string[]): boolean {
  const path = decoded(new URL(url).pathname);
  if (site === 'bluesky' && path.includes('did:')) return true;
  return namesAny(path, forms);
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

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
