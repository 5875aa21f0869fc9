import { browser } from 'wxt/browser';
import type { GetMessage } from '../lib/i18n';

export const t: GetMessage = (key, substitutions) => browser.i18n.getMessage(key, substitutions);

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
