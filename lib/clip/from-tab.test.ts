import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VliegwielDatabase } from '../db/database';
import type { MessageKey } from '../i18n';
import { fixedClock } from '../testing/factories';
import { clipFromTab, type TabClipDeps } from './from-tab';

let db: VliegwielDatabase;
let deps: TabClipDeps;
let notify: ReturnType<
  typeof vi.fn<(tabId: number, message: MessageKey, detail?: string) => Promise<void>>
>;
let readSelection: ReturnType<typeof vi.fn<TabClipDeps['readSelection']>>;

beforeEach(() => {
  db = new VliegwielDatabase(`test-${crypto.randomUUID()}`);
  notify = vi.fn(async () => {});
  readSelection = vi.fn(async () => ({
    text: 'De stoep ligt open\nsinds maandag',
    url: 'https://www.dichtbij-nieuws.example/artikel/1',
  }));
  deps = {
    db,
    clock: fixedClock(),
    classify: () => ({ verdict: 'local-issue', category: 'roads' }),
    actor: async () => ({ id: 'member-1' }),
    readSelection,
    notify,
  };
});
afterEach(async () => {
  await db.delete();
});

describe('clipFromTab', () => {
  it('clips the page selection with its line breaks and tells the user', async () => {
    const outcome = await clipFromTab(deps, {
      tabId: 7,
      selectionText: 'De stoep ligt open sinds maandag',
    });
    expect(outcome.status).toBe('clipped');
    if (outcome.status === 'clipped') {
      expect(outcome.signal.text).toBe('De stoep ligt open\nsinds maandag');
      expect(outcome.signal.source).toEqual({
        site: 'web',
        url: 'https://www.dichtbij-nieuws.example/artikel/1',
      });
    }
    expect(notify).toHaveBeenCalledWith(7, 'selectionClipped', undefined);
  });

  it('recognises a social site by the page address', async () => {
    readSelection.mockResolvedValue({ text: 'kapotte lantaarn', url: 'https://x.com/home' });
    const outcome = await clipFromTab(deps, { tabId: 1 });
    expect(outcome.status === 'clipped' && outcome.signal.source.site).toBe('x');
  });

  it('falls back to the browser’s selection text where the page cannot be read', async () => {
    readSelection.mockRejectedValue(new Error('Cannot access contents of the page'));
    const outcome = await clipFromTab(deps, {
      tabId: 1,
      pageUrl: 'https://forum.example/t/2',
      selectionText: 'gat in de weg',
    });
    expect(outcome.status === 'clipped' && outcome.signal.text).toBe('gat in de weg');
  });

  it('clips a right-clicked link with its words', async () => {
    const outcome = await clipFromTab(deps, {
      tabId: 1,
      pageUrl: 'https://forum.example/t/2',
      linkUrl: 'https://www.reddit.com/r/utrecht/comments/abc/gaten/',
      linkText: 'Gaten in de weg',
    });
    expect(outcome.status === 'clipped' && outcome.signal).toMatchObject({
      text: 'Gaten in de weg',
      source: { site: 'reddit', url: 'https://www.reddit.com/r/utrecht/comments/abc/gaten/' },
    });
    expect(readSelection).not.toHaveBeenCalled();
  });

  it('says so when nothing is selected, and stores nothing', async () => {
    readSelection.mockResolvedValue({ text: '   ', url: 'https://forum.example/' });
    expect(await clipFromTab(deps, { tabId: 3 })).toEqual({ status: 'nothing-selected' });
    expect(notify).toHaveBeenCalledWith(3, 'selectionEmpty', undefined);
    expect(await db.signals.count()).toBe(0);
  });

  it('refuses pages that are not web pages, with the reason', async () => {
    readSelection.mockResolvedValue({ text: 'iets', url: 'chrome://settings/' });
    const outcome = await clipFromTab(deps, { tabId: 3 });
    expect(outcome.status).toBe('invalid');
    expect(notify).toHaveBeenCalledWith(3, 'clipFailed', expect.any(String));
    expect(await db.signals.count()).toBe(0);
  });

  it('says already clipped the second time', async () => {
    await clipFromTab(deps, { tabId: 1 });
    const again = await clipFromTab(deps, { tabId: 1 });
    expect(again.status).toBe('already-clipped');
    expect(notify).toHaveBeenLastCalledWith(1, 'clipAlready', undefined);
    expect(await db.signals.count()).toBe(1);
  });

  it('still clips when the page refuses the notice', async () => {
    notify.mockRejectedValue(new Error('Missing host permission'));
    const outcome = await clipFromTab(deps, { tabId: 1 });
    expect(outcome.status).toBe('clipped');
  });
});
