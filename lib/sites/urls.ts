import { MAX_MEDIA, MAX_URL_LENGTH } from '../schema/limits';

/**
 * Whether an address read from a page is one the database will accept (see httpUrlSchema):
 * http or https, a host with a domain, and not absurdly long. The background validates again;
 * this only keeps adapters from offering what would be refused.
 */
export function isStorableUrl(href: string): boolean {
  if (href.length > MAX_URL_LENGTH) return false;
  const url = parseUrl(href);
  return !!url && isStorable(url);
}

/** `isStorableUrl` of an address already parsed: a timeline's images are not parsed twice. */
function isStorable(url: URL): boolean {
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.hostname.includes('.') &&
    url.href.length <= MAX_URL_LENGTH
  );
}

/** `href` resolved against `base`; null where it is no address at all. */
export function parseUrl(href: string, base?: URL | string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** An address as a person types it: `https://` is assumed without a scheme; null where it is none. */
export function typedUrl(input: string): URL | null {
  return parseUrl(/^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : `https://${input}`);
}

/**
 * The media addresses a post shows, from the `src` or `href` of its images: resolved against
 * `base`, https only, storable, each once, at most MAX_MEDIA; undefined when there are none. An
 * address that cannot be read is left out; the post itself is still readable.
 */
export function mediaUrls(sources: Iterable<string>, base: URL | string): string[] | undefined {
  const urls = new Set<string>();
  for (const source of sources) {
    // An empty address would resolve to the page itself, which is no image.
    if (source.trim() === '') continue;
    const url = parseUrl(source, base);
    if (url?.protocol === 'https:' && isStorable(url)) urls.add(url.href);
  }
  const media = [...urls].slice(0, MAX_MEDIA);
  return media.length > 0 ? media : undefined;
}

/** `mediaUrls` of images, from their `src`. */
export function imageUrls(images: Iterable<Element>, base: URL | string): string[] | undefined {
  return mediaUrls(
    Array.from(images, (image) => image.getAttribute('src') ?? ''),
    base,
  );
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
