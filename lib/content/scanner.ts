import type { Evidence, Judgement } from '../classify';
import type { GetMessage } from '../i18n';
import type { ClipDetails, Correction, PostCapture } from '../schema/capture';
import {
  MAX_CLASSIFIED_TEXT_LENGTH,
  MAX_POSTS_CLASSIFIED,
  MAX_TEXT_LENGTH,
} from '../schema/limits';
import type {
  ClipPostResult,
  ClipStatusResult,
  ListInitiativesResult,
  PostSuggestionsResult,
  Response,
} from '../schema/messages';
import type { ControlAnchor, ScannedPost, SiteAdapter } from '../sites/types';
import {
  CLIP_ELEMENT,
  type ClipAnswer,
  type ClipState,
  clipState,
  controlAt,
  controlsFor,
  createClipControl,
  setClipState,
} from './clip-control';

/** Contract 1 in DESIGN.md. */
export const POST_ATTRIBUTE = 'data-vliegwiel-post';
export const VERDICT_ATTRIBUTE = 'data-vliegwiel-verdict';

/**
 * Each task reads posts for a few milliseconds, then writes their marks and controls until the
 * task budget is spent; what is left is written first in the next task. Tasks stay well inside a
 * frame (16 ms), so scrolling never waits on Vliegwiel.
 */
const READ_BUDGET_MS = 4;
const TASK_BUDGET_MS = 10;

/**
 * Scanning may keep the main thread busy for this long within any BUSY_WINDOW_MS. A page that
 * makes it work harder (a structure the adapter finds slow, an endless stream of new posts) gets
 * pauses between tasks that double while it stays that busy, up to MAX_PAUSE_MS: the page stays
 * responsive, and the posts are still marked, only later.
 */
const BUSY_WINDOW_MS = 2_000;
const BUSY_LIMIT_MS = 400;
const FIRST_PAUSE_MS = 250;
const MAX_PAUSE_MS = 8_000;

/** Pauses before reading the page again when its posts' verdicts did not come. */
const FIRST_RETRY_PAUSE_MS = 1_000;
const MAX_RETRY_PAUSE_MS = 60_000;

export interface ScannerOptions {
  adapter: SiteAdapter;
  document: Document;
  pageUrl(): URL;
  /**
   * The verdicts on these posts, in order; null when none came (the background could not be
   * reached). Classifying happens off the page's main thread, so it answers later.
   */
  classify(posts: ScannedPost[]): Promise<Judgement[] | null>;
  /** The cues behind the verdict on a post's text, for its explanation; null when none came. */
  explain(text: string): Promise<Evidence[] | null>;
  t: GetMessage;
  clip(
    capture: PostCapture,
    correction?: Correction,
    details?: ClipDetails,
  ): Promise<Response<ClipPostResult>>;
  listInitiatives(): Promise<Response<ListInitiativesResult>>;
  /** Where a post is and who can act on it, for its clip dialog. */
  postSuggestions(capture: PostCapture): Promise<Response<PostSuggestionsResult>>;
  clipStatus(keys: string[]): Promise<Response<ClipStatusResult>>;
  openTracker(signalId?: string): void;
  log(message: string, error?: unknown): void;
  /** Runs `task` later without blocking the page, after `delayMs` (a macrotask in the browser). */
  defer(task: () => void, delayMs: number): void;
  now(): number;
}

export interface Scanner {
  /** Marks every readable post now present; resolves when the work queued so far is done. */
  flush(): Promise<void>;
  stop(): void;
}

/**
 * Finds posts as the page renders them, marks each once, and gives it a clip control.
 * Posts an adapter cannot read yet (still rendering) are tried again on the next change, and a
 * marked post whose insides change is read again in case the site reused the element for another
 * post (virtualised timelines do). Everything is keyed weakly on the page's elements, so posts the
 * page removes leave nothing behind.
 */
