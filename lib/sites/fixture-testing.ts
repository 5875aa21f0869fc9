// What the adapters' tests share: fixture pages (e2e/fixtures/<site>/<name>.html, each with
// <name>.expected.json listing the posts an adapter finds there, in document order), and the
// checks every adapter's reading of them must pass. Tests only: it reads files and bundles zod.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ExpectedPost } from '../../e2e/support/fixtures';
import { type PostCapture, postCaptureSchema } from '../schema/capture';
import type { SiteId } from '../schema/records';
import type { SiteAdapter } from './types';

export interface Fixture {
  url: URL;
  doc: Document;
  posts: ExpectedPost[];
}

// Node's own file paths: under happy-dom the global URL is not the one node:fs accepts.
const FIXTURES = join(import.meta.dirname, '../../e2e/fixtures');

/** The fixture page `name` of a site (the `web` fixtures are the generic adapter's), parsed anew. */
export function loadFixture(site: SiteId, name: string): Fixture {
  const dir = join(FIXTURES, site);
  const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
  const html = readFileSync(join(dir, `${name}.html`), 'utf8');
  return {
    url: new URL(expected.url),
    doc: new DOMParser().parseFromString(html, 'text/html'),
    posts: expected.posts,
  };
}

/** A standards-mode page with `body` in its body and `head` (JSON-LD, say) in its head. */
export function htmlPage(body: string, head = ''): Document {
  return new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

/**
 * The posts an adapter finds under `root`, and its reading of each, in the same order. A feed
 * scan's reading of each is expected to give the same key and text.
 */
export function readPage(
  adapter: SiteAdapter,
  root: ParentNode,
  url: URL,
): { found: Element[]; captures: (PostCapture | null)[] } {
  const found = adapter.findPosts(root);
  const captures = found.map((post) => adapter.readPost(post, url));
  const scanned = found.map((post) => adapter.readPostForScan(post, url));
  expect(scanned).toEqual(captures.map((capture) => capture && pick(capture, 'key', 'text')));
  return { found, captures };
}

function pick<T extends object, K extends keyof T>(value: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}

type ComparedField = 'authorHandle' | 'authorName' | 'postedAt';

/** Expects exactly the expected posts, in order, compared by key and the given source fields. */
export function expectPosts(
  captures: readonly (PostCapture | null)[],
  posts: readonly ExpectedPost[],
  fields: readonly ComparedField[],
) {
  expect(captures.map((capture) => summary(capture?.key, capture?.source, fields))).toEqual(
    posts.map((post) => summary(post.key, post, fields)),
  );
}

function summary(
  key: string | undefined,
  values: Partial<Record<ComparedField, string>> | undefined,
  fields: readonly ComparedField[],
): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = { key };
  for (const field of fields) result[field] = values?.[field];
  return result;
}

/**
 * Expects every capture to be read, to be valid as the background will parse it, to pass the
 * site's own `check` against its expected post, and to hold the text the fixture names.
 */
export function expectReadPosts(
  captures: readonly (PostCapture | null)[],
  posts: readonly ExpectedPost[],
  check: (capture: PostCapture, want: ExpectedPost) => void,
) {
  for (const [index, capture] of captures.entries()) {
    const want = posts[index];
    if (!capture || !want) throw new Error(`post ${index} not read`);
    expect(postCaptureSchema.parse(capture)).toEqual(capture);
    check(capture, want);
    expect(capture.text).toContain(want.textIncludes);
  }
}
