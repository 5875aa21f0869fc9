import { browser } from 'wxt/browser';
import { SOCIAL_SITE_MATCHES } from '../../lib/sites';
import { GRANTED_SITES_SCRIPT, userGrantedPatterns } from '../../lib/sites/access';

const { id: SCRIPT_ID, file: CONTENT_SCRIPT_FILE } = GRANTED_SITES_SCRIPT;

/**
 * Runs the content script on every site the user granted in the options page, and on no other:
 * called at start and whenever a permission is granted or revoked.
 */
export async function registerGrantedSites(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const patterns = userGrantedPatterns(origins, SOCIAL_SITE_MATCHES);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (patterns.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: patterns, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' },
  ]);
}
