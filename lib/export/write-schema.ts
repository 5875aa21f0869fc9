// Writes lib/export/vliegwiel-export.schema.json from the zod schemas, formatted as Biome
// formats JSON:
//   npx tsx lib/export/write-schema.ts
// json-schema.test.ts fails while the committed file says something else than the schemas.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXPORT_SCHEMA_FILE, exportJsonSchema } from './json-schema';

const file = fileURLToPath(new URL(EXPORT_SCHEMA_FILE, import.meta.url));
writeFileSync(file, `${JSON.stringify(exportJsonSchema(), null, 2)}\n`);
execFileSync('npx', ['biome', 'format', '--write', file], { stdio: 'inherit' });
