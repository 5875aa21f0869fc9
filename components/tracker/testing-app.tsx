import { render } from '@testing-library/preact';
import { afterAll, vi } from 'vitest';
import type { MessageKey } from '../../lib/i18n';
import { settingsFrom } from '../../lib/settings';
import { TrackerContext, type TrackerEnvironment } from './context';
import { TrackerApp } from './TrackerApp';
import { filesSeen } from './testing';

// What the tests that render the whole tracker share.

/** Messages as their key with the substitutions, so tests can read what was said. */
export const keyMessages = (key: MessageKey, substitutions?: string[]) =>
  substitutions ? `${key}(${substitutions.join('|')})` : key;

/**
 * happy-dom lays nothing out, so the inbox's scroller is given the height a window would give it
 * (the virtual list reads clientHeight), and the rows that fit are rendered. Call it at the top
 * of a test file.
 */
export function layOutInbox() {
  const layOut = vi
    .spyOn(HTMLElement.prototype, 'clientHeight', 'get')
    .mockImplementation(function (this: HTMLElement) {
      return this.dataset.testid === 'signal-rows' ? 800 : 0;
    });
  afterAll(() => layOut.mockRestore());
}

/** The tracker as its page mounts it; what a test leaves out gets a plain default. */
export function renderTrackerApp(
  environment: Pick<TrackerEnvironment, 'db' | 'clock' | 'actor'> & Partial<TrackerEnvironment>,
) {
  const { actor, clock } = environment;
  const full: TrackerEnvironment = {
    settings: settingsFrom(actor.name ? { memberName: actor.name } : {}, actor.id),
    t: keyMessages,
    language: 'en',
    municipalities: [{ code: 'GM0344', name: 'Utrecht', province: 'Utrecht' }],
    now: clock.now,
    requestSuggestions: async () => null,
    files: filesSeen().files,
    ...environment,
  };
  return render(
    <TrackerContext.Provider value={full}>
      <TrackerApp onOpenOptions={() => {}} />
    </TrackerContext.Provider>,
  );
}
