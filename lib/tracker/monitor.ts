import type { VliegwielDatabase } from '../db/database';
import type { Initiative } from '../schema/records';
import type { Settings } from '../settings';
import { listInitiatives } from './initiatives';
import { type StalledInitiative, stalledInitiatives } from './stalled';

/**
 * Stalled initiatives the member owns or has contributed to: those surface in their popup, so
 * the people who started something are the ones reminded to move it on.
 */
export async function myStalledInitiatives(
  db: VliegwielDatabase,
  settings: Pick<Settings, 'memberId' | 'stalledAfterDays'>,
  now: Date,
): Promise<StalledInitiative[]> {
  const [initiatives, mine] = await Promise.all([
    listInitiatives(db),
    db.events.where('actorId').equals(settings.memberId).toArray(),
  ]);
  const contributed = new Set(mine.map((event) => event.initiativeId).filter(Boolean));
  const involved = initiatives.filter(
    (initiative: Initiative) =>
      initiative.ownerId === settings.memberId || contributed.has(initiative.id),
  );
  return stalledInitiatives(involved, now, settings.stalledAfterDays);
}
