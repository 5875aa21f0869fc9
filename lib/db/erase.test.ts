import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, xCapture } from '../testing/factories';
import { addComment } from '../tracker/activity';
import { createInitiative } from '../tracker/initiatives';
import { VliegwielDatabase } from './database';
import { eraseLocalData } from './erase';
import { clipPost } from './signals';

let db: VliegwielDatabase;
beforeEach(() => {
  db = new VliegwielDatabase(`erase-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

function storageWith(items: Record<string, unknown>) {
  const stored = new Map(Object.entries(items));
  return {
    stored,
    clear: async () => stored.clear(),
  };
}

describe('erasing local data', () => {
  it('empties every table and the extension storage', async () => {
    const clock = fixedClock();
    const actor = { id: 'member-1', name: 'Anna' };
    const { signal } = await clipPost(db, xCapture(), clock, {}, undefined, actor);
    await createInitiative(db, clock, actor, {
      title: 'Licht',
      category: 'roads',
      signalIds: [signal.id],
    });
    await addComment(db, clock, actor, { signalId: signal.id, text: 'Gemeld' });
    const storage = storageWith({ settings: { language: 'nl' }, memberId: 'member-1' });
    expect(await db.signals.count()).toBe(1);

    await eraseLocalData(db, storage);

    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(storage.stored.size).toBe(0);
  });

  it('leaves the storage alone when the database could not be emptied', async () => {
    const storage = storageWith({ settings: { language: 'nl' } });
    db.close();
    await expect(eraseLocalData(db, storage)).rejects.toThrow();
    expect(storage.stored.size).toBe(1);
  });
});
