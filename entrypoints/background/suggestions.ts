import nationalContacts from '../../lib/data/contacts.json';
import municipalDesks from '../../lib/data/municipal-desks.json';
import municipalitiesCsv from '../../lib/data/municipalities.csv?raw';
import type { VliegwielDatabase } from '../../lib/db/database';
import type { Contact } from '../../lib/schema/contacts';
import type { SuggestionsResult } from '../../lib/schema/messages';
import type { Settings } from '../../lib/settings';
import { loadContacts } from '../../lib/suggest/contacts';
import { suggest } from '../../lib/suggest/suggest';
import { listInitiatives } from '../../lib/tracker/initiatives';
import { sharedGazetteer } from './analysis';

let contacts: Contact[] | null = null;

/**
 * Suggestions for a stored signal: the shipped contacts, the groups and open initiatives in the
 * database, and the user's home area as the last resort for where it is.
 */
export async function suggestionsFor(
  db: VliegwielDatabase,
  settings: Settings,
  signalId: string,
): Promise<SuggestionsResult> {
  const signal = await db.signals.get(signalId);
  if (!signal) return null;
  contacts ??= loadContacts(municipalitiesCsv, nationalContacts, municipalDesks);
  const [groups, initiatives] = await Promise.all([db.groups.toArray(), listInitiatives(db)]);
  const {
    location,
    category,
    contacts: ranked,
    groups: nearGroups,
    initiatives: joinable,
  } = suggest(signal, {
    contacts,
    groups,
    initiatives,
    gazetteer: sharedGazetteer(),
    ...(settings.homeArea ? { homeArea: settings.homeArea } : {}),
  });
  return { location, category, contacts: ranked, groups: nearGroups, initiatives: joinable };
}
