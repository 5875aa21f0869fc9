import { describe, expect, it } from 'vitest';
import { fixedClock, initiativeRecord, signalRecord } from '../testing/factories';
import type { ExportCollection, ExportOptions, ExportScope } from './collection';
import type { ExportFormat } from './download';
import { type ExportFileContext, exportFile } from './files';
import { readJsonExport } from './json';
import { coordinates, municipalities } from './testing';

const clock = fixedClock();
const now = new Date(2026, 10, 27, 14, 30);
const initiative = initiativeRecord(clock, { title: 'Licht op de Biltstraat' });
const placed = signalRecord(clock, {
  text: 'Lamp kapot; al weken "donker"',
  municipality: 'GM0344',
  category: 'roads',
  initiativeId: initiative.id,
});
const nowhere = signalRecord(clock, { text: 'Waar is dit?' });
placed.source.authorName = 'Lotte van den Berg';

const collection: ExportCollection = {
  signals: [placed, nowhere],
  initiatives: [initiative],
  events: [],
  groups: [],
  members: [],
};

const dutch: ExportOptions = { pseudonymiseAuthors: false, includeText: true, language: 'nl' };

/** A context that counts how often the coordinates were asked for. */
function context() {
  const asked = { times: 0 };
  const given: ExportFileContext = {
    municipalities,
    now,
    coordinates: async () => {
      asked.times += 1;
      return coordinates;
    },
  };
  return { given, asked };
}

function make(
  format: ExportFormat,
  {
    scope = { kind: 'everything' } as ExportScope,
    options = dutch,
    delimiter = ';' as const,
  }: { scope?: ExportScope; options?: ExportOptions; delimiter?: ';' | ',' } = {},
) {
  const { given, asked } = context();
  return exportFile(collection, { format, scope, options, delimiter }, given).then((file) => ({
    file,
    asked,
  }));
}

describe('exportFile', () => {
  it('writes the CSV with the chosen separator, named after the initiative', async () => {
    const { file, asked } = await make('csv', {
      scope: { kind: 'initiative', initiativeId: initiative.id },
    });
    expect(file.fileName).toBe('vliegwiel-licht-op-de-biltstraat-2026-11-27.csv');
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    const [header] = file.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header?.startsWith('initiatief;categorie;gemeente;')).toBe(true);
    expect(file.text).toContain('"Lamp kapot; al weken ""donker"""');
    expect(file).not.toHaveProperty('skipped');
    expect(asked.times).toBe(0);

    const english = await make('csv', {
      options: { ...dutch, language: 'en' },
      delimiter: ',',
    });
    expect(english.file.fileName).toBe('vliegwiel-all-2026-11-27.csv');
    expect(english.file.text.replace(/^\uFEFF/, '')).toMatch(/^initiative,category,municipality,/);
  });

  it('writes a JSON export that reads back as the same records, stamped with the time', async () => {
    const { file, asked } = await make('json', { scope: { kind: 'selection', signalIds: [] } });
    expect(file.fileName).toBe('vliegwiel-selectie-2026-11-27.json');
    expect(JSON.parse(file.text).exportedAt).toBe(now.toISOString());
    const batch = readJsonExport(file.text);
    expect(batch.signals.map((candidate) => candidate.record)).toEqual(collection.signals);
    expect(batch.initiatives.map((candidate) => candidate.record)).toEqual([initiative]);
    expect(asked.times).toBe(0);
  });

  it('applies the options: pseudonymised authors, text left out', async () => {
    const { file } = await make('json', {
      options: { pseudonymiseAuthors: true, includeText: false, language: 'nl' },
    });
    expect(file.text).not.toContain('Lotte van den Berg');
    expect(file.text).not.toContain('Lamp kapot');
    expect(file.text).toContain('"pseudonymisedAuthors": true');
  });

  it('writes the report as a page with the initiative as its subject', async () => {
    const { file } = await make('report', {
      scope: { kind: 'initiative', initiativeId: initiative.id },
      options: { ...dutch, includeText: false },
    });
    expect(file.fileName).toBe('vliegwiel-licht-op-de-biltstraat-2026-11-27.html');
    expect(file.mimeType).toBe('text/html;charset=utf-8');
    expect(file.text).toMatch(/^<!DOCTYPE html>/);
    expect(file.text).toContain('<p class="subject"><bdi>Licht op de Biltstraat</bdi></p>');
    expect(file.text).toContain('De teksten van de berichten zijn weggelaten.');
  });

  it('places signals on the map, loading the coordinates, and counts what cannot be placed', async () => {
    const { file, asked } = await make('geojson');
    expect(asked.times).toBe(1);
    expect(file.fileName).toBe('vliegwiel-alles-2026-11-27.geojson');
    expect(file.mimeType).toBe('application/geo+json');
    const geojson = JSON.parse(file.text);
    expect(geojson.features.map((feature: { id: string }) => feature.id)).toEqual([
      placed.id,
      initiative.id,
    ]);
    expect(file.skipped).toEqual({ signals: 1, initiatives: 0 });
  });

  it('writes one Signalen request body per placed signal, with the signal it came from', async () => {
    const { file, asked } = await make('signalen');
    expect(asked.times).toBe(1);
    expect(file.fileName).toBe('vliegwiel-alles-signalen-2026-11-27.json');
    const entries = JSON.parse(file.text);
    expect(entries).toHaveLength(1);
    expect(entries[0].signalId).toBe(placed.id);
    expect(entries[0].payload).toMatchObject({ source: 'online', text: placed.text });
    expect(file.skipped).toEqual({ signals: 1, initiatives: 0 });
    expect(file.text.split('\n')).toHaveLength(4);
  });

  it('writes Open311 service requests, and an empty list when none can be placed', async () => {
    const { file } = await make('open311', {
      scope: { kind: 'selection', signalIds: [placed.id, nowhere.id] },
      options: { ...dutch, language: 'en' },
    });
    expect(file.fileName).toBe('vliegwiel-selection-open311-2026-11-27.json');
    const entries = JSON.parse(file.text);
    expect(entries.map((entry: { signalId: string }) => entry.signalId)).toEqual([placed.id]);
    expect(entries[0].payload.service_code).toBe('wegen-verkeer-straatmeubilair');

    const { given } = context();
    const empty = await exportFile(
      { ...collection, signals: [nowhere] },
      { format: 'open311', scope: { kind: 'everything' }, options: dutch, delimiter: ';' },
      given,
    );
    expect(empty.text).toBe('[]\n');
    expect(empty.skipped).toEqual({ signals: 1, initiatives: 0 });
  });
});
