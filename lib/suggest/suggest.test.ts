import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../classify/taxonomy';
import { loadGazetteerFromDirectory } from '../places/load-node';
import type { Contact, ContactKind, Group } from '../schema/contacts';
import type { Initiative, Signal } from '../schema/records';
import { fixedClock, initiativeRecord, signalRecord } from '../testing/factories';
import { prepareSuggestions, type SuggestionContext, suggest } from './suggest';

const gazetteer = loadGazetteerFromDirectory(fileURLToPath(new URL('../data/', import.meta.url)));
const clock = fixedClock();
const UTRECHT = 'GM0344';
const AMSTERDAM = 'GM0363';
const ZWOLLE = 'GM0193';

function contact(
  id: string,
  kind: ContactKind,
  categories: CategoryId[],
  extra: Partial<Contact> = {},
): Contact {
  return {
    id,
    kind,
    name: { nl: id, en: id },
    handles: { nl: id, en: id },
    categories,
    area: { scope: 'national' },
    channels: [{ kind: 'website', url: 'https://example.org/' }],
    sources: [{ url: 'https://example.org/', checked: '2026-11-27' }],
    ...extra,
  };
}

const ALL_BUT_TRANSIT: CategoryId[] = [
  'cleanliness',
  'roads',
  'traffic',
  'sewer-water',
  'green',
  'nuisance',
  'animals',
  'safety',
  'housing',
  'plans',
  'amenities',
  'environment',
  'other',
];

function municipal(code: string): Contact {
  return contact(`municipality-${code.toLowerCase()}`, 'municipality', ALL_BUT_TRANSIT, {
    area: { scope: 'municipality', municipality: code },
  });
}

const contacts: Contact[] = [
  contact('police', 'police', ['safety', 'nuisance']),
  contact('anonymous', 'anonymous-crime-report', ['safety']),
  contact('emergency', 'emergency', ['safety'], { urgentOnly: true }),
  contact('animal-144', 'animal-emergency', ['animals']),
  contact('rijkswaterstaat', 'national-roads', ['roads', 'traffic', 'sewer-water']),
  contact('outage', 'energy-outage', ['other']),
  contact('water-boards', 'water-board', ['sewer-water']),
  contact('landlord', 'landlord', ['housing']),
  contact('environment', 'environmental-service', ['environment', 'nuisance']),
  municipal(UTRECHT),
  municipal(AMSTERDAM),
  municipal(ZWOLLE),
];

let groupNumber = 0;
function group(name: string, area: Group['area'], topics: CategoryId[]): Group {
  groupNumber += 1;
  return {
    id: `00000000-0000-4000-9000-${String(groupNumber).padStart(12, '0')}`,
    name,
    area,
    topics,
  };
}

function signal(text: string, overrides: Partial<Signal> = {}): Signal {
  return signalRecord(clock, {
    text,
    source: { site: 'x', url: 'https://x.com/a/status/1' },
    ...overrides,
  });
}

const context: SuggestionContext = { contacts, groups: [], initiatives: [], gazetteer };
const prepared = prepareSuggestions(context);

function kinds(text: string, overrides: Partial<Signal> = {}): ContactKind[] {
  return suggest(signal(text, overrides), prepared).contacts.map((c) => c.item.kind);
}

