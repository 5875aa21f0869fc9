import { typedUrl } from './urls';

/**
 * Site access beyond the sites Vliegwiel reads from install on: the user grants a site (another
 * Mastodon instance, a local news site or forum) through an optional host permission, and the
 * content script is then registered for it.
 */

/** The content script registered for user-granted sites, and the bundle WXT builds it into. */
export const GRANTED_SITES_SCRIPT = {
  id: 'vliegwiel-granted-sites',
  file: 'content-scripts/social.js',
} as const;

export type OriginParse =
  | { ok: true; pattern: string; host: string }
  | { ok: false; reason: 'empty' | 'not-a-site' };

/** Turns what a user typed ("mastodon.example", "https://forum.example/t/1") into a match pattern. */
export function sitePatternFromInput(input: string): OriginParse {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const url = typedUrl(trimmed);
  if (!url) return { ok: false, reason: 'not-a-site' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, reason: 'not-a-site' };
  if (!url.hostname.includes('.') || url.hostname.startsWith('.') || url.hostname.endsWith('.')) {
    return { ok: false, reason: 'not-a-site' };
  }
  return { ok: true, pattern: `${url.protocol}//${url.hostname}/*`, host: url.hostname };
}

/** The granted host patterns the user added, apart from those in the manifest. */
export function userGrantedPatterns(
  granted: readonly string[],
  builtIn: readonly string[],
): string[] {
  const builtInSet = new Set(builtIn);
  return granted
    .filter((pattern) => !builtInSet.has(pattern) && /^https?:\/\/[^*/]+\/\*$/.test(pattern))
    .sort();
}

/** Whether two lists hold the same match patterns, in any order. */
export function samePatterns(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const inA = new Set(a);
  return b.every((pattern) => inA.has(pattern));
}

export function hostOfPattern(pattern: string): string {
  return pattern.replace(/^https?:\/\//, '').replace(/\/\*$/, '');
}
