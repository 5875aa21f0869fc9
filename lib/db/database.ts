import { Dexie, type EntityTable } from 'dexie';
import type { Signal } from '../schema/records';

export const DATABASE_NAME = 'vliegwiel';

/**
 * The extension's database. It lives in the extension origin only: the background writes,
 * extension pages read (with liveQuery); content scripts never open it, because IndexedDB opened
 * there would belong to the social site's origin.
 */
export class VliegwielDatabase extends Dexie {
  signals!: EntityTable<Signal, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // Each version lists every index; Dexie upgrades older databases in place.
    this.version(1).stores({
      // postKey finds an earlier clip of the same post; clippedAt orders lists newest first.
      signals: 'id, postKey, clippedAt',
    });
    this.version(2).stores({
      // source.url finds an earlier clip of the same selection on the same page.
      signals: 'id, postKey, clippedAt, source.url',
    });
  }
}
