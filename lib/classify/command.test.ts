import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Contract 2 in DESIGN.md: `npm run -s classify`, JSON lines in and out. */

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

function runClassify(input: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/classify.ts'], {
    cwd: projectRoot,
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  const lines = result.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: result.status, lines };
}

describe('classify command', () => {
  it('answers every input line in order, and goes on after bad lines', () => {
    const input = [
      JSON.stringify({
        id: 'a',
        text: 'Groot gat in de weg op de Kerkstraat in Utrecht, al 3 weken!',
      }),
      'this is not JSON',
      JSON.stringify({ id: 7, text: 'Mijn inbox is een vuilnisbelt' }),
      '',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ text: 'no id' }),
      JSON.stringify([1, 2]),
      JSON.stringify({
        id: 'b',
        text: 'Rats around the bins behind our flats in Bergen (L), 5854 AB',
      }),
    ].join('\n');
    const { status, lines } = runClassify(input);

    expect(status).toBe(0);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toEqual({
      id: 'a',
      local: true,
      category: 'roads',
      confidence: expect.any(Number),
      municipality: 'GM0344',
      places: ['Kerkstraat', 'Utrecht'],
    });
    expect(lines[1]).toEqual({ id: null, error: expect.stringContaining('not JSON') });
    expect(lines[2]).toMatchObject({
      id: 7,
      local: false,
      category: null,
      municipality: null,
      places: [],
    });
    expect(lines[3]).toEqual({ id: 'no-text', error: expect.stringContaining('text') });
    expect(lines[4]).toEqual({ id: null, error: expect.stringContaining('id') });
    expect(lines[5]).toEqual({ id: null, error: expect.any(String) });
    expect(lines[6]).toMatchObject({
      id: 'b',
      local: true,
      category: 'animals',
      municipality: 'GM0893',
    });
    for (const line of [lines[0], lines[2], lines[6]]) {
      expect(line?.confidence).toBeGreaterThanOrEqual(0);
      expect(line?.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('answers nothing and succeeds on empty input', () => {
    expect(runClassify('')).toMatchObject({ status: 0, lines: [] });
  });
});
