import type { Signal, SiteId } from '../schema/records';
import { addressWithoutAuthor, decoded, namesAny } from '../sites/author-address';

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
