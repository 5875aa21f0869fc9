import { type Request, type Response, type ResultOf, responseSchema } from '../schema/messages';

export type SendMessage = (message: unknown) => Promise<unknown>;

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
  const parsed = responseSchema.safeParse(answer);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'internal', message: 'The extension gave no valid answer.' },
    };
  }
  return parsed.data as Response<ResultOf[R['type']]>;
}
