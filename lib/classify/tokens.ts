import { FNV_PRIME, HASH_START, type Lexicon, type WordEntry } from './matcher';
import { isMoodEmoji } from './moods';

// Bits of `TokenizedPost.marks`: how a word was written.
/** Starts with a capital letter: street and place names do, common nouns mostly not. */
export const CAPITALISED = 1;
/** All in capitals with at least three letters ("ALWEER"): shouting, for the tone. */
export const SHOUTING = 2;
/** From a hashtag or an emoji: counts like a word, but is not a street name. */
export const NOT_IN_TEXT = 4;
/**
 * First word after a comma, dash or bracket: a preposition of place before the break does not
 * reach the words after it ("bij ons achter, de stoep…").
 */
export const CLAUSE_START = 8;

/**
 * The words of a post as parallel arrays (word k is `entries[k]`, `sentences[k]`, `marks[k]`), so
 * tokenising allocates no object per word. The arrays may hold stale words beyond `size`.
 */
export interface TokenizedPost {
  size: number;
  entries: WordEntry[];
  /** Sentence number of each word, so negation and metaphors do not reach across sentences. */
  sentences: number[];
  /** CAPITALISED, SHOUTING, NOT_IN_TEXT, CLAUSE_START. */
  marks: number[];
  /** Handles without the @, lower case: not words of the post, but may name an authority. */
  mentions: string[];
  /** Host names of links, lower case. */
  linkHosts: string[];
  /** Emoji that carry a mood rather than a topic (anger, eye-rolling, joy), for tone and sarcasm. */
  moods: string[];
  exclamationMarks: number;
  /** Longest run of "!" (or "!?"), a stronger sign of heat than their number. */
  longestExclamationRun: number;
  /** Words of three letters or more in the text itself, and how many of them are shouted. */
  longWords: number;
  shouted: number;
  /** The first full Dutch postcode in the post as written ("3511 AB"); null for none. */
  fullPostcode: string | null;
}

export function emptyPost(): TokenizedPost {
  return {
    size: 0,
    entries: [],
    sentences: [],
    marks: [],
    mentions: [],
    linkHosts: [],
    moods: [],
    exclamationMarks: 0,
    longestExclamationRun: 0,
    longWords: 0,
    shouted: 0,
    fullPostcode: null,
  };
}

/**
 * Emoji that stand for a topic word; the word is one the lexicons know. Emoji with a mood
 * (lib/classify/moods.ts) go to `moods` instead. Everything else (most faces, flags) is ignored.
 */
const EMOJI_WORDS = new Map<string, string>([
  ['🐀', 'rat'],
  ['🐁', 'muis'],
  ['🦟', 'muggen'],
  ['🪳', 'kakkerlakken'],
  ['🐛', 'rupsen'],
  ['🕊', 'duiven'],
  ['🗑', 'afval'],
  ['🚮', 'afval'],
  ['🚯', 'zwerfvuil'],
  ['💩', 'poep'],
  ['🕳', 'kuil'],
  ['🚧', 'werkzaamheden'],
  ['🚦', 'verkeerslicht'],
  ['🚥', 'verkeerslicht'],
  ['🅿', 'parkeren'],
  ['🚨', 'politie'],
  ['🚓', 'politie'],
  ['🚔', 'politie'],
  ['🚌', 'bus'],
  ['🚍', 'bus'],
  ['🚏', 'bushalte'],
  ['🚋', 'tram'],
  ['🚊', 'tram'],
  ['🌳', 'boom'],
  ['🌲', 'boom'],
  ['🎆', 'vuurwerk'],
  ['🧨', 'vuurwerk'],
  ['🔊', 'lawaai'],
  ['📢', 'lawaai'],
  ['🤢', 'stinkt'],
  ['🤮', 'stinkt'],
  ['🏚', 'verpauperd'],
  ['🌫', 'smog'],
  ['🏭', 'fabriek'],
]);

/**
 * English contractions that carry a negation, spelled out first so the lexicon sees "not":
 * "can't" and "won't" whole, the others ("isn't", "don't") by their ending.
 */
