// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VliegwielDatabase } from '../lib/db/database';
import { clipPost } from '../lib/db/signals';
import { MAX_TEXT_LENGTH } from '../lib/schema/limits';
import { consentChange, settingsFrom } from '../lib/settings';
import { fixedClock, xCapture } from '../lib/testing/factories';
import { HOSTILE_CHARACTERS, HOSTILE_POST, INJECTED_ELEMENTS } from '../lib/testing/hostile';
import { addComment } from '../lib/tracker/activity';
import { createInitiative } from '../lib/tracker/initiatives';
import { Popup } from './Popup';
import { keyMessages, layOutInbox, renderTrackerApp } from './tracker/testing-app';

// Every page that shows other people's words, fed hostile text: it must show as text, whole.
const actor = { id: 'member-1', name: 'Anna' };
const settings = settingsFrom({ memberName: 'Anna', ...consentChange(true, new Date()) }, actor.id);

layOutInbox();

let db: VliegwielDatabase;
let clock: ReturnType<typeof fixedClock>;
beforeEach(() => {
  db = new VliegwielDatabase(`test-${crypto.randomUUID()}`);
  clock = fixedClock();
  history.replaceState(null, '', '/tracker.html');
  (window as { __vliegwielPwned?: unknown }).__vliegwielPwned = undefined;
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

async function hostileSignal(text = HOSTILE_POST) {
  const capture = xCapture({ text });
  capture.source.authorName = `<b onmouseover="x()">Buurman</b> ${HOSTILE_CHARACTERS}`;
  const { signal } = await clipPost(db, capture, clock, {}, undefined, actor);
  return signal;
}

function expectInert(container: Element) {
  expect(container.querySelectorAll(INJECTED_ELEMENTS)).toHaveLength(0);
  expect((window as { __vliegwielPwned?: unknown }).__vliegwielPwned).toBeUndefined();
}

function renderTracker(hash = '') {
  history.replaceState(null, '', `/tracker.html${hash}`);
  return renderTrackerApp({ db, clock, actor, settings });
}

describe('hostile post text is shown as inert text', () => {
  it('in the popup', async () => {
    await hostileSignal();
    const { container } = render(
      <Popup
        db={db}
        clock={clock}
        actor={actor}
        settings={settings}
        t={keyMessages}
        language="en"
        municipalities={[]}
        lastLookAt={undefined}
        onOpenTracker={() => {}}
        onOpenOptions={() => {}}
        onOpenWelcome={() => {}}
      />,
    );
    const shown = await screen.findByText((text) => text.includes('<script>'), {
      selector: '.monitor-signal__text',
    });
    // The popup shows the start of the post, as written.
    expect(HOSTILE_POST.startsWith((shown.textContent ?? '').replace(/…$/, ''))).toBe(true);
    expectInert(container);
  });

  it('in the inbox row and the signal detail, with the whole text, author and a comment', async () => {
    const signal = await hostileSignal();
    await addComment(db, clock, actor, { signalId: signal.id, text: HOSTILE_POST });
    const { container } = renderTracker(`#signal=${signal.id}`);
    const detail = await screen.findByTestId('detail-text');
    expect(detail.textContent).toBe(HOSTILE_POST);
    await waitFor(() =>
      expect(container.textContent).toContain('<b onmouseover="x()">Buurman</b>'),
    );
    await waitFor(() =>
      // Comments are trimmed, and the byte-order mark at the end counts as white space.
      expect([...container.querySelectorAll('.event__text')].map((e) => e.textContent)).toContain(
        HOSTILE_POST.trim(),
      ),
    );
    expectInert(container);
  });

  it('in an initiative page, title and description', async () => {
    const signal = await hostileSignal();
    const initiative = await createInitiative(db, clock, actor, {
      title: '<img src=x onerror=alert(1)> Licht',
      description: HOSTILE_POST,
      category: 'roads',
      signalIds: [signal.id],
    });
    const { container } = renderTracker(`#initiative=${initiative.id}`);
    await screen.findByTestId('initiative-page');
    await waitFor(() =>
      expect(container.textContent).toContain('<img src=x onerror=alert(1)> Licht'),
    );
    expect(container.textContent).toContain(HOSTILE_CHARACTERS);
    expectInert(container);
  });

  it('keeps a post of the longest allowed text whole and shows it', async () => {
    const long = `Kapotte stoep. ${'<script>x</script> '.repeat(MAX_TEXT_LENGTH)}`.slice(
      0,
      MAX_TEXT_LENGTH,
    );
    const signal = await hostileSignal(long);
    expect((await db.signals.get(signal.id))?.text).toBe(long);
    const { container } = renderTracker(`#signal=${signal.id}`);
    const detail = await screen.findByTestId('detail-text');
    expect(detail.textContent?.length).toBe(MAX_TEXT_LENGTH);
    expectInert(container);
  });
});
