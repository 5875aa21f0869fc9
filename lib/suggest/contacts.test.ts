import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCsv } from '../places/gazetteer';
import { type Contact, contactSchema } from '../schema/contacts';
import {
  ContactDataError,
  desksWithoutMunicipality,
  emailAddresses,
  loadContacts,
  MUNICIPALITY_CATEGORIES,
  municipalContacts,
  municipalDesksSchema,
  readMunicipalities,
} from './contacts';

const dataFile = (name: string) =>
  readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8');
const municipalitiesCsv = dataFile('municipalities.csv');
const nationalJson: unknown = JSON.parse(dataFile('contacts.json'));
const desksJson: unknown = JSON.parse(dataFile('municipal-desks.json'));
const national = z.array(contactSchema).parse(nationalJson);
const desks = municipalDesksSchema.parse(desksJson);

const HEADER = 'gm_code,name,province,website,email,postal_address';

/** Dutch numbers as dialled: 112 and 144, 14 + area code, 0800/0900 lines, or ten digits. */
const DIALLED = /^(112|144|14\d{3,4}|0[89]00\d{4,7}|0\d{9})$/;

function phoneNumbers(contacts: readonly Contact[]): string[] {
  return contacts.flatMap((contact) =>
    contact.channels.flatMap((channel) => (channel.kind === 'phone' ? [channel.number] : [])),
  );
}

function errorOf(action: () => unknown): ContactDataError {
  try {
    action();
  } catch (error) {
    if (error instanceof ContactDataError) return error;
    throw error;
  }
  throw new Error('expected a ContactDataError');
}

describe('national contacts (lib/data/contacts.json)', () => {
  it('validate, with unique ids and every kind but the municipality', () => {
    const ids = national.map((contact) => contact.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(national.map((contact) => contact.kind))).toEqual(
      new Set([
        'police',
        'anonymous-crime-report',
        'emergency',
        'animal-emergency',
        'national-roads',
        'energy-outage',
        'water-board',
        'landlord',
        'environmental-service',
      ]),
    );
  });

  it('each keep at least one source, checked on a real date', () => {
    for (const contact of national) {
      expect(contact.sources.length, contact.id).toBeGreaterThan(0);
      for (const source of contact.sources) {
        expect(Number.isNaN(Date.parse(source.checked)), contact.id).toBe(false);
      }
    }
  });

  it('write phone numbers as dialled in the Netherlands', () => {
    const numbers = phoneNumbers(national);
    expect(numbers).toEqual(
      expect.arrayContaining(['0900-8844', '0800-7000', '112', '144', '0800-8002', '0800-9009']),
    );
    for (const number of numbers) {
      expect(number).toMatch(/^\d+([ -]\d+)*$/);
      expect(number.replace(/[ -]/g, '')).toMatch(DIALLED);
    }
  });

  it('show only 112 for urgent signals', () => {
    const urgentOnly = national.filter((contact) => contact.urgentOnly);
    expect(urgentOnly.map((contact) => contact.id)).toEqual(['emergency-112']);
  });

  it('name the water boards and environmental services by a lookup, not one desk', () => {
    for (const kind of ['water-board', 'environmental-service'] as const) {
      const contact = national.find((candidate) => candidate.kind === kind);
      expect(contact?.channels.some((channel) => channel.kind === 'lookup')).toBe(true);
    }
  });

  it('give the landlord guidance and no phone number', () => {
    const landlord = national.find((contact) => contact.kind === 'landlord');
    expect(landlord?.guidance?.nl).toBeTruthy();
    expect(phoneNumbers(landlord ? [landlord] : [])).toEqual([]);
  });
});

describe('municipal desks (lib/data/municipal-desks.json)', () => {
  it('belong to municipalities of the data, under their names', () => {
    const rows = parseCsv(municipalitiesCsv);
    const nameOf = new Map(rows.map((row) => [row.gm_code ?? '', row.name]));
    expect(desksWithoutMunicipality(new Set(nameOf.keys()), desks)).toEqual([]);
    for (const [code, desk] of Object.entries(desks)) expect(desk.name).toBe(nameOf.get(code));
  });

  it('write phone numbers as dialled in the Netherlands', () => {
    for (const desk of Object.values(desks)) {
      if (desk.phone) expect(desk.phone.replace(/[ -]/g, '')).toMatch(DIALLED);
    }
  });

  it('refuse a desk that adds nothing, or has no source', () => {
    const empty = municipalDesksSchema.safeParse({
      GM0363: {
        name: 'Amsterdam',
        sources: [{ url: 'https://example.nl', checked: '2026-11-27' }],
      },
    });
    expect(empty.success).toBe(false);
    const unsourced = municipalDesksSchema.safeParse({
      GM0363: { name: 'Amsterdam', phone: '14 020', sources: [] },
    });
    expect(unsourced.success).toBe(false);
    expect(municipalDesksSchema.safeParse({ G363: { name: 'x', phone: '14 020' } }).success).toBe(
      false,
    );
  });
});

