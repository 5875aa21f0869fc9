import { browser } from 'wxt/browser';
import {
  type GetMessage,
  type MessageBundle,
  resolveLanguage,
  translator,
  type UiLanguage,
} from '../lib/i18n';
import type { Settings } from '../lib/settings';
import english from '../public/_locales/en/messages.json';
import dutch from '../public/_locales/nl/messages.json';

const BUNDLES: Record<UiLanguage, MessageBundle> = { nl: dutch, en: english };

export interface PageLanguage {
  t: GetMessage;
  /** The language shown, also the locale for dates and numbers. */
  language: UiLanguage;
}

/** The messages of the language the settings choose (the browser's, unless the user chose). */
export function pageLanguage(choice: Settings['language']): PageLanguage {
  const language = resolveLanguage(choice, browser.i18n.getUILanguage());
  return {
    language,
    t: translator(BUNDLES[language], BUNDLES[language === 'nl' ? 'en' : 'nl']),
  };
}
