import { judgePost } from '../classify/index';
import { storedPlaces } from '../classify/signal-fields';
import type { CategoryId } from '../classify/taxonomy';
import { placeHintsOf } from '../places/analyse';
import type { PlaceMatch } from '../places/find';
import type { Gazetteer } from '../places/gazetteer';
import { CONTACT_KINDS, type Contact, type ContactKind, type Group } from '../schema/contacts';
import type { Initiative, Signal } from '../schema/records';
import { similarInitiatives } from '../tracker/duplicates';
import { type Coordinates, coordinatesOf, distanceKm, type Point, placeKey } from './coordinates';
import { type CueKind, type Cues, findCues } from './cues';
import { type HomeArea, type Location, locateWithPlaces } from './locate';

/**
 * Why something was suggested, for the UI to put in words ("handles rats in Utrecht", "group in
 * 3532, topic green"). Municipalities are CBS codes, categories taxonomy ids.
 */
export type SuggestionReason =
  /** A contact that handles the signal's category (in the municipality, for a municipal desk). */
  | { kind: 'handles'; category: CategoryId; municipality?: string }
  /** The municipality's own desk, for a local issue of a category it does not list. */
  | { kind: 'municipality'; municipality: string }
  /** The text mentions what this contact is for ("snelweg", "huurwoning", "stroomstoring"). */
  | { kind: 'mentions'; cue: string; about: CueKind }
  /** Urgent words ("brand", "gewonde"): why 112 is offered. */
  | { kind: 'urgent'; cue: string }
  | { kind: 'same-postcode'; postcode: string }
  | { kind: 'same-place'; place: string }
  | { kind: 'same-municipality'; municipality: string }
  /** Within walking distance: `km` rounded to a tenth. */
  | { kind: 'nearby'; km: number }
  /** A group's topic, or an initiative's category, is the signal's category. */
  | { kind: 'topic'; category: CategoryId }
  /** An initiative's title says much of what the signal says. */
  | { kind: 'similar-title' };

export interface Suggestion<T> {
  item: T;
  score: number;
  reasons: SuggestionReason[];
}

export interface Suggestions {
  location: Location;
  /** The category the suggestions are for: the user's correction, the signal's, or classified now. */
  category: CategoryId | null;
  cues: Cues;
  contacts: Suggestion<Contact>[];
  groups: Suggestion<Group>[];
  initiatives: Suggestion<Initiative>[];
}

export interface SuggestionContext {
  contacts: readonly Contact[];
  groups: readonly Group[];
  initiatives: readonly Initiative[];
  homeArea?: HomeArea;
  gazetteer: Gazetteer;
}

/** The context indexed by municipality; make it once per change of the lists, reuse per signal. */
export interface PreparedSuggestions {
  readonly prepared: true;
  readonly gazetteer: Gazetteer;
  readonly homeArea?: HomeArea;
  readonly coordinates: Coordinates;
  readonly nationalContacts: readonly Contact[];
  readonly municipalContacts: ReadonlyMap<string, readonly Contact[]>;
  readonly groupsByMunicipality: ReadonlyMap<string, readonly Group[]>;
  readonly initiatives: readonly Initiative[];
  readonly initiativesByMunicipality: ReadonlyMap<string, readonly Initiative[]>;
  /** Initiatives without a municipality: candidates wherever the signal is. */
  readonly unplacedInitiatives: readonly Initiative[];
}

export interface SuggestOptions {
  /** At most this many of each (contacts, groups, initiatives). */
  limit?: number;
}

const DEFAULT_LIMIT = 5;

/** The cues that make each kind of contact the one to call, beyond the category. */
const KIND_CUES: Record<ContactKind, readonly CueKind[]> = {
  municipality: [],
  police: ['people', 'crime'],
  'anonymous-crime-report': ['crime'],
  emergency: ['urgent'],
  'animal-emergency': ['injured-animal'],
  'national-roads': ['motorway'],
  'energy-outage': ['power'],
  'water-board': ['water-board'],
  landlord: ['rental'],
  'environmental-service': ['industry'],
};

