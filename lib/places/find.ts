import { canNameEnglishStreet, hasStreetSuffix, isEnglishStreetWord } from '../classify/streets';
import {
  type Candidate,
  compactKey,
  type Gazetteer,
  type NameEntry,
  type NameKind,
  nameKey,
} from './gazetteer';
import {
  AUTHORITY_HANDLE_PREFIXES,
  FOREIGN_QUALIFIER_PAIRS,
  FOREIGN_QUALIFIERS,
  GOVERNMENT_WORDS,
  LOCATIVES,
  PERSON_TITLES,
  PLACE_TITLES,
  PROVINCE_QUALIFIERS,
  SEATS_OF_GOVERNMENT,
} from './names';

export type PlaceMatchKind = NameKind | 'postcode' | 'street' | 'account' | 'area-code';

export interface PlaceMatch {
  kind: PlaceMatchKind;
  /** The words as written in the post ("Den Haag", "3511 AB", "@gemeenteutrecht"). */
  text: string;
  /** Character offsets in the post. */
  start: number;
  end: number;
  /** The municipalities it may be, with their prior weight; empty for streets. */
  candidates: Candidate[];
  /** A province written next to the name ("Bergen (L)"), already applied to the candidates. */
  province?: string;
  /** Named as where one has to go ("naar Assen", "to Leeds"), which is seldom where it happens. */
  destination?: boolean;
  /**
   * Also the name of a larger town abroad, which it more likely means, and no province written
   * next to it says otherwise ("Hasselt" alone, not "Hasselt (Overijssel)"); or put abroad by
   * what stands around it ("Bergen, Norway", "New Amsterdam").
   */
  alsoAbroad?: boolean;
  /** Only what people of a municipality call themselves ("Rotterdammers"): no place as such. */
  ofPeople?: boolean;
}

interface WordToken {
  raw: string;
  word: string;
  start: number;
  end: number;
  sentence: number;
}

const TOKEN_PATTERN =
  /(https?:\/\/[^\s]+|www\.[^\s]+)|@([\p{L}\p{N}_.]+)|#([\p{L}\p{N}_]+)|([\p{L}\p{N}]+)|([.!?;:\n]+)/gu;
const FULL_POSTCODE = /\b([1-9]\d{3}) ?([A-Z]{2})\b|\b([1-9]\d{3})([a-z]{2})\b/g;
const FOUR_DIGITS = /^[1-9]\d{3}$/;
const NAME_FOLLOWS = /^ \p{Lu}/u;
const DIGITS = /^\d+$/;
const STARTS_UPPER_CASE = /^\p{Lu}/u;
const ARTICLES = new Set(['s', 't', 'de', 'den', 'het', 'ter', 'ten']);
const POSTCODE_WORDS = new Set(['postcode', 'postcodegebied', 'pc', 'postcodes']);
const DESTINATION_WORDS = new Set(['naar', 'to', 'towards']);
const KIND_RANK: NameKind[] = ['municipality', 'alias', 'place', 'district', 'adjective'];

const locatives = new Set(LOCATIVES.split(/\s+/).filter(Boolean));
const seatsOfGovernment = new Set(SEATS_OF_GOVERNMENT.map(nameKey));
const foreignQualifiers = new Set(FOREIGN_QUALIFIERS.split(/\s+/).filter(Boolean));
const foreignQualifierPairs = new Set(FOREIGN_QUALIFIER_PAIRS);
const governmentWords = new Set(GOVERNMENT_WORDS.split(/\s+/).filter(Boolean));
/**
 * Before a seat of government, "vanuit" alone makes it the government; "uit", "in" and "from"
 * need a government word before them.
 */
const GOVERNMENT_FROM = 'vanuit';
const GOVERNMENT_PLACE_WORDS = new Set(['uit', 'in', 'from']);
/** A full stop, question or exclamation mark or a new line: not a colon ("Kosten: 3825"). */
const SENTENCE_END = /[.!?\n]/;
/** Four digits in this range are more likely a year than a postcode. */
const YEARS_FROM = 1900;
const YEARS_TO = 2100;

