import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_ARGUMENTS } from './command';

describe('the server command', () => {
  it('is what `npm run server` runs', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    ) as { scripts: Record<string, string> };
    expect(manifest.scripts.server).toBe(`node ${SERVER_NODE_ARGUMENTS.join(' ')}`);
  });
});
