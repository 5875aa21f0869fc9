import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VliegwielDatabase } from '../db/database';
import { municipalityList } from '../places/municipality-list';
import { fixedClock } from '../testing/factories';
import { GroupError } from './errors';
import { importGroups, parseGroupsFile, reviewGroupImport } from './import';
import { registerGroup } from './registry';

const municipalities = municipalityList(
  readFileSync(new URL('../data/municipalities.csv', import.meta.url), 'utf8'),
);

const HEADER = 'name,municipality,place,neighbourhood,postcode,topics,website,contact,description';

function parseCsv(text: string) {
  return parseGroupsFile(text, 'csv', municipalities, fixedClock());
}

function parseJson(value: unknown) {
  return parseGroupsFile(JSON.stringify(value), 'json', municipalities, fixedClock());
}

/** The one reason a file with this single data row is rejected for. */
function reasonFor(row: string): string {
  const parsed = parseCsv(`${HEADER}\n${row}\n`);
  expect(parsed.accepted).toEqual([]);
  expect(parsed.rejected).toHaveLength(1);
  expect(parsed.rejected[0]?.row).toBe(2);
  return parsed.rejected[0]?.reason ?? '';
}

function fileError(read: () => unknown): GroupError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(GroupError);
    expect((error as GroupError).code).toBe('invalid-file');
    return error as GroupError;
  }
  throw new Error('the file was read');
}