function couldBeYear(token: WordToken): boolean {
  const number = Number(token.word);
  return number >= YEARS_FROM && number <= YEARS_TO;
}
const placeTitles = new Set(PLACE_TITLES.split(/\s+/).filter(Boolean));
const personTitles = new Set(PERSON_TITLES.split(/\s+/).filter(Boolean));
const handlePrefixes = [...AUTHORITY_HANDLE_PREFIXES].sort((a, b) => b.length - a.length);

interface Scan {
  words: WordToken[];
  hashtags: Array<{ tag: string; start: number; end: number }>;
  handles: Array<{ handle: string; start: number; end: number }>;
}

function scan(text: string): Scan {
  const words: WordToken[] = [];
  const hashtags: Scan['hashtags'] = [];
  const handles: Scan['handles'] = [];
  let sentence = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const [whole, link, handle, hashtag, word] = match;
    const start = match.index;
    const end = start + whole.length;
    if (link !== undefined) continue;
    if (handle !== undefined) handles.push({ handle, start, end });
    else if (hashtag !== undefined) hashtags.push({ tag: hashtag, start, end });
    else if (word !== undefined)
      words.push({ raw: word, word: nameKey(word), start, end, sentence });
    else if (!(whole === '.' && abbreviatesSaint(words, text, end))) sentence += 1;
  }
  return { words, hashtags, handles };
}

/**
 * "St" between a word that cannot name a street and a name is "Sint" ("in St. Willebrord"), not
 * "Street" ("Elm St. Nobody came"); its full stop then ends no sentence.
 */
function isSaint(saint: WordToken, before: WordToken | undefined, next: string): boolean {
  return (
    saint.raw === 'St' &&
    NAME_FOLLOWS.test(next) &&
    (before === undefined || !isCapitalised(before) || locatives.has(before.word))
  );
}

function abbreviatesSaint(words: readonly WordToken[], text: string, dotEnd: number): boolean {
  const saint = words.at(-1);
  if (!saint || saint.end !== dotEnd - 1) return false;
  const before = words.at(-2);
  return isSaint(
    saint,
    before?.sentence === saint.sentence ? before : undefined,
    text.slice(dotEnd, dotEnd + 2),
  );
}

function isCapitalised(token: WordToken): boolean {
  return STARTS_UPPER_CASE.test(token.raw);
}

function mergeCandidates(entries: readonly NameEntry[]): Candidate[] {
  const merged = new Map<string, number>();
  for (const entry of entries) {
    for (const { code, weight } of entry.candidates) {
      merged.set(code, (merged.get(code) ?? 0) + weight);
    }
  }
  return [...merged].map(([code, weight]) => ({ code, weight }));
}

function strongestKind(entries: readonly NameEntry[]): NameKind {
  for (const kind of KIND_RANK) if (entries.some((entry) => entry.kind === kind)) return kind;
  return 'place';
}

class PlaceFinder {
  readonly matches: PlaceMatch[] = [];
  /** Word indexes that belong to a place already found. */
  private readonly used = new Set<number>();

  constructor(
    private readonly text: string,
    private readonly gazetteer: Gazetteer,
    private readonly words: WordToken[],
  ) {}

  private sameSentence(from: number, to: number): boolean {
    const first = this.words[from];
    const last = this.words[to];
    return first !== undefined && last !== undefined && first.sentence === last.sentence;
  }

  /** "Mill Lane", "Amsterdam Avenue": a name before an English street word is the street's. */
  private opensEnglishStreetName(last: number): boolean {
    const next = this.words[last + 1];
    return (
      next !== undefined &&
      this.sameSentence(last, last + 1) &&
      isCapitalised(next) &&
      isEnglishStreetWord(next.word)
    );
  }

  private opensSentence(i: number): boolean {
    return i === 0 || !this.sameSentence(i - 1, i);
  }

  private previous(i: number): WordToken | undefined {
    const token = this.words[i - 1];
    return token && this.sameSentence(i - 1, i) ? token : undefined;
  }