/**
 * The categories for which a kind is suggested without a cue, of those the contact handles: the
 * municipality for all of them, the police for safety. The animal ambulance handles `animals` but
 * not rats, the water board `sewer-water` but not a blocked drain: they wait for their cue.
 */
const WITHOUT_CUE: Record<ContactKind, 'all' | readonly CategoryId[]> = {
  municipality: 'all',
  police: ['safety'],
  'anonymous-crime-report': [],
  emergency: [],
  'animal-emergency': [],
  'national-roads': [],
  'energy-outage': [],
  'water-board': [],
  landlord: [],
  'environmental-service': [],
};

/** A cue says more about who to call than the category: the motorway's pothole is not the town's. */
const CUE_SCORE = 3;
const CATEGORY_SCORE = 2;
/** Before any other suggestion: only offered for urgent words. */
const URGENT_SCORE = 10;
/** The municipality for a local issue of a category its desk does not list. */
const MUNICIPALITY_FALLBACK_SCORE = 1;
/** Among equals, the local desk before a national body. */
const LOCAL_BONUS = 0.5;

const SAME_POSTCODE_SCORE = 3;
const SAME_PLACE_SCORE = 2.5;
const SAME_MUNICIPALITY_SCORE = 1;
/** A group's postcode or place within NEARBY_KM: from this at the limit to SAME_PLACE_SCORE. */
const NEARBY_SCORE = 2;
const TOPIC_SCORE = 2;
/** A group of the spot without topics (a residents' association) is for any issue there. */
const SPOT_LEVEL = 2;
/** Postcodes and places closer than this are "nearby". */
const NEARBY_KM = 2;
/** What being at the same spot adds to an initiative's similarity (0..1). */
const INITIATIVE_NEARBY_WEIGHT = 0.2;

const KIND_ORDER = new Map<ContactKind, number>(CONTACT_KINDS.map((kind, i) => [kind, i]));

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes contacts, groups and initiatives by municipality. Costs well under a millisecond. */
export function prepareSuggestions(context: SuggestionContext): PreparedSuggestions {
  const coordinates = coordinatesOf(context.gazetteer);
  const nationalContacts: Contact[] = [];
  const municipalContacts = new Map<string, Contact[]>();
  for (const contact of context.contacts) {
    const { area } = contact;
    if (area.scope === 'national') nationalContacts.push(contact);
    else if (area.scope === 'municipality') push(municipalContacts, area.municipality, contact);
    else for (const code of area.municipalities) push(municipalContacts, code, contact);
  }
  const groupsByMunicipality = new Map<string, Group[]>();
  for (const group of context.groups) {
    const { municipality, postcode } = group.area;
    const code =
      municipality ??
      (postcode ? coordinates.postcodeMunicipalities.get(postcode) : undefined) ??
      '';
    push(groupsByMunicipality, code, group);
  }
  const initiatives = context.initiatives.filter((i) => i.mergedInto === undefined);
  const initiativesByMunicipality = new Map<string, Initiative[]>();
  const unplacedInitiatives: Initiative[] = [];
  for (const initiative of initiatives) {
    const code = initiative.area.municipality;
    if (code) push(initiativesByMunicipality, code, initiative);
    else unplacedInitiatives.push(initiative);
  }
  return {
    prepared: true,
    gazetteer: context.gazetteer,
    ...(context.homeArea ? { homeArea: context.homeArea } : {}),
    coordinates,
    nationalContacts,
    municipalContacts,
    groupsByMunicipality,
    initiatives,
    initiativesByMunicipality,
    unplacedInitiatives,
  };
}

function handledWithoutCue(contact: Contact, category: CategoryId | null): boolean {
  if (category === null || !contact.categories.includes(category)) return false;
  const allowed = WITHOUT_CUE[contact.kind];
  return allowed === 'all' || allowed.includes(category);
}

