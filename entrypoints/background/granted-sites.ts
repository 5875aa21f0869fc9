import { browser } from 'wxt/browser';
import { SOCIAL_SITE_MATCHES } from '../../lib/sites';
import { GRANTED_SITES_SCRIPT, samePatterns, userGrantedPatterns } from '../../lib/sites/access';

const { id: SCRIPT_ID, file: CONTENT_SCRIPT_FILE } = GRANTED_SITES_SCRIPT;

let pending: Promise<void> = Promise.resolve();

/**
 * Runs the content script on every site the user granted in the options page, and on no other:
 * called at start and whenever a permission is granted or revoked. Calls run one after another
 * (a grant can arrive while the start-up call is still busy), and a registration that already
 * matches the grants is left as it is: the service worker starts often.
 */
export function registerGrantedSites(): Promise<void> {
  pending = pending.catch(() => {}).then(updateRegistration);
  return pending;
}

async function updateRegistration(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const patterns = userGrantedPatterns(origins, SOCIAL_SITE_MATCHES);
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (samePatterns(registered?.matches ?? [], patterns)) return;
  if (registered) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (patterns.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: patterns, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' },
  ]);
}
