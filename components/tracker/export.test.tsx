// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import municipalitiesCsv from '../../lib/data/municipalities.csv?raw';
import postcodesCsv from '../../lib/data/pc4.csv?raw';
import { VliegwielDatabase } from '../../lib/db/database';
import { clipPost } from '../../lib/db/signals';
import { exportJson } from '../../lib/export/json';
import { buildGazetteer } from '../../lib/places';
import { municipalityList } from '../../lib/places/municipality-list';
import { coordinatesOf } from '../../lib/suggest/coordinates';
import { fixedClock, xCapture } from '../../lib/testing/factories';
import { createInitiative } from '../../lib/tracker/initiatives';
import { filesSeen } from './testing';
import { layOutInbox, renderTrackerApp } from './testing-app';

const actor = { id: 'member-1', name: 'Anna' };
// The shipped place data, as the tracker page bundles it.
const municipalities = municipalityList(municipalitiesCsv);
const coordinates = coordinatesOf(buildGazetteer({ municipalitiesCsv, postcodesCsv }));

layOutInbox();

let db: VliegwielDatabase;
let clock: ReturnType<typeof fixedClock>;
beforeEach(() => {
  db = new VliegwielDatabase(`test-${crypto.randomUUID()}`);
  clock = fixedClock();
  history.replaceState(null, '', '/tracker.html');
});
afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

function renderTracker(seen = filesSeen({ coordinates }), into = db) {
  renderTrackerApp({ db: into, clock, actor, municipalities, files: seen.files });
  return seen;
}

async function clip(text: string, place?: { municipality: string }) {
  const { signal } = await clipPost(db, xCapture({ text }), clock, place ?? {}, undefined, actor);
  clock.advance(60_000);
  return signal;
}

const count = () => screen.getByTestId('signal-count').textContent;

async function openExport() {
  fireEvent.click(screen.getByTestId('open-export'));
  return screen.findByTestId('export-panel');
}