  /** Does the way the words are written allow this name here? */
  private writtenAsPlace(entry: NameEntry, from: number, length: number): boolean {
    // In "de Wijk" or "De Punt" the article proves nothing; the noun after it must be a name.
    let significant = from;
    while (
      significant < from + length - 1 &&
      ARTICLES.has((this.words[significant] as WordToken).word)
    ) {
      significant += 1;
    }
    const articleFirst = significant > from;
    const token = this.words[significant] as WordToken;
    const capitalised = isCapitalised(token);
    const everyday = entry.kind === 'municipality' || entry.kind === 'alias';
    if (articleFirst && !everyday && !capitalised) return false;
    if (entry.caseRule === 'any') return true;
    if (!capitalised) return false;
    if (entry.caseRule === 'capitalised') return true;
    if (entry.caseRule === 'mid-sentence') return !this.opensSentence(significant);
    const before = this.previous(from);
    return before !== undefined && locatives.has(before.word);
  }

  /**
   * "Sigrid Kaag" is a person: a capitalised word right before a one-word name that is also an
   * ordinary word, mid-sentence; so is "minister Kaag" wherever it stands.
   */
  private looksLikePersonName(i: number): boolean {
    const before = this.previous(i);
    if (!before || this.used.has(i - 1)) return false;
    const between = this.text.slice(before.end, (this.words[i] as WordToken).start);
    if (personTitles.has(before.word)) return /^\.?\s+$/.test(between);
    if (!isCapitalised(before)) return false;
    if (between.trim() !== '') return false;
    const sentenceStart = i - 1 === 0 || !this.sameSentence(i - 2, i - 1);
    if (sentenceStart) return false;
    return !placeTitles.has(before.word) && !hasStreetSuffix(before.word);
  }

  /** A province after the name: "Bergen (NH)", "Hengelo Gld", "Bergen in Limburg". */
  private qualifierAfter(last: number): { province: string; length: number } | null {
    const next = this.words[last + 1];
    if (!next || !this.sameSentence(last, last + 1)) return null;
    const afterNext = this.words[last + 2];
    const pairKey =
      afterNext && this.sameSentence(last, last + 2) ? `${next.word} ${afterNext.word}` : '';
    const pairProvince = PROVINCE_QUALIFIERS[pairKey];
    if (pairProvince) return { province: pairProvince, length: 2 };
    if (next.word === 'in' && afterNext) {
      const province = PROVINCE_QUALIFIERS[afterNext.word];
      if (province && afterNext.word.length > 2) return { province, length: 2 };
    }
    const province = PROVINCE_QUALIFIERS[next.word];
    if (!province) return null;
    // A lone letter ("L", "O") is a qualifier only in capitals or in brackets, not the word "o".
    const between = this.text.slice((this.words[last] as WordToken).end, next.start);
    const bracketed = between.includes('(');
    if (next.word.length === 1 && !bracketed && next.raw !== next.raw.toUpperCase()) return null;
    if (!bracketed && !isCapitalised(next)) return null;
    return { province, length: 1 };
  }

  /**
   * "New Amsterdam", "Bergen, Norway", "Groningen in Suriname", "Bergen County": a Dutch name
   * for a place abroad. Still a place (a post about it may be local there), but no municipality.
   */
  private namesPlaceAbroad(first: number, last: number): boolean {
    const before = this.previous(first);
    if (before?.word === 'new' && isCapitalised(before)) return true;
    let next = last + 1;
    if (this.words[next]?.word === 'in') next += 1;
    const word = this.words[next];
    if (!word || !this.sameSentence(last, next)) return false;
    const following = this.words[next + 1];
    const pair =
      following && this.sameSentence(next, next + 1) ? `${word.word} ${following.word}` : '';
    return foreignQualifiers.has(word.word) || foreignQualifierPairs.has(pair);
  }

  private restrictToProvince(candidates: Candidate[], province: string): Candidate[] {
    const inProvince = candidates.filter(
      (c) => this.gazetteer.municipalities.get(c.code)?.province === province,
    );
    return inProvince.length > 0 ? inProvince : candidates;
  }

  private add(match: PlaceMatch, from: number, length: number): void {
    this.matches.push(match);
    for (let k = from; k < from + length; k++) this.used.add(k);
  }

