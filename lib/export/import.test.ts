import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VliegwielDatabase } from '../db/database';
import { saveSignals } from '../db/store';
import type { Group } from '../schema/contacts';
import type { Initiative, Signal, TimelineEvent } from '../schema/records';
import { fixedClock, initiativeRecord, signalRecord } from '../testing/factories';
import type { ImportBatch, RejectedRecord } from './batch';
import {
  applyImport,
  type ImportProgress,
  importFileText,
  planImport,
  readImportFile,
} from './import';
import { exportJson } from './json';
import { dropDatabase, freshDatabase, municipalities } from './testing';

const clock = fixedClock();
let db: VliegwielDatabase;

beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => dropDatabase(db));

/** A read file of these records, each list numbered from 1 as a JSON export's would be. */
function file(records: {
  signals?: Signal[];
  initiatives?: Initiative[];
  events?: TimelineEvent[];
  groups?: Group[];
  rejected?: RejectedRecord[];
}): ImportBatch {
  const numbered = <T>(list: readonly T[] = []) =>
    list.map((record, index) => ({ where: index + 1, record }));
  return {
    format: 'json',
    signals: numbered(records.signals),
    initiatives: numbered(records.initiatives),
    events: numbered(records.events),
    groups: numbered(records.groups),
    rejected: records.rejected ?? [],
    ignoredColumns: [],
  };
}

function event(overrides: Partial<TimelineEvent>): TimelineEvent {
  return {
    id: clock.newId(),
    at: clock.now().toISOString(),
    actorId: 'member-alice',
    kind: 'clipped',
    ...overrides,
  } as TimelineEvent;
}

function group(name: string, municipality = 'GM0344'): Group {
  return { id: clock.newId(), name, area: { municipality }, topics: [] };
}

