import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fixedClock, initiativeRecord, signalRecord } from '../testing/factories';
import type { ExportCollection } from './collection';
import { exportSignalsCsv } from './csv';
import { defaultDelimiter, neutraliseCell, restoreCell } from './csv-format';
import { municipalities } from './testing';

const clock = fixedClock();
const initiative = initiativeRecord(clock, { title: 'Kapotte lantaarnpalen Biltstraat' });
const signal = signalRecord(clock, {
  text: 'Lamp kapot; al "weken"\r\nnog steeds',
  clippedAt: '2026-11-27T10:00:00.000Z',
  clippedBy: 'member-alice',
  category: 'green',
  correctedCategory: 'roads',
  municipality: 'GM0344',
  places: [{ kind: 'place', name: 'Utrecht', municipality: 'GM0344' }],
  initiativeId: initiative.id,
  note: '=HYPERLINK("https://evil.example")',
});
const collection: ExportCollection = {
  signals: [signal],
  initiatives: [initiative],
  events: [],
  groups: [],
  members: [{ id: 'member-alice', name: 'Alice' }],
};

function rows(text: string, delimiter: string) {
  return Papa.parse<string[]>(text.slice(1), { delimiter, skipEmptyLines: true }).data;
}

describe('exportSignalsCsv', () => {
  const dutch = exportSignalsCsv(
    collection,
    { language: 'nl', delimiter: ';', includeText: true, pseudonymiseAuthors: false },
    municipalities,
  );

  it('starts with a byte order mark and ends every row with CRLF', () => {
    expect(dutch.startsWith('\uFEFFinitiatief;categorie;gemeente;')).toBe(true);
    expect(dutch.endsWith('\r\n')).toBe(true);
    expect(
      dutch
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .every((line) => line === '' || line.endsWith('\r')),
    ).toBe(true);
  });

  it('writes one row per signal with the values that count, in Dutch', () => {
    const [header, row] = rows(dutch, ';');
    expect(header).toEqual([
      'initiatief',
      'categorie',
      'gemeente',
      'plaats',
      'site',
      'auteur',
      'naam auteur',
      'geplaatst op',
      'geknipt op',
      'geknipt door',
      'link',
      'tekst',
      'notitie',
      'id',
      'postsleutel',
      'initiatief-id',
      'gemeentecode',
      'geknipt door (id)',
    ]);
    expect(row).toEqual([
      'Kapotte lantaarnpalen Biltstraat',
      'Wegen en straatmeubilair',
      'Utrecht',
      'Utrecht',
      'X',
      'buurtbewoner',
      'Buurtbewoner Utrecht',
      '2026-11-20T08:15:00.000Z',
      '2026-11-27T10:00:00.000Z',
      'Alice',
      signal.source.url,
      'Lamp kapot; al "weken"\r\nnog steeds',
      `'=HYPERLINK("https://evil.example")`,
      signal.id,
      signal.postKey,
      initiative.id,
      'GM0344',
      'member-alice',
    ]);
  });

  it('writes English headers and names with commas for English', () => {
    const english = exportSignalsCsv(
      collection,
      { language: 'en', delimiter: ',', includeText: true, pseudonymiseAuthors: false },
      municipalities,
    );
    const [header, row] = rows(english, ',');
    expect(header?.slice(0, 4)).toEqual(['initiative', 'category', 'municipality', 'place']);
    expect(row?.[1]).toBe('Roads and street furniture');
  });

  it('leaves text and note blank and the author pseudonymised when asked', () => {
    const [, row] = rows(
      exportSignalsCsv(
        collection,
        { language: 'en', delimiter: ',', includeText: false, pseudonymiseAuthors: true },
        municipalities,
      ),
      ',',
    );
    expect([row?.[5], row?.[6], row?.[11], row?.[12]]).toEqual(['Author 1', '', '', '']);
    expect(row?.[10]).toBe(`https://x.com/i/web/status/${signal.source.postId}`);
  });
});

describe('formula neutralisation', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+31 6 12345678', "'+31 6 12345678"],
    ['-1', "'-1"],
    ['@gemeente', "'@gemeente"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ["'=1", "''=1"],
    ["''+1", "'''+1"],
    ["'s-Hertogenbosch", "'s-Hertogenbosch"],
    ['gewoon = tekst', 'gewoon = tekst'],
    ['', ''],
  ])('writes %j as %j and reads it back', (value, cell) => {
    expect(neutraliseCell(value)).toBe(cell);
    expect(restoreCell(cell)).toBe(value);
  });

  it("reads a spreadsheet user's own apostrophe before a formula as the neutraliser", () => {
    expect(restoreCell("'=A1")).toBe('=A1');
  });
});

describe('defaultDelimiter', () => {
  it('is what Excel expects in the language', () => {
    expect(defaultDelimiter('nl')).toBe(';');
    expect(defaultDelimiter('en')).toBe(',');
  });
});
