/** One word of a post, in the form the lexicons are written in. */
export interface Token {
  /** Lower case without diacritics ("knieën" → "knieen"), apostrophes dropped ("auto's" → "autos"). */
  word: string;
  /** Starts with a capital letter in the post: street and place names do, common nouns mostly not. */
  capitalised: boolean;
  /** Written all in capitals with at least three letters ("ALWEER"): shouting, for the tone. */
  shouting: boolean;
  /** Sentence number, so negation and metaphors do not reach across sentences. */
  sentence: number;
  /** Words from a hashtag or an emoji count like words, but a caller may want to tell them apart. */
  origin: 'text' | 'hashtag' | 'emoji';
}

export interface TokenizedPost {
  tokens: Token[];
  /** Handles without the @, lower case: not words of the post, but may name an authority. */
  mentions: string[];
  /** Host names of links, lower case. */
  linkHosts: string[];
  /** Emoji that carry a mood rather than a topic (anger, eye-rolling), for tone and sarcasm. */
  moods: string[];
  exclamationMarks: number;
  /** Longest run of "!" (or "!?"), a stronger sign of heat than their number. */
  longestExclamationRun: number;
  /** A full Dutch postcode ("3511 AB") appears in the post. */
  hasFullPostcode: boolean;
}

/**
 * Emoji that stand for a topic word; the word is one the lexicons know. Emoji with a mood go to
 * `moods` instead. Everything else (hearts, faces, flags) is ignored.
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
  ['🏗', 'bouwproject'],
  ['🌫', 'smog'],
  ['🏭', 'fabriek'],
]);

const MOOD_EMOJI = new Set(['😡', '🤬', '👿', '💢', '😤', '🖕', '🙄', '😒', '🙃', '🤡']);

/** Dutch and English apostrophe contractions that carry a negation, spelled out first. */
const CONTRACTED_NOT = /n['’]t\b/gi;

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const LINK_START = /^(?:https?:\/\/|www\.)/i;
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

/** End of the run of word characters from `start`, with apostrophes inside ("auto's"). */
function wordEnd(text: string, start: number, extra?: (code: number) => boolean): number {
  let end = start;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (isWordCode(code) || extra?.(code)) {
      end += 1;
    } else if (
      !extra &&
      (code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) &&
      end > start &&
      isWordCode(text.charCodeAt(end + 1))
    ) {
      end += 2;
    } else {
      break;
    }
  }
  return end;
}

const isHashtagCode = (code: number) => code === UNDERSCORE;
const isHandleCode = (code: number) => code === UNDERSCORE || code === DOT;

const FULL_POSTCODE = /\b[1-9]\d{3} ?[A-Z]{2}\b/;
const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /['’]/g;
const CAMEL_CASE_BOUNDARY = /(\p{Ll})(\p{Lu})/gu;

function foldWord(raw: string): string {
  const lower = raw.toLowerCase();
  const plain = NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING_MARKS, '') : lower;
  return plain.includes("'") || plain.includes('’') ? plain.replace(APOSTROPHES, '') : plain;
}

function hostOf(link: string): string {
  const withoutScheme = link.replace(/^https?:\/\//i, '');
  const end = withoutScheme.search(/[/?#]/);
  return (end === -1 ? withoutScheme : withoutScheme.slice(0, end)).toLowerCase();
}

type WordShape = Pick<Token, 'word' | 'capitalised' | 'shouting'>;

/** Feeds repeat their words; folding each spelling once keeps tokenising cheap. */
const shapes = new Map<string, WordShape>();
const MAX_REMEMBERED_SHAPES = 20_000;

function shapeOf(raw: string): WordShape {
  const known = shapes.get(raw);
  if (known) return known;
  const word = foldWord(raw);
  const first = raw[0] as string;
  const capitalised = first !== first.toLowerCase();
  const shape = {
    word,
    capitalised,
    shouting: capitalised && raw.length >= 3 && raw === raw.toUpperCase() && raw !== word,
  };
  if (shapes.size >= MAX_REMEMBERED_SHAPES) shapes.clear();
  shapes.set(raw, shape);
  return shape;
}

function pushWord(tokens: Token[], raw: string, sentence: number, origin: Token['origin']): void {
  const { word, capitalised, shouting } = shapeOf(raw);
  if (word.length === 0) return;
  tokens.push({ word, capitalised, shouting, sentence, origin });
}

export function tokenize(text: string): TokenizedPost {
  const post: TokenizedPost = {
    tokens: [],
    mentions: [],
    linkHosts: [],
    moods: [],
    exclamationMarks: 0,
    longestExclamationRun: 0,
    hasFullPostcode: FULL_POSTCODE.test(text),
  };
  const { tokens } = post;
  let sentence = 0;
  const source =
    text.includes("n't") || text.includes('n’t') ? text.replace(CONTRACTED_NOT, ' not') : text;
  let i = 0;
  while (i < source.length) {
    const code = source.charCodeAt(i);
    if ((code === 104 || code === 72 || code === 119 || code === 87) && isLinkAt(source, i)) {
      const end = source.slice(i).search(/\s/);
      const link = end === -1 ? source.slice(i) : source.slice(i, i + end);
      post.linkHosts.push(hostOf(link));
      i += link.length;
    } else if (isWordCode(code)) {
      const end = wordEnd(source, i);
      pushWord(tokens, source.slice(i, end), sentence, 'text');
      i = end;
    } else if (code === 35 && isWordCode(source.charCodeAt(i + 1))) {
      const end = wordEnd(source, i + 1, isHashtagCode);
      // "#GatInDeWeg" reads as "Gat In De Weg", so phrases in hashtags are found too.
      const words = source.slice(i + 1, end).replace(CAMEL_CASE_BOUNDARY, '$1 $2');
      for (const part of words.split(/[\s_]+/)) pushWord(tokens, part, sentence, 'hashtag');
      i = end;
    } else if (code === 64 && isWordCode(source.charCodeAt(i + 1))) {
      const end = wordEnd(source, i + 1, isHandleCode);
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
      const point = source.codePointAt(i) as number;
      const char = String.fromCodePoint(point);
      if (PICTOGRAPH.test(char)) readEmoji(post, char, sentence);
      i += char.length;
    } else {
      i += 1;
    }
  }
  return post;
}

function isLinkAt(text: string, at: number): boolean {
  return (
    (at === 0 || !isWordCode(text.charCodeAt(at - 1))) && LINK_START.test(text.slice(at, at + 8))
  );
}

function readEmoji(post: TokenizedPost, emoji: string, sentence: number): void {
  const topicWord = EMOJI_WORDS.get(emoji);
  if (topicWord !== undefined) pushWord(post.tokens, topicWord, sentence, 'emoji');
  else if (MOOD_EMOJI.has(emoji)) post.moods.push(emoji);
}
