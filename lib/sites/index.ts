import { redditAdapter } from './reddit';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [xAdapter, redditAdapter];

export function adapterFor(url: URL): SiteAdapter | null {
  return SITE_ADAPTERS.find((adapter) => adapter.handles(url)) ?? null;
}
