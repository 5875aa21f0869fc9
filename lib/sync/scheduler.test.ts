import { describe, expect, it } from 'vitest';
import { syncScheduler, type Timers } from './scheduler';

/** Timers that fire only when the test says so. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = {
    setTimeout: (callback) => {
      pending.set(++next, callback);
      return next;
    },
    clearTimeout: (handle) => {
      pending.delete(handle as number);
    },
  };
  return {
    timers,
    pendingCount: () => pending.size,
    fireAll: () => {
      const callbacks = [...pending.values()];
      pending.clear();
      for (const callback of callbacks) callback();
    },
  };
}

/** A sync whose rounds finish only when the test lets them. */
function controlledRounds() {
  const rounds: Array<{ force: boolean; finish: () => void }> = [];
  const run = (force: boolean) =>
    new Promise<void>((resolve) => {
      rounds.push({ force, finish: resolve });
    });
  return { rounds, run };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the sync scheduler', () => {
  it('makes one round of a burst of local changes', async () => {
    const { timers, fireAll, pendingCount } = manualTimers();
    const { rounds, run } = controlledRounds();
    const scheduler = syncScheduler(run, 2000, timers);
    scheduler.soon();
    scheduler.soon();
    scheduler.soon();
    expect(pendingCount()).toBe(1);
    fireAll();
    await settle();
    expect(rounds.map((round) => round.force)).toEqual([false]);
  });

  it('runs one round at a time, and one more after it however often it was asked meanwhile', async () => {
    const { timers } = manualTimers();
    const { rounds, run } = controlledRounds();
    const scheduler = syncScheduler(run, 2000, timers);
    const first = scheduler.now();
    void scheduler.now();
    void scheduler.now({ force: true });
    void scheduler.now();
    await settle();
    expect(rounds).toHaveLength(1);
    rounds[0]?.finish();
    await first;
    await settle();
    expect(rounds.map((round) => round.force)).toEqual([false, true]);
    rounds[1]?.finish();
    await settle();
    expect(rounds).toHaveLength(2);
  });
});
