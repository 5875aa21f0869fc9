import { describe, expect, it } from 'vitest';
import { type Cue, emptyHits, hitText, Lexicon, scan } from './matcher';
import {
  CAPITALISED,
  CLAUSE_START,
  NOT_IN_TEXT,
  SHOUTING,
  type TokenizedPost,
  tokenize,
} from './tokens';

function hitsOf(lexicon: Lexicon, text: string) {
  const post = tokenize(text, lexicon);
  const hits = scan(post, emptyHits());
  return Array.from({ length: hits.size }, (_, k) => ({
    text: hitText(post, hits.at[k] as number, hits.length[k] as number),
    cues: hits.cues[k] as readonly Cue[],
  }));
}

function cuesOf(lexicon: Lexicon, text: string): string[] {
  return hitsOf(lexicon, text).flatMap((hit) =>
    hit.cues.map((cue) => `${hit.text}:${cue.kind}:${cue.weight}`),
  );
}

/** A lexicon with no entries, for the tokeniser's tests. */
const empty = new Lexicon([]);

function wordsOf(text: string | TokenizedPost): string[] {
  const post = typeof text === 'string' ? tokenize(text, empty) : text;
  return post.entries.slice(0, post.size).map((entry) => entry.word);
}

describe('Lexicon', () => {
  const lexicon = new Lexicon([
    {
      items: 'rat ratten*=3 *container=1.5 overlast!=2 gat_in_de_weg*=3 parkeer* street_light*',
      kind: 'issue',
      category: 'animals',
      defaultWeight: 2,
    },
    { items: '*overlast street', kind: 'problem', defaultWeight: 1 },
  ]);

  it('matches whole words, stems and compound heads', () => {
    expect(cuesOf(lexicon, 'Een rat, rattenplaag en een glascontainer')).toEqual([
      'rat:issue:2',
      'rattenplaag:issue:3',
      'glascontainer:issue:1.5',
    ]);
  });

  it('does not take a head alone for a compound', () => {
    expect(cuesOf(lexicon, 'de container')).toEqual([]);
  });

  it('counts a stem and a head that do not overlap', () => {
    expect(cuesOf(lexicon, 'parkeeroverlast')).toEqual([
      'parkeeroverlast:issue:2',
      'parkeeroverlast:problem:1',
    ]);
  });

  it('prefers a whole word to its head', () => {
    expect(cuesOf(lexicon, 'overlast')).toEqual(['overlast:issue:2']);
  });

  it('matches phrases, with a stem as the last word', () => {
    expect(cuesOf(lexicon, 'een gat in de wegen')).toEqual(['gat in de wegen:issue:3']);
  });

  it('lets phrases overlap, and the words of a phrase carry no cues of their own', () => {
    expect(cuesOf(lexicon, 'the street light')).toEqual(['street light:issue:2']);
  });

  it('reads an English possessive as the word, unless the form with the s is listed', () => {
    const possessives = new Lexicon([
      { items: 'library autos roof', kind: 'object', category: 'amenities', defaultWeight: 1 },
    ]);
    expect(cuesOf(possessives, "the library's roof")).toEqual([
      'library:object:1',
      'roof:object:1',
    ]);
    expect(wordsOf(tokenize("the library's roof", possessives))).toEqual([
      'the',
      'library',
      'roof',
    ]);
    expect(wordsOf(tokenize("alle auto's", possessives))).toEqual(['alle', 'autos']);
    expect(wordsOf(tokenize("the bakery's door", possessives))).toEqual(['the', 'bakery', 'door']);
  });

  it('does not join words across sentences into a phrase', () => {
    expect(cuesOf(lexicon, 'Een gat in de. Weg')).toEqual([]);
  });

  it('marks negatable cues', () => {
    const [hit] = hitsOf(lexicon, 'overlast');
    expect(hit?.cues[0]?.negatable).toBe(true);
  });

  it('marks symptoms', () => {
    const symptoms = new Lexicon([
      { items: 'stank~=2 bad_smell~ riool', kind: 'issue', defaultWeight: 1 },
    ]);
    const cues = hitsOf(symptoms, 'stank, bad smell, riool').map((hit) => hit.cues[0]);
    expect(cues.map((cue) => [cue?.symptom, cue?.weight])).toEqual([
      [true, 2],
      [true, 1],
      [false, 1],
    ]);
  });

  it('finds items filed under short first words and keeps the strongest of a repeated one', () => {
    const short = new Lexicon([
      { items: 'al_weken=1.5 no_action al=0.5 rat=1 rat=3', kind: 'problem', defaultWeight: 2 },
    ]);
    expect(cuesOf(short, 'al weken geen rat')).toEqual(['al weken:problem:1.5', 'rat:problem:3']);
    expect(cuesOf(short, 'no action, al')).toEqual(['no action:problem:2', 'al:problem:0.5']);
  });

  it('refuses a stem or head too short to file, and a phrase as a head', () => {
    for (const items of ['ab*', '*ab', '*gat_in']) {
      expect(() => new Lexicon([{ items, kind: 'issue', defaultWeight: 1 }])).toThrow(
        /cannot read/,
      );
    }
  });

  it('refuses an entry it cannot read', () => {
    expect(() => new Lexicon([{ items: 'goed=zwaar', kind: 'issue', defaultWeight: 1 }])).toThrow(
      /cannot read/,
    );
  });
});

