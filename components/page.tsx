import { type ComponentChild, render } from 'preact';
import { browser } from 'wxt/browser';
import { SETTINGS_KEY, type Settings } from '../lib/settings';
import { loadSettings } from '../lib/settings-store';
import { type PageLanguage, pageLanguage } from './i18n';

export interface PageContext extends PageLanguage {
  settings: Settings;
}

const newId = () => crypto.randomUUID();

/**
 * Renders an extension page once the settings are read, and again whenever they change (a
 * language chosen in the options shows at once in an open tracker or popup).
 */
export async function mountPage(
  view: (context: PageContext) => ComponentChild,
  title?: (context: PageContext) => string,
): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  const show = (settings: Settings) => {
    const context = { settings, ...pageLanguage(settings.language) };
    document.documentElement.lang = context.language;
    if (title) document.title = title(context);
    render(view(context), app);
  };
  show(await loadSettings(browser.storage.local, newId));
  browser.storage.local.onChanged.addListener((changes) => {
    if (SETTINGS_KEY in changes) void loadSettings(browser.storage.local, newId).then(show);
  });
}
