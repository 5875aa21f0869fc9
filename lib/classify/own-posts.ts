import { readdirSync, readFileSync } from 'node:fs';
import type { CategoryId } from './taxonomy';

/**
 * The project's own evaluation posts (testdata/README.md), for tests, benchmarks and the command
 * line; the extension never loads them.
 */
export interface OwnPost {
  id: string;
  text: string;
  lang: string;
  label: 'local' | 'other';
  accept: CategoryId[] | null;
  municipality: string | null;
}

const DIRECTORY = new URL('./testdata/', import.meta.url);

/** The posts of these files of testdata/, or of every file there in name order. */
export function readOwnPosts(files?: readonly string[]): OwnPost[] {
  const names =
    files ??
    readdirSync(DIRECTORY)
      .filter((name) => name.endsWith('.jsonl'))
      .sort();
  return names.flatMap((file) =>
    readFileSync(new URL(file, DIRECTORY), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as OwnPost),
  );
}

/** Their texts alone. */
export function ownPostTexts(files?: readonly string[]): string[] {
  return readOwnPosts(files).map((post) => post.text);
}
