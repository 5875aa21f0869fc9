import { describe, expect, it } from 'vitest';
import type { Signal } from '../schema/records';
import { searchWords, signalIndexEntry } from './signal-index';

const signal: Signal = {
  id: '00000000-0000-4000-8000-000000000001',
  text: 'Rattenplaag bij de Café-ingang, Oudegracht 12!',
  source: { site: 'x', url: 'https://x.com/a/status/1', authorHandle: 'Buurt_Anna' },
  clippedAt: '2026-11-27T10:00:00.000Z',
  verdict: 'local-issue',
  category: 'cleanliness',
  correctedCategory: 'animals',
  municipality: 'GM0344',
  places: [{ kind: 'street', name: 'Oudegracht' }],
  note: 'Zie ook de foto',
};

describe('signal index', () => {
  it('folds case and accents, splits on anything but letters and digits, and keeps each word once', () => {
    expect(searchWords('Café café CAFE, a 12 Straße')).toEqual(['cafe', '12', 'straße']);
  });

  it('indexes the corrected category, "not linked" as an empty initiative, and the words of text, note, author and places', () => {
    expect(signalIndexEntry(signal)).toEqual({
      id: signal.id,
      clippedAt: signal.clippedAt,
      category: 'animals',
      verdict: 'local-issue',
      municipality: 'GM0344',
      site: 'x',
      triage: 'new',
      clippedBy: '',
      initiativeId: '',
      words: expect.any(Array),
    });
    expect(signalIndexEntry(signal).words).toEqual(
      expect.arrayContaining([
        'rattenplaag',
        'cafe',
        'ingang',
        'oudegracht',
        'foto',
        'buurt',
        'anna',
      ]),
    );
  });

  it('lets a corrected area win over the detected municipality', () => {
    expect(
      signalIndexEntry({ ...signal, correctedArea: { municipality: 'GM0363' } }).municipality,
    ).toBe('GM0363');
  });
});
