import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { SOCIAL_SITE_MATCHES } from '../../lib/sites';

export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

export interface ExpectedPost {
  key: string;
  authorHandle?: string;
  authorName?: string;
  postedAt?: string;
  textIncludes: string;
  verdict: 'local-issue' | 'other';
}

export interface Fixture {
  /** `<site>/<name>`, the fixture's path under e2e/fixtures without extension. */
  name: string;
  url: string;
  html: string;
  posts: ExpectedPost[];
}

let loaded: Fixture[] | null = null;

/**
 * Every fixture page, each with the real URL it is served at and the posts it must yield; read
 * from disk once per test process.
 */
export function loadFixtures(): Fixture[] {
  loaded ??= readFixtures();
  return loaded;
}

function readFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const site of readdirSync(FIXTURES_DIR)) {
    for (const file of readdirSync(join(FIXTURES_DIR, site))) {
      if (!file.endsWith('.expected.json')) continue;
      const base = file.slice(0, -'.expected.json'.length);
      const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, site, file), 'utf8'));
      fixtures.push({
        name: `${site}/${base}`,
        url: expected.url,
        posts: expected.posts,
        html: readFileSync(join(FIXTURES_DIR, site, `${base}.html`), 'utf8'),
      });
    }
  }
  return fixtures;
}

/**
 * Whether the fixture's site is outside the sites Vliegwiel reads from install on, so the user
 * must grant it first (another Mastodon server, a news site with comments).
 */
export function needsGrant(fixture: Fixture): boolean {
  return !SOCIAL_SITE_MATCHES.some((pattern) => new MatchPattern(pattern).includes(fixture.url));
}

export function fixture(name: string): Fixture {
  const found = loadFixtures().find((candidate) => candidate.name === name);
  if (!found) throw new Error(`No fixture ${name} in ${FIXTURES_DIR}`);
  return found;
}

/** Looks a request up by URL without its fragment, so pages are served at their real addresses. */
export function fixtureServer(fixtures: Fixture[] = loadFixtures()) {
  const byUrl = new Map(fixtures.map((f) => [withoutHash(f.url), f.html]));
  return (url: string): string | null => byUrl.get(withoutHash(url)) ?? null;
}

function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}
