import { CATEGORY_IDS, type CategoryId } from '../classify/taxonomy';
import taxonomy from '../data/taxonomy.json';
import { effectiveCategory, effectiveMunicipality } from '../db/signal-index';
import type { UiLanguage } from '../i18n';
import type { Signal } from '../schema/records';
import type { ExportCollection } from './collection';

// What the formats say about a record in words, and how the signal's own fields add up to the
// category and place that count (the user's corrections win, as everywhere in the tracker).

const CATEGORIES: ReadonlyMap<CategoryId, { nl: string; en: string; signalen: string }> = new Map(
  taxonomy.categories.flatMap((category) => {
    const id = CATEGORY_IDS.find((known) => known === category.id);
    return id === undefined ? [] : [[id, category] as const];
  }),
);

/** The category's name from the taxonomy (lib/data/taxonomy.json), as the tracker shows it. */
export function categoryName(category: CategoryId, language: UiLanguage): string {
  return CATEGORIES.get(category)?.[language] ?? category;
}

/** The closest main category of the Signalen taxonomy, as lib/data/taxonomy.json maps it. */
export function signalenMainCategory(category: CategoryId): string {
  return CATEGORIES.get(category)?.signalen ?? 'overig';
}

/** Category ids by every name a file may give them: the id, the Dutch and the English name. */
const CATEGORY_BY_NAME: ReadonlyMap<string, CategoryId> = new Map(
  [...CATEGORIES].flatMap(([id, names]) =>
    [id, names.nl, names.en].map((name) => [nameKey(name), id] as const),
  ),
);

export function categoryByName(name: string): CategoryId | undefined {
  return CATEGORY_BY_NAME.get(nameKey(name));
}

function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

/** The category that counts, if any: the user's correction, else the classifier's. */
export function signalCategory(signal: Signal): CategoryId | undefined {
  return (effectiveCategory(signal) || undefined) as CategoryId | undefined;
}

/** The municipality (GM code) that counts, if any: the user's correction, else the detected one. */
export function signalMunicipality(signal: Signal): string | undefined {
  return effectiveMunicipality(signal) || undefined;
}

const SPOT_KINDS: ReadonlySet<string> = new Set(['place', 'district']);

/**
 * Where in the municipality the signal is, in words: the corrected place or neighbourhood, else
 * the first place or district the text names in that municipality. Trimmed; absent when blank.
 */
export function signalPlace(signal: Signal): string | undefined {
  const municipality = signalMunicipality(signal);
  const named =
    signal.correctedArea?.place ??
    signal.correctedArea?.neighbourhood ??
    signal.places?.find(
      (place) =>
        SPOT_KINDS.has(place.kind) &&
        (municipality === undefined || place.municipality === municipality),
    )?.name;
  const trimmed = named?.trim();
  return trimmed ? trimmed : undefined;
}

/** The 4 digits of the first postcode the text names, if any. */
export function signalPostcode(signal: Signal): string | undefined {
  const named = signal.places?.find((place) => place.kind === 'postcode')?.name;
  return named === undefined ? undefined : /\d{4}/.exec(named)?.[0];
}

/**
 * Members' names by id: the tracker's member list, else the latest name an event gave them. A
 * member known by neither is shown by id.
 */
export function memberNames(
  collection: Pick<ExportCollection, 'members' | 'events'>,
): Map<string, string> {
  const names = new Map<string, string>();
  for (const event of collection.events) {
    if (event.actorName !== undefined) names.set(event.actorId, event.actorName);
  }
  for (const member of collection.members) names.set(member.id, member.name);
  return names;
}

export function memberName(names: ReadonlyMap<string, string>, id: string): string {
  return names.get(id) ?? id;
}
