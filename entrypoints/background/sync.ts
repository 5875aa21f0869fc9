import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { VliegwielDatabase } from '../../lib/db/database';
import { adoptMember, loadSettings } from '../../lib/settings-store';
import { optionalDataCollection } from '../../lib/sync/consent';
import { syncWithWorkspace } from '../../lib/sync/run';
import { syncScheduler } from '../../lib/sync/scheduler';
import { CURRENT } from '../../lib/sync/state';

const SYNC_ALARM = 'sync';
/** Alarms outlive the service worker: a change queued just before it stopped goes out at the next. */
const SYNC_PERIOD_MINUTES = 1;
/** A burst of changes (a bulk triage, a clip with its dialog) goes out as one push. */
const DEBOUNCE_MS = 2000;

/**
 * Syncs with the connected workspace after local changes, every minute and on browser start.
 * Rounds record their own failures in the sync status (lib/sync/run.ts); what escapes is logged.
 */
export function keepSyncing(
  db: VliegwielDatabase,
  newId: () => string,
  log: (message: string, error: unknown) => void,
) {
  const dataCollection = optionalDataCollection(browser.runtime.getManifest());
  // Firefox's permission to send data can be withdrawn at any time in the add-ons manager.
  const consented = () =>
    dataCollection.length === 0
      ? Promise.resolve(true)
      : browser.permissions.contains({
          data_collection: dataCollection,
        } as Parameters<typeof browser.permissions.contains>[0]);

  const round = async () => {
    try {
      const connection = await db.syncConnection.get(CURRENT);
      // Creating or joining adopts the member in the settings; should that write have failed
      // (the options page closed at that moment), it is made good here.
      const { memberId } = await loadSettings(browser.storage.local, newId);
      if (connection && connection.member.id !== memberId) {
        await adoptMember(browser.storage.local, newId, connection.member);
      }
      await syncWithWorkspace(
        { db, fetch: (input, init) => fetch(input, init), now: () => new Date() },
        { consented: await consented() },
      );
    } catch (error) {
      log('Syncing failed', error);
    }
  };
  const scheduler = syncScheduler(round, DEBOUNCE_MS, {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  });

  void browser.alarms.get(SYNC_ALARM).then((alarm) => {
    // Creating it again would restart its period at every wake of the service worker.
    if (!alarm) void browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void scheduler.now();
  });
  browser.runtime.onStartup.addListener(() => void scheduler.now());

  liveQuery(() => db.outbox.count()).subscribe({
    next: (queued) => {
      if (queued > 0) scheduler.soon();
    },
    error: (error) => log('Watching the sync queue failed', error),
  });
}