  findNames(): void {
    const { words } = this;
    for (let i = 0; i < words.length; i++) {
      const longest = Math.min(this.gazetteer.longestName, words.length - i);
      for (let length = longest; length >= 1; length--) {
        const last = i + length - 1;
        if (!this.sameSentence(i, last)) continue;
        const key = words
          .slice(i, last + 1)
          .map((w) => w.word)
          .join(' ');
        const entries = this.gazetteer.names.get(key);
        if (!entries || this.opensEnglishStreetName(last)) continue;
        const qualifier = this.qualifierAfter(last);
        const allowed = entries.filter(
          (entry) =>
            this.writtenAsPlace(entry, i, length) ||
            (qualifier !== null && isCapitalised(words[i] as WordToken)),
        );
        if (allowed.length === 0) continue;
        if (seatsOfGovernment.has(key) && this.meansGovernment(i, last)) {
          i = last;
          break;
        }
        const ordinaryWord = allowed.every((entry) => entry.caseRule !== 'any');
        if (length === 1 && ordinaryWord && !qualifier && this.looksLikePersonName(i)) continue;
        let candidates = mergeCandidates(allowed);
        const total = length + (qualifier?.length ?? 0);
        const end = closingBracketEnd(this.text, (words[i + total - 1] as WordToken).end);
        const match: PlaceMatch = {
          kind: strongestKind(allowed),
          text: this.text.slice((words[i] as WordToken).start, end),
          start: (words[i] as WordToken).start,
          end,
          candidates,
        };
        if (allowed.every((entry) => entry.ofPeople)) match.ofPeople = true;
        const before = this.previous(i);
        if (before && DESTINATION_WORDS.has(before.word)) match.destination = true;
        if (qualifier) {
          candidates = this.restrictToProvince(candidates, qualifier.province);
          match.candidates = candidates;
          match.province = qualifier.province;
        } else if (allowed.some((entry) => entry.alsoAbroad) || this.namesPlaceAbroad(i, last)) {
          match.alsoAbroad = true;
        }
        this.add(match, i, total);
        i += total - 1;
        break;
      }
    }
  }

  /**
   * "geld vanuit Den Haag", "politici in Den Haag", "in Den Haag wordt vooral vergaderd": the
   * national government, not the city. A government word may follow one word after the name.
   */
  private meansGovernment(first: number, last: number): boolean {
    for (const next of [last + 1, last + 2]) {
      const after = this.words[next];
      if (after && this.sameSentence(last, next) && governmentWords.has(after.word)) return true;
    }
    const before = this.previous(first);
    if (!before) return false;
    if (before.word === GOVERNMENT_FROM) return true;
    const beforeThat = this.previous(first - 1);
    return (
      GOVERNMENT_PLACE_WORDS.has(before.word) &&
      beforeThat !== undefined &&
      governmentWords.has(beforeThat.word)
    );
  }

  /** A 4-digit postcode alone counts after "postcode" or next to a place it lies in. */
  findShortPostcodes(): void {
    const { words } = this;
    for (let i = 0; i < words.length; i++) {
      const token = words[i] as WordToken;
      if (this.used.has(i) || !FOUR_DIGITS.test(token.word)) continue;
      const areas = this.gazetteer.postcodes.get(token.word);
      if (!areas) continue;
      const codes = new Set(areas.map((area) => area.code));
      const before = this.previous(i);
      const labelled =
        before !== undefined &&
        (POSTCODE_WORDS.has(before.word) ||
          // After "in" any year may follow, old ones too ("gebouwd in 1672").
          (before.word === 'in' && Number(token.word) > YEARS_TO));
      const nextToPlace = this.matches.some((m) => {
        const adjacent =
          (m.end <= token.start && token.start - m.end <= 2) ||
          (m.start >= token.end && m.start - token.end <= 2);
        return adjacent && m.candidates.some((c) => codes.has(c.code));
      });
      if (!labelled && !nextToPlace && !this.closesAsPostcode(i) && !this.inBrackets(i)) continue;
      this.add(
        {
          kind: 'postcode',
          text: token.raw,
          start: token.start,
          end: token.end,
          candidates: candidatesOf(areas),
        },
        i,
        1,
      );
    }
  }