describe('contacts', () => {
  it("suggests the municipality's desk for its categories, saying why", () => {
    const { contacts: ranked } = suggest(
      signal('Ratten bij de containers in Utrecht', { category: 'animals' }),
      prepared,
    );
    expect(ranked.map((c) => c.item.id)).toEqual(['municipality-gm0344']);
    expect(ranked[0]?.reasons).toEqual([
      { kind: 'handles', category: 'animals', municipality: UTRECHT },
    ]);
  });

  it('sends injured animals to 144, but not rats or dead animals', () => {
    expect(kinds('Gewonde zwaan met een vishaak in de Singel in Utrecht')[0]).toBe(
      'animal-emergency',
    );
    expect(kinds('Ratten en duiven bij de flat in Utrecht', { category: 'animals' })).not.toContain(
      'animal-emergency',
    );
    expect(kinds('Dode kat in de berm in Utrecht', { category: 'animals' })).not.toContain(
      'animal-emergency',
    );
  });

  it('offers 112 only for urgent words, and then first', () => {
    const fire = suggest(signal('Brand in de container aan de Kerkstraat in Zwolle!'), prepared);
    expect(fire.contacts[0]?.item.kind).toBe('emergency');
    expect(fire.contacts[0]?.reasons[0]).toEqual({ kind: 'urgent', cue: 'brand' });
    expect(kinds('Fietser ligt gewond op de rotonde in Utrecht')[0]).toBe('emergency');
    for (const calm of [
      'Dat kruispunt in Utrecht is levensgevaarlijk, er moet een rotonde komen',
      'Brand new bins in Utrecht and already overflowing',
      'Gewonde egel in de tuin in Utrecht',
      'Hangjongeren en dealers bij het winkelcentrum in Zwolle',
    ]) {
      expect(kinds(calm)).not.toContain('emergency');
    }
  });

  it('names the national body the text points at before the municipality', () => {
    const cases: Array<[string, ContactKind]> = [
      ['Gat in het wegdek op de A12 bij Utrecht, rechterstrook', 'national-roads'],
      ['Stroomstoring in heel Lombok, al twee uur geen stroom', 'energy-outage'],
      ['De dijk bij Zwolle heeft een scheur, water sijpelt erdoor', 'water-board'],
      ['Schimmel in onze huurwoning in Amsterdam, verhuurder reageert niet', 'landlord'],
      ['Chemische lucht uit de fabriek in Zwolle, hele wijk stinkt', 'environmental-service'],
      ['Hangjongeren intimideren voorbijgangers in Utrecht', 'police'],
      ['Hennepkwekerij in het pand naast ons in Utrecht', 'anonymous-crime-report'],
    ];
    for (const [text, kind] of cases) {
      const ranked = kinds(text);
      expect(ranked, text).toContain('municipality');
      expect(ranked.indexOf(kind), text).toBeGreaterThanOrEqual(0);
      expect(ranked.indexOf(kind), text).toBeLessThan(ranked.indexOf('municipality'));
    }
    const motorway = suggest(signal('Gat in het wegdek op de A12 bij Utrecht'), prepared);
    expect(motorway.contacts[0]?.reasons).toContainEqual({
      kind: 'mentions',
      cue: 'a12',
      about: 'motorway',
    });
  });

  it('suggests the police for safety, and for nuisance only when people cause it', () => {
    expect(kinds('Onveilige situatie in Utrecht', { category: 'safety' })).toContain('police');
    expect(kinds('Bouwlawaai om 6 uur in Utrecht', { category: 'nuisance' })).not.toContain(
      'police',
    );
  });

  it('offers only national bodies when nothing says where the signal is', () => {
    expect(kinds('Stroomstoring, hele wijk donker')).toEqual(['energy-outage']);
    expect(kinds('Weer een gat in het fietspad', { category: 'roads' })).toEqual([]);
  });
});

describe('groups', () => {
  const spot = group('Groen 3532', { municipality: UTRECHT, postcode: '3532' }, ['green']);
  const nearby = group('Bomen 3531', { municipality: UTRECHT, postcode: '3531' }, ['green']);
  const town = group('Groen Utrecht', { municipality: UTRECHT }, ['green']);
  const otherTopic = group('Verkeer 3532', { municipality: UTRECHT, postcode: '3532' }, [
    'traffic',
  ]);
  const residents = group('Bewoners Lombok', { municipality: UTRECHT, place: 'Lombok' }, []);
  const townResidents = group('Bewoners Utrecht', { municipality: UTRECHT }, []);
  const elsewhere = group('Groen Zwolle', { municipality: ZWOLLE }, ['green']);
  const byPostcodeOnly = group('Groen 3532 zonder gemeente', { postcode: '3532' }, ['green']);
  const withGroups = prepareSuggestions({
    ...context,
    groups: [elsewhere, townResidents, residents, otherTopic, town, nearby, spot, byPostcodeOnly],
  });

  it('ranks the same postcode, then nearby, then the municipality, each with the topic', () => {
    const { groups } = suggest(
      signal('Bomen gekapt bij de Kanaalstraat, 3532 AB', { category: 'green' }),
      withGroups,
      { limit: 10 },
    );
    expect(groups.map((g) => g.item.name)).toEqual([
      'Groen 3532',
      'Groen 3532 zonder gemeente',
      'Bomen 3531',
      'Groen Utrecht',
    ]);
    expect(groups[0]?.reasons).toEqual([
      { kind: 'same-postcode', postcode: '3532' },
      { kind: 'topic', category: 'green' },
    ]);
    expect(groups[2]?.reasons[0]).toMatchObject({ kind: 'nearby' });
    expect(groups[3]?.reasons).toEqual([
      { kind: 'same-municipality', municipality: UTRECHT },
      { kind: 'topic', category: 'green' },
    ]);
  });

  it('suggests a group without topics only for its own spot', () => {
    const { groups } = suggest(
      signal('Bomen gekapt in Lombok', { category: 'green' }),
      withGroups,
      { limit: 10 },
    );
    const names = groups.map((g) => g.item.name);
    expect(names).toContain('Bewoners Lombok');
    expect(names).not.toContain('Bewoners Utrecht');
    expect(names).not.toContain('Verkeer 3532');
    expect(names).not.toContain('Groen Zwolle');
    expect(groups.find((g) => g.item === residents)?.reasons).toEqual([
      { kind: 'same-place', place: 'Lombok' },
    ]);
  });
});

