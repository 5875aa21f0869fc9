import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VliegwielDatabase } from './database';
import { queryInbox, signalsByIds } from './inbox';
import { describeInboxAnswers, idOf, signal } from './inbox-fixture';
import { saveSignals } from './store';

describe('queryInbox', () => {
  describeInboxAnswers(async (db) => (filter, sort) => queryInbox(db, filter, sort));
});

describe('signalsByIds', () => {
  let db: VliegwielDatabase;
  beforeEach(() => {
    db = new VliegwielDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('returns the signals in the order asked, skipping ids that are gone', async () => {
    await saveSignals(db, [signal(1), signal(2), signal(3)]);
    const found = await signalsByIds(db, [idOf(3), idOf(9), idOf(1)]);
    expect(found.map((s) => s.id)).toEqual([idOf(3), idOf(1)]);
  });
});
