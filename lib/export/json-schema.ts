import { z } from 'zod';
import { exportDocumentSchema } from './json';

/** Where the published schema lives, beside this file; write-schema.ts writes it. */
export const EXPORT_SCHEMA_FILE = 'vliegwiel-export.schema.json';

/**
 * The JSON Schema (draft 2020-12) of the export document, generated from the zod schemas that
 * the import checks records with, so the two cannot disagree. It describes what an import
 * accepts (zod's input side): for example, titles may carry spaces that the import trims.
 */
export function exportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(exportDocumentSchema, { io: 'input', target: 'draft-2020-12' });
}
