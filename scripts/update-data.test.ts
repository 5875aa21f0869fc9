import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatReport, updateData } from './update-data';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));

const MUNICIPALITIES_HEADER = 'gm_code,name,province,website,email,postal_address';
const POSTCODES_HEADER = 'pc4,place,gm_code,municipality,province,lat,lon';

function municipality(code: string, name: string, email = `info@${code.toLowerCase()}.nl`) {
  const site = `https://www.${name.toLowerCase().replace(/\W/g, '')}.nl`;
  return `${code},${name},Noord-Holland,${site},${email},"Postbus 1, 1200 AA, ${name}"`;
}

function postcode(pc4: string, place: string, code: string, name: string) {
  return `${pc4},${place},${code},${name},Noord-Holland,52.2,5.2`;
}

const csv = (header: string, rows: string[]) => `${[header, ...rows].join('\n')}\n`;

const OLD_MUNICIPALITIES = csv(MUNICIPALITIES_HEADER, [
  municipality('GM0402', 'Hilversum'),
  municipality('GM0457', 'Wijdemeren'),
  municipality('GM0406', 'Huizen'),
  municipality('GM0417', 'Laren'),
]);
const OLD_POSTCODES = csv(POSTCODES_HEADER, [
  postcode('1211', 'Hilversum', 'GM0402', 'Hilversum'),
  postcode('1231', 'Loosdrecht', 'GM0457', 'Wijdemeren'),
  postcode('1271', 'Huizen', 'GM0406', 'Huizen'),
  postcode('1251', 'Laren', 'GM0417', 'Laren'),
]);
const DESKS = JSON.stringify({
  GM0402: {
    name: 'Hilversum',
    phone: '14 035',
    sources: [{ url: 'https://www.example.nl/hilversum', checked: '2026-11-27' }],
  },
  GM0417: {
    name: 'Laren',
    phone: '035 123 4567',
    sources: [{ url: 'https://www.example.nl/laren', checked: '2026-11-27' }],
  },
});

/** Hilversum and Wijdemeren merge into GM9999; Laren is renamed; Huizen gets a new address. */
const NEW_MUNICIPALITIES = csv(MUNICIPALITIES_HEADER, [
  municipality('GM9999', 'Hilversum-Wijdemeren'),
  municipality('GM0406', 'Huizen', 'gemeente@huizen.nl'),
  municipality('GM0417', 'Laren NH'),
]);
const NEW_POSTCODES = csv(POSTCODES_HEADER, [
  postcode('1211', 'Hilversum', 'GM9999', 'Hilversum-Wijdemeren'),
  postcode('1231', 'Loosdrecht', 'GM9999', 'Hilversum-Wijdemeren'),
  postcode('1232', 'Loosdrecht', 'GM9999', 'Hilversum-Wijdemeren'),
  postcode('1271', 'Huizen', 'GM0406', 'Huizen'),
  postcode('1251', 'Laren', 'GM0417', 'Laren NH'),
]);

let source: string;
let data: string;

function write(directory: string, files: Record<string, string>) {
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(directory, name), content);
}

const read = (name: string) => readFileSync(join(data, name), 'utf8');

beforeEach(() => {
  source = mkdtempSync(join(tmpdir(), 'vliegwiel-data-source-'));
  data = mkdtempSync(join(tmpdir(), 'vliegwiel-data-'));
  write(data, {
    'municipalities.csv': OLD_MUNICIPALITIES,
    'pc4.csv': OLD_POSTCODES,
    'municipal-desks.json': DESKS,
  });
});

