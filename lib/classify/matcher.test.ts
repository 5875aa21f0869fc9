import { describe, expect, it } from 'vitest';
import { Lexicon } from './matcher';
import { tokenize } from './tokens';

function cuesOf(lexicon: Lexicon, text: string): string[] {
  return lexicon
    .scan(tokenize(text).tokens)
    .flatMap((hit) => hit.cues.map((cue) => `${hit.text}:${cue.kind}:${cue.weight}`));
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

  it('does not join words across sentences into a phrase', () => {
    expect(cuesOf(lexicon, 'Een gat in de. Weg')).toEqual([]);
  });

  it('marks negatable cues', () => {
    const [hit] = lexicon.scan(tokenize('overlast').tokens);
    expect(hit?.cues[0]?.negatable).toBe(true);
  });

  it('refuses an entry it cannot read', () => {
    expect(() => new Lexicon([{ items: 'goed=zwaar', kind: 'issue', defaultWeight: 1 }])).toThrow(
      /cannot read/,
    );
  });
});

describe('tokenize', () => {
  it('folds words, splits hashtags and keeps mentions, links and moods apart', () => {
    const post = tokenize('Knieën! #GatInDeWeg @GemeenteUtrecht https://x.nl/a 🙄 🐀 auto’s');
    expect(post.tokens.map((t) => t.word)).toEqual([
      'knieen',
      'gat',
      'in',
      'de',
      'weg',
      'rat',
      'autos',
    ]);
    expect(post.mentions).toEqual(['gemeenteutrecht']);
    expect(post.linkHosts).toEqual(['x.nl']);
    expect(post.moods).toEqual(['🙄']);
    expect(post.exclamationMarks).toBe(1);
  });

  it('spells out English contractions so the negation is seen', () => {
    expect(tokenize("bins aren't collected").tokens.map((t) => t.word)).toEqual([
      'bins',
      'are',
      'not',
      'collected',
    ]);
  });

  it('notes capitals, shouting and sentences', () => {
    const [first, second, third] = tokenize('Kerkstraat. ALWEER kapot').tokens;
    expect(first).toMatchObject({ capitalised: true, shouting: false, sentence: 0 });
    expect(second).toMatchObject({ shouting: true, sentence: 1 });
    expect(third).toMatchObject({ capitalised: false, shouting: false });
  });

  it('sees a full postcode', () => {
    expect(tokenize('rond 3511 AB').hasFullPostcode).toBe(true);
    expect(tokenize('rond 3511 ab').hasFullPostcode).toBe(false);
  });
});
