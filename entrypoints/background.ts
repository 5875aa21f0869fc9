import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { VliegwielDatabase } from '../lib/db/database';
import { createMessageRouter } from '../lib/messaging/router';
import { trackerPath } from '../lib/pages';

export default defineBackground(() => {
  const route = createMessageRouter({
    db: new VliegwielDatabase(),
    clock: { now: () => new Date(), newId: () => crypto.randomUUID() },
    openTracker: async (signalId) => {
      await browser.tabs.create({ url: browser.runtime.getURL(trackerPath(signalId)) });
    },
    log: (message, error) => console.error(`[Vliegwiel] ${message}`, error),
  });
  browser.runtime.onMessage.addListener((message) => route(message));
});
