import { describe, expect, it } from 'vitest';
import { analysePost } from '../places';
import { loadGazetteerFromDirectory } from '../places/load-node';
import { signalSchema } from '../schema/records';
import { classifyPost } from '.';
import { signalFieldsOf, signalFieldsOfAnalysis } from './signal-fields';

const gazetteer = loadGazetteerFromDirectory(new URL('../data/', import.meta.url).pathname);
const minimal = {
  id: '5b0f4c1e-8f59-4c64-9a2b-0d3c9f6f2a11',
  source: { site: 'x', url: 'https://x.com/a/status/1' },
  clippedAt: '2026-11-27T10:00:00.000Z',
};

describe('signal fields', () => {
  it('keep the verdict, category, tone and cues of a classification, valid for the schema', () => {
    const text = 'De lantaarnpaal op de Biltstraat is al drie weken kapot!!';
    const fields = signalFieldsOf(classifyPost(text));
    expect(fields).toMatchObject({ verdict: 'local-issue', category: 'roads' });
    expect(fields.evidence?.length).toBeGreaterThan(0);
    expect(signalSchema.safeParse({ ...minimal, text, ...fields }).success).toBe(true);
  });

  it('add the municipality and the places the text names', () => {
    const text =
      'Ratten bij de containers in de Kanaalstraat, 3531 Utrecht. @gemeenteutrecht doe er wat aan';
    const fields = signalFieldsOfAnalysis(analysePost(text, gazetteer));
    expect(fields.municipality).toBe('GM0344');
    expect(fields.places?.map((place) => place.name)).toEqual(
      expect.arrayContaining(['Kanaalstraat', 'Utrecht', '@gemeenteutrecht']),
    );
    expect(signalSchema.safeParse({ ...minimal, text, ...fields }).success).toBe(true);
  });

  it('give a place no municipality when its name alone is more likely a town abroad', () => {
    const abroad = signalFieldsOfAnalysis(
      analysePost('Mijn buren in Hasselt geven elke vrijdag een fuif tot 4u', gazetteer),
    );
    expect(abroad.municipality).toBeUndefined();
    expect(abroad.places).toEqual([{ kind: 'place', name: 'Hasselt' }]);
    const qualified = signalFieldsOfAnalysis(
      analysePost('Gat in de weg in Hasselt (Overijssel), al weken', gazetteer),
    );
    expect(qualified.municipality).toBe('GM1896');
    expect(qualified.places).toEqual([
      { kind: 'place', name: 'Hasselt (Overijssel)', municipality: 'GM1896' },
    ]);
  });

  it('leave the municipality out when the text names no place', () => {
    const fields = signalFieldsOfAnalysis(analysePost('Mooi weer vandaag', gazetteer));
    expect(fields.municipality).toBeUndefined();
    expect(fields.places).toBeUndefined();
  });
});
