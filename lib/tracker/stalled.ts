import type { Initiative, InitiativeStatus } from '../schema/records';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What to do next about a stalled initiative; the UI words it. */
export type NextStepKey =
  | 'gather-support'
  | 'raise-with-municipality'
  | 'ask-for-update'
  | 'check-progress';

/** The statuses an initiative can stall in, and the step that moves each on. */
const NEXT_STEPS: Partial<Record<InitiativeStatus, NextStepKey>> = {
  idea: 'gather-support',
  gathering: 'raise-with-municipality',
  raised: 'ask-for-update',
  'in-progress': 'check-progress',
};

export interface StalledInitiative {
  initiative: Initiative;
  /** Whole days since the last activity. */
  idleDays: number;
  /** Whole days since it was created. */
  openDays: number;
  nextStep: NextStepKey;
}

/**
 * Open initiatives with no activity for at least `stalledAfterDays` whole days (exactly that long
 * counts), the longest idle first. Resolved ones are done, and ones already set to `stalled` or
 * merged are known; none of those is listed.
 */
export function stalledInitiatives(
  initiatives: readonly Initiative[],
  now: Date,
  stalledAfterDays: number,
): StalledInitiative[] {
  const stalled: StalledInitiative[] = [];
  for (const initiative of initiatives) {
    const nextStep = NEXT_STEPS[initiative.status];
    if (nextStep === undefined || initiative.mergedInto !== undefined) continue;
    const idleDays = daysBetween(initiative.lastActivityAt, now);
    if (idleDays < stalledAfterDays) continue;
    stalled.push({
      initiative,
      idleDays,
      openDays: daysBetween(initiative.createdAt, now),
      nextStep,
    });
  }
  return stalled.sort(
    (a, b) =>
      b.idleDays - a.idleDays ||
      Date.parse(a.initiative.lastActivityAt) - Date.parse(b.initiative.lastActivityAt),
  );
}

function daysBetween(time: string, now: Date) {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(time)) / DAY_MS));
}