describe('parseGroupsFile, CSV', () => {
  it('reads a row into a group: municipality by name or code, topics by id or name', () => {
    const parsed = parseCsv(
      `${HEADER}\n` +
        'Bewonerscommissie Lombok,Utrecht,Utrecht,Lombok,3531 AB,green;Verkeer en parkeren|Public transport,www.lombok.example.nl,lombok@example.nl,Samen voor een groene wijk\n' +
        'Buurtpreventie Noord,gm0599,,,,,https://bpn.example.nl,,\n',
    );
    expect(parsed.rejected).toEqual([]);
    expect(parsed.ignoredColumns).toEqual([]);
    expect(parsed.accepted).toEqual([
      {
        row: 2,
        group: {
          id: '00000000-0000-4000-8000-000000000001',
          name: 'Bewonerscommissie Lombok',
          area: {
            municipality: 'GM0344',
            place: 'Utrecht',
            neighbourhood: 'Lombok',
            postcode: '3531',
          },
          topics: ['green', 'traffic', 'transit'],
          website: 'https://www.lombok.example.nl',
          contact: 'lombok@example.nl',
          description: 'Samen voor een groene wijk',
        },
      },
      {
        row: 3,
        group: {
          id: '00000000-0000-4000-8000-000000000002',
          name: 'Buurtpreventie Noord',
          area: { municipality: 'GM0599' },
          topics: [],
          website: 'https://bpn.example.nl',
        },
      },
    ]);
  });

  it('gives a reason for every kind of bad row', () => {
    expect(reasonFor(',Utrecht,,,,,,,')).toBe('name is missing');
    expect(reasonFor('Wijkraad,Atlantis,,,,,,,')).toBe('unknown municipality "Atlantis"');
    expect(reasonFor('Wijkraad,GM9999,,,,,,,')).toBe('unknown municipality code "GM9999"');
    expect(reasonFor('Wijkraad,Bergen,,,,,,,')).toBe(
      'municipality "Bergen" is ambiguous: it fits Bergen (L.), Bergen (NH.), Bergen op Zoom; give the full name or the GM code',
    );
    expect(reasonFor('Wijkraad,,,,123,,,,')).toBe(
      'invalid postcode "123": a postcode is four digits, like 3511 (or 3511 AB)',
    );
    expect(reasonFor('Wijkraad,,,,,roads;potholes;rats,,,')).toBe(
      'unknown topics "potholes", "rats"; a topic is a category id or name, like roads or "Wegen en straatmeubilair"',
    );
    expect(reasonFor('Wijkraad,,,,,,ftp://files.example.nl,,')).toBe(
      'invalid website "ftp://files.example.nl": give a web address, like https://www.example.nl',
    );
    expect(reasonFor('Wijkraad,,,,,,not a website,,')).toMatch(/^invalid website "not a website"/);
    expect(reasonFor(`Wijkraad,,,,,,,${'x'.repeat(301)},`)).toBe(
      'contact is longer than 300 characters',
    );
    expect(reasonFor(`${'x'.repeat(201)},,,,,,,,`)).toBe('name is longer than 200 characters');
    expect(reasonFor('Wijkraad,,,,,,,,,extra')).toBe(
      'the row has 10 values but the header names 9 columns (a "," inside a value that is not in quotes?)',
    );
  });

  it('lists every reason of a row with several problems, in column order', () => {
    expect(reasonFor(',Atlantis,,,12,rats,,,')).toBe(
      'name is missing; unknown municipality "Atlantis"; invalid postcode "12": a postcode is four digits, like 3511 (or 3511 AB); unknown topic "rats"; a topic is a category id or name, like roads or "Wegen en straatmeubilair"',
    );
  });

  it('reports exactly the bad rows of a mixed file, numbered as in a spreadsheet', () => {
    const parsed = parseCsv(
      [
        HEADER,
        'Goed een,Utrecht,,,,,,,',
        ',Utrecht,,,,,,,',
        '"Goed twee, met komma",Rotterdam,,,,,,,"Regel een',
        'regel twee"',
        'Fout,Atlantis,,,,,,,',
        '',
        'Goed drie,,,,,,,,',
        'goed EEN,utrecht,,,,,,,',
      ].join('\r\n'),
    );
    expect(parsed.accepted.map(({ row, group }) => [row, group.name])).toEqual([
      [2, 'Goed een'],
      [4, 'Goed twee, met komma'],
      [7, 'Goed drie'],
    ]);
    expect(parsed.rejected).toEqual([
      { row: 3, reason: 'name is missing' },
      { row: 5, reason: 'unknown municipality "Atlantis"' },
      { row: 8, reason: 'same name and municipality as row 2' },
    ]);
  });

  it('reads a BOM, semicolons (Dutch Excel) and Dutch column names', () => {
    const parsed = parseCsv(
      '\uFEFFNaam;Gemeente;Wijk;Onderwerpen;Omschrijving\r\n' +
        'Wijkraad Oost;Súdwest-Fryslân;Oost;"groen;verkeer en parkeren";"Bomen, bankjes; en meer"\r\n',
    );
    expect(parsed.rejected).toEqual([]);
    expect(parsed.accepted.map(({ group }) => group)).toEqual([
      {
        id: '00000000-0000-4000-8000-000000000001',
        name: 'Wijkraad Oost',
        area: { municipality: 'GM1900', neighbourhood: 'Oost' },
        topics: ['green', 'traffic'],
        description: 'Bomen, bankjes; en meer',
      },
    ]);
  });

  it('reads tab-separated values', () => {
    const parsed = parseCsv('name\tmunicipality\ttopics\nWijkraad, Oost\tGM0344\troads, traffic\n');
    expect(parsed.accepted[0]?.group).toMatchObject({
      name: 'Wijkraad, Oost',
      area: { municipality: 'GM0344' },
      topics: ['roads', 'traffic'],
    });
  });

  it('reads quoted fields with separators, quotes and newlines', () => {
    const parsed = parseCsv(
      'name,description,contact\n' +
        '"Stichting ""De Buurt"", Oost","Eerste regel,\nTweede regel\n\nVierde regel","Postbus 1, 3500 AA Utrecht"\n',
    );
    expect(parsed.rejected).toEqual([]);
    expect(parsed.accepted[0]?.group).toMatchObject({
      name: 'Stichting "De Buurt", Oost',
      description: 'Eerste regel,\nTweede regel\n\nVierde regel',
      contact: 'Postbus 1, 3500 AA Utrecht',
    });
  });

  it('rejects the row where a quote is never closed', () => {
    const parsed = parseCsv(
      'name,description\nGoed,ok\nKapot,"begint maar eindigt niet\nNog een,rij\n',
    );
    expect(parsed.accepted.map(({ group }) => group.name)).toEqual(['Goed']);
    expect(parsed.rejected).toEqual([
      {
        row: 3,
        reason:
          'a quote (") opens a value but never closes it, so the rest of the file was read as that value',
      },
    ]);
  });

  it('names the columns it ignored', () => {
    const parsed = parseCsv('name,municipalty,notes,constructor\nWijkraad,Utrecht,x,y\n');
    expect(parsed.ignoredColumns).toEqual(['municipalty', 'notes', 'constructor']);
    expect(parsed.accepted[0]?.group.area).toEqual({});
  });

  it('refuses a file without a name column, with a repeated column, or empty', () => {
    expect(fileError(() => parseCsv('naam_groep,gemeente\nX,Utrecht\n')).message).toMatch(
      /the file has no "name" column/,
    );
    expect(fileError(() => parseCsv('name,naam\nX,Y\n')).message).toBe(
      'the column "name" appears more than once',
    );
    expect(fileError(() => parseCsv('\uFEFF \r\n')).message).toBe('the file is empty');
  });

  it('keeps a valid id, and rejects an invalid or repeated one', () => {
    const id = '3f2b8c1e-4a5d-4e6f-8a9b-0c1d2e3f4a5b';
    const parsed = parseCsv(`name,id\nEen,${id}\nTwee,${id}\nDrie,123\n`);
    expect(parsed.accepted.map(({ group }) => [group.name, group.id])).toEqual([['Een', id]]);
    expect(parsed.rejected).toEqual([
      { row: 3, reason: 'same id as row 2' },
      {
        row: 4,
        reason: 'invalid id "123": an id is a UUID; leave it blank for a new group',
      },
    ]);
  });
});

