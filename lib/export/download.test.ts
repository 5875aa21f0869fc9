import { describe, expect, it } from 'vitest';
import { exportFileName, exportMimeType, slug } from './download';

const day = new Date(2026, 10, 27, 12, 0);

describe('exportFileName', () => {
  it('names what the file holds and the day, in the language', () => {
    expect(exportFileName('csv', { kind: 'selection' }, day, 'nl')).toBe(
      'vliegwiel-selectie-2026-11-27.csv',
    );
    expect(exportFileName('json', { kind: 'everything' }, day, 'en')).toBe(
      'vliegwiel-all-2026-11-27.json',
    );
    expect(
      exportFileName('report', { kind: 'initiative', title: "Gaten in 't fietspad!" }, day, 'nl'),
    ).toBe('vliegwiel-gaten-in-t-fietspad-2026-11-27.html');
    expect(exportFileName('geojson', { kind: 'everything' }, day, 'nl')).toBe(
      'vliegwiel-alles-2026-11-27.geojson',
    );
    expect(exportFileName('signalen', { kind: 'selection' }, day, 'en')).toBe(
      'vliegwiel-selection-signalen-2026-11-27.json',
    );
    expect(exportFileName('open311', { kind: 'initiative', title: '🙂' }, day, 'en')).toBe(
      'vliegwiel-initiative-open311-2026-11-27.json',
    );
  });

  it('gives each format its type', () => {
    expect(exportMimeType('csv')).toBe('text/csv;charset=utf-8');
    expect(exportMimeType('geojson')).toBe('application/geo+json');
    expect(exportMimeType('report')).toBe('text/html;charset=utf-8');
  });
});

describe('slug', () => {
  it('keeps letters and digits, accents off, joined by hyphens, cut at a word', () => {
    expect(slug('Overlast  Café "De Zwaan" — Frieslân')).toBe('overlast-cafe-de-zwaan-frieslan');
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
    const long = slug('Lantaarnpalen '.repeat(10));
    expect(long.length).toBeLessThanOrEqual(50);
    expect(long.endsWith('-')).toBe(false);
  });
});