describe('export', () => {
  it('saves what the filter shows as a CSV through the downloads API, asking for it from the click', async () => {
    await clip('Kapotte lantaarnpaal op de Biltstraat');
    await clip('Ratten bij het Café op de Oudegracht');
    const seen = renderTracker();
    await waitFor(() => expect(count()).toContain('signalCountOther(2)'));
    fireEvent.input(screen.getByTestId('search'), { target: { value: 'ratten' } });
    await waitFor(() => expect(count()).toContain('signalCountOne'));

    const panel = await openExport();
    const shown = within(panel).getByTestId('export-scope-shown') as HTMLInputElement;
    expect(shown.checked).toBe(true);
    expect(shown.closest('label')?.textContent).toContain('exportScopeShown(signalCountOne)');
    expect(within(panel).getByTestId('export-format-csv')).toHaveProperty('checked', true);
    // English: a comma, as English Excel expects.
    expect(within(panel).getByTestId('export-delimiter-comma')).toHaveProperty('checked', true);
    fireEvent.click(within(panel).getByTestId('export-save'));

    await waitFor(() => expect(seen.downloaded).toHaveLength(1));
    expect(seen.asked).toBe(1);
    const [file] = seen.downloaded;
    expect(file?.fileName).toBe('vliegwiel-selection-2026-11-27.csv');
    expect(file?.mimeType).toBe('text/csv;charset=utf-8');
    const lines = file?.text.trim().split('\r\n') ?? [];
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Ratten bij het Café op de Oudegracht');
    expect((await within(panel).findByTestId('export-file-line')).textContent).toBe(
      'exportSaved(vliegwiel-selection-2026-11-27.csv)',
    );
    // The inbox behind the panel kept its filter.
    expect(count()).toContain('signalCountOne');
  });

  it('offers the file through the page when downloads are refused, and says so', async () => {
    await clip('Kapotte lantaarnpaal op de Biltstraat', { municipality: 'GM0344' });
    const seen = renderTracker(filesSeen({ downloadsAllowed: false }));
    await waitFor(() => expect(count()).toContain('signalCountOne'));
    const panel = await openExport();
    fireEvent.click(within(panel).getByTestId('export-scope-everything'));
    fireEvent.click(within(panel).getByTestId('export-format-json'));
    fireEvent.click(within(panel).getByTestId('export-pseudonymise'));
    fireEvent.click(within(panel).getByTestId('export-save'));
    await waitFor(() => expect(seen.linked).toHaveLength(1));
    expect(seen.downloaded).toEqual([]);
    const [file] = seen.linked;
    expect(file?.fileName).toBe('vliegwiel-all-2026-11-27.json');
    const document = JSON.parse(file?.text ?? '');
    expect(document.pseudonymisedAuthors).toBe(true);
    expect(document.signals[0].source).toMatchObject({ authorHandle: 'Author 1' });
    expect(file?.text).not.toContain('Buurtbewoner Utrecht');
    expect((await within(panel).findByTestId('export-file-line')).textContent).toBe(
      'exportSavedByPage(vliegwiel-all-2026-11-27.json)',
    );
  });

  it('exports an initiative from its page as GeoJSON, saying what could not be placed', async () => {
    const placed = await clip('Lamp kapot', { municipality: 'GM0344' });
    const nowhere = await clip('Ergens een gat in de weg');
    const initiative = await createInitiative(db, clock, actor, {
      title: 'Licht op de Biltstraat',
      category: 'roads',
      area: { municipality: 'GM0344' },
      signalIds: [placed.id, nowhere.id],
    });
    await clip('Niet in het initiatief', { municipality: 'GM0344' });
    history.replaceState(null, '', `/tracker.html#initiative=${initiative.id}`);
    const seen = renderTracker();
    fireEvent.click(await screen.findByTestId('export-initiative'));
    const panel = await screen.findByTestId('export-panel');
    expect(within(panel).getByTestId('export-scope-initiative')).toHaveProperty('checked', true);
    await waitFor(() =>
      expect(
        within(panel).getByTestId('export-scope-initiative').closest('label')?.textContent,
      ).toContain('exportScopeInitiative(Licht op de Biltstraat)'),
    );
    // The inbox is not on screen, so there is no filter result to offer.
    expect(within(panel).queryByTestId('export-scope-shown')).toBeNull();
    fireEvent.click(within(panel).getByTestId('export-format-geojson'));
    expect(within(panel).queryByTestId('export-delimiter-comma')).toBeNull();
    fireEvent.click(within(panel).getByTestId('export-save'));

    await waitFor(() => expect(seen.downloaded).toHaveLength(1));
    const [file] = seen.downloaded;
    expect(file?.fileName).toBe('vliegwiel-licht-op-de-biltstraat-2026-11-27.geojson');
    const ids = JSON.parse(file?.text ?? '').features.map((feature: { id: string }) => feature.id);
    expect(ids).toEqual([placed.id, initiative.id]);
    expect((await within(panel).findByTestId('export-skipped')).textContent).toBe(
      'exportSkipped(signalCountOne)',
    );
  });

  it('opens the report in a tab to print, without asking for downloads', async () => {
    await clip('Kapotte lantaarnpaal op de Biltstraat');
    const seen = renderTracker();
    const panel = await openExport();
    expect(within(panel).queryByTestId('export-open-report')).toBeNull();
    fireEvent.click(within(panel).getByTestId('export-format-report'));
    fireEvent.click(within(panel).getByTestId('export-leave-out-text'));
    fireEvent.click(within(panel).getByTestId('export-open-report'));
    await waitFor(() => expect(seen.opened).toHaveLength(1));
    expect(seen.asked).toBe(0);
    expect(seen.opened[0]?.text).toContain('The texts of the posts are left out.');
    expect(seen.opened[0]?.text).not.toContain('Kapotte lantaarnpaal');
    expect((await within(panel).findByTestId('export-file-line')).textContent).toBe(
      'exportOpenedReport',
    );
  });

  it('says in words when what it was asked to export is gone', async () => {
    const initiative = await createInitiative(db, clock, actor, {
      title: 'Weg',
      category: 'roads',
    });
    history.replaceState(null, '', `/tracker.html#initiative=${initiative.id}`);
    const seen = renderTracker();
    fireEvent.click(await screen.findByTestId('export-initiative'));
    const panel = await screen.findByTestId('export-panel');
    await db.initiatives.delete(initiative.id);
    fireEvent.click(within(panel).getByTestId('export-save'));
    expect((await within(panel).findByTestId('export-problem')).textContent).toContain(
      'errorInitiativeNotFound',
    );
    expect(seen.downloaded).toEqual([]);
    expect(within(panel).queryByTestId('export-result')).toBeNull();
  });
});

/** Chooses a file in the import panel, as a file picker would. */
function chooseFile(panel: HTMLElement, name: string, text: string) {
  const input = within(panel).getByTestId('import-file');
  fireEvent.change(input, { target: { files: [new File([text], name)] } });
}