function rankContacts(
  prepared: PreparedSuggestions,
  municipality: string | null,
  category: CategoryId | null,
  cues: Cues,
): Suggestion<Contact>[] {
  const local = municipality ? (prepared.municipalContacts.get(municipality) ?? []) : [];
  const ranked: Suggestion<Contact>[] = [];
  for (const contact of [...local, ...prepared.nationalContacts]) {
    const isLocal = contact.area.scope !== 'national';
    const urgent = cues.urgent;
    if (contact.urgentOnly && urgent === undefined) continue;
    const reasons: SuggestionReason[] = [];
    let score = 0;
    if (contact.urgentOnly && urgent !== undefined) {
      score += URGENT_SCORE;
      reasons.push({ kind: 'urgent', cue: urgent });
    }
    const cueKind = KIND_CUES[contact.kind].find((kind) => cues[kind] !== undefined);
    const cue = cueKind === undefined ? undefined : cues[cueKind];
    if (cueKind !== undefined && cue !== undefined && !contact.urgentOnly) {
      score += CUE_SCORE;
      reasons.push({ kind: 'mentions', cue, about: cueKind });
    }
    const handles = category !== null && contact.categories.includes(category);
    if (handles && (score > 0 || handledWithoutCue(contact, category))) {
      score += CATEGORY_SCORE;
      reasons.push({
        kind: 'handles',
        category,
        ...(isLocal && municipality ? { municipality } : {}),
      });
    }
    if (score === 0 && contact.kind === 'municipality' && isLocal && municipality) {
      score = MUNICIPALITY_FALLBACK_SCORE;
      reasons.push({ kind: 'municipality', municipality });
    }
    if (score === 0) continue;
    ranked.push({ item: contact, score: score + (isLocal ? LOCAL_BONUS : 0), reasons });
  }
  return ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (KIND_ORDER.get(a.item.kind) ?? 0) - (KIND_ORDER.get(b.item.kind) ?? 0) ||
      a.item.id.localeCompare(b.item.id),
  );
}

/** Where the signal's spot is: its postcode, else the place named in its municipality. */
function spotPoint(location: Location, coordinates: Coordinates): Point | undefined {
  if (location.postcode) {
    const point = coordinates.postcodes.get(location.postcode);
    if (point) return point;
  }
  if (location.place && location.municipality) {
    return coordinates.places.get(placeKey(location.municipality, location.place));
  }
  return undefined;
}

function roundedKm(km: number): number {
  return Math.round(km * 10) / 10;
}

function sameName(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && placeKey('', a) === placeKey('', b);
}

function rankGroups(
  prepared: PreparedSuggestions,
  location: Location,
  category: CategoryId | null,
  spot: Point | undefined,
): Suggestion<Group>[] {
  const { municipality } = location;
  if (!municipality) return [];
  const ranked: Suggestion<Group>[] = [];
  for (const group of prepared.groupsByMunicipality.get(municipality) ?? []) {
    const { postcode, place, neighbourhood } = group.area;
    const reasons: SuggestionReason[] = [];
    let area = SAME_MUNICIPALITY_SCORE;
    const groupPoint = postcode
      ? prepared.coordinates.postcodes.get(postcode)
      : place
        ? prepared.coordinates.places.get(placeKey(municipality, place))
        : undefined;
    const km = spot && groupPoint ? distanceKm(spot, groupPoint) : undefined;
    if (postcode !== undefined && postcode === location.postcode) {
      area = SAME_POSTCODE_SCORE;
      reasons.push({ kind: 'same-postcode', postcode });
    } else if (sameName(place, location.place) || sameName(neighbourhood, location.place)) {
      area = SAME_PLACE_SCORE;
      reasons.push({ kind: 'same-place', place: (neighbourhood ?? place) as string });
    } else if (km !== undefined && km <= NEARBY_KM) {
      area = NEARBY_SCORE + (SAME_PLACE_SCORE - NEARBY_SCORE) * (1 - km / NEARBY_KM);
      reasons.push({ kind: 'nearby', km: roundedKm(km) });
    } else {
      reasons.push({ kind: 'same-municipality', municipality });
    }
    const topic = category !== null && group.topics.includes(category);
    if (topic) reasons.push({ kind: 'topic', category });
    else if (group.topics.length > 0 || area < SPOT_LEVEL) continue;
    ranked.push({ item: group, score: area + (topic ? TOPIC_SCORE : 0), reasons });
  }
  return ranked.sort(
    (a, b) =>
      b.score - a.score ||
      a.item.name.localeCompare(b.item.name, 'nl') ||
      a.item.id.localeCompare(b.item.id),
  );
}

