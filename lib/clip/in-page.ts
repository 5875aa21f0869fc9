// Functions the background runs inside a tab with scripting.executeScript. The browser sends
// their source text, not the closure: each must be self-contained, using only its arguments.

/** The current selection with its line breaks, and the page it is on. */
export function readSelectionInPage(): { text: string; url: string } {
  return { text: globalThis.getSelection()?.toString() ?? '', url: location.href };
}

/** A short notice in the corner of the page, in its own shadow root, gone after a few seconds. */
export function showNoticeInPage(message: string, detail: string): void {
  const tag = 'vliegwiel-notice';
  document.querySelector(tag)?.remove();
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent =
    ':host{all:initial;position:fixed;z-index:2147483647;right:16px;bottom:16px}' +
    'div{font:500 13px/1.4 system-ui,sans-serif;color:#fff;background:#0b6e4f;padding:10px 14px;' +
    'border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.25);max-width:320px}' +
    'small{display:block;opacity:.85;margin-top:2px}';
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.textContent = message;
  if (detail) {
    const small = document.createElement('small');
    small.textContent = detail;
    box.append(small);
  }
  shadow.append(style, box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), 4000);
}
