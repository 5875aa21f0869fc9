import {
  AREA_CODES,
  CAPITALISED_ONLY,
  DISTRICTS,
  FOREIGN_NAMESAKES,
  MUNICIPALITY_ADJECTIVES,
  MUNICIPALITY_ALIASES,
  MUNICIPALITY_DEMONYMS,
  NAME_PREFIX_WORDS,
  NEEDS_LOCATIVE,
  NEVER_PLACES,
  NOT_AT_SENTENCE_START,
  PLACE_SHORT_FORMS,
  PROVINCE_QUALIFIERS,
} from './names';

export interface Municipality {
  /** CBS code, "GM0344". */
  code: string;
  name: string;
  province: string;
}

export type NameKind = 'municipality' | 'place' | 'district' | 'alias' | 'adjective';

/**
 * How a name must be written to count: any way, with a capital, with a capital and not opening a
 * sentence, or with a capital after a word such as "in" (names.ts).
 */
export type CaseRule = 'any' | 'capitalised' | 'mid-sentence' | 'locative';

export interface Candidate {
  code: string;
  /** Prior: how likely this municipality is meant, relative to the other candidates of the name. */
  weight: number;
}

export interface NameEntry {
  /** The name as the data or the alias list spells it ("Hoogvliet", "Den Haag"). */
  name: string;
  kind: NameKind;
  caseRule: CaseRule;
  candidates: Candidate[];
  /** Also the name of a larger town abroad, which it more likely means (FOREIGN_NAMESAKES). */
  alsoAbroad?: boolean;
  /** What the people of the municipality call themselves (MUNICIPALITY_DEMONYMS). */
  ofPeople?: boolean;
}

export interface PostcodeArea {
  place: string;
  code: string;
  lat: number;
  lon: number;
}

export interface Gazetteer {
  municipalities: ReadonlyMap<string, Municipality>;
  /** By name key (see `nameKey`): the entries that a run of words may be. */
  names: ReadonlyMap<string, NameEntry[]>;
  /** By compact key (no spaces): for hashtags and handles ("#DenHaag", "@gemeenteutrecht"). */
  compactNames: ReadonlyMap<string, NameEntry[]>;
  /** The longest name in words, so the finder knows how far to look. */
  longestName: number;
  /** 4-digit postcode → the places (and municipalities) it covers. */
  postcodes: ReadonlyMap<string, PostcodeArea[]>;
  /** Dialling code → municipality code ("010" → GM0599). */
  areaCodes: ReadonlyMap<string, string>;
}

export interface GazetteerSources {
  /** Contents of lib/data/municipalities.csv. */
  municipalitiesCsv: string;
  /** Contents of lib/data/pc4.csv. */
  postcodesCsv: string;
}

const COMBINING_MARKS = /\p{M}/gu;
const NAME_SEPARATORS = /[\s'’`.,()/-]+/g;

/** Lower case, no diacritics, words separated by single spaces: "'s-Gravenhage" → "s gravenhage". */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NAME_SEPARATORS, ' ')
    .trim();
}

/** The name key without spaces, as hashtags and handles write names: "denhaag". */
export function compactKey(name: string): string {
  return nameKey(name).replace(/ /g, '');
}

/** Minimal RFC 4180 reader: quoted fields may hold commas and doubled quotes. */
export function parseCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  if (!header) return [];
  return body.map((cells) => Object.fromEntries(header.map((key, i) => [key, cells[i] ?? ''])));
}

const SAINT = /^(?:Sint|St\.?)[ -]+(?=\S)/;

/** "St.-Jacobiparochie" is also written "Sint Jacobiparochie", and "Sint Joost" "St. Joost". */
function saintSpellings(name: string): string[] {
  if (!SAINT.test(name)) return [];
  const rest = name.replace(SAINT, '');
  return [`Sint ${rest}`, `St. ${rest}`].filter((spelling) => nameKey(spelling) !== nameKey(name));
}

