import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { municipalityList } from '../places/municipality-list';
import type { Group } from '../schema/contacts';
import { exportGroups } from './export';
import { GROUP_COLUMNS } from './file-format';
import { parseGroupsFile } from './import';

const municipalities = municipalityList(
  readFileSync(new URL('../data/municipalities.csv', import.meta.url), 'utf8'),
);

const groups: Group[] = [
  {
    id: '3f2b8c1e-4a5d-4e6f-8a9b-0c1d2e3f4a5b',
    name: 'Stichting "De Buurt", Oost',
    area: { municipality: 'GM1900', place: 'Sneek', neighbourhood: 'Noord', postcode: '8601' },
    topics: ['green', 'traffic'],
    website: 'https://debuurt.example.nl/over?taal=nl&x=1',
    contact: '+31 6 12345678',
    description: 'Eerste regel; met puntkomma,\nen een tweede regel',
  },
  {
    id: '7c1d2e3f-4a5b-4c6d-9e8f-1a2b3c4d5e6f',
    name: '=HYPERLINK("https://evil.example","klik")',
    area: {},
    topics: [],
  },
];

function reimport(text: string, format: 'csv' | 'json'): Group[] {
  const newId = () => {
    throw new Error('an exported group keeps its id');
  };
  const parsed = parseGroupsFile(text, format, municipalities, { newId });
  expect(parsed.rejected).toEqual([]);
  expect(parsed.ignoredColumns).toEqual([]);
  return parsed.accepted.map(({ group }) => group);
}

describe('exportGroups', () => {
  it('writes CSV with a BOM and the import columns, which imports as the same groups', () => {
    const csv = exportGroups(groups, 'csv');
    expect(csv.startsWith(`\uFEFF${GROUP_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(reimport(csv, 'csv')).toEqual(groups);
  });

  it('keeps spreadsheets from running a cell as a formula', () => {
    const csv = exportGroups(groups, 'csv');
    expect(csv).toContain(`"'+31 6 12345678"`);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""klik"")"`);
  });

  it('writes JSON as an array of group records, which imports as the same groups', () => {
    const json = exportGroups(groups, 'json');
    expect(JSON.parse(json)).toEqual(groups);
    expect(reimport(json, 'json')).toEqual(groups);
  });

  it('writes a header only, or an empty array, when there are no groups', () => {
    const csv = exportGroups([], 'csv');
    expect(csv.trimEnd()).toBe(`\uFEFF${GROUP_COLUMNS.join(',')}`);
    expect(reimport(csv, 'csv')).toEqual([]);
    expect(exportGroups([], 'json')).toBe('[]\n');
  });
});
