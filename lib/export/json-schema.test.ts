import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_SCHEMA_FILE, exportJsonSchema } from './json-schema';

describe('the published JSON Schema', () => {
  it('is what the zod schemas say (run `npx tsx lib/export/write-schema.ts` to update it)', () => {
    const committed = JSON.parse(
      readFileSync(new URL(EXPORT_SCHEMA_FILE, import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(exportJsonSchema());
  });

  it('documents the document and requires every part of it', () => {
    const schema = exportJsonSchema();
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Vliegwiel export',
      required: [
        'format',
        'version',
        'exportedAt',
        'pseudonymisedAuthors',
        'includesText',
        'signals',
        'initiatives',
        'events',
        'groups',
        'members',
      ],
    });
    expect(schema).toMatchObject({
      properties: { signals: { items: { required: ['id', 'text', 'source', 'clippedAt'] } } },
    });
  });
});
