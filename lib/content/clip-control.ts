import type { CategoryId, Evidence, Judgement } from '../classify';
import { CATEGORY_IDS } from '../classify/taxonomy';
import { categoryMessage, type GetMessage } from '../i18n';
import type { ClipDetails, Correction } from '../schema/capture';
import type { PostSuggestionsResult } from '../schema/messages';

/** Contract 1 in DESIGN.md: the control is this element, with an open shadow root holding the button. */
export const CLIP_ELEMENT = 'vliegwiel-clip';
const POST_KEY_ATTRIBUTE = 'data-vliegwiel-for';

export type ClipState = 'idle' | 'busy' | 'clipped' | 'already-clipped' | 'failed';

// `all: initial` on the host stops the page's inherited fonts and colours from reaching in; the
// shadow root keeps these rules from reaching out. Panels open inline, not as overlays, because
// social sites clip overflowing content of their post containers.
const STYLE = `
:host { all: initial; display: block; margin: 4px 0; color: #1d2623;
  font: 500 12px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
button, select { font: inherit; }
button { all: unset; box-sizing: border-box; cursor: pointer; border-radius: 999px;
  padding: 2px 10px; border: 1px solid #8a9a94; color: #3d4a45; background: #fff; }
button:hover { background: #eef6f2; }
button:focus-visible, select:focus-visible, input:focus-visible { outline: 2px solid #0b6e4f; outline-offset: 2px; }
:host([data-verdict="local-issue"]) [data-vliegwiel-clip] { border-color: #0b6e4f; color: #0b6e4f; }
:host([data-state="busy"]) [data-vliegwiel-clip] { cursor: progress; opacity: .7; }
:host([data-state="clipped"]) [data-vliegwiel-clip],
:host([data-state="already-clipped"]) [data-vliegwiel-clip] { background: #0b6e4f; border-color: #0b6e4f; color: #fff; }
:host([data-state="failed"]) [data-vliegwiel-clip] { border-color: #b3261e; color: #b3261e; }
[data-vliegwiel-why] { border-color: transparent; background: #eef6f2; color: #0b6e4f; }
:host([data-verdict="other"]) [data-vliegwiel-why] { background: #f1f3f2; color: #5b6a64; }
.tone { display: inline-block; width: 8px; height: 8px; border-radius: 50%; background: #9fb0a9; margin-right: 6px; }
:host([data-tone="heated"]) .tone { background: #d9822b; }
/* Most posts are not local issues: their control stays a quiet "Clip" until pointed at. */
:host([data-verdict="other"]:not(:hover):not(:focus-within)) :is([data-vliegwiel-why], [data-vliegwiel-adjust]) { display: none; }
.ghost { border-color: transparent; text-decoration: underline; padding: 2px 4px; color: #0b6e4f; background: none; }
[data-vliegwiel-open] { display: none; }
:host([data-state="clipped"]) [data-vliegwiel-open],
:host([data-state="already-clipped"]) [data-vliegwiel-open] { display: inline-block; }
.panel { margin-top: 6px; padding: 8px 10px; border: 1px solid #dde5e1; border-radius: 8px; background: #fff;
  max-width: 460px; display: grid; gap: 6px; font-weight: 400; }
.panel[hidden] { display: none; }
.panel h2 { all: unset; display: block; font-weight: 600; }
.panel button { justify-self: start; }
.panel ul { margin: 0; padding-left: 18px; }
.muted { color: #5b6a64; }
fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: 10px; align-items: center; }
legend { float: left; margin-right: 8px; padding: 0; }
select, input, textarea { padding: 2px 4px; border: 1px solid #8a9a94; border-radius: 6px; background: #fff; color: inherit; font: inherit; }
textarea { resize: vertical; }
.field { display: grid; gap: 2px; }
.field[hidden] { display: none; }
.problem { margin: 0; color: #b3261e; }
.problem:empty { display: none; }
.suggested { display: grid; gap: 2px; }
.suggested:empty { display: none; }
.suggested ol, .suggested ul { margin: 0; padding-left: 18px; }
.suggested a { color: #0b6e4f; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

// Social sites open the post when anything inside it is clicked or a key is pressed on it; the
// control's own events must stay with the control.
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
  'keypress',
  'input',
  'change',
  'submit',
] as const;

/** How many cues the explanation lists; the classifier orders them strongest first. */
const EVIDENCE_SHOWN = 6;

export interface ClipControlOptions {
  postKey: string;
  classification: Judgement;
  t: GetMessage;
  /** The cues behind the verdict, asked for when the explanation is opened; null when none came. */
  explain(): Promise<Evidence[] | null>;
  /** Clips the post; from the dialog with its corrections and details. */
  onClip(correction?: Correction, details?: ClipDetails): Promise<ClipAnswer>;
  onOpen(): void;
  /** The initiatives the dialog offers, asked for when it is opened. */
  listInitiatives(): Promise<InitiativeChoice[]>;
  /** Where the post is and who can act on it, asked for when the dialog is opened. */
  suggestions(): Promise<PostSuggestionsResult | null>;
}

const stopPropagation = (event: Event) => event.stopPropagation();

/** Builds the parts of a control that wait until they are needed; see createClipControl. */
const completeControl = new WeakMap<Element, () => void>();

export function createClipControl(doc: Document, options: ClipControlOptions): HTMLElement {
  const { t, classification } = options;
  const parts = prototypesFor(doc, t);
  const host = doc.createElement(CLIP_ELEMENT);
  host.setAttribute(POST_KEY_ATTRIBUTE, options.postKey);
  host.setAttribute('data-verdict', classification.local ? 'local-issue' : 'other');
  host.setAttribute('data-tone', classification.tone);
  host.setAttribute('data-state', 'idle');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, doc);
  const bar = parts.bar.cloneNode(true) as HTMLElement;
  const clipButton = bar.firstElementChild as HTMLElement;
  shadow.append(bar);

  // A timeline has hundreds of controls and few are looked at closely: the verdict chip and the
  // other buttons of a post that is not a local issue (hidden until pointed at) are built when
  // the pointer or focus reaches the control, or when the post is clipped; panels when opened.
  let whyButton: HTMLElement | null = null;
  let adjustButton: HTMLElement | null = null;
  const complete = () => {
    if (whyButton) return;
    const details = parts.details.cloneNode(true) as DocumentFragment;
    whyButton = details.firstElementChild as HTMLElement;
    adjustButton = whyButton.nextElementSibling as HTMLElement;
    whyButton.title = t(classification.tone === 'heated' ? 'toneHeated' : 'toneCalm');
    whyButton.append(verdictLabel(classification, t));
    bar.append(details);
  };
  completeControl.set(host, complete);
  if (classification.local) complete();

  // Social sites act on events anywhere inside a post (open it, start a drag); the control's own
  // must stay with it. Every pointer or keyboard interaction starts with the pointer entering the
  // control or focus reaching it, so the listeners that hold events back are added then, not for
  // each of hundreds of controls nobody touches. A click that arrives without either (assistive
  // technology may send one) is held back by the shadow root's own listener.
  const activate = () => {
    host.removeEventListener('pointerenter', activate);
    host.removeEventListener('focusin', activate);
    complete();
    for (const type of CONTAINED_EVENTS) host.addEventListener(type, stopPropagation);
  };
  host.addEventListener('pointerenter', activate);
  host.addEventListener('focusin', activate);

  const make = maker(doc);
  const panels = new Map<HTMLElement, HTMLElement>();
  function panelOf(button: HTMLElement): HTMLElement {
    let panel = panels.get(button);
    if (!panel) {
      panel =
        button === whyButton
          ? explanationPanel(make, classification, t, options.explain)
          : clipDialog(make, classification, t, options, async (correction, details) => {
              const answer = await options.onClip(correction, details);
              if (answer.ok) togglePanel(button, panelOf(button), false);
              return answer;
            });
      panels.set(button, panel);
      button.setAttribute('aria-controls', panel.id);
      shadow.append(panel);
    }
    return panel;
  }
  shadow.addEventListener('click', (event) => {
    event.stopPropagation();
    const button = (event.target as Element | null)?.closest?.('button');
    if (!button) return;
    if (button === clipButton) void options.onClip();
    else if (button.hasAttribute('data-vliegwiel-open')) options.onOpen();
    else if (button === whyButton || button === adjustButton) togglePanel(button, panelOf(button));
  });
  shadow.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key !== 'Escape') return;
    for (const [button, panel] of panels) {
      if (!panel.hidden) {
        togglePanel(button, panel, false);
        button.focus();
      }
    }
  });
  return host;
}

/** The parts every control starts from, built once per page and cloned for each post. */
interface Prototypes {
  t: GetMessage;
  /** The bar with the clip button and its status line. */
  bar: HTMLElement;
  /** The verdict chip (its label still to add), the adjust and the open button. */
  details: DocumentFragment;
}

const prototypes = new WeakMap<Document, Prototypes>();

function prototypesFor(doc: Document, t: GetMessage): Prototypes {
  const known = prototypes.get(doc);
  if (known?.t === t) return known;
  const make = maker(doc);
  const bar = make('div', { class: 'bar' });
  bar.append(
    make(
      'button',
      { type: 'button', 'data-vliegwiel-clip': '', 'aria-label': t('clipActionLabel') },
      t('clipAction'),
    ),
    make('span', { role: 'status', class: 'sr' }),
  );
  const why = make('button', {
    type: 'button',
    'data-vliegwiel-why': '',
    'aria-expanded': 'false',
  });
  why.append(make('span', { class: 'tone', 'aria-hidden': 'true' }));
  const details = doc.createDocumentFragment();
  details.append(
    why,
    make(
      'button',
      { type: 'button', class: 'ghost', 'data-vliegwiel-adjust': '', 'aria-expanded': 'false' },
      t('adjust'),
    ),
    make(
      'button',
      { type: 'button', class: 'ghost', 'data-vliegwiel-open': '' },
      t('openInTracker'),
    ),
  );
  const built = { t, bar, details };
  prototypes.set(doc, built);
  return built;
}

function maker(doc: Document): Make {
  return (tag, attributes = {}, text) => {
    const element = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (text !== undefined) element.textContent = text;
    return element;
  };
}

let sharedSheet: CSSStyleSheet | null = null;

/**
 * One constructed stylesheet serves every control on the page; where a browser does not let a
 * content script adopt one (older Firefox), each control gets its own style element instead.
 */
function adoptStyles(shadow: ShadowRoot, doc: Document) {
  try {
    if (!sharedSheet) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      sharedSheet = sheet;
    }
    shadow.adoptedStyleSheets = [sharedSheet];
    return;
  } catch {
    // Fall through to a style element.
  }
  const style = doc.createElement('style');
  style.textContent = STYLE;
  shadow.append(style);
}

type Make = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes?: Record<string, string>,
  text?: string,
) => HTMLElementTagNameMap[K];

function verdictLabel(classification: Judgement, t: GetMessage): string {
  if (!classification.local) return t('verdictOther');
  return classification.category ? t(categoryMessage(classification.category)) : t('verdictLocal');
}

let panelCounter = 0;

/**
 * Which words and places led to the verdict, so that it can be checked and corrected. The verdict
 * and tone show at once; the cues follow when the background has sent them.
 */
function explanationPanel(
  make: Make,
  classification: Judgement,
  t: GetMessage,
  explain: () => Promise<Evidence[] | null>,
): HTMLElement {
  const panel = make('div', {
    class: 'panel',
    id: `vliegwiel-why-${++panelCounter}`,
    'data-vliegwiel-explanation': '',
    'aria-busy': 'true',
  });
  panel.hidden = true;
  // A classifier is never certain; "100%" would claim it is.
  const percent = `${Math.min(99, Math.round(classification.confidence * 100))}%`;
  const cuesShown = make('div', { class: 'muted' }, t('loading'));
  const tone = t(classification.tone === 'heated' ? 'toneHeated' : 'toneCalm');
  const toneShown = make('div', { class: 'muted' }, tone);
  panel.append(
    make(
      'h2',
      {},
      `${t(classification.local ? 'verdictLocal' : 'verdictOther')} · ${t('confidencePercent', [percent])}`,
    ),
    cuesShown,
    toneShown,
  );
  const show = (evidence: Evidence[] | null) => {
    panel.removeAttribute('aria-busy');
    if (evidence === null) {
      cuesShown.textContent = t('explainUnavailable');
      return;
    }
    cuesShown.replaceWith(...cueLists(make, t, evidence));
    // Tone cues explain the tone, not the verdict: they are listed with the tone.
    const toneWords = evidence
      .filter((e) => e.kind === 'tone')
      .slice(0, EVIDENCE_SHOWN)
      .map((cue) => cue.cue)
      .join(', ');
    if (toneWords) toneShown.textContent = `${tone}: ${toneWords}`;
  };
  explain().then(show, () => show(null));
  return panel;
}

/** The cues for and against the verdict, strongest first, or a line saying there are none. */
function cueLists(make: Make, t: GetMessage, evidence: Evidence[]): HTMLElement[] {
  const cues = evidence.filter((e) => e.kind !== 'tone');
  const supporting = cues.filter((e) => e.weight > 0).slice(0, EVIDENCE_SHOWN);
  const opposing = cues.filter((e) => e.weight <= 0).slice(0, EVIDENCE_SHOWN);
  const shown: HTMLElement[] = [];
  for (const [heading, cues] of [
    ['explainWords', supporting],
    ['explainAgainst', opposing],
  ] as const) {
    if (cues.length === 0) continue;
    const list = make('ul');
    for (const cue of cues) {
      list.append(
        make('li', {}, cue.category ? `${cue.cue} (${t(categoryMessage(cue.category))})` : cue.cue),
      );
    }
    shown.push(make('div', { class: 'muted' }, t(heading)), list);
  }
  if (shown.length === 0) shown.push(make('div', { class: 'muted' }, t('explainNothing')));
  return shown;
}

/** What the clip dialog answers when saved: fine, or why not in the user's words. */
export type ClipAnswer = { ok: true } | { ok: false; message: string };

export interface InitiativeChoice {
  id: string;
  title: string;
}

/** The value of the initiative choice that asks for a new one, by title. */
const NEW_INITIATIVE = 'new';

/**
 * The clip dialog: correct the verdict, category and place, add a note, and put the post in an
 * initiative (one offered, or a new one). Saving clips the post with all of it at once; the
 * dialog stays open with the reason when that is refused.
 */
function clipDialog(
  make: Make,
  classification: Judgement,
  t: GetMessage,
  asks: Pick<ClipControlOptions, 'listInitiatives' | 'suggestions'>,
  onSave: (correction: Correction | undefined, details: ClipDetails) => Promise<ClipAnswer>,
): HTMLElement {
  const id = ++panelCounter;
  const form = make('form', {
    class: 'panel',
    id: `vliegwiel-adjust-${id}`,
    'data-vliegwiel-correction': '',
  });
  form.hidden = true;
  const field = (labelKey: Parameters<GetMessage>[0], control: HTMLElement) => {
    const label = make('label', { class: 'field' }, `${t(labelKey)} `);
    label.append(control);
    return label;
  };
  const fieldset = make('fieldset');
  fieldset.append(make('legend', {}, t('correctionVerdictLabel')));
  for (const [value, label] of [
    ['local-issue', 'yes'],
    ['other', 'no'],
  ] as const) {
    const radio = make('input', { type: 'radio', name: `verdict-${id}`, value });
    radio.checked = classification.local === (value === 'local-issue');
    const wrapper = make('label');
    wrapper.append(radio, ` ${t(label)}`);
    fieldset.append(wrapper);
  }
  const category = make('select', { name: 'category' });
  for (const categoryId of CATEGORY_IDS) {
    category.append(make('option', { value: categoryId }, t(categoryMessage(categoryId))));
  }
  category.value = classification.category ?? 'other';
  const municipality = make('input', {
    name: 'municipality',
    maxlength: '200',
    autocomplete: 'off',
  });
  const place = make('input', { name: 'place', maxlength: '200', autocomplete: 'off' });
  const note = make('textarea', { name: 'note', maxlength: '5000', rows: '2' });
  const initiative = make('select', { name: 'initiative' });
  initiative.append(
    make('option', { value: '' }, t('dialogNoInitiative')),
    make('option', { value: NEW_INITIATIVE }, t('dialogNewInitiative')),
  );
  const title = make('input', { name: 'title', maxlength: '200', autocomplete: 'off' });
  const titleField = field('dialogInitiativeTitle', title);
  titleField.hidden = true;
  initiative.addEventListener('change', () => {
    titleField.hidden = initiative.value !== NEW_INITIATIVE;
  });
  // The initiatives are asked for when the dialog is first built, which is when it is opened.
  void asks.listInitiatives().then(
    (choices) => {
      for (const choice of choices) {
        initiative.append(make('option', { value: choice.id }, choice.title));
      }
    },
    () => {},
  );
  // Where it is and who can act on it; the place field shows the municipality found.
  const suggested = make('div', { class: 'suggested', 'data-vliegwiel-suggestions': '' });
  void asks.suggestions().then(
    (answer) => {
      if (!answer) return;
      // Shown, not filled in: an untouched field keeps what was found, and is no correction.
      if (answer.municipality) municipality.placeholder = answer.municipality;
      if (answer.where) suggested.append(make('div', { class: 'muted' }, answer.where));
      if (answer.contacts.length > 0) {
        suggested.append(make('div', {}, t('suggestionsHeading')), contactList(make, t, answer));
      }
      if (answer.groups.length > 0) {
        const groups = make('ul', { 'data-vliegwiel-groups': '' });
        for (const group of answer.groups) {
          const item = make('li');
          item.append(make('strong', {}, group.name), ` · ${group.why}`);
          groups.append(item);
        }
        suggested.append(make('div', {}, t('groupsSuggestedHeading')), groups);
      }
    },
    () => {},
  );
  const problem = make('p', { role: 'alert', class: 'problem' });
  const save = make('button', { type: 'submit' }, t('saveCorrection'));
  form.append(
    suggested,
    fieldset,
    field('categoryLabel', category),
    field('municipalityLabel', municipality),
    field('placeOptionalLabel', place),
    field('dialogNoteLabel', note),
    field('dialogInitiativeLabel', initiative),
    titleField,
    problem,
    save,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const local =
      form.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value !== 'other';
    if (initiative.value === NEW_INITIATIVE && title.value.trim() === '') {
      problem.textContent = t('titleRequired');
      title.focus();
      return;
    }
    // Only what differs from the classifier is a correction. A post that is not a local issue
    // keeps a category too (the tracker files and filters it by one), so a changed one counts.
    const chosenCategory = category.value as CategoryId;
    const correction: Correction = {
      ...(local !== classification.local ? { verdict: local ? 'local-issue' : 'other' } : {}),
      ...(chosenCategory !== (classification.category ?? 'other')
        ? { category: chosenCategory }
        : {}),
    };
    const details: ClipDetails = {
      ...(note.value.trim() ? { note: note.value.trim() } : {}),
      ...(municipality.value.trim() ? { municipality: municipality.value.trim() } : {}),
      ...(municipality.value.trim() && place.value.trim() ? { place: place.value.trim() } : {}),
      ...(initiative.value === NEW_INITIATIVE
        ? { initiative: { title: title.value.trim() } }
        : initiative.value
          ? { initiative: { id: initiative.value } }
          : {}),
    };
    save.disabled = true;
    problem.textContent = '';
    void onSave(Object.keys(correction).length > 0 ? correction : undefined, details).then(
      (answer) => {
        save.disabled = false;
        if (!answer.ok) problem.textContent = answer.message;
      },
    );
  });
  return form;
}

/** The contacts the dialog suggests, with why and how to reach them, best first. */
function contactList(make: Make, t: GetMessage, answer: PostSuggestionsResult): HTMLElement {
  const list = make('ol');
  for (const contact of answer.contacts) {
    const item = make('li', { 'data-contact-kind': contact.kind });
    item.append(make('strong', {}, contact.name), ` · ${contact.why}`);
    if (contact.phone) {
      item.append(
        ' · ',
        make('a', { href: `tel:${contact.phone.replace(/\s/g, '')}` }, contact.phone),
      );
    }
    if (contact.url) {
      const link = { href: contact.url, target: '_blank', rel: 'noopener noreferrer' };
      item.append(' · ', make('a', link, t('channelWebsite')));
    }
    list.append(item);
  }
  return list;
}

function togglePanel(button: HTMLElement, panel: HTMLElement, open = panel.hidden) {
  panel.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
  if (open) panel.querySelector<HTMLElement>('input:checked, select, button')?.focus();
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
  // A clipped post shows "Open in Vliegwiel", so its control is built in full.
  if (state === 'clipped' || state === 'already-clipped') completeControl.get(host)?.();
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
  // Found by their key in one selector, not by filtering every control on a long timeline.
  const quoted = postKey.replace(/["\\]/g, '\\$&');
  return [...doc.querySelectorAll(`${CLIP_ELEMENT}[${POST_KEY_ATTRIBUTE}="${quoted}"]`)];
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
