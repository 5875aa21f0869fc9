import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VliegwielDatabase } from '../db/database';
import { municipalityList } from '../places/municipality-list';
import { fixedClock } from '../testing/factories';
import { GroupError } from './errors';
import { importGroups, parseGroupsFile } from './import';

// Any groups file ends in a clear refusal of the file, or in accepted and rejected rows with a
// reason each; never a crash, and what is written is exactly the accepted rows.

const municipalities = municipalityList(
  readFileSync(new URL('../data/municipalities.csv', import.meta.url), 'utf8'),
);
const HEADER = 'name,municipality,place,neighbourhood,postcode,topics,website,contact,description';

let db: VliegwielDatabase;
beforeAll(() => {
  db = new VliegwielDatabase(`groups-property-${crypto.randomUUID()}`);
});
afterAll(() => db.delete());

const csvCell = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('Utrecht', 'Den Haag', 'green;roads', 'https://buurt.example', '=1+1', '"', '\n'),
);
const anyGroupsFile = fc.oneof(
  fc.tuple(fc.constant('csv' as const), fc.string({ unit: 'binary', maxLength: 300 })),
  fc.tuple(
    fc.constant('csv' as const),
    fc
      .array(fc.array(csvCell, { minLength: 1, maxLength: 9 }), { maxLength: 6 })
      .map((rows) => [HEADER, ...rows.map((row) => row.join(','))].join('\n')),
  ),
  fc.tuple(fc.constant('json' as const), fc.json({ maxDepth: 3 })),
  fc.tuple(
    fc.constant('json' as const),
    fc
      .array(
        fc.dictionary(
          fc.constantFrom('name', 'municipality', 'topics', 'website', 'id'),
          fc.anything({ maxDepth: 1 }),
        ),
        { maxLength: 5 },
      )
      .map((rows) => JSON.stringify(rows)),
  ),
);

describe('importing arbitrary groups files', () => {
  it('refuses the file clearly or writes exactly the accepted rows, each rejection with a reason', async () => {
    await fc.assert(
      fc.asyncProperty(anyGroupsFile, async ([format, text]) => {
        const before = await db.groups.count();
        let parsed: ReturnType<typeof parseGroupsFile>;
        try {
          parsed = parseGroupsFile(text, format, municipalities, fixedClock());
        } catch (error) {
          expect(error).toBeInstanceOf(GroupError);
          expect(await db.groups.count()).toBe(before);
          return;
        }
        for (const rejected of parsed.rejected) expect(rejected.reason.length).toBeGreaterThan(0);
        const outcome = await importGroups(db, parsed, { onRejected: 'skip' });
        expect(await db.groups.count()).toBe(before + outcome.imported.length);
      }),
      { numRuns: 150 },
    );
  });
});
