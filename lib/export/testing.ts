import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { z } from 'zod';
import { CATEGORY_IDS } from '../classify/taxonomy';
import { VliegwielDatabase } from '../db/database';
import { groupIdentity } from '../groups/registry';
import { loadGazetteerFromDirectory } from '../places/load-node';
import { municipalityList } from '../places/municipality-list';
import { type Group, groupSchema } from '../schema/contacts';
import {
  eventSchema,
  INITIATIVE_STATUSES,
  type Initiative,
  initiativeSchema,
  type Member,
  memberSchema,
  PLACE_KINDS,
  SITE_IDS,
  type Signal,
  signalSchema,
  type TimelineEvent,
  TRIAGE_STATES,
  VERDICTS,
} from '../schema/records';
import { coordinatesOf } from '../suggest/coordinates';
import type { ExportCollection } from './collection';

// What the export tests share: the shipped place data, fresh databases, and fast-check
// arbitraries of valid records full of hostile text.

const DATA_DIRECTORY = fileURLToPath(new URL('../data/', import.meta.url));

export const municipalities = municipalityList(
  readFileSync(new URL('../data/municipalities.csv', import.meta.url), 'utf8'),
);

export const coordinates = coordinatesOf(loadGazetteerFromDirectory(DATA_DIRECTORY));

let databases = 0;

/** A new, empty database of its own (fake-indexeddb). */
export function freshDatabase(): VliegwielDatabase {
  databases += 1;
  return new VliegwielDatabase(`export-test-${databases}`);
}

export async function dropDatabase(db: VliegwielDatabase) {
  db.close();
  await db.delete();
}

/**
 * Pieces of text that break careless exports: CSV quotes and separators, line breaks, what a
 * spreadsheet runs as a formula, markup, right-to-left and invisible marks, emoji, a byte order
 * mark and a NUL.
 */
const HOSTILE_PIECES = [
  '"',
  "'",
  ';',
  ',',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '=',
  '+',
  '-',
  '@',
  '=HYPERLINK("https://evil.example","klik")',
  '=1+1',
  '\u202E',
  '\u202D',
  '\u200F',
  '\u200B',
  '\u2066',
  '\uFEFF',
  '\u0000',
  '😀',
  '👩‍👩‍👧',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</bdi></td></tr></table><h1 class="pwned">',
  'javascript:alert(1)',
  '&amp;',
  '&lt;',
  ' ',
  'a',
  'Straat',
  "'s-Hertogenbosch",
  'é',
] as const;

/** Markers in HOSTILE_PIECES that must never turn into markup. */
export const HOSTILE_MARKUP = ['script', 'img', 'h1.pwned'] as const;

const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 10 }).map((pieces) => pieces.join('')),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const nonEmpty = (maxLength: number) =>
  hostileText.filter((text) => text.length > 0 && text.length <= maxLength);

/** Text that stays something after trimming, as the schemas that trim require. */
const trimmedNonEmpty = (maxLength: number) =>
  nonEmpty(maxLength).filter((text) => text.trim() !== '');

const municipalityCodes = fc.constantFrom('GM0344', 'GM0363', 'GM0599', 'GM0518', 'GM0080');

