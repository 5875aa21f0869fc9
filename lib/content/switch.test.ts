import { describe, expect, it } from 'vitest';
import { startStopSwitch } from './switch';

/** A preparation the test finishes by hand, and a record of what was started and stopped. */
function harness() {
  const pending: ((ready: string) => void)[] = [];
  const failures: ((error: Error) => void)[] = [];
  const started: string[] = [];
  const stopped: string[] = [];
  const toggle = startStopSwitch(
    () =>
      new Promise<string>((resolve, reject) => {
        pending.push(resolve);
        failures.push(reject);
      }),
    (ready) => {
      started.push(ready);
      return { stop: () => stopped.push(ready) };
    },
  );
  return { toggle, pending, failures, started, stopped };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('startStopSwitch', () => {
  it('starts once, however often it is turned on', async () => {
    const { toggle, pending, started } = harness();
    toggle.on({});
    toggle.on({});
    expect(pending).toHaveLength(1);
    pending[0]?.('first');
    await settle();
    toggle.on({});
    expect(pending).toHaveLength(1);
    expect(started).toEqual(['first']);
  });

  it('does not start when turned off while getting ready', async () => {
    const { toggle, pending, started } = harness();
    toggle.on({});
    toggle.off();
    pending[0]?.('late');
    await settle();
    expect(started).toEqual([]);
  });

  it('runs only the latest when turned off and on again while getting ready', async () => {
    const { toggle, pending, started } = harness();
    toggle.on({});
    toggle.off();
    toggle.on({});
    pending[1]?.('second');
    pending[0]?.('first');
    await settle();
    expect(started).toEqual(['second']);
  });

  it('stops what runs when turned off, and can start again', async () => {
    const { toggle, pending, started, stopped } = harness();
    toggle.on({});
    pending[0]?.('first');
    await settle();
    toggle.off();
    expect(stopped).toEqual(['first']);
    toggle.on({});
    pending[1]?.('second');
    await settle();
    expect(started).toEqual(['first', 'second']);
  });

  it('can be turned on again after getting ready failed', async () => {
    const { toggle, pending, failures, started } = harness();
    toggle.on({});
    failures[0]?.(new Error('no messages'));
    await settle();
    toggle.on({});
    pending[1]?.('retry');
    await settle();
    expect(started).toEqual(['retry']);
  });
});
