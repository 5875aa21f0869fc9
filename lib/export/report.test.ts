import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../schema/records';
import { fixedClock, initiativeRecord, signalRecord } from '../testing/factories';
import type { ExportCollection } from './collection';
import { monthCounts, renderReport } from './report';
import { collectionArbitrary, HOSTILE_MARKUP, municipalities } from './testing';

const clock = fixedClock(new Date('2026-09-30T23:30:00.000Z'));
const window = new Window();
/** Room for the property runs on a busy machine; each run is quick. */
const PROPERTY_TIMEOUT_MS = 60_000;

function parse(html: string) {
  return new window.DOMParser().parseFromString(html, 'text/html');
}

const initiative = initiativeRecord(clock, {
  title: 'Kapotte lantaarnpalen',
  description: 'Sinds september\nbrandt er niets.',
  status: 'raised',
  area: { municipality: 'GM0344', place: 'Lombok' },
  ownerId: 'member-alice',
});
const signals = [
  signalRecord(clock, {
    initiativeId: initiative.id,
    category: 'roads',
    clippedAt: '2026-09-30T23:30:00.000Z',
    clippedBy: 'member-alice',
    correctedArea: { municipality: 'GM0344', place: 'Lombok' },
  }),
  signalRecord(clock, { category: 'roads', clippedAt: '2026-11-02T09:00:00.000Z' }),
  signalRecord(clock, {
    category: 'animals',
    clippedAt: '2026-11-03T09:00:00.000Z',
    source: { site: 'web', url: 'javascript:alert(1)' },
    postKey: undefined,
  }),
];
const events: TimelineEvent[] = [
  {
    id: clock.newId(),
    at: '2026-10-01T08:00:00.000Z',
    actorId: 'member-alice',
    initiativeId: initiative.id,
    kind: 'created',
  },
  {
    id: clock.newId(),
    at: '2026-10-02T08:00:00.000Z',
    actorId: 'member-bob',
    actorName: 'Bob',
    initiativeId: initiative.id,
    kind: 'status-changed',
    from: 'idea',
    to: 'raised',
  },
  {
    id: clock.newId(),
    at: '2026-10-03T08:00:00.000Z',
    actorId: 'member-bob',
    actorName: 'Bob',
    initiativeId: initiative.id,
    kind: 'comment',
    text: 'Gemeld bij de wijkraad.',
  },
];
const collection: ExportCollection = {
  signals,
  initiatives: [initiative],
  events,
  groups: [],
  members: [{ id: 'member-alice', name: 'Alice' }],
};
const context = {
  municipalities,
  generatedAt: new Date('2026-11-27T10:00:00.000Z'),
  subject: { kind: 'everything' as const },
};