describe('tokenize', () => {
  it('folds words, splits hashtags and keeps mentions, links and moods apart', () => {
    const post = tokenize('Knieën! #GatInDeWeg @GemeenteUtrecht https://x.nl/a 🙄 🐀 m’n', empty);
    expect(wordsOf(post)).toEqual(['knieen', 'gat', 'in', 'de', 'weg', 'rat', 'mn']);
    expect(post.mentions).toEqual(['gemeenteutrecht']);
    expect(post.linkHosts).toEqual(['x.nl']);
    expect(post.moods).toEqual(['🙄']);
    expect(post.exclamationMarks).toBe(1);
  });

  it('reads a hashtag that ends in an underscore', () => {
    expect(wordsOf('#Gat_In_De_Weg_ hier')).toEqual(['gat', 'in', 'de', 'weg', 'hier']);
  });

  it('spells out English contractions so the negation is seen', () => {
    expect(wordsOf("bins aren't collected")).toEqual(['bins', 'are', 'not', 'collected']);
  });

  it('finds a word again whatever its capitals, and keeps apostrophes out of it', () => {
    const post = tokenize("Kerkstraat kerkstraat KERKSTRAAT zo'n", empty);
    expect(post.entries[1]).toBe(post.entries[0]);
    expect(post.entries[2]?.word).toBe('kerkstraat');
    expect(post.entries[3]?.word).toBe('zon');
  });

  it('notes capitals, shouting, words not in the text, and sentences', () => {
    const post = tokenize('Kerkstraat. ALWEER kapot #Gat', empty);
    expect(post.marks.slice(0, post.size)).toEqual([
      CAPITALISED,
      CAPITALISED | SHOUTING,
      0,
      CAPITALISED | NOT_IN_TEXT,
    ]);
    expect(post.sentences.slice(0, post.size)).toEqual([0, 1, 1, 1]);
    expect(post.shouted).toBe(1);
  });

  it('notes where a clause starts after a comma, a dash or a bracket', () => {
    const post = tokenize('bij ons achter, rook – overal (ook hier)', empty);
    const starts = post.marks.slice(0, post.size).map((marks) => (marks & CLAUSE_START) !== 0);
    expect(starts).toEqual([false, false, false, true, true, true, false]);
  });

  it('reuses the post it is given, forgetting the words it held', () => {
    const post = tokenize('een twee drie vier! @a', empty);
    expect(tokenize('vijf', empty, post)).toBe(post);
    expect(wordsOf(post)).toEqual(['vijf']);
    expect(post.mentions).toEqual([]);
    expect(post.exclamationMarks).toBe(0);
  });

  it('sees a full postcode', () => {
    expect(tokenize('rond 3511 AB', empty).fullPostcode).toBe('3511 AB');
    expect(tokenize('rond 3511 ab', empty).fullPostcode).toBeNull();
  });
});

describe('word memory', () => {
  it('finds a word again after learning thousands more, and after starting over', () => {
    const lexicon = new Lexicon([{ items: 'kerkstraat', kind: 'place', defaultWeight: 1 }]);
    const first = tokenize('Kerkstraat', lexicon).entries[0];
    // Enough new words to grow the table to its largest and fill it, so that it starts over.
    const many = Array.from({ length: 33_000 }, (_, k) => `woord${k}`).join(' ');
    const post = tokenize(many, lexicon);
    expect(post.entries[32_999]?.word).toBe('woord32999');
    const again = tokenize('KERKSTRAAT woord1', lexicon);
    expect(again.entries[0]?.word).toBe('kerkstraat');
    expect(again.entries[0]?.cues).toEqual(first?.cues);
    expect(again.entries[1]?.word).toBe('woord1');
  });
});
