import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VliegwielDatabase } from '../db/database';
import { appendEvents, saveSignals } from '../db/store';
import type { TimelineEvent } from '../schema/records';
import { fixedClock, initiativeRecord, signalRecord } from '../testing/factories';
import { applyExportOptions, inExportOrder, readCollection } from './collection';
import { ExportError } from './errors';
import { dropDatabase, freshDatabase } from './testing';

const clock = fixedClock();
let db: VliegwielDatabase;

function event(overrides: Partial<TimelineEvent> & Pick<TimelineEvent, 'kind'>): TimelineEvent {
  return {
    id: clock.newId(),
    at: clock.now().toISOString(),
    actorId: 'member-alice',
    ...overrides,
  } as TimelineEvent;
}

// Two initiatives, one merged into the other, a third apart; signals in each and one in none.
const main = initiativeRecord(clock, { title: 'Kapotte lantaarnpalen' });
const merged = initiativeRecord(clock, { title: 'Donkere Biltstraat', mergedInto: main.id });
const other = initiativeRecord(clock, { title: 'Ratten bij de school', ownerId: 'member-bob' });
const inMain = signalRecord(clock, { initiativeId: main.id, clippedBy: 'member-carol' });
const inOther = signalRecord(clock, { initiativeId: other.id });
const loose = signalRecord(clock, { clippedAt: '2026-11-20T08:00:00.000Z' });
const events = [
  event({ kind: 'created', initiativeId: merged.id }),
  event({ kind: 'merged', initiativeId: main.id, from: merged.id, fromTitle: merged.title }),
  event({ kind: 'clipped', signalId: inMain.id, actorId: 'member-carol' }),
  event({ kind: 'created', initiativeId: other.id, actorId: 'member-bob' }),
  event({ kind: 'clipped', signalId: loose.id }),
];
const group = {
  id: clock.newId(),
  name: 'Buurtvereniging Lombok',
  area: { municipality: 'GM0344' },
  topics: ['green' as const],
};

beforeEach(async () => {
  db = freshDatabase();
  await db.initiatives.bulkAdd([main, merged, other]);
  await saveSignals(db, [inMain, inOther, loose]);
  await appendEvents(db, events);
  await db.groups.add(group);
  await db.members.bulkAdd([
    { id: 'member-alice', name: 'Alice' },
    { id: 'member-bob', name: 'Bob' },
    { id: 'member-carol', name: 'Carol' },
    { id: 'member-dave', name: 'Dave' },
  ]);
});

afterEach(() => dropDatabase(db));

const ids = (records: ReadonlyArray<{ id: string }>) => records.map((record) => record.id).sort();

describe('readCollection', () => {
  it('exports an initiative with the ones merged into it, their signals and all their events', async () => {
    const collection = await readCollection(db, { kind: 'initiative', initiativeId: main.id });
    expect(ids(collection.initiatives)).toEqual(ids([main, merged]));
    expect(ids(collection.signals)).toEqual([inMain.id]);
    expect(ids(collection.events)).toEqual(ids(events.slice(0, 3)));
    expect(collection.groups).toEqual([]);
    expect(collection.members.map((member) => member.name)).toEqual(['Alice', 'Carol']);
  });

  it('exports a selection with the initiatives its signals are in, so every link resolves', async () => {
    const collection = await readCollection(db, {
      kind: 'selection',
      signalIds: [inOther.id, loose.id, inOther.id, clock.newId()],
    });
    expect(ids(collection.signals)).toEqual(ids([inOther, loose]));
    expect(ids(collection.initiatives)).toEqual([other.id]);
    expect(ids(collection.events)).toEqual(
      ids([events[3] as TimelineEvent, events[4] as TimelineEvent]),
    );
    expect(collection.members.map((member) => member.name)).toEqual(['Alice', 'Bob']);
  });

  it('exports everything, groups and every member included', async () => {
    const collection = await readCollection(db, { kind: 'everything' });
    expect(ids(collection.signals)).toEqual(ids([inMain, inOther, loose]));
    expect(ids(collection.initiatives)).toEqual(ids([main, merged, other]));
    expect(collection.events).toHaveLength(events.length);
    expect(collection.groups).toEqual([group]);
    expect(collection.members).toHaveLength(4);
  });

  it('refuses an initiative that is not there', async () => {
    await expect(
      readCollection(db, { kind: 'initiative', initiativeId: clock.newId() }),
    ).rejects.toThrow(ExportError);
  });
});

describe('inExportOrder', () => {
  it('orders signals by clip time as instants, whatever their offset, then by id', () => {
    const early = signalRecord(clock, { clippedAt: '2026-11-20T10:00:00+02:00' });
    const late = signalRecord(clock, { clippedAt: '2026-11-20T09:00:00Z' });
    const tie = signalRecord(clock, { clippedAt: '2026-11-20T09:00:00.000Z' });
    const ordered = inExportOrder({
      signals: [tie, late, early],
      initiatives: [],
      events: [],
      groups: [],
      members: [],
    });
    expect(ordered.signals.map((signal) => signal.id)).toEqual([early.id, late.id, tie.id]);
  });
});

describe('applyExportOptions', () => {
  const collection = {
    signals: [
      signalRecord(clock, {
        note: 'Gezien op weg naar school',
        evidence: [{ cue: 'lantaarnpaal', kind: 'topic', weight: 2 }],
      }),
    ],
    initiatives: [],
    events: [],
    groups: [],
    members: [],
  };

  it('without text, blanks the text and leaves out the note and the cues quoted from it', () => {
    const [signal] = applyExportOptions(collection, {
      includeText: false,
      pseudonymiseAuthors: false,
      language: 'nl',
    }).signals;
    const { text, note, evidence, ...rest } = signal ?? {};
    const {
      text: _text,
      note: _note,
      evidence: _evidence,
      ...original
    } = collection.signals[0] ?? {};
    expect([text, note, evidence]).toEqual(['', undefined, undefined]);
    expect(rest).toEqual(original);
  });

  it('changes nothing when text is included and authors are not pseudonymised', () => {
    const options = { includeText: true, pseudonymiseAuthors: false, language: 'en' as const };
    expect(applyExportOptions(collection, options)).toBe(collection);
  });
});
