import { useEffect, useState } from 'preact/hooks';

/**
 * The signals the inbox shows now (its filter's result, in its order), which the inbox puts here
 * and the export panel reads, so that "what the filter shows" is exactly that and the query is
 * not run twice. Null while the inbox is not on screen or still loading.
 */
export interface ShownSignals {
  current(): readonly string[] | null;
  show(signalIds: readonly string[] | null): void;
  subscribe(listener: () => void): () => void;
}

export function shownSignals(): ShownSignals {
  let signalIds: readonly string[] | null = null;
  const listeners = new Set<() => void>();
  return {
    current: () => signalIds,
    show(next) {
      signalIds = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The shown signals, re-rendering when the inbox shows others. */
export function useShownSignals(store: ShownSignals): readonly string[] | null {
  const [signalIds, setSignalIds] = useState(store.current);
  useEffect(() => {
    setSignalIds(store.current());
    return store.subscribe(() => setSignalIds(store.current()));
  }, [store]);
  return signalIds;
}
