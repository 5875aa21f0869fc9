import type { ErrorCode, Request, Response, ResultOf } from '../schema/messages';

export type SendMessage = (message: unknown) => Promise<unknown>;

const ERROR_CODES: readonly ErrorCode[] = ['invalid-request', 'unknown-place', 'internal'];

/**
 * Whether an answer has the shape the background's router gives every answer. Checked by hand
 * rather than with zod, to keep zod out of the content script's bundle.
 */
function isResponse(answer: unknown): answer is Response<unknown> {
  if (typeof answer !== 'object' || answer === null) return false;
  const { ok, result, error } = answer as Record<string, unknown>;
  if (ok === true) return result !== undefined;
  if (ok !== false || typeof error !== 'object' || error === null) return false;
  const { code, message } = error as Record<string, unknown>;
  return ERROR_CODES.includes(code as ErrorCode) && typeof message === 'string';
}

/**
 * Sends a request to the background and returns its typed answer. No answer (the background was
 * stopped mid-request or is restarting, or the extension was updated under the page) or a
 * malformed one becomes an error value instead of an exception.
 */
export async function request<R extends Request>(
  send: SendMessage,
  message: R,
): Promise<Response<ResultOf[R['type']]>> {
  let answer: unknown;
  try {
    answer = await send(message);
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'unreachable',
        message: error instanceof Error ? error.message : String(error),
      },
    };
  }
  if (answer === undefined || answer === null) {
    return {
      ok: false,
      error: { code: 'unreachable', message: 'The extension gave no answer.' },
    };
  }
  if (!isResponse(answer)) {
    return {
      ok: false,
      error: { code: 'internal', message: 'The extension gave no valid answer.' },
    };
  }
  return answer as Response<ResultOf[R['type']]>;
}

/**
 * Sends a request that is safe to carry out twice (the background recognises a post it has
 * clipped already), and sends it again while no answer comes: a background stopped in the middle
 * of it starts again for the next message. Gives up with the last `unreachable` after `attempts`.
 */
export async function requestAgainUntilAnswered<R extends Request>(
  send: SendMessage,
  message: R,
  { attempts = 3, pause }: { attempts?: number; pause(attempt: number): Promise<void> },
): Promise<Response<ResultOf[R['type']]>> {
  let answer = await request(send, message);
  for (let attempt = 1; attempt < attempts; attempt++) {
    if (answer.ok || answer.error.code !== 'unreachable') return answer;
    await pause(attempt);
    answer = await request(send, message);
  }
  return answer;
}
