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
import { municipalityName, suggestionReasonText } from '../../lib/suggest/reason-words';
import { suggest } from '../../lib/suggest/suggest';
import { listInitiatives } from '../../lib/tracker/initiatives';
import { analyseForSignal, sharedGazetteer } from './analysis';

let contacts: Contact[] | null = null;

/**
 * Suggestions for a stored signal: the shipped contacts, the groups and open initiatives in the
 * database, and the user's home area as the last resort for where it is.
 */
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

const DIALOG_CONTACTS = 3;
const DIALOG_GROUPS = 2;

/**
 * Where a post that is not stored yet is, and the first few contacts for it, worded in the user's
 * language for the clip dialog (the content script carries neither the place data nor the words).
 */
export async function postSuggestions(
  db: VliegwielDatabase,
  settings: Settings,
  words: { t: GetMessage; language: UiLanguage },
  text: string,
  authorName: string | undefined,
): Promise<PostSuggestionsResult> {
  const { t, language } = words;
  contacts ??= loadContacts(municipalitiesCsv, nationalContacts, municipalDesks);
  municipalityNames ??= municipalityList(municipalitiesCsv);
  const names = municipalityNames;
  const signal: Signal = {
    id: crypto.randomUUID(),
    text,
    // Not stored: the address only completes the record's shape.
    source: {
      site: 'web',
      url: 'https://vliegwiel.invalid/',
      ...(authorName ? { authorName } : {}),
    },
    clippedAt: new Date().toISOString(),
    ...analyseForSignal(text),
  };
  const [groups, initiatives] = await Promise.all([db.groups.toArray(), listInitiatives(db)]);
  const {
    location,
    contacts: ranked,
    groups: nearGroups,
  } = suggest(
    signal,
    {
      contacts,
      groups,
      initiatives,
      gazetteer: sharedGazetteer(),
      ...(settings.homeArea ? { homeArea: settings.homeArea } : {}),
    },
    { limit: DIALOG_CONTACTS },
  );
  const municipality = municipalityName(municipalityNames, location.municipality ?? undefined);
  const where = [location.street, location.place, location.postcode, municipality]
    .filter(Boolean)
    .join(', ');
  return {
    municipality: municipality ?? null,
    where: municipality && location.from ? `${where} (${t(WHERE_FROM[location.from])})` : null,
    groups: nearGroups.slice(0, DIALOG_GROUPS).map(({ item, reasons }) => ({
      id: item.id,
      name: item.name,
      why: reasons.map((reason) => suggestionReasonText(t, reason, names)).join('; '),
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
        why: reasons
          .map((reason) => suggestionReasonText(t, reason, municipalityNames ?? []))
          .join('; '),
        ...(phone?.kind === 'phone' ? { phone: phone.number } : {}),
        ...(link && 'url' in link ? { url: link.url } : {}),
      };
    }),
  };
}

let municipalityNames: MunicipalityName[] | null = null;

const WHERE_FROM = {
  text: 'suggestionsWhereFromText',
  author: 'suggestionsWhereFromAuthor',
  home: 'suggestionsWhereFromHome',
  corrected: 'suggestionsWhereCorrected',
} as const;

/**
 * An initiative read as a signal for suggestions: its title and description are the text, its
 * area and category count as corrected (someone chose them).
 */
function initiativeAsSignal(initiative: Initiative | undefined): Signal | undefined {
  if (!initiative) return undefined;
  return {
    id: initiative.id,
    text: `${initiative.title}\n${initiative.description}`,
    source: { site: 'web', url: 'https://vliegwiel.invalid/' },
    clippedAt: initiative.createdAt,
    correctedCategory: initiative.category,
    ...(initiative.area.municipality ? { correctedArea: initiative.area } : {}),
  };
}
