import { describe, expect, it } from 'vitest';
import { fixedClock, signalRecord } from '../testing/factories';
import type { ExportCollection } from './collection';
import { open311FormBody, open311Requests } from './open311';
import { coordinates, municipalities } from './testing';

const clock = fixedClock();
const context = { coordinates, municipalities };
const options = { pseudonymiseAuthors: false, includeText: true, language: 'en' as const };

function collectionOf(...signals: ReturnType<typeof signalRecord>[]): ExportCollection {
  return { signals, initiatives: [], events: [], groups: [], members: [] };
}

describe('open311Requests', () => {
  const located = signalRecord(clock, {
    category: 'cleanliness',
    places: [{ kind: 'postcode', name: '3511', municipality: 'GM0344' }],
    media: ['https://pbs.twimg.com/media/abc.jpg', 'https://pbs.twimg.com/media/def.jpg'],
  });

  it('makes a service request with the location, description and first image', () => {
    const { payloads, skipped } = open311Requests(collectionOf(located), options, context);
    expect(skipped).toEqual([]);
    expect(payloads[0]?.payload).toEqual({
      service_code: 'afval',
      lat: 52.0884,
      long: 5.1175,
      description: [
        located.text,
        '',
        `Post (X, by buurtbewoner, posted on ${located.source.postedAt}): ${located.source.url}`,
        'Collected with Vliegwiel.',
      ].join('\n'),
      media_url: 'https://pbs.twimg.com/media/abc.jpg',
    });
  });

  it("uses the jurisdiction's own service codes and id when given", () => {
    const { payloads } = open311Requests(
      collectionOf(located),
      { ...options, serviceCodes: { cleanliness: '042' }, jurisdictionId: 'utrecht.nl' },
      context,
    );
    expect(payloads[0]?.payload).toMatchObject({
      service_code: '042',
      jurisdiction_id: 'utrecht.nl',
    });
  });

  it('falls back to the address in words, and leaves out a signal with no location at all', () => {
    const named = signalRecord(clock, { correctedArea: { place: 'Ergens' } });
    const nowhere = signalRecord(clock);
    const { payloads, skipped } = open311Requests(collectionOf(named, nowhere), options, context);
    expect(payloads.map((entry) => entry.payload.address_string)).toEqual(['Ergens']);
    expect(payloads[0]?.payload).not.toHaveProperty('lat');
    expect(skipped).toEqual([nowhere.id]);
  });

  it('keeps the description within 4,000 characters, details included', () => {
    const long = signalRecord(clock, { text: 'x'.repeat(5000), municipality: 'GM0344' });
    const [request] = open311Requests(collectionOf(long), options, context).payloads;
    const description = request?.payload.description ?? '';
    expect([...description]).toHaveLength(4000);
    expect(description).toContain('The text was shortened');
    expect(description.endsWith('Collected with Vliegwiel.')).toBe(true);
  });
});

describe('open311FormBody', () => {
  it('form-encodes the request, as GeoReport v2 is posted', () => {
    expect(
      open311FormBody({
        service_code: 'afval',
        lat: 52.0884,
        long: 5.1175,
        description: 'Vol & kapot\nnu',
      }),
    ).toBe('service_code=afval&lat=52.0884&long=5.1175&description=Vol+%26+kapot%0Anu');
  });
});