describe('initiatives', () => {
  const lamps = initiativeRecord(clock, {
    title: 'Kapotte lantaarnpalen Biltstraat',
    category: 'roads',
    area: { municipality: UTRECHT },
  });
  const sameWordsElsewhere = initiativeRecord(clock, {
    title: 'Kapotte lantaarnpalen Hoofdstraat',
    category: 'roads',
    area: { municipality: ZWOLLE },
  });
  const unrelated = initiativeRecord(clock, {
    title: 'Meer bankjes in het park',
    category: 'amenities',
    area: { municipality: UTRECHT },
  });
  const merged = initiativeRecord(clock, {
    title: 'Lantaarnpalen Biltstraat kapot',
    category: 'roads',
    area: { municipality: UTRECHT },
    mergedInto: lamps.id,
  });
  const initiatives: Initiative[] = [sameWordsElsewhere, unrelated, merged, lamps];
  const withInitiatives = prepareSuggestions({ ...context, initiatives });
  const post = 'De lantaarnpaal op de Biltstraat in Utrecht is al twee weken kapot';

  it('offers to join an initiative on the same issue in the same area', () => {
    const { initiatives: joinable } = suggest(signal(post, { category: 'roads' }), withInitiatives);
    expect(joinable.map((i) => i.item.id)).toEqual([lamps.id]);
    expect(joinable[0]?.reasons).toEqual([
      { kind: 'similar-title' },
      { kind: 'same-municipality', municipality: UTRECHT },
      { kind: 'topic', category: 'roads' },
    ]);
  });

  it('leaves out the initiative the signal is already part of', () => {
    const linked = signal(post, { category: 'roads', initiativeId: lamps.id });
    expect(suggest(linked, withInitiatives).initiatives).toEqual([]);
  });

  it('puts an initiative at the same place, nearer, first', () => {
    const village = initiativeRecord(clock, {
      title: 'Zwerfvuil',
      category: 'cleanliness',
      area: { municipality: 'GM1900', place: 'Bolsward' },
    });
    const farVillage = initiativeRecord(clock, {
      title: 'Zwerfvuil',
      category: 'cleanliness',
      area: { municipality: 'GM1900', place: 'Workum' },
    });
    const { initiatives: ranked } = suggest(
      signal('Zwerfvuil langs de gracht in Bolsward', { category: 'cleanliness' }),
      prepareSuggestions({ ...context, initiatives: [farVillage, village] }),
    );
    expect(ranked.map((i) => i.item.id)).toEqual([village.id, farVillage.id]);
    expect(ranked[0]?.reasons).toContainEqual({ kind: 'same-place', place: 'Bolsward' });
  });
});

describe('suggest', () => {
  it('gives the same answer for the same input, whatever the order of the lists', () => {
    const lists = {
      groups: [
        group('A', { municipality: UTRECHT }, ['roads']),
        group('B', { municipality: UTRECHT }, ['roads']),
      ],
      initiatives: [
        initiativeRecord(clock, {
          title: 'Gaten in de weg',
          category: 'roads',
          area: { municipality: UTRECHT },
        }),
        initiativeRecord(clock, {
          title: 'Gaten in de weg',
          category: 'roads',
          area: { municipality: UTRECHT },
        }),
      ],
    };
    const forward = prepareSuggestions({ ...context, ...lists });
    const backward = prepareSuggestions({
      ...context,
      contacts: [...contacts].reverse(),
      groups: [...lists.groups].reverse(),
      initiatives: [...lists.initiatives].reverse(),
    });
    const item = signal('Gat in de weg in Utrecht bij de A12', { category: 'roads' });
    const first = suggest(item, forward);
    expect(suggest(item, forward)).toEqual(first);
    expect(suggest(item, backward)).toEqual(first);
    expect(suggest(item, { ...context, ...lists })).toEqual(first);
  });

  it("uses the user's corrected category and area", () => {
    const result = suggest(
      signal('Gat in de weg in Utrecht', {
        category: 'roads',
        correctedCategory: 'green',
        correctedArea: { municipality: ZWOLLE },
      }),
      prepared,
    );
    expect(result.category).toBe('green');
    expect(result.location).toMatchObject({ municipality: ZWOLLE, from: 'corrected' });
    expect(result.contacts[0]?.reasons).toEqual([
      { kind: 'handles', category: 'green', municipality: ZWOLLE },
    ]);
  });
});
