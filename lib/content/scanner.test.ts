// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Judgement } from '../classify';
import type { MessageKey } from '../i18n';
import type { ClipDetails, Correction, PostCapture } from '../schema/capture';
import type { ClipPostResult, ClipStatusResult, Response } from '../schema/messages';
import type { ScannedPost, SiteAdapter } from '../sites/types';
import { CLIP_ELEMENT, controlsFor } from './clip-control';
import {
  POST_ATTRIBUTE,
  type Scanner,
  type ScannerOptions,
  startScanner,
  VERDICT_ATTRIBUTE,
} from './scanner';

/** A site whose posts are `<div class="post" data-id>` with a `.text` child once rendered. */
const testAdapter: SiteAdapter = {
  site: 'web',
  matches: [],
  handles: () => true,
  findPosts: (root) => {
    const posts = [...root.querySelectorAll('.post')];
    return root instanceof Element && root.matches('.post') ? [root, ...posts] : posts;
  },
  readPost: (post) => {
    const scanned = readTestPost(post);
    if (!scanned) return null;
    const id = scanned.key.slice('web:'.length);
    return {
      ...scanned,
      source: { site: 'web', url: `https://forum.example/t/${id}`, postId: id },
    };
  },
  readPostForScan: (post) => readTestPost(post),
  controlAnchor: (post) => ({ element: post, placement: 'append' }),
};

function readTestPost(post: Element): ScannedPost | null {
  const id = post.getAttribute('data-id');
  if (id === 'broken') throw new Error('unexpected structure');
  const text = post.querySelector('.text')?.textContent;
  if (!id || text == null) return null;
  return { key: `web:${id}`, text };
}

const NOT_LOCAL: Judgement = {
  local: false,
  category: null,
  confidence: 0.7,
  tone: 'calm',
};

/** A classifier that answers a batch later, as the background does, one verdict per post. */
function eachPost(classifyOne: (post: ScannedPost) => Judgement): ScannerOptions['classify'] {
  return async (posts) => posts.map(classifyOne);
}

const t = (key: MessageKey) => key;
/** Lets the answers already on their way (promises resolved by now) arrive. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
let scanner: Scanner;
let clip: ReturnType<
  typeof vi.fn<
    (
      c: PostCapture,
      correction?: Correction,
      details?: ClipDetails,
    ) => Promise<Response<ClipPostResult>>
  >
>;
let clipStatus: ReturnType<typeof vi.fn<(k: string[]) => Promise<Response<ClipStatusResult>>>>;
let openTracker: ReturnType<typeof vi.fn<(signalId?: string) => void>>;
let log: ReturnType<typeof vi.fn<(message: string, error?: unknown) => void>>;

function start(overrides: Partial<ScannerOptions> = {}) {
  scanner = startScanner({
    adapter: testAdapter,
    document,
    pageUrl: () => new URL('https://forum.example/'),
    classify: eachPost((capture) =>
      capture.text.includes('ratten')
        ? {
            local: true,
            category: 'animals',
            confidence: 0.87,
            tone: capture.text.includes('!!') ? 'heated' : 'calm',
          }
        : NOT_LOCAL,
    ),
    explain: async (text) =>
      text.includes('ratten')
        ? [
            { cue: 'ratten', kind: 'topic', weight: 2, category: 'animals' },
            { cue: 'school', kind: 'place', weight: 1 },
          ]
        : [],
    t,
    clip,
    clipStatus,
    listInitiatives: async () => ({
      ok: true,
      result: { initiatives: [{ id: 'initiative-1', title: 'Ratten weg bij de school' }] },
    }),
    postSuggestions: async () => ({
      ok: true,
      result: {
        municipality: 'Utrecht',
        where: 'Lombok, Utrecht (genoemd in het bericht)',
        contacts: [
          {
            id: 'animal-emergency-144',
            kind: 'animal-emergency',
            name: 'Dierenambulance',
            why: 'behandelt dieren',
            phone: '144',
          },
        ],
        groups: [{ id: 'group-1', name: 'Buurtvereniging Lombok', why: 'in Lombok' }],
      },
    }),
    openTracker,
    log,
    defer: (task, delayMs) => setTimeout(task, delayMs),
    now: () => performance.now(),
    ...overrides,
  });
  return scanner;
}

function post(id: string, text?: string) {
  const element = document.createElement('div');
  element.className = 'post';
  element.setAttribute('data-id', id);
  if (text !== undefined) {
    const body = document.createElement('p');
    body.className = 'text';
    body.textContent = text;
    element.append(body);
  }
  return element;
}

function clipButton(element: Element) {
  const control = element.querySelector(CLIP_ELEMENT);
  return control?.shadowRoot?.querySelector<HTMLButtonElement>('button[data-vliegwiel-clip]');
}

/** A local-issue post on the page, with its clip dialog opened. */
async function openDialog(): Promise<HTMLFormElement> {
  const element = post('1', 'ratten bij de school');
  document.body.append(element);
  await start().flush();
  const root = shadowOf(element);
  root.querySelector<HTMLButtonElement>('[data-vliegwiel-adjust]')?.click();
  return root.querySelector<HTMLFormElement>('[data-vliegwiel-correction]') as HTMLFormElement;
}

