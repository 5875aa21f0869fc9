// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MessageKey } from '../lib/i18n';
import { SiteAccess, type SiteAccessApi } from './SiteAccess';

const t = (key: MessageKey) => key;
afterEach(cleanup);

function fakeApi(initial: string[] = []) {
  let granted = [...initial];
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  const api: SiteAccessApi & { allow: boolean } = {
    allow: true,
    granted: async () => [...granted],
    request: vi.fn(async (pattern: string) => {
      if (!api.allow) return false;
      granted = [...granted, pattern];
      changed();
      return true;
    }),
    remove: vi.fn(async (pattern: string) => {
      granted = granted.filter((p) => p !== pattern);
      changed();
      return true;
    }),
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return api;
}

function renderAccess(api: SiteAccessApi) {
  return render(
    <SiteAccess api={api} t={t} builtIn={[{ name: 'X', hosts: ['x.com', 'twitter.com'] }]} />,
  );
}

function submit(value: string) {
  fireEvent.input(screen.getByLabelText('addSiteLabel'), { target: { value } });
  fireEvent.submit(screen.getByLabelText('addSiteLabel').closest('form') as HTMLFormElement);
}

describe('SiteAccess', () => {
  it('lists the built-in sites and says there are no others yet', async () => {
    renderAccess(fakeApi());
    expect(screen.getByTestId('built-in-sites').textContent).toContain('x.com, twitter.com');
    expect(await screen.findByText('noExtraSites')).toBeTruthy();
  });

  it('asks for access to the typed site and lists it once granted', async () => {
    const api = fakeApi();
    renderAccess(api);
    submit('https://mastodon.example/@buurt');
    expect(api.request).toHaveBeenCalledWith('https://mastodon.example/*');
    await waitFor(() =>
      expect(screen.getByTestId('granted-sites').textContent).toContain('mastodon.example'),
    );
    expect((screen.getByLabelText('addSiteLabel') as HTMLInputElement).value).toBe('');
  });

  it('explains bad input without asking the browser', async () => {
    const api = fakeApi();
    renderAccess(api);
    submit('');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'siteInputEmpty');
    submit('niet een site');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'siteInputInvalid');
    expect(api.request).not.toHaveBeenCalled();
  });

  it('says so when the browser refuses', async () => {
    const api = fakeApi();
    api.allow = false;
    renderAccess(api);
    submit('forum.example');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'siteRequestRefused');
  });

  it('removes a granted site', async () => {
    const api = fakeApi(['https://forum.example/*']);
    renderAccess(api);
    fireEvent.click(await screen.findByText('removeSite'));
    expect(api.remove).toHaveBeenCalledWith('https://forum.example/*');
    expect(await screen.findByText('noExtraSites')).toBeTruthy();
  });
});
