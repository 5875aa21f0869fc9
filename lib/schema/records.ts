import { z } from 'zod';
import { CATEGORY_IDS } from '../classify/taxonomy';
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_MEDIA,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_URL_LENGTH,
} from './limits';

/** Social sites Vliegwiel reads; `web` is any other page (a selection, or schema.org / h-entry markup). */
export const SITE_IDS = ['x', 'reddit', 'mastodon', 'bluesky', 'facebook', 'web'] as const;
export const siteIdSchema = z.enum(SITE_IDS);
export type SiteId = z.infer<typeof siteIdSchema>;

export { MAX_TEXT_LENGTH } from './limits';

const isoTimeSchema = z.iso.datetime({ offset: true });

export const httpUrlSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .max(MAX_URL_LENGTH);

/**
 * A post key is stable across visits: the site plus the site's own id of the post
 * (for example `x:1790000000000000000` or `reddit:t3_1abcde`).
 */
export const postKeySchema = z
  .string()
  .min(3)
  .max(300)
  .regex(/^[a-z]+:[^\s]+$/, 'a post key is "<site>:<id>" without spaces');

export const signalSourceSchema = z.object({
  site: siteIdSchema,
  url: httpUrlSchema,
  postId: z.string().min(1).max(200).optional(),
  authorHandle: z.string().min(1).max(200).optional(),
  authorName: z.string().min(1).max(500).optional(),
  postedAt: isoTimeSchema.optional(),
});

export const VERDICTS = ['local-issue', 'other'] as const;
export const verdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof verdictSchema>;

export const categoryIdSchema = z.enum(CATEGORY_IDS);

export const evidenceSchema = z.object({
  cue: z.string().min(1).max(200),
  kind: z.enum([
    'topic',
    'problem',
    'place',
    'off-topic',
    'praise',
    'negated',
    'metaphor',
    'sarcasm',
    'tone',
  ]),
  weight: z.number().finite(),
  category: categoryIdSchema.optional(),
});

/** A municipality's CBS code, as in lib/data/municipalities.csv. */
export const municipalityCodeSchema = z
  .string()
  .regex(/^GM\d{4}$/, 'a municipality code is GM and four digits');

export const PLACE_KINDS = [
  'municipality',
  'place',
  'district',
  'alias',
  'adjective',
  'postcode',
  'street',
  'account',
  'area-code',
] as const;

/** A place named in a signal's text, as written, with its municipality where that is certain. */
export const detectedPlaceSchema = z.object({
  kind: z.enum(PLACE_KINDS),
  name: z.string().min(1).max(200),
  municipality: municipalityCodeSchema.optional(),
});

/** Where a signal or initiative is: a municipality, and a place or neighbourhood in it. */
export const areaSchema = z.object({
  municipality: municipalityCodeSchema.optional(),
  place: z.string().trim().min(1).max(200).optional(),
  neighbourhood: z.string().trim().min(1).max(200).optional(),
});
export type Area = z.infer<typeof areaSchema>;

export const memberIdSchema = z.string().min(1).max(100);
export const memberNameSchema = z.string().trim().min(1).max(MAX_NAME_LENGTH);

export const TRIAGE_STATES = ['new', 'acknowledged', 'assigned', 'done'] as const;
export const triageStateSchema = z.enum(TRIAGE_STATES);

/**
 * A clipped post or selection. The smallest valid signal is `{id, text, source: {site, url},
 * clippedAt}` (contract 4 in DESIGN.md); everything else is filled in as the product learns more.
 */
export const signalSchema = z.object({
  id: z.uuid(),
  text: z.string().max(MAX_TEXT_LENGTH),
  source: signalSourceSchema,
  /** `<site>:<post id>` for posts; absent for a clipped selection. Used to refuse duplicate clips. */
  postKey: postKeySchema.optional(),
  media: z.array(httpUrlSchema).max(MAX_MEDIA).optional(),
  clippedAt: isoTimeSchema,
  clippedBy: z.string().min(1).max(200).optional(),
  /** The classifier's verdict, category, confidence, tone and the cues behind them. */
  verdict: verdictSchema.optional(),
  category: categoryIdSchema.optional(),
  confidence: z.number().min(0).max(1).optional(),
  tone: z.enum(['calm', 'heated']).optional(),
  evidence: z.array(evidenceSchema).max(30).optional(),
  /** Where the text says it is: the municipality it points at most, and every place it names. */
  municipality: municipalityCodeSchema.optional(),
  places: z.array(detectedPlaceSchema).max(50).optional(),
  /** The user's correction of the classifier; it wins wherever the verdict or category is used. */
  correctedVerdict: verdictSchema.optional(),
  correctedCategory: categoryIdSchema.optional(),
  /** The user's correction of where the signal is; it wins over the detected municipality. */
  correctedArea: areaSchema.optional(),
  triage: triageStateSchema.optional(),
  /** The member (id) who took it on, when triage is `assigned`. */
  assignedTo: memberIdSchema.optional(),
  /** The initiative this signal is part of. */
  initiativeId: z.uuid().optional(),
  /** What the person who clipped it added. */
  note: z.string().max(MAX_NOTE_LENGTH).optional(),
});
export type Signal = z.infer<typeof signalSchema>;

