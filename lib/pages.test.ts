import { describe, expect, it } from 'vitest';
import { signalIdFromHash, TRACKER_PATH, trackerHash, trackerPath, trackerRoute } from './pages';

describe('tracker links', () => {
  it('round-trips a signal id through the hash', () => {
    const id = '5b0f4c1e-8f59-4c64-9a2b-0d3c9f6f2a11';
    const path = trackerPath(id);
    expect(path).toBe(`${TRACKER_PATH}#signal=${id}`);
    expect(signalIdFromHash(path.slice(TRACKER_PATH.length))).toBe(id);
  });
  it('has no signal without a hash', () => {
    expect(trackerPath()).toBe(TRACKER_PATH);
    expect(signalIdFromHash('')).toBeNull();
    expect(signalIdFromHash('#other=1')).toBeNull();
  });
});

describe('tracker routes', () => {
  it('reads and writes every view of the tracker', () => {
    for (const route of [
      { view: 'signals', signalId: null },
      { view: 'signals', signalId: 'a b' },
      { view: 'initiatives' },
      { view: 'groups' },
      { view: 'initiative', initiativeId: 'i/1' },
    ] as const) {
      expect(trackerRoute(trackerHash(route))).toEqual(route);
    }
    expect(trackerRoute('#nonsense')).toEqual({ view: 'signals', signalId: null });
  });
});
