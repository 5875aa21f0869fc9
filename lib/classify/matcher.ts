import { CATEGORY_IDS, type TopicCategoryId } from './taxonomy';
import type { TokenizedPost } from './tokens';

export type CueKind =
  | 'issue'
  | 'object'
  | 'problem'
  | 'place'
  | 'authority'
  | 'offTopic'
  | 'farAway'
  | 'positive'
  | 'neutral'
  | 'negator'
  | 'metaphor'
  | 'consequence'
  | 'sarcasm'
  | 'swearing'
  | 'threat'
  | 'request'
  | 'modal'
  | 'action';

export interface Cue {
  readonly kind: CueKind;
  /**
   * For issue and object cues (and actions of a service); an issue without one is a local issue of
   * category `other`.
   */
  readonly category: TopicCategoryId | undefined;
  /** Position of the category (`other` when there is none) in CATEGORY_IDS, for score tables. */
  readonly categoryIndex: number;
  readonly weight: number;
  readonly negatable: boolean;
  /**
   * What a problem leads to rather than the problem (a smell, mosquitoes): its category counts only
   * when the post names no other (`~` in the notation).
   */
  readonly symptom: boolean;
  /** 0, 1, 2… in the order the lexicon made them: lets a caller keep per-cue state in an array. */
  readonly id: number;
}

/** A lexicon entry that starts with some word and goes on with `rest`. */
export interface Phrase {
  readonly rest: readonly string[];
  /** Bit k is set when `rest[k]` is a stem ("gat_in_de_weg*" also finds "wegen"). */
  readonly prefixes: number;
  readonly cues: readonly Cue[];
}

/** All the lexicon knows about one word, looked up once per spelling and then remembered. */
export interface WordEntry {
  /**
   * Lower case without diacritics or apostrophes ("knieën" → "knieen", "m'n" → "mn"); a final
   * "'s" is dropped unless the lexicon lists the word with its s ("library's" → "library", but
   * "auto's" → "autos" where "autos" is listed).
   */
  readonly word: string;
  /** Cues of the word on its own: a whole-word entry, or its longest stem and compound head. */
  readonly cues: readonly Cue[];
  /** Phrases that start with the word, longest first. */
  readonly phrases: readonly Phrase[];
  /** Word classes, from the function given to the lexicon (numbers, negations…). */
  readonly flags: number;
}

/** A list of cues written in the notation described at the top of lexicon.ts. */
export interface CueSource {
  items: string;
  kind: CueKind;
  category?: TopicCategoryId;
  defaultWeight: number;
}

/**
 * Stems are filed under their first letters, compound heads under their last, so a word needs one
 * look-up for each instead of one per length; no stem or head may be shorter. Unread items are
 * filed under as many first letters too.
 */
const AFFIX_KEY = 3;
const OTHER_INDEX = CATEGORY_IDS.indexOf('other');
const NO_CUES: readonly Cue[] = [];
const NO_PHRASES: readonly Phrase[] = [];
/**
 * One item of the notation: `*head`, `stem*`, `a_b_c*` with `!` or `~` and `=2.5`; stems and heads
 * of a single word have at least AFFIX_KEY letters, and a phrase has no head.
 */
const ITEM =
  /^(?:\*[^*=!~_\s]{3,}|[^*=!~_\s]{3,}\*|[^*=!~\s]+|[^*=!~_\s]+(?:_[^*=!~_\s]+)+\*?)[!~]?(?:=\d+(?:\.\d+)?)?$/;
const SPACES = /\s+/;
const BANG = 33;
const TILDE = 126;
const STAR = 42;
const EQUALS = 61;
const UNDERSCORE = 95;
/*
 * Feeds repeat their words; a bounded memory keeps look-ups cheap without growing forever: a map
 * for words with diacritics, hashtags and emoji, and a WordTable for plain ASCII words.
 */
const MAX_REMEMBERED_WORDS = 5_000;