describe('import', () => {
  it('shows what a JSON export would add before writing, then adds it all and shows it', async () => {
    await clip('Kapotte lantaarnpaal op de Biltstraat', { municipality: 'GM0344' });
    const signal = await clip('<img src=x onerror="window.__pwned=1">Ratten');
    await createInitiative(db, clock, actor, {
      title: 'Licht op de Biltstraat',
      category: 'roads',
      signalIds: [signal.id],
    });
    const [signals, initiatives, events] = await Promise.all([
      db.signals.toArray(),
      db.initiatives.toArray(),
      db.events.toArray(),
    ]);
    const exported = exportJson(
      { signals, initiatives, events, groups: [], members: [] },
      { pseudonymiseAuthors: false, includeText: true, language: 'en' },
      clock.now(),
    );

    const fresh = new VliegwielDatabase(`test-${crypto.randomUUID()}`);
    try {
      renderTracker(filesSeen(), fresh);
      await waitFor(() => expect(count()).toContain('signalCountOther(0)'));
      fireEvent.click(screen.getByTestId('open-import'));
      const panel = await screen.findByTestId('import-panel');
      chooseFile(panel, 'vliegwiel-all.json', exported);
      const plan = await within(panel).findByTestId('import-plan');
      const row = (table: string) =>
        [...plan.querySelectorAll(`tr[data-table="${table}"] td`)].map((cell) => cell.textContent);
      expect(row('signals')).toEqual(['2', '0', '0']);
      expect(row('initiatives')).toEqual(['1', '0', '0']);
      expect(row('events')).toEqual([String(events.length), '0', '0']);
      expect(await fresh.signals.count()).toBe(0);

      // What the page says while it writes, as it changes.
      const said: string[] = [];
      const watcher = new MutationObserver(() => {
        const busy = within(panel).queryByTestId('import-busy');
        if (busy?.textContent) said.push(busy.textContent);
      });
      watcher.observe(panel, { subtree: true, childList: true, characterData: true });
      fireEvent.click(within(panel).getByTestId('import-apply'));
      // While it writes, leaving the page asks first; once it is done, no more.
      const leaving = () => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      };
      expect(leaving()).toBe(true);
      const done = await within(panel).findByTestId('import-done');
      watcher.disconnect();
      await waitFor(() => expect(leaving()).toBe(false));
      expect(done.textContent).toContain('importDoneHeading(vliegwiel-all.json)');
      const total = signals.length + initiatives.length + events.length;
      const written = said.flatMap((text) => {
        const counts = /importWriting\((\d+)\|(\d+)\)/.exec(text);
        return counts ? [[Number(counts[1]), Number(counts[2])]] : [];
      });
      expect(written.length).toBeGreaterThan(0);
      for (const [count, of] of written) {
        expect(of).toBe(total);
        expect(count).toBeLessThanOrEqual(total);
      }
      expect(await fresh.signals.toArray()).toEqual(expect.arrayContaining(signals));
      expect(await fresh.initiatives.toArray()).toEqual(initiatives);
      expect(await fresh.events.count()).toBe(events.length);
      await waitFor(() => expect(count()).toContain('signalCountOther(2)'));

      // The same file again: all of it is already there.
      chooseFile(panel, 'vliegwiel-all.json', exported);
      const again = await within(panel).findByTestId('import-plan');
      expect(again.textContent).toContain('importNothingNew');
      expect(within(panel).queryByTestId('import-apply')).toBeNull();
      expect(within(again).getByTestId('import-already-there').textContent).toContain(
        'importWhereRecord(importTableSignals|1): importBecauseSameId',
      );
    } finally {
      fresh.close();
      await fresh.delete();
    }
  });

  it('lists the rows of a CSV it refuses with where and why, as text, and adds the rest', async () => {
    renderTracker();
    fireEvent.click(screen.getByTestId('open-import'));
    const panel = await screen.findByTestId('import-panel');
    const csv = [
      'link,clipped at,text,colour',
      'https://x.com/a/status/1,2026-11-20T08:15:00Z,Lamp kapot,rood',
      '<b>nope</b>,2026-11-20T08:15:00Z,Gat in de weg,',
    ].join('\r\n');
    chooseFile(panel, 'signalen.csv', csv);
    const plan = await within(panel).findByTestId('import-plan');
    const rejected = within(plan).getByTestId('import-rejected');
    expect(rejected.textContent).toContain('importWhereRow(3): link "<b>nope</b>" is not a web');
    expect(rejected.querySelector('b')).toBeNull();
    expect(plan.textContent).toContain('importIgnoredColumns(colour)');
    expect(within(plan).getByTestId('import-apply').textContent).toBe('importApplyOne');
    fireEvent.click(within(plan).getByTestId('import-apply'));
    await within(panel).findByTestId('import-done');
    expect((await db.signals.toArray()).map((signal) => signal.text)).toEqual(['Lamp kapot']);
  });

  it('refuses a file that is not an export, in words, and writes nothing', async () => {
    renderTracker();
    fireEvent.click(screen.getByTestId('open-import'));
    const panel = await screen.findByTestId('import-panel');
    chooseFile(panel, 'iets.json', '{"format": "iets anders", "signals": []}');
    expect((await within(panel).findByTestId('import-problem')).textContent).toContain(
      'errorImportNotAnExport',
    );
    expect(within(panel).queryByTestId('import-plan')).toBeNull();
    chooseFile(panel, 'kapot.json', '{"format": "vliegwiel-export", "version": 1, ');
    await waitFor(() =>
      expect(within(panel).getByTestId('import-problem').textContent).toContain(
        'errorImportInvalidFile',
      ),
    );
    expect(await db.signals.count()).toBe(0);
  });
});