/** "Bergen (NH.)" → "Bergen"; "Bergen L" → "Bergen"; "Alteveer gem Hoogeveen" → "Alteveer". */
function stripQualifier(name: string): string {
  const withoutBrackets = name.replace(/\s*\([^)]*\)\s*$/, '');
  const withoutMunicipality = withoutBrackets.replace(/\s+gem\s+.+$/, '');
  const words = withoutMunicipality.split(' ');
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && /^[A-Z]/.test(last) && PROVINCE_QUALIFIERS[last.toLowerCase()]) {
    return words.slice(0, -1).join(' ');
  }
  return withoutMunicipality;
}

function wordSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map(nameKey));
}

const namePrefixWords = wordSet(NAME_PREFIX_WORDS);

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined || value === '') throw new Error(`gazetteer: missing ${what}`);
  return value;
}

class GazetteerBuilder {
  readonly names = new Map<string, NameEntry[]>();
  private readonly capitalisedOnly = wordSet(CAPITALISED_ONLY);
  private readonly needsLocative = wordSet(NEEDS_LOCATIVE);
  private readonly notAtSentenceStart = wordSet(NOT_AT_SENTENCE_START);
  private readonly neverPlaces = new Set(NEVER_PLACES.map(nameKey));
  private readonly foreignNamesakes = wordSet(FOREIGN_NAMESAKES);

  caseRuleOf(key: string): CaseRule {
    if (this.needsLocative.has(key)) return 'locative';
    if (this.notAtSentenceStart.has(key)) return 'mid-sentence';
    if (this.capitalisedOnly.has(key)) return 'capitalised';
    return 'any';
  }

  add(
    name: string,
    kind: NameKind,
    candidates: Candidate[],
    caseRule?: CaseRule,
    marks: Pick<NameEntry, 'ofPeople'> = {},
  ): void {
    const key = nameKey(name);
    if (key === '' || this.neverPlaces.has(key)) return;
    const entries = this.names.get(key) ?? [];
    const same = entries.find((entry) => entry.kind === kind);
    if (same) {
      for (const candidate of candidates) {
        const known = same.candidates.find((c) => c.code === candidate.code);
        if (known) known.weight += candidate.weight;
        else same.candidates.push({ ...candidate });
      }
    } else {
      entries.push({
        name,
        kind,
        caseRule: caseRule ?? this.caseRuleOf(key),
        candidates: candidates.map((c) => ({ ...c })),
        ...(this.foreignNamesakes.has(key) ? { alsoAbroad: true } : {}),
        ...marks,
      });
    }
    this.names.set(key, entries);
  }
}

/**
 * Builds the gazetteer from the shipped data (lib/data). Costs a few milliseconds; build it once,
 * lazily, in the background or the command line, never in the content script.
 */
