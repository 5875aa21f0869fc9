import { z } from 'zod';
import { CATEGORY_IDS } from '../classify/taxonomy';
import { MAX_MEDIA, MAX_TEXT_LENGTH, MAX_URL_LENGTH } from './limits';

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
export type SignalSource = z.infer<typeof signalSourceSchema>;

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
  triage: triageStateSchema.optional(),
});
export type Signal = z.infer<typeof signalSchema>;
