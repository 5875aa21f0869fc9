import { z } from 'zod';
import type { SignalClassification } from '../classify/signal-fields';
import type { VliegwielDatabase } from '../db/database';
import { type Clock, clipPost, clippedPosts } from '../db/signals';
import type { Actor } from '../db/store';
import { type Request, type Response, type ResultOf, requestSchema } from '../schema/messages';

export interface RouterDeps {
  db: VliegwielDatabase;
  clock: Clock;
  /** Classifies a clipped text again here: what a page sends is not trusted for the record. */
  classify(text: string): SignalClassification;
  openTracker(signalId?: string): Promise<void>;
  /** Who clips: this browser's member. */
  actor(): Promise<Actor>;
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
  const handlers: Handlers = {
    'clip-post': async ({ post, correction }) => {
      const outcome = await clipPost(
        deps.db,
        post,
        deps.clock,
        deps.classify(post.text),
        correction,
        await deps.actor(),
      );
      return { status: outcome.status, signalId: outcome.signal.id };
    },
    'clip-status': async ({ keys }) => ({ clipped: await clippedPosts(deps.db, keys) }),
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