const CONTRACTED_CANNOT = /\b(c)an['’]t\b/gi;
const CONTRACTED_WILL_NOT = /\b(w)on['’]t\b/gi;
const CONTRACTED_NOT = /n['’]t\b/gi;

function spellOutNegations(text: string): string {
  return text
    .replace(CONTRACTED_CANNOT, '$1annot')
    .replace(CONTRACTED_WILL_NOT, '$1ill not')
    .replace(CONTRACTED_NOT, ' not');
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const LINK_START = /^(?:https?:\/\/|www\.)/i;
const FULL_POSTCODE = /\b[1-9]\d{3} ?[A-Z]{2}\b/;
const CAMEL_CASE_BOUNDARY = /(\p{Ll})(\p{Lu})/gu;
const HASHTAG_PARTS = /[\s_]+/;
const WHITESPACE = /\s/;
const SPACE = 32;
const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;
const UNDERSCORE = 95;
const DOT = 46;

/*
 * The tokeniser scans character codes by hand rather than with one big regular expression: it is
 * the hottest code of the classifier, and posts are mostly ASCII.
 */
function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return code < 0xd800 && LETTER_OR_NUMBER.test(String.fromCharCode(code));
}

function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 59 || code === 58 || code === 10;
}

/** Comma, dash, brackets: the end of a clause, not of a sentence. */
function isClauseEnd(code: number): boolean {
  return (
    code === 44 || code === 45 || code === 40 || code === 41 || code === 0x2013 || code === 0x2014
  );
}

function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** End of the run of word characters (and `extra` ones) from `start`. */
function runEnd(text: string, start: number, extra: number, extra2 = extra): number {
  let end = start;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (!isWordCode(code) && code !== extra && code !== extra2) break;
    end += 1;
  }
  return end;
}

function hostOf(link: string): string {
  const withoutScheme = link.replace(/^https?:\/\//i, '');
  const end = withoutScheme.search(/[/?#]/);
  return (end === -1 ? withoutScheme : withoutScheme.slice(0, end)).toLowerCase();
}

/**
 * Splits a post into words and looks each up in the lexicon. Reuses `post` (the classifier keeps
 * one for all posts, so a feed makes little garbage).
 */
export function tokenize(text: string, lexicon: Lexicon, post = emptyPost()): TokenizedPost {
  post.size = 0;
  post.mentions.length = 0;
  post.linkHosts.length = 0;
  post.moods.length = 0;
  post.exclamationMarks = 0;
  post.longestExclamationRun = 0;
  post.longWords = 0;
  post.shouted = 0;
  const source = text.includes("n't") || text.includes('n’t') ? spellOutNegations(text) : text;
  let sentence = 0;
  /** After a clause end, the position of the next word, which gets CLAUSE_START; else -1. */
  let clauseFrom = -1;
  let i = afterContentWarning(source);
  while (i < source.length) {
    const code = source.charCodeAt(i);
    if (code === SPACE) {
      // Most characters between words are single spaces.
      i += 1;
    } else if (code < 0x80 && isWordCode(code)) {
      if ((code === 104 || code === 72 || code === 119 || code === 87) && isLinkAt(source, i)) {
        i = readLink(post, source, i);
      } else {
        i = readWord(post, lexicon, source, i, sentence);
      }
    } else if (code === 35 && isWordCode(source.charCodeAt(i + 1))) {
      i = readHashtag(post, lexicon, source, i + 1, sentence);
    } else if (code === 64 && isWordCode(source.charCodeAt(i + 1))) {
      const end = runEnd(source, i + 1, UNDERSCORE, DOT);
      post.mentions.push(source.slice(i + 1, end).toLowerCase());
      i = end;
    } else if (isSentenceEnd(code)) {
      let run = 0;
      while (i < source.length && isSentenceEnd(source.charCodeAt(i))) {
        if (source.charCodeAt(i) === 33) run += 1;
        i += 1;
      }
      post.exclamationMarks += run;
      if (run > post.longestExclamationRun) post.longestExclamationRun = run;
      sentence += 1;
    } else if (code >= 0x80) {
      if (isWordCode(code)) {
        i = readWord(post, lexicon, source, i, sentence);
      } else if (isClauseEnd(code)) {
        clauseFrom = post.size;
        i += 1;
      } else {
        const point = source.codePointAt(i) as number;
        const char = String.fromCodePoint(point);
        readEmoji(post, lexicon, char, sentence);
        i += char.length;
      }
    } else {
      // A hyphen within a name ("Rotterdam-Zuid") counts too, which does no harm: a preposition
      // of place is no part of a name.
      if (isClauseEnd(code)) clauseFrom = post.size;
      i += 1;
    }
    if (clauseFrom !== -1 && post.size > clauseFrom) {
      post.marks[clauseFrom] = (post.marks[clauseFrom] as number) | CLAUSE_START;
      clauseFrom = -1;
    }
  }
  post.fullPostcode = FULL_POSTCODE.exec(text)?.[0] ?? null;
  return post;
}

/**
 * A first line "CW: …" (Mastodon's content warning, "TW:" and written out too) labels what follows
 * for readers ("CW: noise", "CW: politiek"); its words are not the post's. Where the post goes on
 * after it, reading starts on the next line.
 */
const CONTENT_WARNING = /^\s*(?:cw|tw|content warning|trigger warning)\s*:/i;

function afterContentWarning(text: string): number {
  if (!CONTENT_WARNING.test(text)) return 0;
  const lineEnd = text.indexOf('\n');
  return lineEnd === -1 ? 0 : lineEnd + 1;
}

function pushWord(post: TokenizedPost, entry: WordEntry, sentence: number, marks: number): void {
  if (entry.word.length === 0) return;
  const k = post.size;
  post.entries[k] = entry;
  post.sentences[k] = sentence;
  post.marks[k] = marks;
  post.size = k + 1;
}

/** A word of the text, with apostrophes inside ("auto's"); returns where it ends. */
function readWord(
  post: TokenizedPost,
  lexicon: Lexicon,
  text: string,
  start: number,
  sentence: number,
): number {
  let end = start;
  let lowerCaseLetters = 0;
  let ascii = true;
  let hash = HASH_START;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code < 0x80) {
      // FNV-1a of the lower-case letters, for Lexicon.asciiEntry.
      if (code >= 97 && code <= 122) {
        lowerCaseLetters += 1;
        hash = Math.imul(hash ^ code, FNV_PRIME);
      } else if (code >= 65 && code <= 90) {
        hash = Math.imul(hash ^ (code + 32), FNV_PRIME);
      } else if (
        (code >= 48 && code <= 57) ||
        (code === APOSTROPHE && isWordCode(text.charCodeAt(end + 1)))
      ) {
        hash = Math.imul(hash ^ code, FNV_PRIME);
      } else {
        break;
      }
    } else if (code === RIGHT_SINGLE_QUOTE) {
      if (!isWordCode(text.charCodeAt(end + 1))) break;
      ascii = false;
    } else if (isWordCode(code)) {
      ascii = false;
    } else {
      break;
    }
    end += 1;
  }
  let entry: WordEntry;
  let marks = 0;
  if (ascii) {
    entry = lexicon.asciiEntry(text, start, end, hash);
    if (isUpperAscii(text.charCodeAt(start))) {
      marks = CAPITALISED;
      if (end - start >= 3 && lowerCaseLetters === 0) marks |= SHOUTING;
    }
  } else {
    const raw = text.slice(start, end);
    entry = lexicon.entry(raw.toLowerCase());
    const first = raw[0] as string;
    if (first !== first.toLowerCase()) {
      marks = CAPITALISED;
      if (raw.length >= 3 && raw === raw.toUpperCase() && raw !== entry.word) marks |= SHOUTING;
    }
  }
  if (entry.word.length >= 3) {
    post.longWords += 1;
    if (marks & SHOUTING) post.shouted += 1;
  }
  pushWord(post, entry, sentence, marks);
  return end;
}

/** "#GatInDeWeg" reads as "Gat In De Weg", so phrases in hashtags are found too. */
function readHashtag(
  post: TokenizedPost,
  lexicon: Lexicon,
  text: string,
  start: number,
  sentence: number,
): number {
  const end = runEnd(text, start, UNDERSCORE);
  const words = text.slice(start, end).replace(CAMEL_CASE_BOUNDARY, '$1 $2');
  for (const part of words.split(HASHTAG_PARTS)) {
    if (part === '') continue;
    const first = part[0] as string;
    const marks = NOT_IN_TEXT | (first !== first.toLowerCase() ? CAPITALISED : 0);
    pushWord(post, lexicon.entry(part.toLowerCase()), sentence, marks);
  }
  return end;
}

function isLinkAt(text: string, at: number): boolean {
  return (
    (at === 0 || !isWordCode(text.charCodeAt(at - 1))) && LINK_START.test(text.slice(at, at + 8))
  );
}

function readLink(post: TokenizedPost, text: string, start: number): number {
  const length = text.slice(start).search(WHITESPACE);
  const end = length === -1 ? text.length : start + length;
  post.linkHosts.push(hostOf(text.slice(start, end)));
  return end;
}

function readEmoji(post: TokenizedPost, lexicon: Lexicon, emoji: string, sentence: number): void {
  const topicWord = EMOJI_WORDS.get(emoji);
  if (topicWord !== undefined) pushWord(post, lexicon.entry(topicWord), sentence, NOT_IN_TEXT);
  else if (isMoodEmoji(emoji)) post.moods.push(emoji);
}