const instant = fc
  .date({
    min: new Date('2020-01-01T00:00:00.000Z'),
    max: new Date('2027-12-31T23:59:59.999Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

/** ISO 8601 with a time zone, in UTC or with an offset, as the schemas take them. */
const isoTime = fc.oneof(
  instant,
  instant.map((iso) => iso.replace(/\.\d{3}Z$/, '+01:00')),
);

const webAddress = fc
  .tuple(
    fc.constantFrom(
      'https://x.com',
      'https://www.reddit.com',
      'https://mastodon.social',
      'https://bsky.app',
      'http://forum.wijkraad.example',
    ),
    fc.array(fc.webSegment(), { maxLength: 3 }),
    hostileText,
  )
  .map(
    ([origin, segments, piece]) =>
      `${origin}/${[...segments, encodeURIComponent(piece)].join('/')}`,
  );

const finite = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((value) => value + 0);

const memberIds = fc.uniqueArray(nonEmpty(100), { minLength: 1, maxLength: 4 });

const uuid = fc.uuid({ version: 4 });

/** The records the schema accepts, as it returns them (trimmed where it trims). */
function valid<T>(arbitrary: fc.Arbitrary<unknown>, schema: z.ZodType<T>): fc.Arbitrary<T> {
  return arbitrary
    .map((value) => schema.safeParse(value))
    .filter((result) => result.success)
    .map((result) => result.data as T);
}

function memberArbitrary(id: string): fc.Arbitrary<Member> {
  return valid(
    trimmedNonEmpty(100).map((name) => ({ id, name })),
    memberSchema,
  );
}

function initiativeArbitrary(id: string, others: readonly string[], members: readonly string[]) {
  return valid<Initiative>(
    fc.record(
      {
        id: fc.constant(id),
        title: trimmedNonEmpty(200),
        description: hostileText,
        category: fc.constantFrom(...CATEGORY_IDS),
        area: fc.record(
          {
            municipality: municipalityCodes,
            place: trimmedNonEmpty(200),
            neighbourhood: trimmedNonEmpty(200),
          },
          { requiredKeys: [] },
        ),
        status: fc.constantFrom(...INITIATIVE_STATUSES),
        ownerId: fc.constantFrom(...members),
        createdAt: isoTime,
        lastActivityAt: isoTime,
        mergedInto: others.length === 0 ? fc.constant(undefined) : fc.constantFrom(...others),
      },
      {
        requiredKeys: [
          'id',
          'title',
          'description',
          'category',
          'area',
          'status',
          'ownerId',
          'createdAt',
          'lastActivityAt',
        ],
      },
    ),
    initiativeSchema,
  );
}

interface Links {
  initiatives: readonly string[];
  members: readonly string[];
}

const evidence = fc.record(
  {
    cue: nonEmpty(200),
    kind: fc.constantFrom('topic', 'problem', 'place', 'off-topic', 'praise', 'tone'),
    weight: finite(-10, 10),
    category: fc.constantFrom(...CATEGORY_IDS),
  },
  { requiredKeys: ['cue', 'kind', 'weight'] },
);

const detectedPlace = fc.record(
  {
    kind: fc.constantFrom(...PLACE_KINDS),
    name: nonEmpty(200),
    municipality: municipalityCodes,
  },
  { requiredKeys: ['kind', 'name'] },
);

/** Every field a signal can have, each present or not. */
function fullSignal(links: Links): fc.Arbitrary<Signal> {
  const optional = (values: readonly string[]) =>
    values.length === 0 ? fc.constant(undefined) : fc.constantFrom(...values);
  return valid<Signal>(
    fc
      .record(
        {
          id: uuid,
          text: hostileText,
          source: fc.record(
            {
              site: fc.constantFrom(...SITE_IDS),
              url: webAddress,
              postId: nonEmpty(200),
              authorHandle: nonEmpty(200),
              authorName: nonEmpty(500),
              postedAt: isoTime,
            },
            { requiredKeys: ['site', 'url'] },
          ),
          hasPostKey: fc.boolean(),
          media: fc.array(webAddress, { maxLength: 3 }),
          clippedAt: isoTime,
          clippedBy: optional(links.members),
          verdict: fc.constantFrom(...VERDICTS),
          category: fc.constantFrom(...CATEGORY_IDS),
          confidence: finite(0, 1),
          tone: fc.constantFrom('calm', 'heated'),
          evidence: fc.array(evidence, { maxLength: 3 }),
          municipality: municipalityCodes,
          places: fc.array(detectedPlace, { maxLength: 3 }),
          correctedVerdict: fc.constantFrom(...VERDICTS),
          correctedCategory: fc.constantFrom(...CATEGORY_IDS),
          correctedArea: fc.record(
            {
              municipality: municipalityCodes,
              place: trimmedNonEmpty(200),
              neighbourhood: trimmedNonEmpty(200),
            },
            { requiredKeys: [] },
          ),
          triage: fc.constantFrom(...TRIAGE_STATES),
          assignedTo: optional(links.members),
          initiativeId: optional(links.initiatives),
          note: hostileText,
        },
        { requiredKeys: ['id', 'text', 'source', 'clippedAt', 'hasPostKey'] },
      )
      .map(({ hasPostKey, ...signal }) => ({
        ...signal,
        // One post, one key: ids are unique, so keys made from them are too.
        ...(hasPostKey ? { postKey: `${signal.source.site}:${signal.id}` } : {}),
      })),
    signalSchema,
  );
}

/** Only what the signals CSV carries, so that a CSV round trip gives the same record back. */
function csvShapedSignal(links: Links): fc.Arbitrary<Signal> {
  return fullSignal(links).map((signal) => {
    const area = signal.correctedArea;
    return {
      id: signal.id,
      text: signal.text,
      source: {
        site: signal.source.site,
        url: signal.source.url,
        ...(signal.source.authorHandle === undefined
          ? {}
          : { authorHandle: signal.source.authorHandle }),
        ...(signal.source.authorName === undefined ? {} : { authorName: signal.source.authorName }),
        ...(signal.source.postedAt === undefined ? {} : { postedAt: signal.source.postedAt }),
      },
      ...(signal.postKey === undefined ? {} : { postKey: signal.postKey }),
      clippedAt: signal.clippedAt,
      ...(signal.clippedBy === undefined ? {} : { clippedBy: signal.clippedBy }),
      ...(signal.category === undefined ? {} : { category: signal.category }),
      ...(area?.municipality === undefined && area?.place === undefined
        ? {}
        : {
            correctedArea: {
              ...(area?.municipality === undefined ? {} : { municipality: area.municipality }),
              ...(area?.place === undefined ? {} : { place: area.place }),
            },
          }),
      ...(signal.initiativeId === undefined ? {} : { initiativeId: signal.initiativeId }),
      ...(signal.note === undefined || signal.note === '' ? {} : { note: signal.note }),
    };
  });
}

const EVENT_DETAILS = fc.oneof(
  fc.constant({ kind: 'created' }),
  fc.constant({ kind: 'clipped' }),
  fc.constant({ kind: 'linked' }),
  fc.constant({ kind: 'unlinked' }),
  fc.record({
    kind: fc.constant('status-changed'),
    from: fc.constantFrom(...INITIATIVE_STATUSES),
    to: fc.constantFrom(...INITIATIVE_STATUSES),
  }),
  fc.record(
    { kind: fc.constant('contacted'), contact: trimmedNonEmpty(200), text: hostileText },
    { requiredKeys: ['kind', 'contact'] },
  ),
  fc.record({ kind: fc.constant('comment'), text: trimmedNonEmpty(5000) }),
  fc.record({
    kind: fc.constant('edited'),
    fields: fc.array(fc.constantFrom('title', 'description', 'area'), { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('merged'), from: uuid, fromTitle: hostileText }),
  fc.record({ kind: fc.constant('triaged'), to: fc.constantFrom(...TRIAGE_STATES) }),
  fc.record({ kind: fc.constant('recategorised'), to: fc.constantFrom(...CATEGORY_IDS) }),
  fc.record({
    kind: fc.constant('suggestion-rejected'),
    suggestion: nonEmpty(200),
    name: trimmedNonEmpty(200),
  }),
);

function eventArbitrary(links: Links & { signals: readonly string[] }) {
  const about = fc.oneof(
    ...(links.initiatives.length > 0
      ? [fc.record({ initiativeId: fc.constantFrom(...links.initiatives) })]
      : []),
    ...(links.signals.length > 0
      ? [fc.record({ signalId: fc.constantFrom(...links.signals) })]
      : []),
    // An event may name a signal that was deleted since: history keeps it.
    fc.record({ signalId: uuid }),
  );
  return valid<TimelineEvent>(
    fc
      .tuple(
        fc.record(
          {
            id: uuid,
            at: isoTime,
            actorId: fc.constantFrom(...links.members),
            actorName: trimmedNonEmpty(100),
          },
          { requiredKeys: ['id', 'at', 'actorId'] },
        ),
        about,
        EVENT_DETAILS,
      )
      .map(([envelope, subject, detail]) => ({ ...envelope, ...subject, ...detail })),
    eventSchema,
  );
}

const groupArbitrary = valid<Group>(
  fc.record(
    {
      id: uuid,
      name: trimmedNonEmpty(200),
      area: fc.record(
        {
          municipality: municipalityCodes,
          place: trimmedNonEmpty(200),
          neighbourhood: trimmedNonEmpty(200),
          postcode: fc.stringMatching(/^\d{4}$/),
        },
        { requiredKeys: [] },
      ),
      topics: fc.uniqueArray(fc.constantFrom(...CATEGORY_IDS), { maxLength: 3 }),
      website: webAddress,
      contact: trimmedNonEmpty(300),
      description: trimmedNonEmpty(1000),
    },
    { requiredKeys: ['id', 'name', 'area', 'topics'] },
  ),
  groupSchema,
);

/** Selections (signals without a post key) are the same clip when page and text are the same. */
function distinctClips(signals: readonly Signal[]): boolean {
  const keys = signals
    .filter((signal) => signal.postKey === undefined)
    .map((signal) => `${signal.source.url}\n${signal.text}`);
  return new Set(keys).size === keys.length;
}

/**
 * Collections of valid, consistent records (every link resolves, ids unique, one signal per
 * post or selection, one group per name and municipality), with hostile text throughout.
 */
export function collectionArbitrary(
  shape: 'full' | 'csv' = 'full',
): fc.Arbitrary<ExportCollection> {
  return fc
    .record({
      memberIds,
      initiativeIds: fc.uniqueArray(uuid, { maxLength: 3 }),
    })
    .chain(({ memberIds: memberIdList, initiativeIds }) => {
      const links = { initiatives: initiativeIds, members: memberIdList };
      const signal = shape === 'full' ? fullSignal(links) : csvShapedSignal(links);
      return fc
        .record({
          members: fc.tuple(...memberIdList.map(memberArbitrary)),
          initiatives: fc.tuple(
            ...initiativeIds.map((id) =>
              initiativeArbitrary(
                id,
                initiativeIds.filter((other) => other !== id),
                memberIdList,
              ),
            ),
          ),
          signals: fc
            .uniqueArray(signal, { selector: (record) => record.id, maxLength: 6 })
            .filter(distinctClips),
          groups: fc
            .uniqueArray(groupArbitrary, {
              selector: (group) => groupIdentity(group),
              maxLength: 3,
            })
            .filter((groups) => new Set(groups.map((group) => group.id)).size === groups.length),
        })
        .chain((records) =>
          fc
            .uniqueArray(
              eventArbitrary({ ...links, signals: records.signals.map((record) => record.id) }),
              { selector: (event) => event.id, maxLength: 6 },
            )
            .map((events) => ({
              signals: records.signals,
              initiatives: records.initiatives,
              events,
              groups: records.groups,
              members: records.members,
            })),
        );
    });
}
