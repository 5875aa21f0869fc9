import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { fixedClock, xCapture } from '../testing/factories';
import { VliegwielDatabase } from './database';
import { clipSelection } from './signals';

describe('database upgrades', () => {
  it('keeps every signal stored by version 1 and indexes it for versions 2 and 3', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ signals: 'id, postKey, clippedAt' });
    const clock = fixedClock();
    const capture = xCapture();
    const stored = {
      id: clock.newId(),
      text: capture.text,
      source: capture.source,
      postKey: capture.key,
      clippedAt: clock.now().toISOString(),
      triage: 'new',
    };
    await v1.table('signals').add(stored);
    v1.close();

    const db = new VliegwielDatabase(name);
    expect(await db.signals.toArray()).toEqual([stored]);
    expect(db.verno).toBe(3);
    expect(await db.signals.where('source.url').equals(capture.source.url).count()).toBe(1);
    // Version 3 gives every signal its index entry and its words: found by a word of its text.
    expect(await db.signalWords.where('words').equals('lantaarnpaal').primaryKeys()).toEqual([
      stored.id,
    ]);
    expect(await db.signalIndex.get(stored.id)).toMatchObject({
      initiativeId: '',
      triage: 'new',
      site: 'x',
    });
    expect(await db.signalChanges.count()).toBe(0);
    const outcome = await clipSelection(db, { text: 'nieuw', url: capture.source.url }, 'x', clock);
    expect(outcome.status).toBe('clipped');
    expect(await db.signalChanges.toArray()).toEqual([{ revision: 1, ids: [outcome.signal.id] }]);
    await db.delete();
  });
});
