/**
 * Contract 2 (DESIGN.md): JSON lines {"id", "text"} on standard input, one JSON line per input on
 * standard output, in order:
 *   {"id", "local", "category", "confidence", "municipality", "places"}
 * A line that cannot be read yields {"id": <id if any, else null>, "error": "<reason>"} and the
 * next line is read. Exit code 0 unless standard input cannot be read. Blank lines are not inputs.
 *
 *   npm run -s classify < posts.jsonl
 */
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { analysePost, placeNames } from '../lib/places/analyse';
import type { Gazetteer } from '../lib/places/gazetteer';
import { loadGazetteerFromDirectory } from '../lib/places/load-node';

const DATA_DIRECTORY = fileURLToPath(new URL('../lib/data/', import.meta.url));

const inputSchema = z.object({
  id: z.union([z.string(), z.number()], { error: 'expected a string or a number' }),
  text: z.string({ error: 'expected a string' }),
});

type Output =
  | {
      id: string | number;
      local: boolean;
      category: string | null;
      confidence: number;
      municipality: string | null;
      places: string[];
    }
  | { id: string | number | null; error: string };

function idOf(value: unknown): string | number | null {
  if (typeof value !== 'object' || value === null || !('id' in value)) return null;
  const { id } = value as { id: unknown };
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

function classifyLine(line: string, gazetteer: Gazetteer): Output {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `not JSON: ${(error as Error).message}` };
  }
  const parsed = inputSchema.safeParse(value);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`)
      .join('; ');
    return { id: idOf(value), error: reason };
  }
  const { id, text } = parsed.data;
  const { classification, municipality, places } = analysePost(text, gazetteer);
  return {
    id,
    local: classification.local,
    category: classification.category,
    confidence: classification.confidence,
    municipality: municipality?.code ?? null,
    places: placeNames(places),
  };
}

async function main(): Promise<void> {
  const gazetteer = loadGazetteerFromDirectory(DATA_DIRECTORY);
  process.stdin.on('error', (error) => {
    process.stderr.write(`classify: cannot read standard input: ${error.message}\n`);
    process.exit(2);
  });
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    process.stdout.write(`${JSON.stringify(classifyLine(line, gazetteer))}\n`);
  }
}

await main();