describe('renderReport', () => {
  const dutch = parse(
    renderReport(
      collection,
      { language: 'nl', includeText: true, pseudonymiseAuthors: false },
      context,
    ),
  );
  const text = (selector: string) => dutch.querySelector(selector)?.textContent ?? '';

  it('is a standalone Dutch page that allows no script', () => {
    expect(dutch.documentElement.getAttribute('lang')).toBe('nl');
    expect(dutch.title).toBe('Vliegwiel-rapport: Alle signalen en initiatieven');
    expect(
      dutch.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(dutch.querySelector('style')?.textContent).toContain('@media print');
    expect(dutch.querySelectorAll('script, link, img, iframe')).toHaveLength(0);
  });

  it('sums up the signals, initiatives, period, municipalities and contributors', () => {
    const summary = text('#summary');
    expect(summary).toContain('3 signalen');
    expect(summary).toContain('1 okt 2026 – 3 nov 2026');
    expect(summary).toContain('Utrecht (1)');
  });

  it('counts per category and per month (in Dutch time), with a chart of each', () => {
    expect(
      [...dutch.querySelectorAll('#categories tbody tr')].map((row) => row.textContent),
    ).toEqual(['Wegen en straatmeubilair2', 'Dieren1']);
    expect([...dutch.querySelectorAll('#months tbody tr')].map((row) => row.textContent)).toEqual([
      'okt 20261',
      'nov 20262',
    ]);
    expect(dutch.querySelectorAll('#categories svg rect')).toHaveLength(2);
    expect(dutch.querySelectorAll('#months svg rect')).toHaveLength(2);
  });

  it('shows each initiative with its status, area, description and timeline', () => {
    const article = text('#initiatives article');
    expect(article).toContain('Kapotte lantaarnpalen');
    expect(article).toContain('Voorgelegd aan de gemeente');
    expect(article).toContain('Lombok, Utrecht');
    expect(article).toContain('Sinds september\nbrandt er niets.');
    expect([...dutch.querySelectorAll('.timeline li')].map((item) => item.textContent)).toEqual([
      expect.stringContaining('Alice startte dit initiatief'),
      expect.stringContaining('Bob wijzigde de status van Idee naar Voorgelegd aan de gemeente'),
      expect.stringMatching(/Bob reageerde.*Gemeld bij de wijkraad\./s),
    ]);
  });

  it('lists the contributors with what they did', () => {
    expect(
      [...dutch.querySelectorAll('#contributors tbody tr td:nth-child(2)')].map(
        (cell) => cell.textContent,
      ),
    ).toEqual(['1 statuswijzigingen, 1 reacties', '1 gestart']);
  });

  it('lists the signals, linking only web addresses', () => {
    expect(dutch.querySelectorAll('#signals tbody tr')).toHaveLength(3);
    const links = [...dutch.querySelectorAll('#signals a')].map((link) =>
      link.getAttribute('href'),
    );
    expect(links).toEqual([signals[0]?.source.url, signals[1]?.source.url]);
    expect(text('#signals')).toContain('javascript:alert(1)');
  });

  it('says in English what was left out', () => {
    const english = parse(
      renderReport(
        collection,
        { language: 'en', includeText: false, pseudonymiseAuthors: true },
        {
          ...context,
          subject: { kind: 'initiative', title: initiative.title },
        },
      ),
    );
    expect(english.title).toBe('Vliegwiel report: Kapotte lantaarnpalen');
    const notes = [...english.querySelectorAll('.note')].map((note) => note.textContent);
    expect(notes).toEqual([
      'The texts of the posts are left out.',
      'Authors of posts appear under a pseudonym.',
    ]);
    expect(english.querySelectorAll('#signals .post')).toHaveLength(0);
    expect(english.querySelector('#signals')?.textContent).not.toContain('buurtbewoner');
    expect(english.querySelector('#categories')?.textContent).toContain(
      'Roads and street furniture',
    );
  });
});

describe('renderReport with hostile text', () => {
  it(
    'never turns text from posts, members or organisers into markup',
    () => {
      fc.assert(
        fc.property(
          collectionArbitrary(),
          fc.constantFrom('nl' as const, 'en' as const),
          (records, language) => {
            const html = renderReport(
              records,
              { language, includeText: true, pseudonymiseAuthors: false },
              context,
            );
            const page = parse(html);
            for (const marker of HOSTILE_MARKUP) expect(page.querySelector(marker)).toBeNull();
            for (const element of page.querySelectorAll('*')) {
              for (const attribute of element.getAttributeNames()) {
                expect(attribute.startsWith('on')).toBe(false);
              }
            }
            for (const link of page.querySelectorAll('a')) {
              expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
            }
            // Every title is there, as text (line breaks and NUL compared loosely: HTML parsers
            // may read CR as LF and leave NUL out or replace it).
            const loosely = (value: string) =>
              value.replace(/\r\n?/g, '\n').replaceAll('\u0000', '').replaceAll('\uFFFD', '');
            const shown = loosely(page.body.textContent ?? '');
            for (const initiative of records.initiatives.filter((record) => !record.mergedInto)) {
              expect(shown).toContain(loosely(initiative.title));
            }
          },
        ),
        { numRuns: 25 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('monthCounts', () => {
  it('counts every month from the first to the last, empty ones too', () => {
    expect(monthCounts(signals)).toEqual([
      { year: 2026, month: 10, count: 1 },
      { year: 2026, month: 11, count: 2 },
    ]);
    const gap = [
      signalRecord(clock, { clippedAt: '2026-12-31T12:00:00Z' }),
      signalRecord(clock, { clippedAt: '2027-03-01T12:00:00Z' }),
    ];
    expect(monthCounts(gap).map(({ month, count }) => [month, count])).toEqual([
      [12, 1],
      [1, 0],
      [2, 0],
      [3, 1],
    ]);
  });
});
