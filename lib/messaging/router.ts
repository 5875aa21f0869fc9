import { z } from 'zod';
import type { Evidence, Judgement } from '../classify';
import type { SignalClassification } from '../classify/signal-fields';
import type { VliegwielDatabase } from '../db/database';
import { type Clock, clipPost, clippedPosts } from '../db/signals';
import type { Actor } from '../db/store';
import type { ClipDetails } from '../schema/capture';
import {
  type ErrorCode,
  type PostSuggestionsResult,
  type Request,
  type Response,
  type ResultOf,
  requestSchema,
  type SuggestionsResult,
  type UiMessagesResult,
} from '../schema/messages';
import type { Area } from '../schema/records';
import { clipWithDetails } from '../tracker/clip-with-details';
import { TrackerError } from '../tracker/errors';
import { listInitiatives } from '../tracker/initiatives';

export interface RouterDeps {
  db: VliegwielDatabase;
  clock: Clock;
  /** Classifies a clipped text again here: what a page sends is not trusted for the record. */
  classify(text: string): SignalClassification;
  /** The verdict a page marks a post with: the one `classify` gives, without the rest. */
  judge(text: string): Judgement;
  /** The cues behind `judge`'s verdict, strongest first. */
  explain(text: string): Evidence[];
  openTracker(signalId?: string): Promise<void>;
  /** Who clips: this browser's member. */
  actor(): Promise<Actor>;
  /** The suggestions for a stored signal or initiative; null when there is no such thing. */
  suggestionsFor(
    subject: { signalId: string } | { initiativeId: string },
  ): Promise<SuggestionsResult>;
  /** Where a post is and who can act on it, worded for the clip dialog. */
  postSuggestions(text: string, authorName?: string): Promise<PostSuggestionsResult>;
  /** The messages of the language the user chose, for the content script. */
  uiMessages(): Promise<UiMessagesResult>;
  /** The GM code of a municipality named as a person types it; null for none or several. */
  findMunicipality(name: string): string | null;
  /**
   * The keys the connected workspace gives these posts where they differ from theirs
   * (pseudonymised authors): a signal pulled from there is clipped under that key.
   */
  sharedPostKeys?(keys: string[]): Promise<ReadonlyMap<string, string>>;
  log?: (message: string, error: unknown) => void;
}

type Handlers = {
  [T in Request['type']]: (request: Extract<Request, { type: T }>) => Promise<ResultOf[T]>;
};

/**
 * Builds the background's single entry point for messages. Input from content scripts is
 * untrusted (a hostile page can influence what an adapter reads), so every message is validated
 * before anything is touched; an invalid one is answered with an error and changes nothing.
 */
export function createMessageRouter(deps: RouterDeps) {
  const sharedPostKeys = async (keys: string[]) =>
    deps.sharedPostKeys ? deps.sharedPostKeys(keys) : new Map<string, string>();

  function areaOf(details: ClipDetails): Area | undefined {
    if (!details.municipality) return undefined;
    const municipality = deps.findMunicipality(details.municipality);
    if (!municipality) {
      throw new RequestError(
        'unknown-place',
        `no single municipality is called "${details.municipality}"`,
      );
    }
    return { municipality, ...(details.place ? { place: details.place } : {}) };
  }

  const handlers: Handlers = {
    'classify-posts': async ({ texts }) => ({ verdicts: texts.map((text) => deps.judge(text)) }),
    'explain-post': async ({ text }) => ({ evidence: deps.explain(text) }),
    'clip-post': async ({ post, correction, details }) => {
      const actor = await deps.actor();
      const classification = deps.classify(post.text);
      const sharedKey = (await sharedPostKeys([post.key])).get(post.key);
      const outcome = details
        ? await clipWithDetails(
            deps.db,
            deps.clock,
            actor,
            post,
            classification,
            correction,
            details,
            areaOf(details),
            sharedKey,
          )
        : await clipPost(deps.db, post, deps.clock, classification, correction, actor, sharedKey);
      return { status: outcome.status, signalId: outcome.signal.id };
    },
    'ui-messages': () => deps.uiMessages(),
    suggestions: ({ signalId, initiativeId }) =>
      deps.suggestionsFor(signalId ? { signalId } : { initiativeId: initiativeId as string }),
    'post-suggestions': ({ text, authorName }) => deps.postSuggestions(text, authorName),
    'list-initiatives': async () => ({
      initiatives: (await listInitiatives(deps.db))
        .filter((initiative) => initiative.status !== 'resolved')
        .slice(0, MAX_INITIATIVES_OFFERED)
        .map(({ id, title }) => ({ id, title })),
    }),
    'clip-status': async ({ keys }) => ({
      clipped: await clippedPosts(deps.db, keys, await sharedPostKeys(keys)),
    }),
    'open-tracker': async ({ signalId }) => {
      await deps.openTracker(signalId);
      return {};
    },
  };

  return async function route(message: unknown): Promise<Response<unknown>> {
    const parsed = requestSchema.safeParse(message);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid-request', message: z.prettifyError(parsed.error) },
      };
    }
    const request = parsed.data;
    try {
      const handler = handlers[request.type] as (r: Request) => Promise<unknown>;
      return { ok: true, result: await handler(request) };
    } catch (error) {
      if (error instanceof RequestError) {
        return { ok: false, error: { code: error.code, message: error.message } };
      }
      if (error instanceof TrackerError) {
        return { ok: false, error: { code: 'invalid-request', message: error.message } };
      }
      deps.log?.(`Handling "${request.type}" failed`, error);
      return {
        ok: false,
        error: {
          code: 'internal',
          message: error instanceof Error ? error.message : String(error),
        },
      };
    }
  };
}

/** The clip dialog offers the most recently active open initiatives, this many at most. */
const MAX_INITIATIVES_OFFERED = 50;

/** A request that is well formed but cannot be done as asked; nothing was changed. */
class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