describe('planImport', () => {
  it('finds signals already there by id, by post and by selection, and writes nothing', async () => {
    const stored = signalRecord(clock);
    const storedSelection = signalRecord(clock, {
      postKey: undefined,
      source: { site: 'web', url: 'https://forum.example.nl/t/1' },
      text: 'Gat in de weg',
    });
    await saveSignals(db, [stored, storedSelection]);
    const samePost = { ...signalRecord(clock), postKey: stored.postKey };
    const sameSelection = { ...storedSelection, id: clock.newId() };
    const otherSelection = { ...sameSelection, id: clock.newId(), text: 'Ander gat' };
    const plan = await planImport(
      db,
      file({ signals: [stored, samePost, sameSelection, otherSelection] }),
    );
    expect(plan.report.alreadyThere).toEqual([
      { table: 'signals', where: 1, id: stored.id, because: 'same-id', existingId: stored.id },
      { table: 'signals', where: 2, id: samePost.id, because: 'same-post', existingId: stored.id },
      {
        table: 'signals',
        where: 3,
        id: sameSelection.id,
        because: 'same-selection',
        existingId: storedSelection.id,
      },
    ]);
    expect(plan.records.signals).toEqual([otherSelection]);
    expect(plan.report.added.signals).toBe(1);
    expect(await db.signals.count()).toBe(2);
  });

  it('rejects the later of two records with one id, or two signals of one post', async () => {
    const signal = signalRecord(clock);
    const samePost = { ...signalRecord(clock), postKey: signal.postKey };
    const plan = await planImport(db, file({ signals: [signal, signal, samePost] }));
    expect(plan.report.rejected).toEqual([
      { table: 'signals', where: 2, reason: 'it has the same id as signals record 1' },
      { table: 'signals', where: 3, reason: 'it is the same post as signals record 1' },
    ]);
    expect(plan.records.signals).toEqual([signal]);
  });

  it("needs a signal's initiative and a merged initiative's target, in the file or the tracker", async () => {
    const stored = initiativeRecord(clock);
    await db.initiatives.add(stored);
    const inFile = initiativeRecord(clock);
    const orphanMerge = initiativeRecord(clock, { mergedInto: clock.newId() });
    const chainedToOrphan = initiativeRecord(clock, { mergedInto: orphanMerge.id });
    const mergedIntoStored = initiativeRecord(clock, { mergedInto: stored.id });
    const missing = clock.newId();
    const signals = [
      signalRecord(clock, { initiativeId: stored.id }),
      signalRecord(clock, { initiativeId: inFile.id }),
      signalRecord(clock, { initiativeId: missing }),
      signalRecord(clock, { initiativeId: chainedToOrphan.id }),
    ];
    const plan = await planImport(
      db,
      file({
        initiatives: [inFile, orphanMerge, chainedToOrphan, mergedIntoStored],
        signals,
        events: [
          event({ signalId: signals[2]?.id }),
          event({ initiativeId: orphanMerge.id, kind: 'created' }),
          event({ signalId: clock.newId() }),
        ],
      }),
    );
    expect(plan.records.initiatives).toEqual([inFile, mergedIntoStored]);
    expect(plan.records.signals).toEqual(signals.slice(0, 2));
    expect(plan.report.rejected.map(({ table, where, reason }) => [table, where, reason])).toEqual([
      ['signals', 3, `its initiative ${missing} is neither in the file nor in the tracker`],
      ['signals', 4, 'its initiative (initiatives record 3) was rejected'],
      [
        'initiatives',
        2,
        `it was merged into initiative ${orphanMerge.mergedInto}, which is neither in the file nor in the tracker`,
      ],
      [
        'initiatives',
        3,
        `it was merged into initiative ${orphanMerge.id}, which is neither in the file nor in the tracker`,
      ],
      ['events', 1, 'its signal (signals record 3) was rejected'],
      ['events', 2, 'its initiative (initiatives record 2) was rejected'],
    ]);
    // History may name a signal that is gone.
    expect(plan.records.events).toHaveLength(1);
  });

  it('leaves the history of a post already there as another signal to that signal', async () => {
    const stored = signalRecord(clock);
    await saveSignals(db, [stored]);
    const again = { ...signalRecord(clock), postKey: stored.postKey };
    const clipped = event({ signalId: again.id });
    const plan = await planImport(db, file({ signals: [again], events: [clipped] }));
    expect(plan.report.alreadyThere.at(-1)).toEqual({
      table: 'events',
      where: 1,
      id: clipped.id,
      because: 'same-signal',
      existingId: stored.id,
    });
    expect(plan.records.events).toEqual([]);
  });

  it('counts a group with the same name in the same municipality as already there', async () => {
    const stored = group('Buurtvereniging Lombok');
    await db.groups.add(stored);
    const same = group('  buurtvereniging   LOMBOK ');
    const elsewhere = group('Buurtvereniging Lombok', 'GM0363');
    const twice = group('Buurtvereniging Lombok', 'GM0363');
    const plan = await planImport(db, file({ groups: [same, elsewhere, twice] }));
    expect(plan.report.alreadyThere).toEqual([
      { table: 'groups', where: 1, id: same.id, because: 'same-group', existingId: stored.id },
    ]);
    expect(plan.report.rejected).toEqual([
      {
        table: 'groups',
        where: 3,
        reason: 'it has the same name and municipality as groups record 2',
      },
    ]);
    expect(plan.records.groups).toEqual([elsewhere]);
  });

  it('keeps the rejections the file reading found', async () => {
    const plan = await planImport(
      db,
      file({ rejected: [{ table: 'signals', where: 7, reason: 'clipped at is missing' }] }),
    );
    expect(plan.report.rejected).toEqual([
      { table: 'signals', where: 7, reason: 'clipped at is missing' },
    ]);
  });
});

