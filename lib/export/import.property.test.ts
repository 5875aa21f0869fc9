import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VliegwielDatabase } from '../db/database';
import { recordContents } from '../tracker/tracker-fixture';
import { ImportError } from './errors';
import { applyImport, planImport, readImportFile } from './import';
import { exportJson } from './json';
import { collectionArbitrary, dropDatabase, freshDatabase, municipalities } from './testing';

// Whatever file a user picks, importing it ends in a clear refusal of the file, or in a report
// that says what was added and rejected and why; never a crash, and a refused file or a failed
// write leaves the tracker as it was.

const context = { municipalities, newId: () => crypto.randomUUID() };
const options = { pseudonymiseAuthors: false, includeText: true, language: 'nl' as const };

let db: VliegwielDatabase;
beforeAll(() => {
  db = freshDatabase();
});
afterAll(() => dropDatabase(db));

/** Reads, plans and applies `text`, checking that a refusal leaves every table as it was. */
async function importText(text: string) {
  const before = await recordContents(db);
  let batch: ReturnType<typeof readImportFile>;
  try {
    batch = readImportFile(text, context);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message.length).toBeGreaterThan(0);
    expect(await recordContents(db)).toEqual(before);
    return null;
  }
  const plan = await planImport(db, batch);
  expect(await recordContents(db)).toEqual(before);
  const report = await applyImport(db, plan);
  for (const rejected of report.rejected) expect(rejected.reason.length).toBeGreaterThan(0);
  return report;
}

/** Text shaped like an export or a CSV, or like nothing at all. */
const anyFileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.json({ maxDepth: 4 }),
  fc
    .anything({ maxDepth: 3 })
    .map((value) => JSON.stringify({ format: 'vliegwiel-export', version: 1, signals: value })),
  fc
    .array(fc.array(fc.string({ maxLength: 30 }), { maxLength: 8 }), { maxLength: 6 })
    .map((rows) => ['link;clippedAt;text', ...rows.map((row) => row.join(';'))].join('\r\n')),
);

describe('importing arbitrary files', () => {
  it('refuses the file clearly or reports every record, never crashing', async () => {
    await fc.assert(
      fc.asyncProperty(anyFileText, async (text) => {
        await importText(text);
      }),
      { numRuns: 150 },
    );
  });

  it('adds exactly the valid records of an export whose records were damaged, and rejects the rest with reasons', async () => {
    await fc.assert(
      fc.asyncProperty(
        collectionArbitrary('full'),
        fc.array(fc.tuple(fc.nat(), fc.string(), fc.anything({ maxDepth: 2 })), { maxLength: 4 }),
        async (collection, damage) => {
          const document = JSON.parse(exportJson(collection, options, new Date()));
          for (const [index, field, value] of damage) {
            const signal = document.signals[index % Math.max(1, document.signals.length)];
            if (signal) signal[field || 'text'] = value;
          }
          const report = await importText(JSON.stringify(document));
          if (!report) return;
          const handled =
            Object.values(report.added).reduce((sum, count) => sum + count, 0) +
            report.alreadyThere.length +
            report.rejected.length;
          expect(handled).toBe(
            document.signals.length +
              document.initiatives.length +
              document.events.length +
              document.groups.length,
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