beforeEach(() => {
  document.body.innerHTML = '';
  clip = vi.fn(async () => ({
    ok: true as const,
    result: { status: 'clipped' as const, signalId: 'signal-1' },
  }));
  clipStatus = vi.fn(async () => ({ ok: true as const, result: { clipped: [] } }));
  openTracker = vi.fn();
  log = vi.fn();
});
afterEach(() => scanner?.stop());

describe('scanner', () => {
  it('marks every post with its key and verdict and gives it one control', async () => {
    document.body.append(post('1', 'ratten bij de school'), post('2', 'mooi weer vandaag'));
    await start().flush();
    const marked = [...document.querySelectorAll(`[${POST_ATTRIBUTE}]`)];
    expect(
      marked.map((e) => [e.getAttribute(POST_ATTRIBUTE), e.getAttribute(VERDICT_ATTRIBUTE)]),
    ).toEqual([
      ['web:1', 'local-issue'],
      ['web:2', 'other'],
    ]);
    expect(document.querySelectorAll(CLIP_ELEMENT)).toHaveLength(2);
    const control = document.querySelector(CLIP_ELEMENT);
    expect(control?.shadowRoot?.mode).toBe('open');
    expect(clipButton(marked[0] as Element)?.textContent).toBe('clipAction');
  });

  it('finds posts added later, once, without duplicating controls', async () => {
    document.body.append(post('1', 'een'));
    await start().flush();
    const later = post('2', 'twee');
    document.body.append(later);
    await scanner.flush();
    // A mutation inside an already-marked post must not add a second control.
    later.append(document.createElement('span'));
    document.body.append(post('3', 'drie'));
    await scanner.flush();
    expect(document.querySelectorAll(CLIP_ELEMENT)).toHaveLength(3);
    expect(later.querySelectorAll(CLIP_ELEMENT)).toHaveLength(1);
  });

  it('reads a post once its text has rendered', async () => {
    const pending = post('1');
    document.body.append(pending);
    await start().flush();
    expect(pending.hasAttribute(POST_ATTRIBUTE)).toBe(false);
    const body = document.createElement('p');
    body.className = 'text';
    body.textContent = 'ratten';
    pending.append(body);
    await scanner.flush();
    expect(pending.getAttribute(POST_ATTRIBUTE)).toBe('web:1');
  });

  it('marks an element again when the site reuses it for another post', async () => {
    const element = post('1', 'een');
    document.body.append(element);
    await start().flush();
    element.setAttribute('data-id', '2');
    (element.querySelector('.text') as Element).replaceWith(
      Object.assign(document.createElement('p'), { className: 'text', textContent: 'twee' }),
    );
    await scanner.flush();
    expect(element.getAttribute(POST_ATTRIBUTE)).toBe('web:2');
    const controls = element.querySelectorAll(CLIP_ELEMENT);
    expect(controls).toHaveLength(1);
    expect(controls[0]?.getAttribute('data-vliegwiel-for')).toBe('web:2');
  });

  it('keeps the control when the insides of the same post change', async () => {
    const element = post('1', 'een');
    document.body.append(element);
    await start().flush();
    const control = element.querySelector(CLIP_ELEMENT);
    element.append(document.createElement('span'));
    await scanner.flush();
    expect(element.querySelector(CLIP_ELEMENT)).toBe(control);
  });

  it('skips a post the adapter cannot read and logs it, without stopping', async () => {
    document.body.append(post('broken', 'x'), post('2', 'ok'));
    await start().flush();
    expect(log).toHaveBeenCalledWith('web: reading a post failed', expect.any(Error));
    expect(document.querySelectorAll(`[${POST_ATTRIBUTE}]`)).toHaveLength(1);
  });

  it('asks for the verdicts of the posts a task reads in one request, not one each', async () => {
    for (let i = 0; i < 30; i++) document.body.append(post(String(i), `bericht ${i}`));
    const classify = vi.fn(eachPost(() => ({ ...NOT_LOCAL })));
    await start({ classify }).flush();
    expect(document.querySelectorAll(`[${POST_ATTRIBUTE}]`)).toHaveLength(30);
    expect(classify.mock.calls.flatMap(([posts]) => posts)).toHaveLength(30);
    expect(classify.mock.calls.length).toBeLessThan(30);
  });

  it('leaves posts unmarked while no verdicts come, and reads them again after pauses that double', async () => {
    document.body.append(post('1', 'ratten'), post('2', 'twee'));
    const classify = vi.fn<ScannerOptions['classify']>(async () => null);
    const pauses: number[] = [];
    // Long pauses are asked for, and shortened here to keep the test quick.
    const defer = (task: () => void, delayMs: number) => {
      if (delayMs >= 1_000) pauses.push(delayMs);
      setTimeout(task, Math.min(delayMs, 5));
    };
    await start({ classify, defer }).flush();
    expect(document.querySelectorAll(`[${POST_ATTRIBUTE}]`)).toHaveLength(0);
    expect(document.querySelectorAll(CLIP_ELEMENT)).toHaveLength(0);
    await vi.waitFor(() => expect(pauses.length).toBeGreaterThanOrEqual(8));
    expect(pauses.slice(0, 8)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000,
    ]);

    classify.mockImplementation(eachPost(() => ({ ...NOT_LOCAL })));
    await vi.waitFor(() =>
      expect(
        [...document.querySelectorAll(`[${POST_ATTRIBUTE}]`)].map((e) =>
          e.getAttribute(POST_ATTRIBUTE),
        ),
      ).toEqual(['web:1', 'web:2']),
    );
    expect(document.querySelectorAll(CLIP_ELEMENT)).toHaveLength(2);
  });

  it('writes no verdict that arrives after its element became another post', async () => {
    const element = post('1', 'ratten');
    document.body.append(element);
    let answerFirst: (verdicts: Judgement[]) => void = () => {};
    const classify = vi
      .fn<ScannerOptions['classify']>()
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockImplementation(eachPost(() => ({ ...NOT_LOCAL })));
    start({ classify });
    await vi.waitFor(() => expect(classify).toHaveBeenCalledTimes(1));

    element.setAttribute('data-id', '2');
    (element.querySelector('.text') as Element).textContent = 'twee';
    await vi.waitFor(() => expect(element.getAttribute(POST_ATTRIBUTE)).toBe('web:2'));
    answerFirst([{ ...NOT_LOCAL, local: true, category: 'animals' }]);
    await scanner.flush();

    expect(element.getAttribute(POST_ATTRIBUTE)).toBe('web:2');
    expect(element.getAttribute(VERDICT_ATTRIBUTE)).toBe('other');
    const controls = element.querySelectorAll(CLIP_ELEMENT);
    expect([...controls].map((c) => c.getAttribute('data-vliegwiel-for'))).toEqual(['web:2']);
  });

  it('shows posts clipped earlier as clipped', async () => {
    clipStatus.mockResolvedValue({
      ok: true,
      result: { clipped: [{ key: 'web:2', signalId: 's2' }] },
    });
    document.body.append(post('1', 'een'), post('2', 'twee'));
    await start().flush();
    expect(clipStatus).toHaveBeenCalledWith(['web:1', 'web:2']);
    const states = [...document.querySelectorAll(CLIP_ELEMENT)].map((c) =>
      c.getAttribute('data-state'),
    );
    expect(states).toEqual(['idle', 'clipped']);
  });

  it('clips on click and shows the answer on every control of that post', async () => {
    const first = post('1', 'ratten');
    const repost = post('1', 'ratten');
    document.body.append(first, repost);
    await start().flush();
    clipButton(first)?.click();
    await vi.waitFor(() =>
      expect(first.querySelector(CLIP_ELEMENT)?.getAttribute('data-state')).toBe('clipped'),
    );
    expect(clip).toHaveBeenCalledWith(
      expect.objectContaining({ key: 'web:1' }),
      undefined,
      undefined,
    );
    expect(repost.querySelector(CLIP_ELEMENT)?.getAttribute('data-state')).toBe('clipped');
  });

  it('says already clipped when the background already has the post', async () => {
    clip.mockResolvedValue({ ok: true, result: { status: 'already-clipped', signalId: 's1' } });
    const element = post('1', 'ratten');
    document.body.append(element);
    await start().flush();
    clipButton(element)?.click();
    await vi.waitFor(() => expect(clipButton(element)?.textContent).toBe('clipAlready'));
  });

  it('shows a failure with its reason and allows another try', async () => {
    clip.mockResolvedValueOnce({ ok: false, error: { code: 'internal', message: 'disk full' } });
    const element = post('1', 'ratten');
    document.body.append(element);
    await start().flush();
    clipButton(element)?.click();
    await vi.waitFor(() => expect(clipButton(element)?.textContent).toBe('clipFailed'));
    expect(clipButton(element)?.title).toBe('disk full');
    clipButton(element)?.click();
    await vi.waitFor(() => expect(clipButton(element)?.textContent).toBe('clipDone'));
  });

  it('says a clip may not be kept when the background gave no answer', async () => {
    clip.mockResolvedValueOnce({
      ok: false,
      error: { code: 'unreachable', message: 'The message port closed.' },
    });
    const element = post('1', 'ratten');
    document.body.append(element);
    await start().flush();
    clipButton(element)?.click();
    await vi.waitFor(() => expect(clipButton(element)?.textContent).toBe('clipFailed'));
    expect(clipButton(element)?.title).toBe('clipInterrupted');
  });

  it('keeps the control’s clicks from reaching the page', async () => {
    const element = post('1', 'ratten');
    const pageHandler = vi.fn();
    element.addEventListener('click', pageHandler);
    document.body.append(element);
    await start().flush();
    clipButton(element)?.click();
    expect(pageHandler).not.toHaveBeenCalled();
  });

  it('holds back pointer and key events once the pointer or focus reaches the control', async () => {
    const element = post('1', 'ratten');
    const pageHandler = vi.fn();
    for (const type of ['mousedown', 'pointerdown', 'keydown']) {
      element.addEventListener(type, pageHandler);
    }
    document.body.append(element);
    await start().flush();
    const host = element.querySelector(CLIP_ELEMENT) as Element;
    host.dispatchEvent(new Event('pointerenter'));
    for (const type of ['mousedown', 'pointerdown', 'keydown']) {
      clipButton(element)?.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    }
    expect(pageHandler).not.toHaveBeenCalled();
  });

  it('opens the tracker at the clipped signal', async () => {
    const element = post('1', 'ratten');
    document.body.append(element);
    await start().flush();
    clipButton(element)?.click();
    await vi.waitFor(() => expect(clip).toHaveBeenCalled());
    await vi.waitFor(() =>
      expect(element.querySelector(CLIP_ELEMENT)?.getAttribute('data-state')).toBe('clipped'),
    );
    element
      .querySelector(CLIP_ELEMENT)
      ?.shadowRoot?.querySelector<HTMLButtonElement>('[data-vliegwiel-open]')
      ?.click();
    expect(openTracker).toHaveBeenCalledWith('signal-1');
  });

  it('replaces a control left by an earlier run instead of adding one', async () => {
    const element = post('1', 'ratten');
    document.body.append(element);
    await start().flush();
    scanner.stop();
    element.removeAttribute(POST_ATTRIBUTE);
    await start().flush();
    expect(element.querySelectorAll(CLIP_ELEMENT)).toHaveLength(1);
  });

  it('splits a long page into short tasks and still marks every post', async () => {
    for (let i = 0; i < 60; i++) document.body.append(post(String(i), `bericht ${i}`));
    let clock = 0;
    const tasks: number[] = [];
    start({
      defer: (task) =>
        setTimeout(() => {
          const before = clock;
          task();
          tasks.push(clock - before);
        }, 0),
      // Every look at the clock costs a millisecond of pretend time.
      now: () => ++clock,
    });
    await scanner.flush();
    expect(document.querySelectorAll(`[${POST_ATTRIBUTE}]`)).toHaveLength(60);
    expect(tasks.length).toBeGreaterThan(5);
    expect(Math.max(...tasks)).toBeLessThanOrEqual(40);
  });

  it('pauses longer and longer between tasks while scanning keeps the page busy, and still marks every post', async () => {
    for (let i = 0; i < 40; i++) document.body.append(post(String(i), `bericht ${i}`));
    let clock = 0;
    const pauses: number[] = [];
    const log = vi.fn();
    start({
      // A page the adapter finds slow: every post costs 30 ms of pretend time to read.
      adapter: {
        ...testAdapter,
        readPostForScan: (element, url) => {
          clock += 30;
          return testAdapter.readPostForScan(element, url);
        },
      },
      defer: (task, delayMs) => {
        pauses.push(delayMs);
        clock += delayMs;
        setTimeout(task, 0);
      },
      now: () => clock,
      log,
    });
    await scanner.flush();
    expect(document.querySelectorAll(`[${POST_ATTRIBUTE}]`)).toHaveLength(40);
    const backedOff = pauses.filter((pause) => pause > 0);
    expect(backedOff.length).toBeGreaterThan(2);
    expect(backedOff[1]).toBeGreaterThan(backedOff[0] as number);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('scanning is slow'));
  });

  it('does not pause on a page it scans quickly', async () => {
    for (let i = 0; i < 40; i++) document.body.append(post(String(i), `bericht ${i}`));
    const pauses: number[] = [];
    start({
      defer: (task, delayMs) => {
        pauses.push(delayMs);
        setTimeout(task, 0);
      },
    });
    await scanner.flush();
    expect(document.querySelectorAll(`[${POST_ATTRIBUTE}]`)).toHaveLength(40);
    expect(pauses.every((pause) => pause === 0)).toBe(true);
  });

  it('stops observing when stopped', async () => {
    await start().flush();
    scanner.stop();
    document.body.append(post('1', 'ratten'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.querySelectorAll(`[${POST_ATTRIBUTE}]`)).toHaveLength(0);
  });
});

