/**
 * Turns something that takes a while to get ready (the content script's scanner waits for the
 * messages of the chosen language) on and off as the user's consent comes and goes. Only the
 * latest "on" may start it: consent withdrawn while it was getting ready, or withdrawn and given
 * again, must not leave a second one running, which would mark every post twice.
 */
export interface Switch {
  on(settings: unknown): void;
  off(): void;
}

export function startStopSwitch<Ready, Running extends { stop(): void }>(
  prepare: (settings: unknown) => Promise<Ready>,
  run: (ready: Ready) => Running | null,
): Switch {
  let running: Running | null = null;
  /** Counts every on and off, so that a preparation finishing late knows it was overtaken. */
  let turn = 0;
  let preparing = false;
  return {
    on(settings) {
      if (running || preparing) return;
      preparing = true;
      const ownTurn = ++turn;
      prepare(settings).then(
        (ready) => {
          if (ownTurn !== turn) return;
          preparing = false;
          running = run(ready);
        },
        () => {
          if (ownTurn === turn) preparing = false;
        },
      );
    },
    off() {
      turn += 1;
      preparing = false;
      running?.stop();
      running = null;
    },
  };
}