/**
 * FNV-1a, 32 bits, the hash `Lexicon.asciiEntry` expects: from HASH_START, for each character
 * code `hash = Math.imul(hash ^ code, FNV_PRIME)`.
 */
export const HASH_START = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/**
 * Sizes of the WordTable: it doubles while at most half full, and starts over when full. At most
 * 32,768 words: a feed's vocabulary is large (the 4,104 test posts use 14,000 different words), and
 * a table that starts over looks every word up in the lexicon again; with 8,192 words at most,
 * classifying full-length tweets went a quarter slower. The full table weighs about 1.3 MB.
 */
const FIRST_SLOTS = 1 << 12;
const MAX_SLOTS = 1 << 16;

/** Lower-case ASCII spellings and their entries, in an open-addressing hash table. */
class WordTable {
  private keys: (string | undefined)[] = new Array(FIRST_SLOTS).fill(undefined);
  private hashes = new Int32Array(FIRST_SLOTS);
  private entries: (WordEntry | undefined)[] = new Array(FIRST_SLOTS).fill(undefined);
  private filled = 0;

  find(text: string, start: number, end: number, hash: number): WordEntry | undefined {
    const mask = this.keys.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === undefined) return undefined;
      if (
        this.hashes[slot] === hash &&
        key.length === end - start &&
        sameInLowerCase(key, text, start)
      ) {
        return this.entries[slot];
      }
    }
  }

  add(key: string, hash: number, entry: WordEntry): void {
    if (this.filled * 2 >= this.keys.length) {
      const { keys, hashes, entries } = this;
      const slots = keys.length < MAX_SLOTS ? keys.length * 2 : keys.length;
      this.keys = new Array(slots).fill(undefined);
      this.hashes = new Int32Array(slots);
      this.entries = new Array(slots).fill(undefined);
      this.filled = 0;
      // Growing keeps every word; a full table starts over (a long session's rare words go).
      if (slots > keys.length) {
        for (let slot = 0; slot < keys.length; slot++) {
          const old = keys[slot];
          if (old !== undefined) this.put(old, hashes[slot] as number, entries[slot] as WordEntry);
        }
      }
    }
    this.put(key, hash, entry);
  }

  private put(key: string, hash: number, entry: WordEntry): void {
    const mask = this.keys.length - 1;
    let slot = hash & mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.hashes[slot] = hash;
    this.entries[slot] = entry;
    this.filled += 1;
  }
}

/** `key` (lower case) equals `text` from `start` read in lower case; ASCII only. */
function sameInLowerCase(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) {
    let code = text.charCodeAt(start + k);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== key.charCodeAt(k)) return false;
  }
  return true;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

interface FiledPhrase {
  rest: string[];
  prefixes: number;
  cues: Writable<Cue>[];
}

interface Affix {
  text: string;
  cues: Writable<Cue>[];
}