export function buildGazetteer(sources: GazetteerSources): Gazetteer {
  const municipalities = new Map<string, Municipality>();
  const byName = new Map<string, Municipality>();
  for (const row of parseCsv(sources.municipalitiesCsv)) {
    const municipality = {
      code: required(row.gm_code, 'gm_code'),
      name: required(row.name, 'name'),
      province: required(row.province, 'province'),
    };
    municipalities.set(municipality.code, municipality);
    byName.set(municipality.name, municipality);
  }

  const postcodes = new Map<string, PostcodeArea[]>();
  const postcodeCount = new Map<string, number>();
  /** place name (as written in the data) → municipality code → number of postcodes */
  const places = new Map<string, Map<string, number>>();
  for (const row of parseCsv(sources.postcodesCsv)) {
    const code = required(row.gm_code, 'gm_code');
    if (!municipalities.has(code)) throw new Error(`gazetteer: unknown municipality ${code}`);
    const area: PostcodeArea = {
      place: required(row.place, 'place'),
      code,
      lat: Number(row.lat),
      lon: Number(row.lon),
    };
    const pc4 = required(row.pc4, 'pc4');
    postcodes.set(pc4, [...(postcodes.get(pc4) ?? []), area]);
    postcodeCount.set(code, (postcodeCount.get(code) ?? 0) + 1);
    const counts = places.get(area.place) ?? new Map<string, number>();
    counts.set(code, (counts.get(code) ?? 0) + 1);
    places.set(area.place, counts);
  }

  const builder = new GazetteerBuilder();
  // A municipality's size (its number of postcodes) breaks ties: "Bergen" alone is Bergen (NH.).
  const sizeOf = (code: string) => postcodeCount.get(code) ?? 1;
  // The municipality of a name outweighs a village of the same name ("Beek", "Hengelo").
  const MUNICIPALITY_BONUS = 1000;

  for (const municipality of municipalities.values()) {
    const weight = MUNICIPALITY_BONUS + sizeOf(municipality.code);
    const candidates = [{ code: municipality.code, weight }];
    builder.add(municipality.name, 'municipality', candidates);
    const base = stripQualifier(municipality.name);
    if (base !== municipality.name) builder.add(base, 'municipality', candidates);
    for (const spelling of saintSpellings(base)) builder.add(spelling, 'municipality', candidates);
  }

  for (const [place, counts] of places) {
    const candidates = [...counts].map(([code, count]) => ({ code, weight: count }));
    const base = stripQualifier(place);
    builder.add(place, 'place', candidates);
    if (base !== place) builder.add(base, 'place', candidates);
    for (const spelling of saintSpellings(base)) builder.add(spelling, 'place', candidates);
    for (const short of PLACE_SHORT_FORMS[place] ?? []) builder.add(short, 'place', candidates);
    // "Hoogvliet Rotterdam" is written "Hoogvliet"; "Nieuwe Pekela" stays whole.
    for (const [code] of counts) {
      const municipalityName = stripQualifier(municipalities.get(code)?.name ?? '');
      const suffix = ` ${municipalityName}`;
      const rest = base.slice(0, -suffix.length);
      if (base.endsWith(suffix) && rest !== '' && !namePrefixWords.has(nameKey(rest))) {
        builder.add(rest, 'place', candidates);
      }
    }
  }

  const municipalityNamed = (name: string): Municipality => {
    const found = byName.get(name);
    if (!found) throw new Error(`gazetteer: no municipality named ${name}`);
    return found;
  };
  for (const [name, aliases] of Object.entries(MUNICIPALITY_ALIASES)) {
    const { code } = municipalityNamed(name);
    for (const alias of aliases) {
      builder.add(alias, 'alias', [{ code, weight: MUNICIPALITY_BONUS + sizeOf(code) }]);
    }
  }
  for (const [name, adjectives] of Object.entries(MUNICIPALITY_ADJECTIVES)) {
    const { code } = municipalityNamed(name);
    for (const adjective of adjectives) {
      builder.add(adjective, 'adjective', [{ code, weight: sizeOf(code) }], 'capitalised');
    }
  }
  // Read like the adjectives, but marked: they say where someone is from (see placeHintsOf).
  for (const [name, demonyms] of Object.entries(MUNICIPALITY_DEMONYMS)) {
    const { code } = municipalityNamed(name);
    for (const demonym of demonyms) {
      builder.add(demonym, 'adjective', [{ code, weight: sizeOf(code) }], 'capitalised', {
        ofPeople: true,
      });
    }
  }
  for (const [name, districts] of Object.entries(DISTRICTS)) {
    const { code } = municipalityNamed(name);
    for (const district of districts) builder.add(district, 'district', [{ code, weight: 1 }]);
  }

  const compactNames = new Map<string, NameEntry[]>();
  let longestName = 1;
  for (const [key, entries] of builder.names) {
    longestName = Math.max(longestName, key.split(' ').length);
    const compact = key.replace(/ /g, '');
    compactNames.set(compact, [...(compactNames.get(compact) ?? []), ...entries]);
  }

  const areaCodes = new Map<string, string>();
  for (const [areaCode, name] of Object.entries(AREA_CODES)) {
    areaCodes.set(areaCode, municipalityNamed(name).code);
  }

  return {
    municipalities,
    names: builder.names,
    compactNames,
    longestName,
    postcodes,
    areaCodes,
  };
}