export const INITIATIVE_STATUSES = [
  'idea',
  'gathering',
  'raised',
  'in-progress',
  'resolved',
  'stalled',
] as const;
export const initiativeStatusSchema = z.enum(INITIATIVE_STATUSES);
export type InitiativeStatus = z.infer<typeof initiativeStatusSchema>;

/** A named effort around one issue in one area (DESIGN.md, domain model). */
export const initiativeSchema = z.object({
  id: z.uuid(),
  title: z.string().trim().min(1).max(MAX_TITLE_LENGTH),
  description: z.string().max(MAX_DESCRIPTION_LENGTH),
  category: categoryIdSchema,
  area: areaSchema,
  status: initiativeStatusSchema,
  ownerId: memberIdSchema,
  createdAt: isoTimeSchema,
  /** The time of the latest event on it: what "stalled after N days without activity" counts from. */
  lastActivityAt: isoTimeSchema,
  /** Set when this initiative was merged into another; its signals and events moved there. */
  mergedInto: z.uuid().optional(),
});
export type Initiative = z.infer<typeof initiativeSchema>;

/**
 * What an event records, by kind. Events are never changed or removed: together they are the
 * initiative's and the signal's public history, and each names who did it.
 */
const eventDetailSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('created') }),
  z.object({ kind: z.literal('clipped') }),
  z.object({ kind: z.literal('linked') }),
  z.object({ kind: z.literal('unlinked') }),
  z.object({
    kind: z.literal('status-changed'),
    from: initiativeStatusSchema,
    to: initiativeStatusSchema,
  }),
  z.object({
    kind: z.literal('contacted'),
    contact: z.string().trim().min(1).max(MAX_TITLE_LENGTH),
    text: z.string().max(MAX_NOTE_LENGTH).optional(),
  }),
  z.object({ kind: z.literal('comment'), text: z.string().trim().min(1).max(MAX_NOTE_LENGTH) }),
  z.object({ kind: z.literal('edited'), fields: z.array(z.string().min(1).max(40)).max(20) }),
  z.object({
    kind: z.literal('merged'),
    from: z.uuid(),
    fromTitle: z.string().max(MAX_TITLE_LENGTH),
  }),
  z.object({
    kind: z.literal('triaged'),
    to: triageStateSchema,
    /** Who was given it, when `to` is `assigned`: part of the history, like the state. */
    assignedTo: memberIdSchema.optional(),
  }),
  z.object({ kind: z.literal('recategorised'), to: categoryIdSchema }),
  /** Someone judged a suggested contact, group or initiative wrong for this signal. */
  z.object({
    kind: z.literal('suggestion-rejected'),
    suggestion: z.string().min(1).max(200),
    name: z.string().trim().min(1).max(MAX_TITLE_LENGTH),
  }),
]);

export const eventSchema = z
  .intersection(
    z.object({
      id: z.uuid(),
      at: isoTimeSchema,
      actorId: memberIdSchema,
      /**
       * The actor's name when it happened, so the history reads the same on every machine;
       * absent while the user has not given one (their own events read "you" to them).
       */
      actorName: memberNameSchema.optional(),
      /** What it happened to: an initiative, a signal, or a signal within an initiative. */
      initiativeId: z.uuid().optional(),
      signalId: z.uuid().optional(),
    }),
    eventDetailSchema,
  )
  .refine((event) => event.initiativeId !== undefined || event.signalId !== undefined, {
    message: 'an event is about an initiative or a signal',
  });
export type TimelineEvent = z.infer<typeof eventSchema>;
export type EventKind = TimelineEvent['kind'];

/** A person in the tracker: the local user now, the members of a shared workspace later. */
export const memberSchema = z.object({
  id: memberIdSchema,
  name: memberNameSchema,
});
export type Member = z.infer<typeof memberSchema>;
