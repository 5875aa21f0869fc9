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
