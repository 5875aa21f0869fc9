import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { clipFromTab, type TabClipDeps } from '../../lib/clip/from-tab';
import { readSelectionInPage, showNoticeInPage } from '../../lib/clip/in-page';
import { VliegwielDatabase } from '../../lib/db/database';
import { type MessageKey, resolveLanguage, translator, type UiLanguage } from '../../lib/i18n';
import { createMessageRouter } from '../../lib/messaging/router';
import { TRACKER_PATH, trackerPath, WELCOME_PATH } from '../../lib/pages';
import { hasDetectionConsent, type Settings } from '../../lib/settings';
import { actorOf, loadSettings } from '../../lib/settings-store';
import { sharedPostKeys } from '../../lib/sync/workspace';
import english from '../../public/_locales/en/messages.json';
import dutch from '../../public/_locales/nl/messages.json';
import { analyseForSignal, explainOnPage, findMunicipality, judgeOnPage } from './analysis';
import { keepBadgeCurrent } from './badge';
import { registerGrantedSites } from './granted-sites';
import { postSuggestions, suggestionsFor } from './suggestions';
import { keepSyncing } from './sync';

const MENU_CLIP_SELECTION = 'clip-selection';
const MENU_CLIP_LINK = 'clip-link';
/** The keyboard command's name in the manifest (wxt.config.ts). */
const COMMAND_CLIP_SELECTION = 'clip-selection';

export default defineBackground(() => {
  const db = new VliegwielDatabase();
  const clock = { now: () => new Date(), newId: () => crypto.randomUUID() };
  const log = (message: string, error: unknown) => console.error(`[Vliegwiel] ${message}`, error);
  const actor = async () => actorOf(await loadSettings(browser.storage.local, clock.newId));

  const route = createMessageRouter({
    db,
    clock,
    classify: analyseForSignal,
    judge: judgeOnPage,
    explain: explainOnPage,
    actor,
    findMunicipality,
    suggestionsFor: async (subject) =>
      suggestionsFor(db, await loadSettings(browser.storage.local, clock.newId), subject),
    postSuggestions: async (text, authorName) => {
      const settings = await loadSettings(browser.storage.local, clock.newId);
      return postSuggestions(db, settings, chosenWords(settings), text, authorName);
    },
    uiMessages: async () => {
      const { language } = chosenWords(await loadSettings(browser.storage.local, clock.newId));
      return { language, messages: language === 'nl' ? dutch : english };
    },
    openTracker: async (signalId) => {
      await browser.tabs.create({ url: browser.runtime.getURL(trackerPath(signalId)) });
    },
    sharedPostKeys: (keys) => sharedPostKeys(db, keys),
    log,
  });
  browser.runtime.onMessage.addListener((message) => route(message));

  keepBadgeCurrent(db, clock.newId, (count) => void notifyNewSignals(count), log);
  keepSyncing(db, clock.newId, log);
  // The notifications API exists only once the user has granted it (in the options page).
  let followingNotificationClicks = false;
  const followNotificationClicks = () => {
    if (followingNotificationClicks || !browser.notifications) return;
    followingNotificationClicks = true;
    browser.notifications.onClicked.addListener((id) => {
      if (id === NOTIFICATION_ID)
        void browser.tabs.create({ url: browser.runtime.getURL(TRACKER_PATH) });
    });
  };
  followNotificationClicks();
  browser.permissions.onAdded.addListener(followNotificationClicks);

  const tabClip: TabClipDeps = {
    db,
    clock,
    classify: analyseForSignal,
    actor,
    readSelection: async (tabId) => {
      const [frame] = await browser.scripting.executeScript({
        target: { tabId },
        func: readSelectionInPage,
      });
      return (frame?.result as { text: string; url: string } | undefined) ?? null;
    },
    notify: async (tabId, message: MessageKey, detail) => {
      await browser.scripting.executeScript({
        target: { tabId },
        func: showNoticeInPage,
        args: [browser.i18n.getMessage(message), detail ?? ''],
      });
    },
  };

  const updateGrantedSites = () =>
    registerGrantedSites().catch((error) => log('Registering granted sites failed', error));
  void updateGrantedSites();
  browser.permissions.onAdded.addListener(updateGrantedSites);
  browser.permissions.onRemoved.addListener(updateGrantedSites);

  // Menus outlive the service worker; an update recreates them, so the old ones go first.
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: MENU_CLIP_SELECTION,
      title: browser.i18n.getMessage('menuClipSelection'),
      contexts: ['selection'],
    });
    browser.contextMenus.create({
      id: MENU_CLIP_LINK,
      title: browser.i18n.getMessage('menuClipLink'),
      contexts: ['link'],
    });
    // A new user first reads what Vliegwiel does; nothing is read on any site until they agree.
    if (reason === 'install') {
      const settings = await loadSettings(browser.storage.local, clock.newId);
      if (!hasDetectionConsent(settings)) {
        await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
      }
    }
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId !== MENU_CLIP_SELECTION && info.menuItemId !== MENU_CLIP_LINK) return;
    void clipFromTab(tabClip, {
      tabId: tab.id,
      pageUrl: info.pageUrl,
      selectionText: info.selectionText,
      linkUrl: info.menuItemId === MENU_CLIP_LINK ? info.linkUrl : undefined,
      linkText: (info as { linkText?: string }).linkText,
    }).catch((error) => log('Clipping from the menu failed', error));
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== COMMAND_CLIP_SELECTION || tab?.id === undefined) return;
    void clipFromTab(tabClip, { tabId: tab.id, pageUrl: tab.url }).catch((error) =>
      log('Clipping with the shortcut failed', error),
    );
  });
});

const NOTIFICATION_ID = 'new-signals';

/** A notification of newly arrived watched signals, when the user granted notifications. */
async function notifyNewSignals(count: number) {
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  await browser.notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: browser.i18n.getMessage('extensionName'),
    message: browser.i18n.getMessage('notificationNewSignals', [String(count)]),
  });
}

/** The language the user chose (the browser's when they did not), with its messages. */
function chosenWords(settings: Settings) {
  const language: UiLanguage = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  const [chosen, other] = language === 'nl' ? [dutch, english] : [english, dutch];
  return { language, t: translator(chosen, other) };
}