  /**
   * A report that ends in four digits of their own ("…kinderen moeten de weg op. 3825") gives its
   * postcode there, as a report form asks for one; a year ("Gebouwd in 1975. 2024") is no postcode.
   */
  private closesAsPostcode(i: number): boolean {
    const token = this.words[i] as WordToken;
    const before = this.words[i - 1];
    return (
      i === this.words.length - 1 &&
      before !== undefined &&
      SENTENCE_END.test(this.text.slice(before.end, token.start)) &&
      !couldBeYear(token)
    );
  }

  /** "in onze straat (3823)": four digits in brackets of their own, not a year, are a postcode. */
  private inBrackets(i: number): boolean {
    const token = this.words[i] as WordToken;
    return (
      this.text[token.start - 1] === '(' && this.text[token.end] === ')' && !couldBeYear(token)
    );
  }

  /** "in 020": a dialling code as a nickname, after a word such as "in". */
  findAreaCodes(): void {
    const { words } = this;
    for (let i = 0; i < words.length; i++) {
      const token = words[i] as WordToken;
      const code = this.gazetteer.areaCodes.get(token.word);
      const before = this.previous(i);
      if (this.used.has(i) || !code || !before || !locatives.has(before.word)) continue;
      this.add(
        {
          kind: 'area-code',
          text: token.raw,
          start: token.start,
          end: token.end,
          candidates: [{ code, weight: 1 }],
        },
        i,
        1,
      );
    }
  }

  findStreets(): void {
    const { words } = this;
    for (let i = 0; i < words.length; i++) {
      const token = words[i] as WordToken;
      if (this.used.has(i)) continue;
      const next = words[i + 1];
      // A house number follows the street name with only a space between ("Kanaalstraat 12"); after
      // a comma a number is a postcode or something else ("Kanaalstraat, 3531 Utrecht").
      const houseNumber =
        next !== undefined &&
        DIGITS.test(next.word) &&
        /^\s+$/.test(this.text.slice(token.end, next.start))
          ? next
          : null;
      let first = i;
      if (isEnglishStreetWord(token.word)) {
        const before = this.previous(i);
        if (next && this.sameSentence(i, i + 1)) {
          const between = this.text.slice(token.end, next.start).replace('.', '');
          if (isSaint(token, before, between + next.raw)) continue;
        }
        if (!isCapitalised(token) || !before || !isCapitalised(before)) continue;
        if (!canNameEnglishStreet(before.word) || this.used.has(i - 1)) continue;
        first = i - 1;
      } else {
        if (!(isCapitalised(token) || houseNumber) || !hasStreetSuffix(token.word)) continue;
        // "Pastoor Habetsstraat", "Van Goghstraat": capitalised words before belong to the name.
        while (first > i - 2) {
          const before = this.previous(first);
          if (!before || !isCapitalised(before) || this.used.has(first - 1)) break;
          const sentenceStart = first - 1 === 0 || !this.sameSentence(first - 2, first - 1);
          if (sentenceStart) break;
          first -= 1;
        }
      }
      const last = houseNumber ? i + 1 : i;
      const start = (words[first] as WordToken).start;
      const end = (words[last] as WordToken).end;
      this.add(
        { kind: 'street', text: this.text.slice(start, end), start, end, candidates: [] },
        first,
        last - first + 1,
      );
    }
  }
}

/** "Bergen (NH.)": the match ends after the bracket that closes the qualifier. */
function closingBracketEnd(text: string, end: number): number {
  const bracket = /^\.?\)/.exec(text.slice(end, end + 2));
  return bracket ? end + bracket[0].length : end;
}

function candidatesOf(areas: readonly { code: string }[]): Candidate[] {
  const weights = new Map<string, number>();
  for (const area of areas) weights.set(area.code, (weights.get(area.code) ?? 0) + 1);
  return [...weights].map(([code, weight]) => ({ code, weight }));
}

function findFullPostcodes(text: string, gazetteer: Gazetteer): PlaceMatch[] {
  const matches: PlaceMatch[] = [];
  for (const match of text.matchAll(FULL_POSTCODE)) {
    const digits = match[1] ?? match[3] ?? '';
    const areas = gazetteer.postcodes.get(digits) ?? [];
    matches.push({
      kind: 'postcode',
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      candidates: candidatesOf(areas),
    });
  }
  return matches;
}