function shadowOf(element: Element) {
  const root = element.querySelector(CLIP_ELEMENT)?.shadowRoot;
  if (!root) throw new Error('no clip control');
  return root;
}

describe('clip control', () => {
  it('names the category and explains the verdict with its words on request', async () => {
    const element = post('1', 'ratten bij de school');
    document.body.append(element);
    await start().flush();
    const root = shadowOf(element);
    const why = root.querySelector<HTMLButtonElement>('[data-vliegwiel-why]');
    expect(why?.textContent).toBe('category_animals');
    expect(root.querySelector('[data-vliegwiel-explanation]')).toBeNull();
    why?.click();
    const panel = root.querySelector<HTMLElement>('[data-vliegwiel-explanation]');
    expect(panel?.hidden).toBe(false);
    expect(why?.getAttribute('aria-controls')).toBe(panel?.id);
    expect(why?.getAttribute('aria-expanded')).toBe('true');
    // The verdict shows at once; the cues when the background has sent them.
    expect(panel?.textContent).toContain('verdictLocal');
    expect(panel?.getAttribute('aria-busy')).toBe('true');
    await settled();
    expect(panel?.hasAttribute('aria-busy')).toBe(false);
    expect(panel?.textContent).toContain('ratten (category_animals)');
    expect(panel?.textContent).toContain('school');
    expect(panel?.textContent).not.toContain('loading');
  });

  it('asks for the cues of the text it marked, once, and says so when none come', async () => {
    const element = post('1', 'ratten bij de school');
    document.body.append(element);
    const explain = vi.fn(async (_text: string) => null);
    await start({ explain }).flush();
    const root = shadowOf(element);
    expect(explain).not.toHaveBeenCalled();
    const why = root.querySelector<HTMLButtonElement>('[data-vliegwiel-why]') as HTMLButtonElement;
    why.click();
    await settled();
    const panel = root.querySelector<HTMLElement>('[data-vliegwiel-explanation]');
    expect(panel?.textContent).toContain('explainUnavailable');
    expect(panel?.textContent).toContain('toneCalm');
    why.click();
    why.click();
    expect(explain).toHaveBeenCalledTimes(1);
    expect(explain).toHaveBeenCalledWith('ratten bij de school');
  });

  it('builds the chip of a post that is not a local issue when the pointer or focus arrives', async () => {
    const element = post('1', 'mooi weer vandaag');
    document.body.append(element);
    await start().flush();
    const host = element.querySelector(CLIP_ELEMENT) as Element;
    const root = shadowOf(element);
    expect(root.querySelector('[data-vliegwiel-why]')).toBeNull();
    host.dispatchEvent(new Event('focusin'));
    expect(root.querySelector('[data-vliegwiel-why]')?.textContent).toBe('verdictOther');
    expect(root.querySelector('[data-vliegwiel-adjust]')).not.toBeNull();
  });

  it('lists tone cues with the tone, not as reasons against the verdict', async () => {
    scanner?.stop();
    const element = post('1', 'ratten');
    document.body.append(element);
    start({
      classify: eachPost(() => ({
        local: true,
        category: 'animals',
        confidence: 0.9,
        tone: 'heated',
      })),
      explain: async () => [
        { cue: 'ratten', kind: 'topic', weight: 2, category: 'animals' },
        { cue: '!!!', kind: 'tone', weight: 0 },
      ],
    });
    await scanner.flush();
    shadowOf(element).querySelector<HTMLButtonElement>('[data-vliegwiel-why]')?.click();
    await settled();
    const panel = shadowOf(element).querySelector('[data-vliegwiel-explanation]');
    expect(panel?.textContent).not.toContain('explainAgainst');
    expect(panel?.textContent).toContain('toneHeated: !!!');
  });

  it('shows a heated tone as its own mark', async () => {
    const calm = post('1', 'ratten bij de school');
    const heated = post('2', 'ratten!! weer!!');
    document.body.append(calm, heated);
    await start().flush();
    expect(calm.querySelector(CLIP_ELEMENT)?.getAttribute('data-tone')).toBe('calm');
    expect(heated.querySelector(CLIP_ELEMENT)?.getAttribute('data-tone')).toBe('heated');
  });

  it('clips with the user’s correction of verdict and category', async () => {
    const element = post('1', 'ratten bij de school');
    document.body.append(element);
    await start().flush();
    const root = shadowOf(element);
    root.querySelector<HTMLButtonElement>('[data-vliegwiel-adjust]')?.click();
    const form = root.querySelector<HTMLFormElement>('[data-vliegwiel-correction]');
    expect(form?.hidden).toBe(false);
    const select = form?.querySelector('select') as HTMLSelectElement;
    expect(select.value).toBe('animals');
    select.value = 'cleanliness';
    form?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await vi.waitFor(() =>
      expect(clip).toHaveBeenCalledWith(
        expect.objectContaining({ key: 'web:1' }),
        { category: 'cleanliness' },
        {},
      ),
    );
    await vi.waitFor(() => expect(form?.hidden).toBe(true));
  });

  it('records “not a local issue” without a category', async () => {
    const form = await openDialog();
    form.querySelector<HTMLInputElement>('input[value="other"]')?.click();
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await vi.waitFor(() =>
      expect(clip).toHaveBeenCalledWith(expect.anything(), { verdict: 'other' }, {}),
    );
  });

  it('keeps a category chosen together with “not a local issue”', async () => {
    const form = await openDialog();
    form.querySelector<HTMLInputElement>('input[value="other"]')?.click();
    (form.querySelector('select[name="category"]') as HTMLSelectElement).value = 'nuisance';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await vi.waitFor(() =>
      expect(clip).toHaveBeenCalledWith(
        expect.anything(),
        { verdict: 'other', category: 'nuisance' },
        {},
      ),
    );
  });

  it('clips from the dialog with a note, a place and a new initiative', async () => {
    const form = await openDialog();
    const field = <E extends HTMLElement>(name: string) =>
      form.querySelector(`[name="${name}"]`) as E;
    await vi.waitFor(() =>
      expect(field<HTMLSelectElement>('initiative').textContent).toContain('Ratten weg'),
    );
    field<HTMLTextAreaElement>('note').value = ' Al weken ';
    field<HTMLInputElement>('municipality').value = 'Utrecht';
    field<HTMLInputElement>('place').value = 'Lombok';
    field<HTMLSelectElement>('initiative').value = 'new';
    field<HTMLSelectElement>('initiative').dispatchEvent(new Event('change'));
    expect((field<HTMLInputElement>('title').closest('label') as HTMLElement).hidden).toBe(false);
    field<HTMLInputElement>('title').value = 'Ratten weg';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await vi.waitFor(() =>
      expect(clip).toHaveBeenCalledWith(expect.anything(), undefined, {
        note: 'Al weken',
        municipality: 'Utrecht',
        place: 'Lombok',
        initiative: { title: 'Ratten weg' },
      }),
    );
  });

  it('shows in the dialog where the post is and who can act on it', async () => {
    const form = await openDialog();
    await vi.waitFor(() =>
      expect(form.querySelector('[data-vliegwiel-suggestions]')?.textContent).toContain(
        'Lombok, Utrecht',
      ),
    );
    const contact = form.querySelector('[data-contact-kind="animal-emergency"]');
    expect(contact?.textContent).toContain('Dierenambulance');
    expect(contact?.querySelector('a[href="tel:144"]')).not.toBeNull();
    expect(form.querySelector('[data-vliegwiel-groups]')?.textContent).toContain(
      'Buurtvereniging Lombok',
    );
    expect((form.querySelector('[name="municipality"]') as HTMLInputElement).placeholder).toBe(
      'Utrecht',
    );
  });

  it('keeps the dialog open with the reason when the place is unknown', async () => {
    clip.mockResolvedValueOnce({
      ok: false,
      error: { code: 'unknown-place', message: 'no single municipality is called "Atlantis"' },
    });
    const form = await openDialog();
    (form.querySelector('[name="municipality"]') as HTMLInputElement).value = 'Atlantis';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await vi.waitFor(() =>
      expect(form.querySelector('[role="alert"]')?.textContent).toBe('municipalityUnknown'),
    );
    expect(form.hidden).toBe(false);
  });

  it('asks for a title before starting a new initiative', async () => {
    const form = await openDialog();
    (form.querySelector('[name="initiative"]') as HTMLSelectElement).value = 'new';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    expect(form.querySelector('[role="alert"]')?.textContent).toBe('titleRequired');
    expect(clip).not.toHaveBeenCalled();
  });

  it('closes an open panel with Escape and gives focus back to its button', async () => {
    const element = post('1', 'ratten bij de school');
    document.body.append(element);
    await start().flush();
    const root = shadowOf(element);
    const why = root.querySelector<HTMLButtonElement>('[data-vliegwiel-why]') as HTMLButtonElement;
    why.click();
    root
      .querySelector('[data-vliegwiel-explanation]')
      ?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
      );
    expect(root.querySelector<HTMLElement>('[data-vliegwiel-explanation]')?.hidden).toBe(true);
    expect(why.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows post words in the explanation as text, never as markup', async () => {
    scanner?.stop();
    const element = post('1', 'ratten');
    document.body.append(element);
    start({
      classify: eachPost(() => ({ local: true, category: null, confidence: 0.6, tone: 'calm' })),
      explain: async () => [{ cue: '<img src=x onerror=alert(1)>', kind: 'topic', weight: 1 }],
    });
    await scanner.flush();
    shadowOf(element).querySelector<HTMLButtonElement>('[data-vliegwiel-why]')?.click();
    await settled();
    const panel = shadowOf(element).querySelector('[data-vliegwiel-explanation]');
    expect(panel).not.toBeNull();
    expect(panel?.querySelector('img')).toBeNull();
    expect(panel?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('controlsFor', () => {
  it('finds exactly the controls of one post, with the characters real keys have', () => {
    document.body.innerHTML = '';
    const mastodon = 'mastodon:mastodon.nl/@joost@mastodon.online/117311463948319909';
    const web = 'web:forum.wijkraad.example/t/parkeeroverlast-in-de-wijk/88#post-1';
    for (const key of [mastodon, web, mastodon, 'web:forum.wijkraad.example/t/88']) {
      const control = document.createElement(CLIP_ELEMENT);
      control.setAttribute('data-vliegwiel-for', key);
      document.body.append(control);
    }
    expect(controlsFor(document, mastodon)).toHaveLength(2);
    expect(controlsFor(document, web)).toHaveLength(1);
  });
});
