import { z } from 'zod';
import type { Evidence, Judgement } from '../classify';
import type { Suggestions } from '../suggest/suggest';
import { clipDetailsSchema, correctionSchema, postCaptureSchema } from './capture';
import { MAX_CLASSIFIED_TEXT_LENGTH, MAX_POSTS_CLASSIFIED, MAX_TEXT_LENGTH } from './limits';
import { postKeySchema } from './records';

/**
 * Content script → background: store this post as a signal unless it is already clipped; with a
 * correction, also record the user's verdict or category on it; with details (the clip dialog),
 * its note, place and initiative too. All of it is stored together or not at all.
 */
export const clipPostRequestSchema = z.object({
  type: z.literal('clip-post'),
  post: postCaptureSchema,
  correction: correctionSchema.optional(),
  details: clipDetailsSchema.optional(),
});

/**
 * Content script → background: the messages of the language the user chose in the options (the
 * browser's own i18n only knows the browser's language).
 */
export const uiMessagesRequestSchema = z.object({
  type: z.literal('ui-messages'),
});

/** Extension page → background: who to contact and who is on it already, for a signal or an initiative. */
export const suggestionsRequestSchema = z
  .object({
    type: z.literal('suggestions'),
    signalId: z.uuid().optional(),
    initiativeId: z.uuid().optional(),
  })
  .refine((request) => (request.signalId === undefined) !== (request.initiativeId === undefined), {
    message: 'suggestions are for one signal or one initiative',
  });

/**
 * Content script → background: where a post (not stored yet) is and who can act on it, in the
 * user's words, for the clip dialog.
 */
export const postSuggestionsRequestSchema = z.object({
  type: z.literal('post-suggestions'),
  text: z.string().max(MAX_TEXT_LENGTH),
  authorName: z.string().max(500).optional(),
});

/**
 * Content script → background: the verdicts on these post texts, in order. The classifier runs in
 * the background, off the page's main thread, so that scanning a busy timeline costs the page
 * reading its posts and writing their marks, not classifying them.
 */
export const classifyPostsRequestSchema = z.object({
  type: z.literal('classify-posts'),
  texts: z
    .array(z.string().max(MAX_TEXT_LENGTH))
    .min(1)
    .max(MAX_POSTS_CLASSIFIED)
    .refine(
      (texts) =>
        texts.reduce((length, text) => length + text.length, 0) <= MAX_CLASSIFIED_TEXT_LENGTH,
      { message: `the texts are longer than ${MAX_CLASSIFIED_TEXT_LENGTH} characters in all` },
    ),
});

/**
 * Content script → background: the cues behind the verdict on a post's text, when someone opens
 * its explanation. Asked apart from the verdicts, so that a page marking hundreds of posts is not
 * sent cues for all of them.
 */
export const explainPostRequestSchema = z.object({
  type: z.literal('explain-post'),
  text: z.string().max(MAX_TEXT_LENGTH),
});

/** Content script → background: the open initiatives to offer in the clip dialog. */
export const listInitiativesRequestSchema = z.object({
  type: z.literal('list-initiatives'),
});

/** Content script → background: which of these posts are clipped already (after a reload). */
export const clipStatusRequestSchema = z.object({
  type: z.literal('clip-status'),
  keys: z.array(postKeySchema).max(2_000),
});

/** Any extension context → background: show the tracker in a tab, optionally at one signal. */
export const openTrackerRequestSchema = z.object({
  type: z.literal('open-tracker'),
  signalId: z.uuid().optional(),
});

export const requestSchema = z.discriminatedUnion('type', [
  classifyPostsRequestSchema,
  explainPostRequestSchema,
  clipPostRequestSchema,
  clipStatusRequestSchema,
  openTrackerRequestSchema,
  listInitiativesRequestSchema,
  uiMessagesRequestSchema,
  suggestionsRequestSchema,
  postSuggestionsRequestSchema,
]);
export type Request = z.infer<typeof requestSchema>;

export interface ClipPostResult {
  status: 'clipped' | 'already-clipped';
  signalId: string;
}
export interface ClassifyPostsResult {
  /** One per text, in the order sent. */
  verdicts: Judgement[];
}
export interface ExplainPostResult {
  /** Strongest first. */
  evidence: Evidence[];
}
export interface ClipStatusResult {
  clipped: Array<{ key: string; signalId: string }>;
}
export type OpenTrackerResult = Record<string, never>;
export interface UiMessagesResult {
  language: 'nl' | 'en';
  messages: Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
}
export interface ListInitiativesResult {
  initiatives: Array<{ id: string; title: string }>;
}

/** What the background answers for each request type. */
export interface ResultOf {
  'classify-posts': ClassifyPostsResult;
  'explain-post': ExplainPostResult;
  'clip-post': ClipPostResult;
  'clip-status': ClipStatusResult;
  'open-tracker': OpenTrackerResult;
  'list-initiatives': ListInitiativesResult;
  'ui-messages': UiMessagesResult;
  suggestions: SuggestionsResult;
  'post-suggestions': PostSuggestionsResult;
}

/** What the clip dialog shows: ready to display, in the language the user chose. */
export interface PostSuggestionsResult {
  /** The municipality's name, shown in the dialog's place field. */
  municipality: string | null;
  /** "Biltstraat, Utrecht (named in the post)", or null when where it is is not known. */
  where: string | null;
  contacts: Array<{
    id: string;
    kind: string;
    name: string;
    why: string;
    phone?: string;
    url?: string;
  }>;
  /** Residents' groups near it on its topic. */
  groups: Array<{ id: string; name: string; why: string }>;
}

/** The suggestions for a signal or initiative (lib/suggest), or null when it is gone. */
export type SuggestionsResult = Pick<
  Suggestions,
  'location' | 'category' | 'contacts' | 'groups' | 'initiatives'
> | null;

/**
 * `unknown-place`: the clip dialog named a municipality that matches none (or several); the
 * content script says so in the user's words. `unreachable` is never sent by the background: the
 * sender makes it when no answer came (the background was stopped or restarting mid-request), so
 * the request may or may not have been carried out.
 */
export type ErrorCode = 'invalid-request' | 'unknown-place' | 'internal' | 'unreachable';

/** Every answer is a value, never a thrown error, so callers handle failure explicitly. */
export type Response<T> =
  | { ok: true; result: T }
  | { ok: false; error: { code: ErrorCode; message: string } };