const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /['’]/g;
const POSSESSIVE = /[a-z]['’]s$/;

/** The form the lexicons are written in: lower case, no diacritics, no apostrophes. */
export function foldWord(lowerCase: string): string {
  const plain = NON_ASCII.test(lowerCase)
    ? lowerCase.normalize('NFD').replace(COMBINING_MARKS, '')
    : lowerCase;
  return plain.includes("'") || plain.includes('’') ? plain.replace(APOSTROPHES, '') : plain;
}

/**
 * The compiled lexicon: whole words, stems, compound heads and phrases, each with the cues they
 * carry. Each spelling is looked up once and remembered with everything known about it, so a feed
 * of posts costs one table look-up per word.
 */
export class Lexicon {
  /** Number of items: more than the highest `Cue.id`. */
  readonly cueCount: number;
  private nextId = 0;
  private readonly exact = new Map<string, Writable<Cue>[]>();
  private readonly stems = new Map<string, Affix[]>();
  private readonly heads = new Map<string, Affix[]>();
  private readonly phrases = new Map<string, FiledPhrase[]>();
  /** Lists of phrases that grew while reading items, to sort. */
  private readonly phrasesRead = new Set<FiledPhrase[]>();
  /** Items not read yet (source index, item, …), by their first letters (see firstLetters). */
  private readonly unread = new Map<string, (number | string)[]>();
  private readonly entries = new Map<string, WordEntry>();
  private readonly ascii = new WordTable();

  /**
   * The items are checked and filed by their first letters here, and read (made into cues) only
   * when a word with those letters is first looked up: a page pays for the lexicon bit by bit,
   * and never for the parts its posts do not touch.
   *
   * @param wordFlags word classes the caller wants to read from an entry (a bit set), worked out
   *   once per word
   */
  constructor(
    private readonly sources: readonly CueSource[],
    private readonly wordFlags: (word: string) => number = () => 0,
  ) {
    let count = 0;
    for (let index = 0; index < sources.length; index++) {
      for (const item of (sources[index] as CueSource).items.split(SPACES)) {
        if (item === '') continue;
        if (!ITEM.test(item)) throw new Error(`lexicon: cannot read "${item}"`);
        count += 1;
        // Compound heads are few and found from the end of a word: read them now.
        if (item.charCodeAt(0) === STAR) this.read(index, item);
        else fileUnder(this.unread, firstLetters(item), index, item);
      }
    }
    this.cueCount = count;
    for (const list of this.heads.values()) list.sort(longestFirst);
  }

  /** Reads the items filed under `key` (see firstLetters), once. */
  private readAll(key: string): void {
    const items = this.unread.get(key);
    if (items === undefined) return;
    this.unread.delete(key);
    for (let k = 0; k < items.length; k += 2) this.read(items[k] as number, items[k + 1] as string);
    // Longest first, so the most specific stem or phrase wins.
    this.stems.get(key)?.sort(longestFirst);
    for (const list of this.phrasesRead) list.sort((x, y) => y.rest.length - x.rest.length);
    this.phrasesRead.clear();
  }

  /** Reads one item (checked by ITEM) of source `index` into cues. */
  private read(index: number, item: string): void {
    const source = this.sources[index] as CueSource;
    const { kind, category } = source;
    let end = item.length;
    let weight = source.defaultWeight;
    const equals = item.indexOf('=');
    if (equals !== -1) {
      weight = Number(item.slice(equals + 1));
      end = equals;
    }
    const negatable = item.charCodeAt(end - 1) === BANG;
    const symptom = item.charCodeAt(end - 1) === TILDE;
    if (negatable || symptom) end -= 1;
    const stem = item.charCodeAt(end - 1) === STAR;
    if (stem) end -= 1;
    const head = item.charCodeAt(0) === STAR;
    const body = item.slice(head ? 1 : 0, end);
    const cue: Writable<Cue> = {
      kind,
      category,
      categoryIndex: category ? CATEGORY_IDS.indexOf(category) : OTHER_INDEX,
      weight,
      negatable,
      symptom,
      id: this.nextId,
    };
    let kept: boolean;
    if (body.includes('_')) {
      kept = this.addPhrase(body, stem, cue);
    } else if (head) {
      kept = file(this.heads, body.slice(-AFFIX_KEY), body, cue);
    } else if (stem) {
      kept = file(this.stems, body.slice(0, AFFIX_KEY), body, cue);
    } else {
      const list = this.exact.get(body);
      kept = list ? addCue(list, cue) : this.exact.set(body, [cue]) !== null;
    }
    if (kept) this.nextId += 1;
  }

  /** Files a phrase ("gat_in_de_weg", "not_working"); false when it repeats a cue it already had. */
  private addPhrase(body: string, stem: boolean, cue: Writable<Cue>): boolean {
    const words = body.split('_');
    const first = words[0] as string;
    const rest = words.slice(1);
    const prefixes = stem ? 1 << (rest.length - 1) : 0;
    const list = this.phrases.get(first);
    const same = list?.find(
      (phrase) =>
        phrase.prefixes === prefixes &&
        phrase.rest.length === rest.length &&
        phrase.rest.every((word, k) => word === rest[k]),
    );
    if (same) return addCue(same.cues, cue);
    const phrase = { rest, prefixes, cues: [cue] };
    if (list) {
      list.push(phrase);
      this.phrasesRead.add(list);
    } else {
      this.phrases.set(first, [phrase]);
    }
    return true;
  }

  /**
   * Everything known about a word, given in lower case as written (apostrophes, diacritics): for
   * words outside plain ASCII text (diacritics, hashtags, emoji). Remembered in a map.
   */
  entry(lowerCase: string): WordEntry {
    const known = this.entries.get(lowerCase);
    if (known !== undefined) return known;
    const entry = this.makeEntry(lowerCase);
    if (this.entries.size >= MAX_REMEMBERED_WORDS) this.entries.clear();
    this.entries.set(lowerCase, entry);
    return entry;
  }

  /**
   * The entry of the ASCII word `text[start, end)`, whose letters hashed in lower case with FNV-1a
   * (HASH_START, FNV_PRIME) give `hash`. Most words of a feed are such words, seen before: they are
   * found by comparing characters in place, without making a string or a map look-up.
   */
  asciiEntry(text: string, start: number, end: number, hash: number): WordEntry {
    const known = this.ascii.find(text, start, end, hash);
    if (known !== undefined) return known;
    const key = text.slice(start, end).toLowerCase();
    // Plain ASCII has no diacritics to fold, only apostrophes ("auto's").
    const entry = this.makeEntry(key, key.includes("'") ? key.replace(APOSTROPHES, '') : key);
    this.ascii.add(key, hash, entry);
    return entry;
  }

  private makeEntry(lowerCase: string, folded = foldWord(lowerCase)): WordEntry {
    let word = folded;
    this.readAll(firstLetters(word));
    let cues = this.cuesOf(word);
    // An English possessive ("the library's roof") is the word itself, unless the lexicon knows
    // the form with the "s" (a Dutch plural such as "auto's" may be listed as "autos").
    if (POSSESSIVE.test(lowerCase) && cues.length === 0 && !this.phrases.has(word)) {
      word = foldWord(lowerCase.slice(0, -2));
      this.readAll(firstLetters(word));
      cues = this.cuesOf(word);
    }
    return {
      word,
      cues,
      phrases: this.phrases.get(word) ?? NO_PHRASES,
      flags: this.wordFlags(word),
    };
  }

  /**
   * A whole-word entry wins; otherwise the longest stem and the longest compound head both count
   * when they do not overlap ("parkeer|overlast": a traffic word that complains).
   */
  private cuesOf(word: string): readonly Cue[] {
    const exact = this.exact.get(word);
    if (exact) return exact;
    let stem: Affix | undefined;
    for (const candidate of this.stems.get(word.slice(0, AFFIX_KEY)) ?? []) {
      if (word.startsWith(candidate.text)) {
        stem = candidate;
        break;
      }
    }
    const stemLength = stem?.text.length ?? 0;
    let head: Affix | undefined;
    for (const candidate of this.heads.get(word.slice(-AFFIX_KEY)) ?? []) {
      // A head must leave room for a modifier: "*container" finds "glascontainer", not "container".
      const length = candidate.text.length;
      if (
        length < word.length &&
        length + stemLength <= word.length &&
        word.endsWith(candidate.text)
      ) {
        head = candidate;
        break;
      }
    }
    if (stem && head) return [...stem.cues, ...head.cues];
    return stem?.cues ?? head?.cues ?? NO_CUES;
  }
}

/** Files a stem or head under its key; false when it repeats a cue it already had. */
function file(map: Map<string, Affix[]>, key: string, text: string, cue: Writable<Cue>): boolean {
  const list = map.get(key);
  const same = list?.find((affix) => affix.text === text);
  if (same) return addCue(same.cues, cue);
  if (list) list.push({ text, cues: [cue] });
  else map.set(key, [{ text, cues: [cue] }]);
  return true;
}

/**
 * Adds a cue to those of one entry. The same entry listed twice in one section keeps its strongest
 * weight, not the sum; false when it did so.
 */
function addCue(list: Writable<Cue>[], cue: Writable<Cue>): boolean {
  const same = list.find((c) => c.kind === cue.kind && c.category === cue.category);
  if (!same) {
    list.push(cue);
    return true;
  }
  same.weight = Math.max(same.weight, cue.weight);
  return false;
}

/** The first letters of an item's first word, or of a word: what items are filed under. */
function firstLetters(text: string): string {
  let end = 0;
  while (end < AFFIX_KEY && end < text.length) {
    const code = text.charCodeAt(end);
    if (
      code === UNDERSCORE ||
      code === STAR ||
      code === BANG ||
      code === TILDE ||
      code === EQUALS
    ) {
      break;
    }
    end += 1;
  }
  return text.slice(0, end);
}

function fileUnder(
  map: Map<string, (number | string)[]>,
  key: string,
  index: number,
  item: string,
): void {
  const list = map.get(key);
  if (list) list.push(index, item);
  else map.set(key, [index, item]);
}

function longestFirst(x: Affix, y: Affix): number {
  return y.text.length - x.text.length;
}

/** Cues found in a post, as parallel arrays: hit k covers `length[k]` words from word `at[k]`. */
export interface HitList {
  size: number;
  at: number[];
  length: number[];
  cues: (readonly Cue[])[];
}

export function emptyHits(): HitList {
  return { size: 0, at: [], length: [], cues: [] };
}

/**
 * All cues in the post, in order, into `hits` (reused). Phrases may overlap ("the street light is
 * not working" holds "the street", "street light" and "not working"); a word inside a phrase
 * carries no cues of its own, so "not" in "not working" is no negation and "light" alone is not
 * counted again.
 */
export function scan(post: TokenizedPost, hits: HitList): HitList {
  hits.size = 0;
  let coveredUntil = 0;
  for (let i = 0; i < post.size; i++) {
    const entry = post.entries[i] as WordEntry;
    const phrase = entry.phrases.length > 0 ? matchPhrase(post, i, entry.phrases) : null;
    if (phrase !== null) {
      const length = phrase.rest.length + 1;
      addHit(hits, i, length, phrase.cues);
      if (i + length > coveredUntil) coveredUntil = i + length;
    } else if (i >= coveredUntil && entry.cues.length > 0) {
      addHit(hits, i, 1, entry.cues);
    }
  }
  return hits;
}

function addHit(hits: HitList, at: number, length: number, cues: readonly Cue[]): void {
  const k = hits.size;
  hits.at[k] = at;
  hits.length[k] = length;
  hits.cues[k] = cues;
  hits.size = k + 1;
}

function matchPhrase(post: TokenizedPost, at: number, phrases: readonly Phrase[]): Phrase | null {
  const sentence = post.sentences[at];
  for (const phrase of phrases) {
    const { rest, prefixes } = phrase;
    if (at + rest.length >= post.size) continue;
    let matches = true;
    for (let k = 0; k < rest.length && matches; k++) {
      const word = (post.entries[at + 1 + k] as WordEntry).word;
      const pattern = rest[k] as string;
      matches =
        post.sentences[at + 1 + k] === sentence &&
        ((prefixes >> k) & 1 ? word.startsWith(pattern) : word === pattern);
    }
    if (matches) return phrase;
  }
  return null;
}

/** The words a hit covers, as they appear (folded), for the explanation. */
export function hitText(post: TokenizedPost, at: number, length: number): string {
  let text = (post.entries[at] as WordEntry).word;
  for (let k = 1; k < length; k++) text += ` ${(post.entries[at + k] as WordEntry).word}`;
  return text;
}
