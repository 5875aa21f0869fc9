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
 * Sends a request to the background and returns its typed answer. A missing or malformed
 * answer (the background was restarting, or the extension was updated under the page) becomes
 * an error value instead of an exception.
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
      error: { code: 'internal', message: error instanceof Error ? error.message : String(error) },
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
