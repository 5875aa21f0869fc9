export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SyncScheduler {
  /** Syncs now, or once more right after the round that is running. */
  now(options?: { force?: boolean }): Promise<void>;
  /** Syncs after `debounceMs` without another call: a burst of local changes makes one push. */
  soon(): void;
}

/**
 * Runs one sync round at a time in this context: a request during a round makes one more round
 * after it (the request may be about a change the running round did not see), however many
 * requests came. Failures are the round's own business (it records them); `run` must not throw.
 */
export function syncScheduler(
  run: (force: boolean) => Promise<unknown>,
  debounceMs: number,
  timers: Timers,
): SyncScheduler {
  let running: Promise<void> | null = null;
  let again: { force: boolean } | null = null;
  let timer: unknown;

  const start = (force: boolean): Promise<void> => {
    if (running) {
      again = { force: force || (again?.force ?? false) };
      return running;
    }
    const round = (async () => {
      try {
        await run(force);
      } finally {
        running = null;
        const next = again;
        again = null;
        if (next) void start(next.force);
      }
    })();
    running = round;
    return round;
  };

  return {
    now: ({ force = false } = {}) => start(force),
    soon: () => {
      timers.clearTimeout(timer);
      timer = timers.setTimeout(() => void start(false), debounceMs);
    },
  };
}
