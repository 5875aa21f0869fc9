import { describe, expect, it } from 'vitest';
import type { Initiative, InitiativeStatus } from '../schema/records';
import { fixedClock, initiativeRecord } from '../testing/factories';
import { stalledInitiatives } from './stalled';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-11-27T10:00:00.000Z');
const clock = fixedClock(new Date('2026-09-01T10:00:00.000Z'));

function idleFor(ms: number, overrides: Partial<Initiative> = {}): Initiative {
  return initiativeRecord(clock, {
    lastActivityAt: new Date(NOW.getTime() - ms).toISOString(),
    ...overrides,
  });
}

describe('stalledInitiatives', () => {
  it('counts an initiative idle for exactly N days as stalled, a moment less as not', () => {
    const exactly = idleFor(21 * DAY);
    const almost = idleFor(21 * DAY - 1);
    expect(stalledInitiatives([exactly, almost], NOW, 21)).toEqual([
      { initiative: exactly, idleDays: 21, openDays: 87, nextStep: 'gather-support' },
    ]);
  });

  it('suggests the step that moves each status on', () => {
    const steps = (['idea', 'gathering', 'raised', 'in-progress'] as const).map((status) =>
      stalledInitiatives([idleFor(30 * DAY, { status })], NOW, 21).map((s) => s.nextStep),
    );
    expect(steps).toEqual([
      ['gather-support'],
      ['raise-with-municipality'],
      ['ask-for-update'],
      ['check-progress'],
    ]);
  });

  it('leaves out resolved, already stalled and merged initiatives', () => {
    const done = (['resolved', 'stalled'] as InitiativeStatus[]).map((status) =>
      idleFor(100 * DAY, { status }),
    );
    const merged = idleFor(100 * DAY, { mergedInto: clock.newId() });
    expect(stalledInitiatives([...done, merged], NOW, 21)).toEqual([]);
  });

  it('lists the longest idle first and counts whole days', () => {
    const week = idleFor(7 * DAY + 23 * 60 * 60 * 1000);
    const month = idleFor(30 * DAY);
    const result = stalledInitiatives([week, month], NOW, 7);
    expect(result.map((s) => [s.initiative.id, s.idleDays])).toEqual([
      [month.id, 30],
      [week.id, 7],
    ]);
  });

  it('does not count activity stamped later than now as idle', () => {
    const ahead = idleFor(-DAY);
    expect(stalledInitiatives([ahead], NOW, 1)).toEqual([]);
  });
});
