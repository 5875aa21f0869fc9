import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestionCaseSchema } from './evaluate';

const rows = readFileSync(new URL('./testdata/cases.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => suggestionCaseSchema.parse(JSON.parse(line)));

describe('labelled suggestion cases', () => {
  it('are at least 150 valid cases, each with its own id', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });

  it('find places in the text, the author and the home area, and some nowhere', () => {
    const found = new Set(rows.map((row) => row.found ?? 'none'));
    expect([...found].sort()).toEqual(['author', 'home', 'none', 'text']);
  });
});
