// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VliegwielDatabase } from '../../lib/db/database';
import type { MessageKey } from '../../lib/i18n';
import { settingsFrom } from '../../lib/settings';
import { fixedClock } from '../../lib/testing/factories';
import { TrackerContext } from './context';
import { Groups } from './Groups';
import { filesSeen } from './testing';

const t = (key: MessageKey, substitutions?: string[]) =>
  substitutions ? `${key}(${substitutions.join('|')})` : key;

let db: VliegwielDatabase;
beforeEach(() => {
  db = new VliegwielDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

function renderGroups() {
  const clock = fixedClock();
  render(
    <TrackerContext.Provider
      value={{
        db,
        clock,
        actor: { id: 'member-1' },
        settings: settingsFrom({}, 'member-1'),
        t,
        language: 'en',
        municipalities: [{ code: 'GM0268', name: 'Nijmegen', province: 'Gelderland' }],
        now: clock.now,
        requestSuggestions: async () => null,
        files: filesSeen().files,
      }}
    >
      <Groups />
    </TrackerContext.Provider>,
  );
}

describe('groups', () => {
  it('registers a group with its town and topics', async () => {
    renderGroups();
    fireEvent.input(screen.getByTestId('group-name'), { target: { value: 'Bewonersgroep' } });
    fireEvent.input(screen.getByTestId('group-municipality'), { target: { value: 'nijmegen' } });
    fireEvent.click(screen.getByLabelText('category_nuisance'));
    fireEvent.click(screen.getByTestId('save-group'));
    await waitFor(() =>
      expect(screen.getByTestId('group-list').textContent).toContain('Bewonersgroep'),
    );
    expect(await db.groups.toArray()).toEqual([
      expect.objectContaining({ area: { municipality: 'GM0268' }, topics: ['nuisance'] }),
    ]);
  });

  it('shows which rows of a file cannot be imported and why, and adds the rest only when confirmed', async () => {
    renderGroups();
    const csv =
      'naam;gemeente;onderwerpen\nBuurt Oost;Nijmegen;overlast\n;Nijmegen;groen\nWijkraad;Atlantis;groen\n';
    const file = new File([csv], 'groepen.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
    const report = await screen.findByTestId('import-report');
    expect(report.textContent).toContain('importSummary(1|2)');
    expect(report.textContent).toContain('importRejectedRow(3|');
    expect(report.textContent).toContain('importRejectedRow(4|');
    expect(await db.groups.count()).toBe(0);
    fireEvent.click(screen.getByTestId('confirm-import'));
    await waitFor(() =>
      expect(screen.getByTestId('group-list').textContent).toContain('Buurt Oost'),
    );
    expect(await db.groups.count()).toBe(1);
  });
});

describe('groups refused', () => {
  it('says in words that a group is registered already, and adds nothing', async () => {
    renderGroups();
    for (let i = 0; i < 2; i++) {
      fireEvent.input(screen.getByTestId('group-name'), { target: { value: 'Bewonersgroep' } });
      fireEvent.input(screen.getByTestId('group-municipality'), { target: { value: 'Nijmegen' } });
      fireEvent.click(screen.getByTestId('save-group'));
      await waitFor(() =>
        expect(screen.getByTestId('group-list').textContent).toContain('Bewonersgroep'),
      );
    }
    expect((await screen.findByRole('alert')).textContent).toContain('errorDuplicateGroup');
    expect(await db.groups.count()).toBe(1);
  });
});
