import nationalContacts from '../../lib/data/contacts.json';
import municipalDesks from '../../lib/data/municipal-desks.json';
import municipalitiesCsv from '../../lib/data/municipalities.csv?raw';
import type { VliegwielDatabase } from '../../lib/db/database';
import type { GetMessage, UiLanguage } from '../../lib/i18n';
import { type MunicipalityName, municipalityList } from '../../lib/places/municipality-list';
import type { Contact } from '../../lib/schema/contacts';
import type { PostSuggestionsResult, SuggestionsResult } from '../../lib/schema/messages';
import type { Initiative, Signal } from '../../lib/schema/records';
import type { Settings } from '../../lib/settings';
import { loadContacts } from '../../lib/suggest/contacts';
import { locationText, municipalityName, reasonsText } from '../../lib/suggest/reason-words';
import { type SuggestionContext, suggest } from '../../lib/suggest/suggest';
import { listInitiatives } from '../../lib/tracker/initiatives';
import { analyseForSignal, sharedGazetteer } from './analysis';

const DIALOG_CONTACTS = 3;
const DIALOG_GROUPS = 2;
/** Signals made up for suggesting (a post not clipped yet, an initiative) are never stored. */
const UNSTORED_URL = 'https://vliegwiel.invalid/';

let contacts: Contact[] | null = null;
let municipalityNames: MunicipalityName[] | null = null;

/**
 * What suggestions are made from: the shipped contacts (read once per service-worker life), the
 * groups and open initiatives in the database, and the user's home area as the last resort.
 */
async function suggestionContext(
  db: VliegwielDatabase,
  settings: Settings,
  leaveOut?: string,
): Promise<SuggestionContext> {
  contacts ??= loadContacts(municipalitiesCsv, nationalContacts, municipalDesks);
  const [groups, initiatives] = await Promise.all([db.groups.toArray(), listInitiatives(db)]);
  return {
    contacts,
    groups,
    initiatives: initiatives.filter((initiative) => initiative.id !== leaveOut),
    gazetteer: sharedGazetteer(),
    ...(settings.homeArea ? { homeArea: settings.homeArea } : {}),
  };
}

/** Suggestions for a stored signal, or for an initiative (which is not offered to itself). */
export async function suggestionsFor(
  db: VliegwielDatabase,
  settings: Settings,
  subject: { signalId: string } | { initiativeId: string },
): Promise<SuggestionsResult> {
  const signal =
    'signalId' in subject
      ? await db.signals.get(subject.signalId)
      : initiativeAsSignal(await db.initiatives.get(subject.initiativeId));
  if (!signal) return null;
  const context = await suggestionContext(
    db,
    settings,
    'initiativeId' in subject ? subject.initiativeId : undefined,
  );
  const { location, category, contacts: ranked, groups, initiatives } = suggest(signal, context);
  return { location, category, contacts: ranked, groups, initiatives };
}

/**
 * Where a post that is not stored yet is, and the first few contacts and groups for it, worded in
 * the user's language for the clip dialog (the content script carries neither the place data nor
 * the words).
 */
export async function postSuggestions(
  db: VliegwielDatabase,
  settings: Settings,
  { t, language }: { t: GetMessage; language: UiLanguage },
  text: string,
  authorName: string | undefined,
): Promise<PostSuggestionsResult> {
  municipalityNames ??= municipalityList(municipalitiesCsv);
  const names = municipalityNames;
  const signal: Signal = {
    id: crypto.randomUUID(),
    text,
    source: { site: 'web', url: UNSTORED_URL, ...(authorName ? { authorName } : {}) },
    clippedAt: new Date().toISOString(),
    ...analyseForSignal(text),
  };
  const {
    location,
    contacts: ranked,
    groups,
  } = suggest(signal, await suggestionContext(db, settings), { limit: DIALOG_CONTACTS });
  return {
    municipality: municipalityName(names, location.municipality ?? undefined) ?? null,
    where: locationText(t, location, names),
    groups: groups.slice(0, DIALOG_GROUPS).map(({ item, reasons }) => ({
      id: item.id,
      name: item.name,
      why: reasonsText(t, reasons, names),
    })),
    contacts: ranked.map(({ item, reasons }) => {
      const phone = item.channels.find((channel) => channel.kind === 'phone');
      const link =
        item.channels.find((channel) => channel.kind === 'reporting-page') ??
        item.channels.find((channel) => channel.kind === 'website');
      return {
        id: item.id,
        kind: item.kind,
        name: item.name[language],
        why: reasonsText(t, reasons, names),
        ...(phone?.kind === 'phone' ? { phone: phone.number } : {}),
        ...(link && 'url' in link ? { url: link.url } : {}),
      };
    }),
  };
}

/**
 * An initiative read as a signal for suggestions: its title and description are the text, its
 * area and category count as corrected (someone chose them).
 */
function initiativeAsSignal(initiative: Initiative | undefined): Signal | undefined {
  if (!initiative) return undefined;
  return {
    id: initiative.id,
    text: `${initiative.title}\n${initiative.description}`,
    source: { site: 'web', url: UNSTORED_URL },
    clippedAt: initiative.createdAt,
    correctedCategory: initiative.category,
    ...(initiative.area.municipality ? { correctedArea: initiative.area } : {}),
  };
}
