import type { GetMessage } from '../i18n';
import type { Verdict } from '../schema/records';

/** Contract 1 in DESIGN.md: the control is this element, with an open shadow root holding the button. */
export const CLIP_ELEMENT = 'vliegwiel-clip';
const POST_KEY_ATTRIBUTE = 'data-vliegwiel-for';

export type ClipState = 'idle' | 'busy' | 'clipped' | 'already-clipped' | 'failed';

// `all: initial` on the host stops the page's inherited fonts and colours from reaching in; the
// shadow root keeps these rules from reaching out.
const STYLE = `
:host { all: initial; display: inline-flex; align-items: center; gap: 6px; margin: 4px 0;
  font: 500 12px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; vertical-align: middle; }
button { all: unset; box-sizing: border-box; cursor: pointer; border-radius: 999px;
  padding: 2px 10px; border: 1px solid #8a9a94; color: #3d4a45; background: #fff; }
:host([data-verdict="local-issue"]) [data-vliegwiel-clip] { border-color: #0b6e4f; color: #0b6e4f; }
button:hover { background: #eef6f2; }
button:focus-visible { outline: 2px solid #0b6e4f; outline-offset: 2px; }
:host([data-state="busy"]) [data-vliegwiel-clip] { cursor: progress; opacity: .7; }
:host([data-state="clipped"]) [data-vliegwiel-clip],
:host([data-state="already-clipped"]) [data-vliegwiel-clip] { background: #0b6e4f; border-color: #0b6e4f; color: #fff; }
:host([data-state="failed"]) [data-vliegwiel-clip] { border-color: #b3261e; color: #b3261e; }
[data-vliegwiel-open] { display: none; border-color: transparent; text-decoration: underline; padding: 2px 4px; color: #0b6e4f; }
:host([data-state="clipped"]) [data-vliegwiel-open],
:host([data-state="already-clipped"]) [data-vliegwiel-open] { display: inline-block; }
`;

// Social sites open the post when anything inside it is clicked; the control's own clicks must
// stay with the control.
const CONTAINED_EVENTS = [
  'click',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
] as const;

export interface ClipControlOptions {
  postKey: string;
  verdict: Verdict;
  t: GetMessage;
  onClip(): void;
  onOpen(): void;
}

export function createClipControl(doc: Document, options: ClipControlOptions): HTMLElement {
  const host = doc.createElement(CLIP_ELEMENT);
  host.setAttribute(POST_KEY_ATTRIBUTE, options.postKey);
  host.setAttribute('data-verdict', options.verdict);
  const shadow = host.attachShadow({ mode: 'open' });

  const style = doc.createElement('style');
  style.textContent = STYLE;
  const clipButton = doc.createElement('button');
  clipButton.type = 'button';
  clipButton.setAttribute('data-vliegwiel-clip', '');
  clipButton.addEventListener('click', () => options.onClip());
  const openButton = doc.createElement('button');
  openButton.type = 'button';
  openButton.setAttribute('data-vliegwiel-open', '');
  openButton.textContent = options.t('openInTracker');
  openButton.addEventListener('click', () => options.onOpen());
  const status = doc.createElement('span');
  status.setAttribute('role', 'status');
  status.style.cssText =
    'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)';
  shadow.append(style, clipButton, openButton, status);

  for (const type of CONTAINED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
  setClipState(host, 'idle', options.t);
  return host;
}

const LABELS = {
  idle: 'clipAction',
  busy: 'clipBusy',
  clipped: 'clipDone',
  'already-clipped': 'clipAlready',
  failed: 'clipFailed',
} as const;

export function setClipState(host: Element, state: ClipState, t: GetMessage, detail?: string) {
  const shadow = host.shadowRoot;
  const button = shadow?.querySelector<HTMLButtonElement>('[data-vliegwiel-clip]');
  if (!shadow || !button) return;
  host.setAttribute('data-state', state);
  button.textContent = t(LABELS[state]);
  button.setAttribute('aria-label', state === 'idle' ? t('clipActionLabel') : t(LABELS[state]));
  button.setAttribute('aria-busy', String(state === 'busy'));
  button.title = detail ?? '';
  const status = shadow.querySelector('[role="status"]');
  if (status) status.textContent = state === 'idle' ? '' : t(LABELS[state]);
}

export function clipState(host: Element): ClipState | null {
  return host.getAttribute('data-state') as ClipState | null;
}

export function controlsFor(doc: Document, postKey: string): Element[] {
  return [...doc.querySelectorAll(CLIP_ELEMENT)].filter(
    (control) => control.getAttribute(POST_KEY_ATTRIBUTE) === postKey,
  );
}

/** The control a previous run of the content script left at this spot (after an extension update). */
export function controlAt(anchor: Element, placement: string): Element | null {
  const candidate =
    placement === 'before'
      ? anchor.previousElementSibling
      : placement === 'after'
        ? anchor.nextElementSibling
        : placement === 'prepend'
          ? anchor.firstElementChild
          : anchor.lastElementChild;
  return candidate?.localName === CLIP_ELEMENT ? candidate : null;
}