describe('municipalContacts', () => {
  const contacts = municipalContacts(municipalitiesCsv, desks);
  const rows = parseCsv(municipalitiesCsv);

  it('makes a valid contact for each of the 342 municipalities', () => {
    expect(contacts).toHaveLength(342);
    for (const contact of contacts) expect(contactSchema.safeParse(contact).success).toBe(true);
  });

  it("gives each the CSV's website, email addresses and postal address", () => {
    rows.forEach((row, index) => {
      const contact = contacts[index];
      const channelsOf = (kind: string) =>
        contact?.channels.filter((channel) => channel.kind === kind) ?? [];
      expect(contact?.area).toEqual({ scope: 'municipality', municipality: row.gm_code });
      expect(contact?.kind).toBe('municipality');
      expect(channelsOf('website')).toEqual([
        { kind: 'website', url: desks[row.gm_code ?? '']?.website ?? row.website },
      ]);
      expect(channelsOf('email')).toEqual(
        emailAddresses(row.email ?? '').map((address) => ({ kind: 'email', address })),
      );
      expect(channelsOf('postal')).toEqual([{ kind: 'postal', address: row.postal_address }]);
    });
  });

  it('covers every category but public transport, and cites the data', () => {
    const [first] = contacts;
    expect(first?.categories).toEqual(MUNICIPALITY_CATEGORIES);
    expect(first?.categories).not.toContain('transit');
    expect(first?.sources[0]?.url).toBe('https://organisaties.overheid.nl/Gemeenten/');
  });

  it("adds a desk's reporting page first, its phone number and its sources", () => {
    const amsterdam = contacts.find((contact) => contact.id === 'municipality-gm0363');
    expect(amsterdam?.channels[0]).toEqual({
      kind: 'reporting-page',
      url: 'https://www.amsterdam.nl/meldingopenbareruimte',
    });
    expect(amsterdam?.channels).toContainEqual({ kind: 'phone', number: '14 020' });
    expect(amsterdam?.sources.length).toBeGreaterThan(1);
    const utrecht = contacts.find((contact) => contact.id === 'municipality-gm0344');
    expect(utrecht?.channels).toContainEqual({ kind: 'website', url: 'https://www.utrecht.nl' });
  });

  it('reads "NVT" as no email address, and a list as several', () => {
    const email = (code: string) =>
      contacts
        .find((contact) => contact.id === `municipality-${code}`)
        ?.channels.filter((channel) => channel.kind === 'email');
    expect(email('gm0599')).toEqual([]);
    expect(email('gm0450')).toHaveLength(2);
    expect(emailAddresses(' n.v.t. ')).toEqual([]);
    expect(emailAddresses('a@b.nl; c@d.nl')).toEqual(['a@b.nl', 'c@d.nl']);
  });

  it('throws on an invalid row, naming the row and the field', () => {
    const csv = `${HEADER}\nGM12,Nergens,Holland,ftp://nergens.nl,geen adres,\n`;
    const error = errorOf(() => municipalContacts(csv));
    expect(error.message).toContain('municipalities.csv is invalid');
    for (const field of ['gm_code', 'province', 'website', 'email', 'postal_address']) {
      expect(
        error.problems.some((problem) => problem.includes(`row 1 (GM12 Nergens): ${field}`)),
      ).toBe(true);
    }
  });
});

describe('readMunicipalities', () => {
  it('reports missing columns, and codes or names that occur twice', () => {
    expect(readMunicipalities('gm_code,name\nGM0001,A\n').problems).toEqual([
      'missing column(s): province, website, email, postal_address',
    ]);
    const row = (code: string, name: string) =>
      `${code},${name},Utrecht,https://www.example.nl,,"Postbus 1, 1000 AA, Ergens"`;
    const { rows, problems } = readMunicipalities(
      [HEADER, row('GM0001', 'Een'), row('GM0001', 'Twee'), row('GM0003', 'Een')].join('\n'),
    );
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([
      'row 2 (GM0001 Twee): gm_code also on row 1',
      'row 3 (GM0003 Een): name also on row 1',
    ]);
  });
});

describe('loadContacts', () => {
  it('loads the national contacts, then one contact a municipality', () => {
    const contacts = loadContacts(municipalitiesCsv, nationalJson, desksJson);
    expect(contacts).toHaveLength(national.length + 342);
    expect(contacts.slice(0, national.length)).toEqual(national);
  });

  it('rejects a bad contacts.json, naming the record and the field', () => {
    const broken = structuredClone(national);
    const [police] = broken;
    if (!police) throw new Error('no contacts');
    police.channels = [{ kind: 'phone', number: 'call us' }];
    const error = errorOf(() => loadContacts(municipalitiesCsv, broken, desksJson));
    expect(error.message).toContain('contacts.json is invalid');
    expect(error.message).toContain('contacts.json [0] (police-non-emergency) channels[0].number');
    expect(() => loadContacts(municipalitiesCsv, { not: 'an array' })).toThrow(ContactDataError);
  });

  it('rejects a contact without sources', () => {
    const broken = structuredClone(national).map((contact) => ({ ...contact, sources: [] }));
    const error = errorOf(() => loadContacts(municipalitiesCsv, broken));
    expect(error.problems[0]).toMatch(/^contacts\.json \[0\] \(police-non-emergency\) sources: /);
  });

  it('rejects a bad municipal-desks.json, naming the municipality', () => {
    const error = errorOf(() =>
      loadContacts(municipalitiesCsv, nationalJson, { GM0363: { name: 'Amsterdam' } }),
    );
    expect(error.message).toContain('municipal-desks.json GM0363');
  });

  it('rejects a contact id that occurs twice', () => {
    const twice = [...national, national[0]];
    const error = errorOf(() => loadContacts(municipalitiesCsv, twice));
    expect(error.problems).toEqual(['contact id police-non-emergency occurs twice']);
  });
});
