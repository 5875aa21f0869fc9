import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGazetteerFromDirectory } from '../places/load-node';
import { type LocateInput, locate } from './locate';

const gazetteer = loadGazetteerFromDirectory(fileURLToPath(new URL('../data/', import.meta.url)));
const UTRECHT = 'GM0344';
const AMSTERDAM = 'GM0363';
const ZWOLLE = 'GM0193';
const BERGEN_NH = 'GM0373';
const BERGEN_L = 'GM0893';

function post(text: string, authorName?: string): LocateInput {
  return { text, ...(authorName ? { source: { authorName } } : {}) };
}

describe('locate', () => {
  it('takes the text first, then the author, then the home area', () => {
    const home = { gazetteer, homeArea: { municipality: AMSTERDAM } };
    expect(locate(post('Gat in de weg in Utrecht', 'Anna uit Zwolle'), home)).toMatchObject({
      municipality: UTRECHT,
      from: 'text',
    });
    expect(locate(post('Gat in de weg op de Kerkstraat', 'Anna uit Zwolle'), home)).toMatchObject({
      municipality: ZWOLLE,
      from: 'author',
      street: 'Kerkstraat',
    });
    expect(locate(post('Gat in de weg op de Kerkstraat'), home)).toMatchObject({
      municipality: AMSTERDAM,
      from: 'home',
      street: 'Kerkstraat',
    });
    expect(locate(post('Gat in de weg op de Kerkstraat'), { gazetteer })).toEqual({
      municipality: null,
      from: null,
      street: 'Kerkstraat',
      alternatives: [],
      ambiguous: false,
    });
  });

  it("lets the user's correction win over everything", () => {
    const location = locate(
      {
        text: 'Gat in de weg in Utrecht',
        correctedArea: { municipality: ZWOLLE, place: 'Assendorp' },
      },
      { gazetteer, homeArea: { municipality: AMSTERDAM } },
    );
    expect(location).toMatchObject({ municipality: ZWOLLE, from: 'corrected', place: 'Assendorp' });
  });

  it('reads the place, street and postcode the text names', () => {
    expect(locate(post('Grofvuil op de Kerkstraat 12, 3532 AB'), { gazetteer })).toMatchObject({
      municipality: UTRECHT,
      street: 'Kerkstraat 12',
      postcode: '3532',
    });
    expect(locate(post('Kapotte lantaarn in Hoogvliet'), { gazetteer })).toMatchObject({
      municipality: 'GM0599',
      place: 'Hoogvliet',
    });
  });

  it('offers the other municipalities of an ambiguous name as a choice', () => {
    const location = locate(post('Zwerfvuil in Bergen'), { gazetteer });
    expect(location.ambiguous).toBe(true);
    const codes = [location.municipality, ...location.alternatives.map((a) => a.municipality)];
    expect(codes.sort()).toEqual([BERGEN_NH, BERGEN_L].sort());
    expect(location.alternatives[0]?.share).toBeGreaterThan(0.4);
  });

  it('does not ask when the post settles the name', () => {
    expect(locate(post('Lantaarnpalen in Bergen (L) doen het niet'), { gazetteer })).toMatchObject({
      municipality: BERGEN_L,
      alternatives: [],
      ambiguous: false,
    });
    expect(
      locate(post('De supermarkt in Oostrum bij Venray is dicht'), { gazetteer }).ambiguous,
    ).toBe(false);
  });

  it('settles an ambiguous name with the home area or the author when it is one of its places', () => {
    const byHome = locate(post('Zwerfvuil in Bergen'), {
      gazetteer,
      homeArea: { municipality: BERGEN_L },
    });
    expect(byHome).toMatchObject({ municipality: BERGEN_L, from: 'text', settledBy: 'home' });
    expect(byHome.ambiguous).toBe(false);
    expect(byHome.alternatives.map((a) => a.municipality)).toEqual([BERGEN_NH]);
    const byAuthor = locate(post('Glasbak in Haren vol', 'Marloes | Oss'), { gazetteer });
    expect(byAuthor).toMatchObject({ municipality: 'GM0828', settledBy: 'author' });
    // A home area that is not one of the name's municipalities changes nothing.
    expect(
      locate(post('Overlast in Hengelo'), { gazetteer, homeArea: { municipality: UTRECHT } }),
    ).toMatchObject({ municipality: 'GM0164', ambiguous: false });
  });

  it("reads a place in the author's display name, not a person's name", () => {
    const where = (authorName: string) =>
      locate(post('Grofvuil naast de container', authorName), { gazetteer });
    expect(where('Joris | Oud-West')).toMatchObject({
      municipality: AMSTERDAM,
      from: 'author',
      place: 'Oud-West',
    });
    expect(where('Kees 🌷 Amersfoort').municipality).toBe('GM0307');
    expect(where('Buurtpreventie Veenendaal').municipality).toBe('GM0345');
    expect(where('Sanne Bergen').municipality).toBeNull();
    expect(where('Joost van Amersfoort').municipality).toBeNull();
  });
});
