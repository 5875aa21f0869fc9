import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { VliegwielDatabase } from '../../lib/db/database';
import { badgeText } from '../../lib/format';
import { SETTINGS_KEY, type Settings } from '../../lib/settings';
import { loadSettings } from '../../lib/settings-store';
import { watchedSignalIds } from '../../lib/tracker/watch';

/**
 * Keeps the toolbar badge at the number of untriaged signals in the watched areas and topics,
 * following every change to the database or the settings, and (when the user asked for it)
 * tells of newly arrived ones with a notification.
 */
export function keepBadgeCurrent(
  db: VliegwielDatabase,
  newId: () => string,
  notify: (count: number) => void,
  log: (message: string, error: unknown) => void,
) {
  let unsubscribe: (() => void) | null = null;
  let known: ReadonlySet<string> | null = null;

  const follow = (settings: Settings) => {
    unsubscribe?.();
    known = null;
    const subscription = liveQuery(() => watchedSignalIds(db, settings)).subscribe({
      next: (ids) => {
        void browser.action.setBadgeText({ text: badgeText(ids.length) });
        const arrived = known ? ids.filter((id) => !known?.has(id)).length : 0;
        known = new Set(ids);
        if (arrived > 0 && settings.notifications) notify(arrived);
      },
      error: (error) => log('Counting watched signals failed', error),
    });
    unsubscribe = () => subscription.unsubscribe();
  };

  void browser.action.setBadgeBackgroundColor({ color: '#0b6e4f' });
  void loadSettings(browser.storage.local, newId).then(follow);
  browser.storage.local.onChanged.addListener((changes) => {
    if (SETTINGS_KEY in changes) void loadSettings(browser.storage.local, newId).then(follow);
  });
}