describe('applyImport', () => {
  it('writes every accepted record, signals through the writers that index them', async () => {
    const initiative = initiativeRecord(clock);
    const signal = signalRecord(clock, { initiativeId: initiative.id, category: 'roads' });
    const clipped = event({ signalId: signal.id });
    const plan = await planImport(
      db,
      file({ initiatives: [initiative], signals: [signal], events: [clipped] }),
    );
    const report = await applyImport(db, plan);
    expect(report).toEqual(plan.report);
    expect(await db.signals.toArray()).toEqual([signal]);
    expect(await db.signalIndex.get(signal.id)).toMatchObject({
      category: 'roads',
      initiativeId: initiative.id,
    });
    expect((await db.signalIndex.get(signal.id))?.words).toContain('lantaarnpaal');
    expect((await db.signalChanges.toArray()).at(-1)?.ids).toEqual([signal.id]);
    expect(await db.initiatives.toArray()).toEqual([initiative]);
    expect(await db.events.toArray()).toEqual([clipped]);
  });

  it('tells how far the writing is, from none to all of the records it adds', async () => {
    const initiative = initiativeRecord(clock);
    const signals = [signalRecord(clock), signalRecord(clock)];
    const plan = await planImport(
      db,
      file({
        initiatives: [initiative],
        signals,
        events: signals.map((signal) => event({ signalId: signal.id })),
      }),
    );
    const progress: ImportProgress[] = [];
    await applyImport(db, plan, (step) => progress.push(step));
    expect(progress).toEqual([
      { written: 0, total: 5 },
      { written: 1, total: 5 },
      { written: 3, total: 5 },
      { written: 5, total: 5 },
    ]);
  });

  it('plans again when it runs: what arrived meanwhile is already there, not written twice', async () => {
    const signal = signalRecord(clock);
    const plan = await planImport(db, file({ signals: [signal] }));
    await saveSignals(db, [signal]);
    const report = await applyImport(db, plan);
    expect(report.added.signals).toBe(0);
    expect(report.alreadyThere).toHaveLength(1);
    expect(await db.signals.count()).toBe(1);
  });

  it('writes nothing at all when one write fails', async () => {
    const initiative = initiativeRecord(clock);
    const signal = signalRecord(clock, { initiativeId: initiative.id });
    const plan = await planImport(
      db,
      file({
        initiatives: [initiative],
        signals: [signal],
        events: [event({ signalId: signal.id })],
      }),
    );
    db.events.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(applyImport(db, plan)).rejects.toThrow('disk full');
    expect(await db.initiatives.count()).toBe(0);
    expect(await db.signals.count()).toBe(0);
    expect(await db.signalIndex.count()).toBe(0);
    expect(await db.signalChanges.count()).toBe(0);
  });
});

describe('readImportFile', () => {
  const context = { municipalities, newId: fixedClock().newId };

  it('reads a JSON export as JSON and anything else as a signals CSV', () => {
    const json = exportJson(
      { signals: [signalRecord(clock)], initiatives: [], events: [], groups: [], members: [] },
      { pseudonymiseAuthors: false, includeText: true, language: 'nl' },
      clock.now(),
    );
    expect(readImportFile(`\uFEFF \n${json}`, context).format).toBe('json');
    expect(
      readImportFile('link,clipped at\nhttps://x.com/a/status/1,2026-11-20T08:15:00Z\n', context)
        .format,
    ).toBe('csv');
  });
});

describe('importFileText', () => {
  it('reads UTF-8, and Windows-1252 as Dutch Excel saves a CSV', () => {
    const utf8 = new TextEncoder().encode('\uFEFFtekst;plaats\r\nCafé “De Zwaan”;Utrecht');
    expect(importFileText(utf8)).toBe('tekst;plaats\r\nCafé “De Zwaan”;Utrecht');
    // "Café Coëlho" in Windows-1252: é and ë are one byte each, which is not UTF-8.
    const windows1252 = Uint8Array.from([
      ...new TextEncoder().encode('Caf'),
      0xe9,
      ...new TextEncoder().encode(' Co'),
      0xeb,
      ...new TextEncoder().encode('lho'),
    ]);
    expect(importFileText(windows1252)).toBe('Café Coëlho');
  });
});