export function startScanner(options: ScannerOptions): Scanner {
  const { adapter, document: doc } = options;
  /** The key each read post was marked with; null where reading failed for good. */
  const handled = new WeakMap<Element, string | null>();
  let changedPosts = new Set<Element>();
  const signalIds = new Map<string, string>();
  let dirtyRoots = new Set<ParentNode>([doc]);
  let scheduled = false;
  let stopped = false;
  let idle: Promise<void> = Promise.resolve();
  let finishIdle: (() => void) | null = null;

  function noteMutations(records: MutationRecord[]) {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && (node as Element).localName !== 'vliegwiel-clip') {
          dirtyRoots.add(node as Element);
        }
      }
      if (record.type === 'childList' && record.target.nodeType === 1 && !onlyControls(record)) {
        const target = record.target as Element;
        // Text arriving inside a post that was not readable yet makes it readable now; a change
        // inside a post whose verdict is on its way may make it another post.
        const unread = unreadPostAround(target);
        if (unread) {
          if (pendingUnread.has(unread)) dirtyRoots.add(unread);
          else changedPosts.add(unread);
        }
        const marked = target.closest(`[${POST_ATTRIBUTE}]`);
        if (marked && handled.has(marked)) changedPosts.add(marked);
      }
    }
    if (dirtyRoots.size > 0 || changedPosts.size > 0) schedule();
  }

  function onlyControls(record: MutationRecord): boolean {
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return (
      nodes.length > 0 && nodes.every((node) => (node as Element).localName === 'vliegwiel-clip')
    );
  }
  const observer = new MutationObserver(noteMutations);

  // Posts found but not readable yet, and posts read but not marked yet (their verdict is on its
  // way). Weak, and looked up by walking up from a change, so that a page full of posts that never
  // become readable costs neither memory nor time per change.
  const pendingUnread = new WeakSet<Element>();
  const awaitingVerdict = new WeakSet<Element>();
  function unreadPostAround(element: Element): Element | null {
    for (let node: Element | null = element; node; node = node.parentElement) {
      if (pendingUnread.has(node) || awaitingVerdict.has(node)) return node;
    }
    return null;
  }

  function schedule() {
    if (scheduled || stopped) return;
    scheduled = true;
    if (!finishIdle) idle = new Promise((resolve) => (finishIdle = resolve));
    options.defer(runSlice, pause);
  }

  /** Start and length of the recent tasks, oldest first, for the busy share. */
  const recentTasks: number[] = [];
  let pause = 0;

  function noteTask(started: number, ended: number) {
    recentTasks.push(started, ended - started);
    while ((recentTasks[0] as number) < ended - BUSY_WINDOW_MS) recentTasks.splice(0, 2);
    let busy = 0;
    for (let k = 1; k < recentTasks.length; k += 2) busy += recentTasks[k] as number;
    if (busy <= BUSY_LIMIT_MS) {
      pause = 0;
      return;
    }
    if (pause === 0)
      options.log(`${adapter.site}: scanning is slow on this page; pausing between tasks`);
    pause = Math.min(MAX_PAUSE_MS, pause === 0 ? FIRST_PAUSE_MS : pause * 2);
  }

  const queue: Element[] = [];
  let unwritten: ClassifiedPost[] = [];
  let newKeys: string[] = [];
  /** Batches of read posts sent to be classified whose verdicts have not come back yet. */
  let classifying = 0;
  /**
   * After verdicts that never came, the page is read again after this pause, which doubles while
   * they keep not coming (an extension updated under the page never answers again).
   */
  let retryPause = 0;
  let retryScheduled = false;

  function readAgainLater() {
    retryPause = Math.min(
      MAX_RETRY_PAUSE_MS,
      retryPause === 0 ? FIRST_RETRY_PAUSE_MS : retryPause * 2,
    );
    if (retryScheduled) return;
    retryScheduled = true;
    options.defer(() => {
      retryScheduled = false;
      dirtyRoots.add(doc);
      schedule();
    }, retryPause);
  }

  function collect() {
    const roots = dirtyRoots;
    dirtyRoots = new Set();
    const seen = new Set(queue);
    for (const post of changedPosts) {
      if (!seen.has(post)) {
        seen.add(post);
        queue.push(post);
      }
    }
    changedPosts = new Set();
    for (const root of roots) {
      if (root !== doc && !(root as Element).isConnected) continue;
      let posts: Element[];
      try {
        posts = adapter.findPosts(root);
      } catch (error) {
        options.log(`${adapter.site}: finding posts failed`, error);
        continue;
      }
      for (const post of posts) {
        if (!handled.has(post) && !seen.has(post)) {
          seen.add(post);
          queue.push(post);
        }
      }
    }
  }

  function runSlice() {
    scheduled = false;
    if (stopped) return;
    const started = options.now();
    const within = (budget: number) => options.now() - started < budget;
    // A task's reads all come before its writes: a read after a write can make the browser bring
    // the whole page up to date first, which on a long timeline costs more than the work itself.
    if (unwritten.length === 0) {
      collect();
      const pageUrl = options.pageUrl();
      const batch: ReadPost[] = [];
      let batchText = 0;
      while (
        queue.length > 0 &&
        batch.length < MAX_POSTS_CLASSIFIED &&
        batchText < MAX_CLASSIFIED_TEXT_LENGTH - MAX_TEXT_LENGTH &&
        within(READ_BUDGET_MS)
      ) {
        const post = queue.shift() as Element;
        const read = post.isConnected ? readOne(post, pageUrl) : null;
        if (read) {
          batch.push(read);
          batchText += read.scanned.text.length;
        }
      }
      if (batch.length > 0) void classifyBatch(batch);
    }
    let written = 0;
    while (written < unwritten.length && (written === 0 || within(TASK_BUDGET_MS))) {
      const classified = unwritten[written++] as ClassifiedPost;
      // Still connected, and still the post it was read as: the site may have reused the
      // element for another post while the verdict was on its way.
      const { post, key } = classified;
      if (handled.get(post) !== key) continue;
      awaitingVerdict.delete(post);
      if (post.isConnected) markAndMount(classified);
    }
    unwritten = unwritten.slice(written);
    noteTask(started, options.now());
    if (unwritten.length > 0 || queue.length > 0 || dirtyRoots.size > 0 || changedPosts.size > 0) {
      scheduled = true;
      options.defer(runSlice, pause);
      return;
    }
    // The verdicts still on their way schedule the writing of their posts when they arrive.
    if (classifying > 0) return;
    const keys = newKeys;
    newKeys = [];
    const done = finishIdle;
    finishIdle = null;
    void refreshClipStates(keys).finally(() => done?.());
  }

  interface ReadPost {
    post: Element;
    scanned: ScannedPost;
    anchor: ControlAnchor | null;
  }

  interface ClassifiedPost {
    post: Element;
    key: string;
    /** The text the verdict is on, which its explanation explains. */
    text: string;
    classification: Judgement;
    anchor: ControlAnchor | null;
  }

  async function classifyBatch(batch: ReadPost[]) {
    classifying += 1;
    let verdicts: Judgement[] | null = null;
    try {
      verdicts = await options.classify(batch.map((read) => read.scanned));
    } catch (error) {
      options.log(`${adapter.site}: classifying posts failed`, error);
    }
    classifying -= 1;
    if (stopped) return;
    if (verdicts === null || verdicts.length !== batch.length) {
      // Unmarked and forgotten, so that reading the page again finds them.
      for (const { post, scanned } of batch) {
        if (handled.get(post) !== scanned.key) continue;
        handled.delete(post);
        awaitingVerdict.delete(post);
      }
      readAgainLater();
      if (verdicts !== null) options.log(`${adapter.site}: verdicts did not match posts`);
    } else {
      retryPause = 0;
      batch.forEach(({ post, scanned, anchor }, index) => {
        const classification = verdicts[index] as Judgement;
        unwritten.push({ post, key: scanned.key, text: scanned.text, classification, anchor });
      });
    }
    schedule();
  }

  function readOne(post: Element, pageUrl: URL): ReadPost | null {
    let scanned: ScannedPost | null;
    try {
      // Marking needs the key and text only; the rest of the post is read when it is clipped.
      scanned = adapter.readPostForScan(post, pageUrl);
    } catch (error) {
      options.log(`${adapter.site}: reading a post failed`, error);
      if (!handled.has(post)) handled.set(post, null);
      return null;
    }
    if (!scanned) {
      if (!handled.has(post)) pendingUnread.add(post);
      return null;
    }
    // Read again after a change inside it, and still the same post: nothing to do.
    if (handled.get(post) === scanned.key) return null;
    pendingUnread.delete(post);
    awaitingVerdict.add(post);
    handled.set(post, scanned.key);
    let anchor: ControlAnchor | null = null;
    try {
      anchor = adapter.controlAnchor(post);
    } catch (error) {
      options.log(`${adapter.site}: placing the clip control failed`, error);
    }
    return { post, scanned, anchor };
  }

  function markAndMount(classified: ClassifiedPost) {
    const { post, key, classification, anchor } = classified;
    const marked = post.hasAttribute(POST_ATTRIBUTE);
    post.setAttribute(POST_ATTRIBUTE, key);
    post.setAttribute(VERDICT_ATTRIBUTE, classification.local ? 'local-issue' : 'other');
    newKeys.push(key);
    if (anchor) mountControl(classified, anchor, marked);
  }

  function mountControl(
    { post, key, text, classification }: ClassifiedPost,
    anchor: ControlAnchor,
    marked: boolean,
  ) {
    const control = createClipControl(doc, {
      postKey: key,
      classification,
      t: options.t,
      explain: () => options.explain(text),
      onClip: (correction, details) => clipFrom(post, key, correction, details),
      listInitiatives: async () => {
        const answer = await options.listInitiatives();
        return answer.ok ? answer.result.initiatives : [];
      },
      suggestions: async () => {
        const capture = adapter.readPost(post, options.pageUrl());
        if (!capture) return null;
        const answer = await options.postSuggestions(capture);
        return answer.ok ? answer.result : null;
      },
      onOpen: () => options.openTracker(signalIds.get(key)),
    });
    // A control for another post inside this element is left from before the site reused it; an
    // element never marked (by this run or an earlier one) holds none, and is not searched.
    if (marked) {
      for (const stale of post.querySelectorAll(CLIP_ELEMENT)) {
        if (stale.getAttribute('data-vliegwiel-for') !== key) stale.remove();
      }
    }
    const leftover = controlAt(anchor.element, anchor.placement);
    if (leftover) leftover.replaceWith(control);
    else anchor.element[anchor.placement](control);
  }

  function showState(key: string, state: ClipState, detail?: string) {
    for (const control of controlsFor(doc, key)) setClipState(control, state, options.t, detail);
  }

  async function clipFrom(
    post: Element,
    key: string,
    correction?: Correction,
    details?: ClipDetails,
  ): Promise<ClipAnswer> {
    const current = controlsFor(doc, key)[0];
    if (current && clipState(current) === 'busy') return { ok: true };
    // Read again at click time: the post may have been expanded ("Show more") since it was marked.
    let capture: PostCapture | null = null;
    try {
      capture = adapter.readPost(post, options.pageUrl());
    } catch (error) {
      options.log(`${adapter.site}: reading a post failed`, error);
    }
    if (!capture || capture.key !== key) {
      showState(key, 'failed', options.t('clipUnreadable'));
      return { ok: false, message: options.t('clipUnreadable') };
    }
    showState(key, 'busy');
    const answer = await options.clip(capture, correction, details);
    if (answer.ok) {
      signalIds.set(key, answer.result.signalId);
      showState(key, answer.result.status);
      return { ok: true };
    }
    options.log(`${adapter.site}: clipping failed: ${answer.error.message}`);
    const message =
      answer.error.code === 'unknown-place'
        ? options.t('municipalityUnknown')
        : answer.error.code === 'unreachable'
          ? options.t('clipInterrupted')
          : answer.error.message;
    // A refused dialog leaves the post as it was: clipped already, or not yet.
    showState(key, signalIds.has(key) ? 'clipped' : 'failed', message);
    return { ok: false, message };
  }

  async function refreshClipStates(keys: string[]) {
    if (keys.length === 0) return;
    const answer = await options.clipStatus(keys);
    if (!answer.ok) {
      options.log(`${adapter.site}: reading clip states failed: ${answer.error.message}`);
      return;
    }
    for (const { key, signalId } of answer.result.clipped) {
      signalIds.set(key, signalId);
      for (const control of controlsFor(doc, key)) {
        if (clipState(control) === 'idle') setClipState(control, 'clipped', options.t);
      }
    }
  }

  observer.observe(doc.documentElement, { childList: true, subtree: true });
  schedule();

  return {
    flush() {
      noteMutations(observer.takeRecords());
      return idle;
    },
    stop() {
      stopped = true;
      observer.disconnect();
      finishIdle?.();
    },
  };
}
