import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

/** Request bodies are refused above this many bytes (contract 4). */
export const MAX_BODY_BYTES = 1_048_576;

/**
 * A refusal with the status of contract 4 and a stable code the client can act on. `index` names
 * the mutation of a push that was refused; `headers` go on the response (Retry-After).
 */
export class ApiError extends Error {
  readonly index: number | undefined;
  readonly headers: Record<string, string>;

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    details: { index?: number; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.index = details.index;
    this.headers = details.headers ?? {};
  }

  toBody() {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.index === undefined ? {} : { index: this.index }),
      },
    };
  }
}

/** The first problem zod found, with where it is: `members.0.name: Too small …`. */
export function describeIssue(error: z.ZodError, prefix = '') {
  const issue = error.issues[0];
  if (!issue) return `${prefix}invalid`;
  const path = issue.path.map(String).join('.');
  return `${prefix}${path ? `${path}: ` : ''}${issue.message}`;
}

function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  what: string,
): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ApiError(400, 'invalid-request', describeIssue(result.error, `${what}: `));
  }
  return result.data;
}

/**
 * Reads the body as JSON and validates it. The size is checked on the declared Content-Length
 * first and again while streaming, since a chunked body declares none.
 */
export async function readJsonBody<Schema extends z.ZodType>(
  c: Context,
  schema: Schema,
): Promise<z.infer<Schema>> {
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw bodyTooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const body = c.req.raw.body;
  if (body) {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        throw bodyTooLarge();
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid-json', 'the request body is not JSON');
  }
  // Only a JSON escape makes such characters (raw ones are not valid JSON or UTF-8): the cheap
  // look at the text spares nearly every body the walk.
  if (UNSTORABLE_ESCAPE.test(text) && hasUnstorableText(json)) {
    throw new ApiError(
      400,
      'invalid-request',
      'body: text may not contain the NUL character or half of a surrogate pair',
    );
  }
  return parseInput(schema, json, 'body');
}

/** `\u0000`, or an escaped UTF-16 surrogate: half of a pair, or a whole one (the walk tells). */
const UNSTORABLE_ESCAPE = /\\u(?:0000|[dD][89a-fA-F])/;

/**
 * Whether a string or key in `value` is text PostgreSQL cannot store: it refuses NUL in text and
 * jsonb, and unpaired surrogates in jsonb. Walks without recursion, since bodies can nest deeply.
 */
function hasUnstorableText(value: unknown) {
  const unstorable = (text: string) => text.includes('\u0000') || /\p{Surrogate}/u.test(text);
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'string') {
      if (unstorable(item)) return true;
    } else if (item !== null && typeof item === 'object') {
      for (const [key, inner] of Object.entries(item)) {
        if (unstorable(key)) return true;
        pending.push(inner);
      }
    }
  }
  return false;
}

export function bodyTooLarge() {
  return new ApiError(
    413,
    'body-too-large',
    `request bodies are limited to ${MAX_BODY_BYTES} bytes`,
  );
}
