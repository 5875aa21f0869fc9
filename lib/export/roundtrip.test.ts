import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../testing/factories';
import type { ImportBatch } from './batch';
import { type ExportCollection, inExportOrder, readCollection } from './collection';
import { csvRowContext, exportSignalsCsv, signalCsvRow } from './csv';
import { readSignalsCsv } from './csv-import';
import { applyImport, planImport } from './import';
import { exportJson, readJsonExport } from './json';
import { collectionArbitrary, dropDatabase, freshDatabase, municipalities } from './testing';

// Export → import gives the same data back, for arbitrary valid records full of hostile text
// (quotes, separators, line breaks, formulas, markup, right-to-left and invisible marks, emoji).

const EXPORTED_AT = new Date('2026-11-27T10:00:00.000Z');
const RUNS = 30;
/** Room for the property runs on a busy machine; each run is quick. */
const TIMEOUT_MS = 120_000;

const languages = fc.constantFrom('nl' as const, 'en' as const);

/**
 * Reads and imports a file into a new database that holds `seed` (the initiatives and members a
 * CSV's rows name), and reads everything back.
 */
async function importedInto(seed: Partial<ExportCollection>, read: () => ImportBatch) {
  const db = freshDatabase();
  try {
    await db.initiatives.bulkAdd(seed.initiatives ?? []);
    await db.members.bulkAdd(seed.members ?? []);
    const batch = read();
    const report = await applyImport(db, await planImport(db, batch));
    return { batch, report, back: await readCollection(db, { kind: 'everything' }) };
  } finally {
    await dropDatabase(db);
  }
}

describe('JSON export → import', () => {
  it(
    'gives every record back as it was (members are for reading only)',
    async () => {
      await fc.assert(
        fc.asyncProperty(collectionArbitrary(), languages, async (collection, language) => {
          const text = exportJson(
            collection,
            { pseudonymiseAuthors: false, includeText: true, language },
            EXPORTED_AT,
          );
          const { report, back } = await importedInto({}, () => readJsonExport(text));
          expect(report.rejected).toEqual([]);
          expect(report.alreadyThere).toEqual([]);
          expect(back).toEqual({ ...inExportOrder(collection), members: [] });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'finds every record already there the second time, and adds nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(collectionArbitrary(), async (collection) => {
          const text = exportJson(
            collection,
            { pseudonymiseAuthors: false, includeText: true, language: 'nl' },
            EXPORTED_AT,
          );
          const db = freshDatabase();
          try {
            await applyImport(db, await planImport(db, readJsonExport(text)));
            const again = await planImport(db, readJsonExport(text));
            expect(again.report.added).toEqual({
              signals: 0,
              initiatives: 0,
              events: 0,
              groups: 0,
            });
            const total =
              collection.signals.length +
              collection.initiatives.length +
              collection.events.length +
              collection.groups.length;
            expect(again.report.alreadyThere).toHaveLength(total);
            expect(again.report.rejected).toEqual([]);
          } finally {
            await dropDatabase(db);
          }
        }),
        { numRuns: RUNS / 2 },
      );
    },
    TIMEOUT_MS,
  );
});

describe('CSV export → import', () => {
  const delimiters = fc.constantFrom(';' as const, ',' as const);

  it(
    'gives back what every row says, for signals with every field',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          collectionArbitrary('full'),
          languages,
          delimiters,
          async (collection, language, delimiter) => {
            const text = exportSignalsCsv(
              collection,
              { pseudonymiseAuthors: false, includeText: true, language, delimiter },
              municipalities,
            );
            const { batch, report, back } = await importedInto(collection, () =>
              readSignalsCsv(text, { municipalities, newId: fixedClock().newId }),
            );
            expect(batch.ignoredColumns).toEqual([]);
            expect(report.rejected).toEqual([]);
            const context = csvRowContext(collection, language, municipalities);
            const rows = (signals: ExportCollection['signals']) =>
              signals.map((signal) => signalCsvRow(signal, context));
            expect(rows(back.signals)).toEqual(rows(inExportOrder(collection).signals));
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'gives the same signals back when they hold only what the CSV carries',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          collectionArbitrary('csv'),
          languages,
          delimiters,
          async (collection, language, delimiter) => {
            const text = exportSignalsCsv(
              collection,
              { pseudonymiseAuthors: false, includeText: true, language, delimiter },
              municipalities,
            );
            const { report, back } = await importedInto(collection, () =>
              readSignalsCsv(text, { municipalities, newId: fixedClock().newId }),
            );
            expect(report.rejected).toEqual([]);
            expect(back.signals).toEqual(inExportOrder(collection).signals);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
