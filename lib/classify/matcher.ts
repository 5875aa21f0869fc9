import type { TopicCategoryId } from './taxonomy';
import type { Token } from './tokens';

export type CueKind =
  | 'issue'
  | 'object'
  | 'problem'
  | 'place'
  | 'offTopic'
  | 'farAway'
  | 'positive'
  | 'neutral'
  | 'negator'
  | 'metaphor'
  | 'sarcasm'
  | 'swearing'
  | 'threat';

export interface Cue {
  kind: CueKind;
  /** For issue and object cues; an issue without one is a local issue of category `other`. */
  category?: TopicCategoryId;
  weight: number;
  negatable: boolean;
}

/** Cues found at one place in the post, with the words that triggered them. */
export interface CueHit {
  /** Index of the first token. */
  at: number;
  /** Number of tokens covered (a phrase covers several). */
  length: number;
  /** The words as they appear (folded), for the explanation. */
  text: string;
  cues: readonly Cue[];
}

interface WordPattern {
  text: string;
  prefix: boolean;
}

interface Phrase {
  rest: WordPattern[];
  cues: Cue[];
}

/** A list of cues written in the notation described at the top of lexicon.ts. */
export interface CueSource {
  items: string;
  kind: CueKind;
  category?: TopicCategoryId;
  defaultWeight: number;
}

const ITEM = /^(\*?)([^*=!]+)(\*?)(!?)(?:=([\d.]+))?$/;

/**
 * The compiled lexicon: whole words, stems, compound heads and phrases, each with the cues they
 * carry. A word is looked up once and remembered, so a feed of posts costs mostly map lookups.
 */
export class Lexicon {
  private readonly exact = new Map<string, Cue[]>();
  private readonly stems = new Map<string, Cue[]>();
  private readonly heads = new Map<string, Cue[]>();
  private readonly phrases = new Map<string, Phrase[]>();
  private stemLengths: number[] = [];
  private headLengths: number[] = [];
  private readonly remembered = new Map<string, readonly WordHit[]>();

  constructor(sources: readonly CueSource[]) {
    const stemLengths = new Set<number>();
    const headLengths = new Set<number>();
    for (const source of sources) {
      for (const item of source.items.split(/\s+/)) {
        if (item === '') continue;
        const parsed = ITEM.exec(item);
        if (!parsed) throw new Error(`lexicon: cannot read "${item}"`);
        const [, head, body = '', stem, negatable, weight] = parsed;
        const cue: Cue = {
          kind: source.kind,
          weight: weight === undefined ? source.defaultWeight : Number(weight),
          negatable: negatable === '!',
        };
        if (source.category) cue.category = source.category;
        if (body.includes('_')) {
          this.addPhrase(`${body}${stem}`, cue);
        } else if (head === '*') {
          add(this.heads, body, cue);
          headLengths.add(body.length);
        } else if (stem === '*') {
          add(this.stems, body, cue);
          stemLengths.add(body.length);
        } else {
          add(this.exact, body, cue);
        }
      }
    }
    // Longest first, so the most specific stem or head wins.
    this.stemLengths = [...stemLengths].sort((a, b) => b - a);
    this.headLengths = [...headLengths].sort((a, b) => b - a);
    for (const list of this.phrases.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  }

  private addPhrase(pattern: string, cue: Cue): void {
    const [first = '', ...rest] = pattern.split('_');
    const words = rest.map((part) =>
      part.endsWith('*')
        ? { text: part.slice(0, -1), prefix: true }
        : { text: part, prefix: false },
    );
    const list = this.phrases.get(first) ?? [];
    const same = list.find(
      (phrase) =>
        phrase.rest.length === words.length &&
        phrase.rest.every((w, i) => w.text === words[i]?.text && w.prefix === words[i]?.prefix),
    );
    if (same) addCue(same.cues, cue);
    else list.push({ rest: words, cues: [cue] });
    this.phrases.set(first, list);
  }

  /**
   * All cues in the post, in order. Phrases may overlap ("the street light is not working" holds
   * "the street", "street light" and "not working"); a word inside a phrase carries no cues of its
   * own, so "not" in "not working" is no negation and "light" alone is not counted again.
   */
  scan(tokens: readonly Token[]): CueHit[] {
    const hits: CueHit[] = [];
    let coveredUntil = 0;
    for (let i = 0; i < tokens.length; i++) {
      const phraseHit = this.matchPhrase(tokens, i);
      if (phraseHit) {
        hits.push(phraseHit);
        coveredUntil = Math.max(coveredUntil, i + phraseHit.length);
      } else if (i >= coveredUntil) {
        for (const wordHit of this.lookupWord((tokens[i] as Token).word)) {
          hits.push({ at: i, length: 1, text: wordHit.text, cues: wordHit.cues });
        }
      }
    }
    return hits;
  }

  private matchPhrase(tokens: readonly Token[], at: number): CueHit | null {
    const first = tokens[at] as Token;
    const candidates = this.phrases.get(first.word);
    if (!candidates) return null;
    for (const phrase of candidates) {
      if (at + phrase.rest.length >= tokens.length) continue;
      let matches = true;
      for (let k = 0; k < phrase.rest.length && matches; k++) {
        const token = tokens[at + 1 + k] as Token;
        const pattern = phrase.rest[k] as WordPattern;
        matches =
          token.sentence === first.sentence &&
          (pattern.prefix ? token.word.startsWith(pattern.text) : token.word === pattern.text);
      }
      if (matches) {
        const length = phrase.rest.length + 1;
        const text = tokens
          .slice(at, at + length)
          .map((t) => t.word)
          .join(' ');
        return { at, length, text, cues: phrase.cues };
      }
    }
    return null;
  }

  /**
   * A whole-word entry wins; otherwise the longest stem and the longest compound head both count
   * when they do not overlap ("parkeer|overlast": a traffic word that complains).
   */
  private lookupWord(word: string): readonly WordHit[] {
    const known = this.remembered.get(word);
    if (known) return known;
    const hits: WordHit[] = [];
    const exact = this.exact.get(word);
    if (exact) {
      hits.push({ text: word, cues: exact });
    } else {
      let stemLength = 0;
      for (const length of this.stemLengths) {
        if (length > word.length) continue;
        const cues = this.stems.get(word.slice(0, length));
        if (cues) {
          hits.push({ text: word, cues });
          stemLength = length;
          break;
        }
      }
      for (const length of this.headLengths) {
        // A head must leave room for a modifier: "*container" finds "glascontainer", not "container".
        if (length >= word.length || length + stemLength > word.length) continue;
        const cues = this.heads.get(word.slice(word.length - length));
        if (cues) {
          hits.push({ text: word, cues });
          break;
        }
      }
    }
    // Feeds repeat words endlessly; a bounded memory keeps lookups cheap without growing forever.
    if (this.remembered.size >= MAX_REMEMBERED_WORDS) this.remembered.clear();
    this.remembered.set(word, hits);
    return hits;
  }
}

interface WordHit {
  text: string;
  cues: readonly Cue[];
}

const MAX_REMEMBERED_WORDS = 20_000;

function add(map: Map<string, Cue[]>, key: string, cue: Cue): void {
  const list = map.get(key);
  if (list) addCue(list, cue);
  else map.set(key, [cue]);
}

function addCue(list: Cue[], cue: Cue): void {
  // The same word listed twice in one section keeps its strongest weight, not the sum.
  const same = list.find((c) => c.kind === cue.kind && c.category === cue.category);
  if (same) same.weight = Math.max(same.weight, cue.weight);
  else list.push(cue);
}
