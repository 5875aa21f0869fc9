import { describe, expect, it } from 'vitest';
import { fixedClock, initiativeRecord, signalRecord } from '../testing/factories';
import type { ExportCollection } from './collection';
import { ImportError } from './errors';
import {
  exportDocument,
  exportDocumentSchema,
  exportJson,
  readJsonExport,
  upgradeDocument,
} from './json';

const clock = fixedClock();
const initiative = initiativeRecord(clock);
const collection: ExportCollection = {
  signals: [
    signalRecord(clock, { initiativeId: initiative.id }),
    signalRecord(clock, { note: 'eigen notitie' }),
  ],
  initiatives: [initiative],
  events: [],
  groups: [],
  members: [{ id: 'member-alice', name: 'Alice' }],
};
const exportedAt = new Date('2026-11-27T12:00:00.000Z');
const options = { pseudonymiseAuthors: false, includeText: true, language: 'nl' as const };

describe('exportJson', () => {
  const text = exportJson(collection, options, exportedAt);

  it('is the versioned document, valid by its own schema', () => {
    const document = JSON.parse(text);
    expect(document).toEqual(exportDocument(collection, options, exportedAt));
    expect(exportDocumentSchema.parse(document)).toEqual(document);
    expect(document).toMatchObject({
      format: 'vliegwiel-export',
      version: 1,
      exportedAt: '2026-11-27T12:00:00.000Z',
      pseudonymisedAuthors: false,
      includesText: true,
    });
  });

  it('puts one record on a line', () => {
    const lines = text.split('\n').map((line) => line.trim().replace(/,$/, ''));
    for (const record of [
      ...collection.signals,
      ...collection.initiatives,
      ...collection.members,
    ]) {
      expect(lines).toContain(JSON.stringify(record));
    }
    expect(lines).toContain('"events": []');
  });

  it('says when text is left out and authors are pseudonymised', () => {
    const document = exportDocument(
      collection,
      { pseudonymiseAuthors: true, includeText: false, language: 'en' },
      exportedAt,
    );
    expect(document.includesText).toBe(false);
    expect(document.pseudonymisedAuthors).toBe(true);
    expect(document.signals.map((signal) => [signal.text, signal.note])).toEqual([
      ['', undefined],
      ['', undefined],
    ]);
    expect(document.signals[0]?.source.authorHandle).toBe('Author 1');
  });
});

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error;
  }
  throw new Error('nothing was thrown');
}

describe('upgradeDocument', () => {
  const version1 = JSON.parse(exportJson(collection, options, exportedAt));

  it('passes a version-1 document through unchanged', () => {
    expect(upgradeDocument(version1)).toEqual(version1);
  });

  it("runs every upgrade from the document's version on, in order", () => {
    const upgrades = [
      (document: Record<string, unknown>) => ({ ...document, renamed: document.signals }),
      (document: Record<string, unknown>) => ({ ...document, steps: ['2→3'] }),
    ];
    const upgraded = upgradeDocument(version1, upgrades);
    expect(upgraded).toMatchObject({ version: 3, renamed: version1.signals, steps: ['2→3'] });
    expect(upgradeDocument({ ...version1, version: 2 }, upgrades)).not.toHaveProperty('renamed');
  });

  it('refuses a newer version, saying what to do', () => {
    expect(() => upgradeDocument({ ...version1, version: 2 })).toThrow(
      /version 2, made by a newer Vliegwiel; this one reads versions 1 to 1\. Update Vliegwiel/,
    );
    expect(thrown(() => upgradeDocument({ ...version1, version: 7 }))).toMatchObject({
      name: 'ImportError',
      code: 'unsupported-version',
    });
  });

  it('refuses what is not an export, or has no whole version', () => {
    expect(() => upgradeDocument([])).toThrow(/not a Vliegwiel export/);
    expect(() => upgradeDocument({ format: 'geojson' })).toThrow(/not a Vliegwiel export/);
    expect(() => upgradeDocument({ ...version1, version: '1' })).toThrow(/whole number/);
    expect(() => upgradeDocument({ ...version1, version: 0 })).toThrow(/whole number/);
  });
});

describe('readJsonExport', () => {
  it('reads every record, rejecting an invalid one with its reasons and keeping the rest', () => {
    const document = JSON.parse(exportJson(collection, options, exportedAt));
    document.signals[1].clippedAt = 'gisteren';
    document.signals[1].source.url = 'ftp://example.nl/';
    document.initiatives.push({ id: 'nope' });
    const batch = readJsonExport(`\uFEFF${JSON.stringify(document)}`);
    expect(batch.signals.map((candidate) => candidate.record)).toEqual([collection.signals[0]]);
    expect(batch.initiatives.map((candidate) => candidate.where)).toEqual([1]);
    expect(batch).not.toHaveProperty('members');
    expect(batch.rejected.map(({ table, where }) => [table, where])).toEqual([
      ['signals', 2],
      ['initiatives', 2],
    ]);
    expect(batch.rejected[0]?.reason).toMatch(/source\.url: .*; clippedAt: /);
    expect(batch.rejected[1]?.reason).toContain('id: Invalid UUID');
  });

  it('refuses a file that is not JSON, or whose lists are not lists', () => {
    expect(() => readJsonExport('{"format": ')).toThrow(/not valid JSON/);
    const document = JSON.parse(exportJson(collection, options, exportedAt));
    expect(() => readJsonExport(JSON.stringify({ ...document, groups: {} }))).toThrow(
      /"groups" in the export should be a list/,
    );
  });
});