describe('parseGroupsFile, JSON', () => {
  it('reads group records, with names for municipality and topics', () => {
    const parsed = parseJson([
      {
        name: 'Wijkraad',
        area: { municipality: 'Utrecht', postcode: '3511' },
        topics: ['Groen', 'roads'],
      },
      { name: 'Plat', municipality: 'GM0363', topics: 'green|safety', extra: 1 },
    ]);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.ignoredColumns).toEqual(['extra']);
    expect(parsed.accepted.map(({ row, group }) => [row, group.area, group.topics])).toEqual([
      [1, { municipality: 'GM0344', postcode: '3511' }, ['green', 'roads']],
      [2, { municipality: 'GM0363' }, ['green', 'safety']],
    ]);
  });

  it('rejects records that are not objects or have values of the wrong kind', () => {
    const parsed = parseJson([
      'Wijkraad',
      { name: 'Goed' },
      { name: ['Lijst'] },
      { name: 'Gebied', area: 'Utrecht' },
      { name: 'Onderwerpen', topics: [1, 2] },
    ]);
    expect(parsed.accepted.map(({ row }) => row)).toEqual([2]);
    expect(parsed.rejected).toEqual([
      { row: 1, reason: 'a group is an object with at least a name, not a string ("Wijkraad")' },
      { row: 3, reason: 'name must be text, not an array' },
      { row: 4, reason: 'area must be an object, not a string ("Utrecht")' },
      { row: 5, reason: 'topics must be a list of topic names, not an array' },
    ]);
  });

  it('refuses a top level that is not an array, and text that is not JSON', () => {
    expect(fileError(() => parseJson({ groups: [] })).message).toBe(
      'a groups file in JSON is an array of groups ([{"name": …}, …]), but this file holds an object',
    );
    expect(fileError(() => parseJson('groups')).message).toMatch(/holds a string \("groups"\)$/);
    expect(
      fileError(() => parseGroupsFile('[{"name": }]', 'json', municipalities, fixedClock()))
        .message,
    ).toMatch(/^the file is not valid JSON: /);
  });
});

describe('importGroups', () => {
  let db: VliegwielDatabase;

  beforeEach(() => {
    db = new VliegwielDatabase(`groups-import-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  const mixed = () => parseCsv('name,municipality\nEen,Utrecht\nTwee,Atlantis\nDrie,Utrecht\n');

  it('with "skip", adds the accepted groups and reports the rejected rows', async () => {
    const outcome = await importGroups(db, mixed(), { onRejected: 'skip' });
    expect(outcome.imported.map((group) => group.name)).toEqual(['Een', 'Drie']);
    expect(outcome.rejected).toEqual([{ row: 3, reason: 'unknown municipality "Atlantis"' }]);
    expect((await db.groups.toArray()).map((group) => group.name).sort()).toEqual(['Drie', 'Een']);
  });

  it('with "abort", writes nothing when a row was rejected', async () => {
    const outcome = await importGroups(db, mixed(), { onRejected: 'abort' });
    expect(outcome).toEqual({
      imported: [],
      rejected: [{ row: 3, reason: 'unknown municipality "Atlantis"' }],
    });
    expect(await db.groups.count()).toBe(0);
  });

  it('reports groups the directory already has instead of adding them twice', async () => {
    await registerGroup(
      db,
      { newId: () => crypto.randomUUID() },
      { name: 'een', area: { municipality: 'GM0344' } },
    );
    const parsed = parseCsv('name,municipality\nEen,Utrecht\nEen,Amsterdam\n');
    const review = await reviewGroupImport(db, parsed);
    expect(review.rejected).toEqual([
      { row: 2, reason: 'a group with this name in this municipality is already in the directory' },
    ]);
    expect(review.accepted.map(({ row }) => row)).toEqual([3]);
    expect(await db.groups.count()).toBe(1);

    const outcome = await importGroups(db, parsed, { onRejected: 'skip' });
    expect(outcome.rejected).toEqual(review.rejected);
    expect(await db.groups.count()).toBe(2);
    const again = await importGroups(db, parsed, { onRejected: 'skip' });
    expect(again.imported).toEqual([]);
    expect(again.rejected.map(({ row }) => row)).toEqual([2, 3]);
    expect(await db.groups.count()).toBe(2);
  });

  it('writes nothing when storing fails partway', async () => {
    const parsed = parseCsv('name\nEen\nTwee\n');
    const existing = parsed.accepted[1]?.group;
    if (!existing) throw new Error('no second group');
    const clash = {
      ...parsed,
      accepted: [...parsed.accepted, { row: 4, group: { ...existing, name: 'Vier' } }],
    };
    await expect(importGroups(db, clash, { onRejected: 'skip' })).rejects.toThrow();
    expect(await db.groups.count()).toBe(0);
  });
});
