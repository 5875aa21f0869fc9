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
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ApiError(400, 'invalid-json', 'the request body is not JSON');
  }
  return parseInput(schema, json, 'body');
}

export function bodyTooLarge() {
  return new ApiError(
    413,
    'body-too-large',
    `request bodies are limited to ${MAX_BODY_BYTES} bytes`,
  );
}
