import type { VliegwielDatabase } from '../db/database';
import { type InboxFilter, queryInbox } from '../db/inbox';
import type { Settings } from '../settings';

/**
 * The signals a professional is watching for: not yet triaged, in one of the watched areas (all
 * areas while none is watched) and on one of the watched topics (all topics while none is), newest
 * first. Each area is a municipality, or a place within one; a signal is in it when its
 * municipality matches and, for a place, it names that place.
 */
export async function watchedSignalIds(
  db: VliegwielDatabase,
  settings: Pick<Settings, 'watchedAreas' | 'watchedTopics'>,
): Promise<string[]> {
  const base: InboxFilter = {
    triage: ['new'],
    ...(settings.watchedTopics.length > 0 ? { categories: [...settings.watchedTopics] } : {}),
  };
  const areas = settings.watchedAreas.filter((area) => area.municipality);
  if (areas.length === 0) return (await queryInbox(db, base, 'newest')).ids;
  const perArea = await Promise.all(
    areas.map(
      async (area) =>
        (
          await queryInbox(
            db,
            {
              ...base,
              municipalities: [area.municipality as string],
              ...(area.place ? { places: [area.place] } : {}),
              ...(area.neighbourhood ? { places: [area.neighbourhood] } : {}),
            },
            'newest',
          )
        ).ids,
    ),
  );
  if (perArea.length === 1) return perArea[0] ?? [];
  // Union in newest-first order: the per-area lists are each in that order, so a merge by
  // clipped time would do, but ids alone are ordered through the index entries' times.
  const ids = new Set(perArea.flat());
  const entries = await db.signalIndex.bulkGet([...ids]);
  return entries
    .filter((entry) => entry !== undefined)
    .sort((a, b) => b.clippedAt.localeCompare(a.clippedAt) || b.id.localeCompare(a.id))
    .map((entry) => entry.id);
}