function findHashtags(scanned: Scan, gazetteer: Gazetteer): PlaceMatch[] {
  const matches: PlaceMatch[] = [];
  for (const { tag, start, end } of scanned.hashtags) {
    const areaCode = gazetteer.areaCodes.get(tag);
    if (areaCode) {
      matches.push({
        kind: 'area-code',
        text: `#${tag}`,
        start,
        end,
        candidates: [{ code: areaCode, weight: 1 }],
      });
      continue;
    }
    const entries = hashtagEntries(tag, gazetteer);
    if (entries.length === 0) continue;
    matches.push({
      kind: strongestKind(entries),
      text: `#${tag}`,
      start,
      end,
      candidates: mergeCandidates(entries),
      ...(entries.every((entry) => entry.ofPeople) ? { ofPeople: true } : {}),
    });
  }
  return matches;
}

/** The names a hashtag or a part of one spells whole, as its capitals allow. */
function namesIn(tag: string, gazetteer: Gazetteer): NameEntry[] {
  return (gazetteer.compactNames.get(compactKey(tag)) ?? []).filter(
    (entry) =>
      entry.caseRule === 'any' || (entry.caseRule === 'capitalised' && STARTS_UPPER_CASE.test(tag)),
  );
}

/** Where a lower-case letter meets a capital: "raad|Groningen", "Breda|Centrum". */
const CAMEL_CASE_JOINT = /(?<=\p{Ll})(?=\p{Lu})/u;

/**
 * The names a hashtag spells: the whole tag ("#Utrecht", "#denhaag"), or else a place written in
 * capitals at its end or start ("#raadGroningen", "#GemeenteUtrecht", "#BredaCentrum").
 */
function hashtagEntries(tag: string, gazetteer: Gazetteer): NameEntry[] {
  const whole = namesIn(tag, gazetteer);
  if (whole.length > 0) return whole;
  const parts = tag.split(CAMEL_CASE_JOINT);
  for (let cut = 1; cut < parts.length; cut++) {
    for (const part of [parts.slice(cut).join(''), parts.slice(0, parts.length - cut).join('')]) {
      const entries = namesIn(part, gazetteer).filter((entry) => entry.kind !== 'adjective');
      if (entries.length > 0) return entries;
    }
  }
  return [];
}

/** "@gemeenteutrecht", "@Politie_Ede": a public body's handle names its municipality. */
function findAccounts(scanned: Scan, gazetteer: Gazetteer): PlaceMatch[] {
  const matches: PlaceMatch[] = [];
  for (const { handle, start, end } of scanned.handles) {
    const compact = handle.toLowerCase().replace(/[_.]/g, '');
    const prefix = handlePrefixes.find((p) => compact.startsWith(p) && compact.length > p.length);
    if (!prefix) continue;
    const entries = (gazetteer.compactNames.get(compact.slice(prefix.length)) ?? []).filter(
      (entry) => entry.kind === 'municipality' || entry.kind === 'alias' || entry.kind === 'place',
    );
    if (entries.length === 0) continue;
    matches.push({
      kind: 'account',
      text: `@${handle}`,
      start,
      end,
      candidates: mergeCandidates(entries),
    });
  }
  return matches;
}

/**
 * Finds the places a post names: municipalities and places (with ambiguous names such as Bergen
 * and Hengelo narrowed by a province written next to them), neighbourhoods, postcodes, streets,
 * municipal accounts and hashtags. Each match lists the municipalities it may be; see
 * `resolveMunicipality` to pick one.
 */
export function findPlaces(text: string, gazetteer: Gazetteer): PlaceMatch[] {
  const scanned = scan(text);
  const postcodes = findFullPostcodes(text, gazetteer);
  // Words inside a full postcode ("3511 AB") are not names or house numbers.
  const words = scanned.words.filter(
    (w) => !postcodes.some((p) => w.start >= p.start && w.end <= p.end),
  );
  const finder = new PlaceFinder(text, gazetteer, words);
  finder.findNames();
  finder.findShortPostcodes();
  finder.findAreaCodes();
  finder.findStreets();
  return [
    ...finder.matches,
    ...postcodes,
    ...findHashtags(scanned, gazetteer),
    ...findAccounts(scanned, gazetteer),
  ].sort((a, b) => a.start - b.start);
}
