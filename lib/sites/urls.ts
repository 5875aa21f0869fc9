import { MAX_URL_LENGTH } from '../schema/limits';

/**
 * Whether an address read from a page is one the database will accept (see httpUrlSchema):
 * http or https, a host with a domain, and not absurdly long. The background validates again;
 * this only keeps adapters from offering what would be refused.
 */
export function isStorableUrl(href: string): boolean {
  if (href.length > MAX_URL_LENGTH) return false;
  try {
    const url = new URL(href);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/**
 * A copy of `url` without the query parameters whose name `drop` accepts. The query is taken apart
 * as text: Firefox content scripts cannot iterate URLSearchParams (its iterators do not cross the
 * content script's sandbox), and adapters run there.
 */
export function withoutParams(url: URL, drop: (name: string) => boolean): URL {
  const copy = new URL(url.href);
  const kept = copy.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !drop(paramName(pair)));
  copy.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return copy;
}

function paramName(pair: string): string {
  const raw = pair.split('=', 1)[0]?.replace(/\+/g, ' ') ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