afterEach(() => {
  rmSync(source, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
});

describe('updateData', () => {
  it('takes in a valid edition and reports the mergers, renamings and desks to move', () => {
    write(source, { 'municipalities.csv': NEW_MUNICIPALITIES, 'pc4.csv': NEW_POSTCODES });
    const result = updateData(source, data);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const { report } = result;
    expect(report.municipalities).toEqual({ before: 4, after: 3 });
    expect(report.added).toEqual([{ code: 'GM9999', name: 'Hilversum-Wijdemeren' }]);
    expect(report.removed).toEqual([
      { code: 'GM0402', name: 'Hilversum' },
      { code: 'GM0457', name: 'Wijdemeren' },
    ]);
    expect(report.renamed).toEqual([{ code: 'GM0417', from: 'Laren', to: 'Laren NH' }]);
    expect(report.details).toEqual(
      expect.arrayContaining([{ code: 'GM0406', name: 'Huizen', fields: ['email'] }]),
    );
    expect(report.postcodes).toEqual({ before: 4, after: 5 });
    expect(report.desksToReview.map(({ code, reason }) => [code, reason])).toEqual([
      ['GM0402', expect.stringContaining('gone')],
      ['GM0417', 'the municipality is now called Laren NH'],
    ]);
    expect(report.written).toEqual(['municipalities.csv', 'pc4.csv']);
    expect(read('municipalities.csv')).toBe(NEW_MUNICIPALITIES);
    expect(read('pc4.csv')).toBe(NEW_POSTCODES);
    expect(read('municipal-desks.json')).toBe(DESKS);

    const printed = formatReport(report);
    expect(printed).toContain('Municipalities: 4 → 3');
    expect(printed).toContain('added: GM9999 Hilversum-Wijdemeren');
    expect(printed).toContain('removed: GM0402 Hilversum, GM0457 Wijdemeren');
    expect(printed).toContain('renamed: GM0417 Laren → Laren NH');
    expect(printed).toContain('GM0402 Hilversum: the municipality is gone');
    expect(printed).toContain('Written to lib/data: municipalities.csv, pc4.csv');
  });

  it('writes nothing and says so when the edition is the same', () => {
    write(source, { 'municipalities.csv': OLD_MUNICIPALITIES });
    const result = updateData(source, data);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.report.written).toEqual([]);
    expect(result.report.unchanged).toEqual(['municipalities.csv']);
    expect(result.report.postcodes).toBeNull();
    expect(formatReport(result.report)).toContain('no municipality changed');
  });

  it('refuses a file with invalid rows, writing nothing and naming each row and field', () => {
    const invalid = csv(MUNICIPALITIES_HEADER, [
      municipality('GM0402', 'Hilversum'),
      'GM457,Wijdemeren,Noord-Holland,https://www.wijdemeren.nl,,"Postbus 190, 1230 AD, Loosdrecht"',
      'GM0406,Huizen,Holland,www.huizen.nl,info at huizen,"Postbus 5, 1270 AA, Huizen"',
      'GM0417,,Noord-Holland,https://www.laren.nl,,',
      municipality('GM0402', 'Hilversum Twee'),
    ]);
    write(source, { 'municipalities.csv': invalid, 'pc4.csv': NEW_POSTCODES });
    const result = updateData(source, data);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^municipalities\.csv row 2 \(GM457 Wijdemeren\): gm_code: /),
        expect.stringMatching(/^municipalities\.csv row 3 \(GM0406 Huizen\): province: /),
        expect.stringMatching(/^municipalities\.csv row 3 \(GM0406 Huizen\): website: /),
        'municipalities.csv row 3 (GM0406 Huizen): email[0]: not an email address',
        'municipalities.csv row 4 (GM0417 no name): name: a name is required',
        'municipalities.csv row 4 (GM0417 no name): postal_address: a postal address is required',
        'municipalities.csv row 5 (GM0402 Hilversum Twee): gm_code also on row 1',
      ]),
    );
    expect(read('municipalities.csv')).toBe(OLD_MUNICIPALITIES);
    expect(read('pc4.csv')).toBe(OLD_POSTCODES);
  });

  it('refuses postcodes of unknown municipalities, other names or impossible places', () => {
    const postcodes = csv(POSTCODES_HEADER, [
      postcode('1211', 'Hilversum', 'GM0402', 'Hilversum'),
      postcode('1271', 'Huizen', 'GM0406', 'Huizen aan Zee'),
      '1251,Laren,GM0417,Laren NH,Noord-Holland,5.2,52.2',
      '12345,,GM0417,Laren NH,Noord-Holland,52.2,5.2',
    ]);
    write(source, { 'municipalities.csv': NEW_MUNICIPALITIES, 'pc4.csv': postcodes });
    const result = updateData(source, data);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.problems).toEqual([
      'pc4.csv row 1 (1211 Hilversum): gm_code: GM0402 is not in municipalities.csv',
      'pc4.csv row 2 (1271 Huizen): municipality: "Huizen aan Zee", but GM0406 is "Huizen"',
      'pc4.csv row 3 (1251 Laren): lat: "5.2" is not a latitude in the Netherlands',
      'pc4.csv row 3 (1251 Laren): lon: "52.2" is not a longitude in the Netherlands',
      'pc4.csv row 4 (12345 no place): pc4: expected four digits',
      'pc4.csv row 4 (12345 no place): place: a place name is required',
    ]);
    expect(read('municipalities.csv')).toBe(OLD_MUNICIPALITIES);
  });

  it('refuses a merger without postcodes when the kept pc4.csv needs the old municipalities', () => {
    write(source, { 'municipalities.csv': NEW_MUNICIPALITIES });
    const result = updateData(source, data);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toContain('refers to GM0402');
    expect(read('municipalities.csv')).toBe(OLD_MUNICIPALITIES);
  });

  it('refuses a directory without municipalities.csv, or with missing columns', () => {
    expect(updateData(source, data)).toEqual({
      ok: false,
      problems: [`${join(source, 'municipalities.csv')} does not exist`],
    });
    write(source, { 'municipalities.csv': 'gm_code,name\nGM0402,Hilversum\n' });
    expect(updateData(source, data)).toEqual({
      ok: false,
      problems: ['municipalities.csv missing column(s): province, website, email, postal_address'],
    });
  });

  it('refuses to go on when municipal-desks.json itself is invalid', () => {
    write(data, { 'municipal-desks.json': JSON.stringify({ GM0402: { name: 'Hilversum' } }) });
    write(source, { 'municipalities.csv': OLD_MUNICIPALITIES });
    const result = updateData(source, data);
    expect(result.ok).toBe(false);
  });
});

describe('npm run data:update', () => {
  it('exits with 1 and writes nothing when a row is invalid', () => {
    const before = readFileSync(join(projectRoot, 'lib/data/municipalities.csv'), 'utf8');
    write(source, { 'municipalities.csv': csv(MUNICIPALITIES_HEADER, ['GM1,,,,,']) });
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/update-data.ts', source],
      {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, INIT_CWD: projectRoot },
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('nothing written');
    expect(result.stderr).toContain('municipalities.csv row 1 (GM1 no name): gm_code:');
    expect(readFileSync(join(projectRoot, 'lib/data/municipalities.csv'), 'utf8')).toBe(before);
  });
});
