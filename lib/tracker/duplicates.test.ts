import { describe, expect, it } from 'vitest';
import type { Signal } from '../schema/records';
import { fixedClock, initiativeRecord, signalRecord } from '../testing/factories';
import { duplicateCandidates, similarInitiatives } from './duplicates';

const clock = fixedClock();
const UTRECHT = 'GM0344';
const APELDOORN = 'GM0200';

function post(text: string, overrides: Partial<Signal> = {}): Signal {
  return signalRecord(clock, { text, municipality: UTRECHT, category: 'roads', ...overrides });
}

function street(name: string, municipality = UTRECHT): Signal['places'] {
  return [{ kind: 'street', name, municipality }];
}

const onX = post(
  'De lantaarnpaal op de Biltstraat is al twee weken kapot. Het is er ’s avonds aardedonker.',
  { places: street('Biltstraat') },
);
const onReddit = post(
  'Lantaarnpaal Biltstraat al twee weken kapot, ’s avonds aardedonker. Heeft iemand het gemeld?',
  {
    source: { site: 'reddit', url: 'https://www.reddit.com/r/utrecht/comments/abc/lamp/' },
    places: street('Biltstraat'),
  },
);
const otherTown = post(
  'De lantaarnpaal op de Hoofdstraat is al twee weken kapot. Het is er ’s avonds aardedonker.',
  { municipality: APELDOORN, places: street('Hoofdstraat', APELDOORN) },
);
const sameStreetOtherWords = post('Straatverlichting Biltstraat doet het nog steeds niet', {
  places: street('Biltstraat'),
});
const unrelated = post('Wat een mooie zonsondergang vanavond boven het Griftpark', {
  category: 'green',
});
const sameTownOtherIssue = post('Weer een fietswrak op de stoep bij het station, al twee weken', {
  category: 'cleanliness',
});
const everything = [onX, onReddit, otherTown, sameStreetOtherWords, unrelated, sameTownOtherIssue];

describe('duplicateCandidates', () => {
  it('scores the same complaint from X and Reddit about the same street highest', () => {
    const [best] = duplicateCandidates(everything, onX, 10);
    expect(best?.signal).toBe(onReddit);
    expect(best?.score).toBeGreaterThan(0.7);
    expect(best?.reasons).toEqual(['similar-text', 'same-place', 'same-category']);
  });

  it('scores the same words about another town lower, and without the same place', () => {
    const candidates = duplicateCandidates(everything, onX, 10);
    const reddit = candidates.find((c) => c.signal === onReddit);
    const apeldoorn = candidates.find((c) => c.signal === otherTown);
    expect(apeldoorn === undefined || apeldoorn.score < (reddit?.score ?? 0) / 2).toBe(true);
    expect(apeldoorn?.reasons ?? []).not.toContain('same-place');
  });

  it('finds another post about the same street in other words, below the same text', () => {
    const candidates = duplicateCandidates(everything, onX, 10);
    const street = candidates.find((c) => c.signal === sameStreetOtherWords);
    expect(street?.reasons).toEqual(['same-place', 'same-category']);
    expect(street?.score).toBeLessThan(candidates[0]?.score ?? 0);
  });

  it('leaves out unrelated posts, the target itself and signals in its initiative', () => {
    const initiativeId = clock.newId();
    const target = { ...onX, initiativeId };
    const together = { ...onReddit, initiativeId };
    const found = duplicateCandidates([target, together, ...everything.slice(2)], target, 10).map(
      (c) => c.signal,
    );
    expect(found).not.toContain(target);
    expect(found).not.toContain(together);
    expect(found).not.toContain(unrelated);
    expect(found).not.toContain(sameTownOtherIssue);
  });

  it('does not count a street of the same name in another town as the same place', () => {
    const hoofdstraat = (municipality: string) =>
      post('Hoofdstraat: lantaarnpaal kapot', { municipality, places: street('Hoofdstraat') });
    const [best] = duplicateCandidates([hoofdstraat(APELDOORN)], hoofdstraat(UTRECHT), 1);
    expect(best?.reasons ?? []).not.toContain('same-place');
  });

  it('uses the corrected area and category', () => {
    const moved = { ...otherTown, correctedArea: { municipality: UTRECHT, place: 'Biltstraat' } };
    expect(duplicateCandidates([moved], onX, 1)[0]?.reasons).toContain('same-place');
    const recategorised = { ...onReddit, correctedCategory: 'green' as const };
    expect(duplicateCandidates([recategorised], onX, 1)[0]?.reasons).toEqual([
      'similar-text',
      'same-place',
    ]);
  });

  it('returns at most `limit`, best first, with scores between 0 and 1', () => {
    const copies = Array.from({ length: 5 }, () => ({ ...onReddit, id: clock.newId() }));
    const candidates = duplicateCandidates([...copies, ...everything], onX, 3);
    expect(candidates).toHaveLength(3);
    const scores = candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const score of scores) expect(score).toBeGreaterThanOrEqual(0);
    for (const score of scores) expect(score).toBeLessThanOrEqual(1);
  });
});

describe('similarInitiatives', () => {
  const lamps = initiativeRecord(clock, {
    title: 'Kapotte lantaarnpalen Biltstraat',
    category: 'roads',
    area: { municipality: UTRECHT },
  });
  const potholes = initiativeRecord(clock, {
    title: 'Gaten in de weg',
    category: 'roads',
    area: { municipality: UTRECHT },
  });
  const litter = initiativeRecord(clock, {
    title: 'Zwerfafval Griftpark',
    category: 'cleanliness',
    area: { municipality: UTRECHT },
  });
  const elsewhere = initiativeRecord(clock, {
    title: 'Kapotte lantaarnpalen Biltstraat',
    category: 'roads',
    area: { municipality: APELDOORN },
  });
  const merged = initiativeRecord(clock, {
    title: 'Kapotte lantaarnpalen Biltstraat',
    mergedInto: lamps.id,
  });

  it('suggests joining the initiative with a similar title in the same area first', () => {
    const similar = similarInitiatives([potholes, litter, elsewhere, merged, lamps], onX);
    expect(similar.map((s) => s.initiative)).toEqual([lamps, potholes]);
    expect(similar[0]?.reasons).toEqual(['similar-title', 'same-place', 'same-category']);
    expect(similar[1]?.reasons).toEqual(['same-place', 'same-category']);
  });

  it('matches the place or neighbourhood an initiative names', () => {
    const street = initiativeRecord(clock, {
      title: 'Veilige straat',
      category: 'roads',
      area: { municipality: UTRECHT, place: 'Biltstraat' },
    });
    const [found] = similarInitiatives([street, potholes], onX, 1);
    expect(found?.initiative).toBe(street);
  });

  it('finds a similar title when neither side knows the area', () => {
    const signal = post('Lantaarnpaal kapot', { municipality: undefined, category: undefined });
    const unplaced = { ...lamps, area: {} };
    expect(similarInitiatives([unplaced], signal).map((s) => s.reasons)).toEqual([
      ['similar-title'],
    ]);
  });
});