function rankInitiatives(
  prepared: PreparedSuggestions,
  signal: Signal,
  location: Location,
  category: CategoryId | null,
  textPlaces: readonly PlaceMatch[],
  spot: Point | undefined,
): Suggestion<Initiative>[] {
  const { municipality } = location;
  const candidates = (
    municipality
      ? [
          ...(prepared.initiativesByMunicipality.get(municipality) ?? []),
          ...prepared.unplacedInitiatives,
        ]
      : prepared.initiatives
  ).filter((initiative) => initiative.id !== signal.initiativeId);
  if (candidates.length === 0) return [];
  const located: Signal = {
    ...signal,
    places: signal.places ?? storedPlaces(textPlaces),
    ...(municipality ? { municipality } : {}),
    ...(category ? { category } : {}),
  };
  const ranked: Suggestion<Initiative>[] = [];
  for (const similar of similarInitiatives(candidates, located, candidates.length)) {
    const { initiative } = similar;
    const reasons: SuggestionReason[] = [];
    if (similar.reasons.includes('similar-title')) reasons.push({ kind: 'similar-title' });
    const spotName = initiative.area.neighbourhood ?? initiative.area.place;
    const areaCode = initiative.area.municipality;
    if (similar.reasons.includes('same-place')) {
      if (spotName && (sameName(spotName, location.place) || sameName(spotName, location.street)))
        reasons.push({ kind: 'same-place', place: spotName });
      else if (areaCode) reasons.push({ kind: 'same-municipality', municipality: areaCode });
    }
    if (similar.reasons.includes('same-category')) {
      reasons.push({ kind: 'topic', category: initiative.category });
    }
    let score = similar.score;
    const point =
      areaCode && spotName
        ? prepared.coordinates.places.get(placeKey(areaCode, spotName))
        : undefined;
    if (spot && point) {
      const km = distanceKm(spot, point);
      if (km <= NEARBY_KM) {
        score += INITIATIVE_NEARBY_WEIGHT * (1 - km / NEARBY_KM);
        if (!reasons.some((reason) => reason.kind === 'same-place')) {
          reasons.push({ kind: 'nearby', km: roundedKm(km) });
        }
      }
    }
    ranked.push({ item: initiative, score, reasons });
  }
  return ranked.sort(
    (a, b) =>
      b.score - a.score ||
      b.item.lastActivityAt.localeCompare(a.item.lastActivityAt) ||
      a.item.id.localeCompare(b.item.id),
  );
}

/**
 * Who to contact, which groups to involve and which initiatives to join for a signal, best
 * first, each with its reasons. The place comes from `locate`; the category from the user's
 * correction, the signal, or the classifier. Contacts: the municipality's desk for its categories,
 * national bodies when the text names what they are for (112 only for urgent words). Groups of the
 * same postcode, place or municipality with the signal's topic (or any topic, at the same spot).
 * Initiatives with a similar title or of the same category in the same area, nearer ones first.
 * Pure; pass `prepareSuggestions(context)` when suggesting for many signals.
 */
export function suggest(
  signal: Signal,
  context: SuggestionContext | PreparedSuggestions,
  options: SuggestOptions = {},
): Suggestions {
  const prepared = 'prepared' in context ? context : prepareSuggestions(context);
  const limit = options.limit ?? DEFAULT_LIMIT;
  const { location, textPlaces } = locateWithPlaces(signal, prepared);
  const category =
    signal.correctedCategory ??
    signal.category ??
    judgePost(signal.text, placeHintsOf(textPlaces)).category;
  const cues = findCues(signal.text, { housing: category === 'housing' });
  const spot = spotPoint(location, prepared.coordinates);
  return {
    location,
    category,
    cues,
    contacts: rankContacts(prepared, location.municipality, category, cues).slice(0, limit),
    groups: rankGroups(prepared, location, category, spot).slice(0, limit),
    initiatives: rankInitiatives(prepared, signal, location, category, textPlaces, spot).slice(
      0,
      limit,
    ),
  };
}
