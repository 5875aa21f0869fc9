// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSelectionInPage, showNoticeInPage } from './in-page';

afterEach(() => {
  getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
  document.querySelector('vliegwiel-notice')?.remove();
  vi.useRealTimers();
});

describe('in-page functions', () => {
  it('read the selection', () => {
    document.body.innerHTML = '<p id="p">Ratten bij de school</p>';
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('p') as Node);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    expect(readSelectionInPage().text).toBe('Ratten bij de school');
  });

  it('show one notice at a time, as text, and remove it later', () => {
    vi.useFakeTimers();
    showNoticeInPage('first', '');
    showNoticeInPage('Geknipt', '<img src=x onerror=alert(1)>');
    const notices = document.querySelectorAll('vliegwiel-notice');
    expect(notices).toHaveLength(1);
    const box = notices[0]?.shadowRoot?.querySelector('[role="status"]');
    expect(box?.textContent).toBe('Geknipt<img src=x onerror=alert(1)>');
    expect(box?.querySelector('img')).toBeNull();
    vi.advanceTimersByTime(5000);
    expect(document.querySelector('vliegwiel-notice')).toBeNull();
  });

  it('work from their source text alone, as the browser runs them in the page', () => {
    const fromSource = <T>(fn: T): T => new Function(`return (${String(fn)})`)();
    fromSource(showNoticeInPage)('Geknipt', 'detail');
    expect(document.querySelector('vliegwiel-notice')?.shadowRoot?.textContent).toContain(
      'Geknipt',
    );
    expect(fromSource(readSelectionInPage)()).toEqual({ text: '', url: location.href });
  });
});
