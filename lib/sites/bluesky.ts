import { MAX_TEXT_LENGTH } from '../schema/limits';
import { first, follows, matchingIn, outsideAll } from './dom';
import { blockQuote, HTML_TEXT, joinParts, textReader } from './text';
import type { SiteAdapter } from './types';
import { imageUrls, isStorableUrl, parseUrl } from './urls';

// Sources named below are recorded in ../shared/data/reference/social-structure.md (2025–2026).
// "social-app" is bluesky-social/social-app, read file by file: src/view/com/posts/PostFeedItem.tsx
// @008213c1, src/view/com/util/PostMeta.tsx @00da368d, src/components/Post/Embed/index.tsx
// @0079e190, src/screens/PostThread/components/ThreadItemPost.tsx @705760a1 and
// ThreadItemAnchor.tsx @b88d50aa, src/view/com/posts/PostFeedReason.tsx @b3661001,
// src/components/Post/PostRepliedTo.tsx @13fdbe45, src/view/com/util/Link.tsx @017a2616.
// "navigator" is tonycpsu/bluesky-navigator (src/constants.js @60596f0e, src/handlers/ItemHandler.js
// @1a1f673d, PostItemHandler.js @da6e384e, FeedItemHandler.js, 2026); "bluespy" is
// kawarimidoll/bluespy. The web app is
// React Native Web: every View is a `div.css-175oi2r`, every Text a `div|span.css-146c3p1`, the
// rest are generated atomic classes, so nothing here depends on a class name.

/** Only the web app itself; the API hosts and the CDN serve no pages to read. */
const READ_HOSTS = new Set(['bsky.app']);

/** Permalinks are stored on this origin; the app's own links are relative to it. */
const CANONICAL_ORIGIN = 'https://bsky.app';

/**
 * A post in any feed (home tabs, custom feeds, profile feeds, search): the outer
 * `div[role=link][tabindex=0]` with testID `feedItem-by-<author handle>`. A repost is this same
 * item, by the original author, with a "Reposted by …" line above it. social-app PostFeedItem.tsx;
 * navigator constants.js; bluespy.
 */
const FEED_ITEM = '[data-testid^="feedItem-by-"]';

/**
 * A post on a post page: the ancestors, the focused post and the replies, each with testID
 * `postThreadItem-by-<author handle>`. social-app ThreadItemPost.tsx and ThreadItemAnchor.tsx;
 * navigator constants.js.
 */
const THREAD_ITEM = '[data-testid^="postThreadItem-by-"]';
const POST = `${FEED_ITEM}, ${THREAD_ITEM}`;
const TEST_ID_PREFIXES = ['feedItem-by-', 'postThreadItem-by-'];

/**
 * The left navigation column (navigator constants.js). The right column (search, feed list,
 * trending topics; social-app src/view/shell/desktop/RightNav.tsx @857a09c8) has no test ids and
 * holds no posts, and feed interstitials (suggested accounts, trending) have no feedItem test id,
 * so neither needs a selector of its own. Bluesky shows no ads.
 */
const OUTSIDE_POST_LIST = 'nav[role="navigation"]';

/**
 * The post text in feeds: RichText with testID `postText` (social-app PostFeedItem.tsx). Thread
 * items render the same RichText without a test id (ThreadItemPost.tsx, ThreadItemAnchor.tsx), and
 * so does a quote card (Embed/index.tsx), so there the text is found by its shape: see `freeText`.
 */
const TEXT = '[data-testid="postText"]';

/** A top-level RN Web Text; nested Text renders as a span. */
const TEXT_BLOCK = 'div[dir="auto"]';

/** Anything clickable: names, handles, mentions, counts and labels inside these are not post text. */
const INTERACTIVE = 'a, button, [role="button"], [role="link"]';

/**
 * A quote card is a `div[role=link]` whose accessibility label is "Post by <handle>" (hard-coded
 * English in social-app Embed/index.tsx; navigator PostItemHandler.js clicks
 * `div[aria-label^='Post by']`). It is also matched by shape, any non-anchor `[role=link]` inside a
 * post that holds a link to a post, so that a renamed label still keeps the quoted post out.
 */
const QUOTE_LABEL = '[aria-label^="Post by "], [title^="Post by "]';
const QUOTE_LABEL_PREFIX = /^Post by @?/;
const QUOTE_SHAPE = '[role="link"]:not(a)';

/**
 * The timestamp: no `<time>`, but `a[href="/profile/<handle>/post/<rkey>"]` in the post's meta row,
 * whose `aria-label`, `title` and (as rendered) `data-tooltip` are the full date in the reader's
 * language and time zone, e.g. "November 20, 2026 at 8:15 AM" or "20 november 2026 om 08:15".
 * social-app PostMeta.tsx (niceDate); navigator ItemHandler.js reads
 * `a[href^="/profile/"][data-tooltip*=" at "]` and its aria-label.
 */
const LINK = 'a[href]';
const TIME_LABEL_ATTRIBUTES = ['data-tooltip', 'aria-label', 'title'] as const;

/**
 * The action row: reply, repost, like, bookmark, share and menu buttons. navigator
 * FeedItemHandler.js (`button[data-testid="likeBtn"]`, `replyBtn`, `repostBtn`, `postDropdownBtn`);
 * social-app PostControls in PostFeedItem.tsx and ThreadItemPost.tsx.
 */
const REPLY_BUTTON = '[data-testid="replyBtn"]';
const OTHER_ACTION_BUTTONS = '[data-testid="repostBtn"], [data-testid="likeBtn"]';

/**
 * Attached images on the CDN, `https://cdn.bsky.app/img/feed_thumbnail/plain/<did>/<cid>@jpeg` (and
 * `feed_fullsize`). navigator FeedItemHandler.js. Link-card thumbnails use the same path but sit
 * inside the card's `<a>`, and avatars are `img/avatar…` inside the profile link, so images inside
 * links are left out.
 */
const IMAGE = 'img[src*="/img/feed_thumbnail/"], img[src*="/img/feed_fullsize/"]';

/**
 * `makeProfileLink(author, 'post', rkey)` (social-app PostFeedItem.tsx): the account is the handle,
 * or the DID when the handle does not verify.
 */
const POST_PATH = /^\/profile\/([^/]+)\/post\/([^/]+)\/?$/;
/** The focused post's "N reposts / likes / quotes" links: the same path with a suffix. */
const STAT_PATH = /^\/profile\/([^/]+)\/post\/([^/]+)\/(?:liked-by|reposted-by|quotes)\/?$/;
const PROFILE_PATH = /^\/profile\/([^/]+)\/?$/;

/** atproto handle syntax: a domain name whose last label starts with a letter. */
const HANDLE =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** Shown for accounts whose handle does not verify; the app then links by DID. */
const INVALID_HANDLE_TLD = '.invalid';
const DID = /^did:[a-z]+:[a-zA-Z0-9._:%-]{1,200}$/;
/** atproto record key syntax, bounded so that keys stay within the schema's 300 characters. */
const RECORD_KEY = /^[A-Za-z0-9._:~-]{1,200}$/;
const MAX_KEY_LENGTH = 300;

/** Direction marks that forceLTR and bidi isolation add around names. */
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as the app shows it: RichText keeps line breaks as newline characters (rendered with
 * pre-wrap) and shows links shortened, as their text.
 */
const readText = textReader({
  whitespace: 'pre-wrap',
  skippedTags: HTML_TEXT.skippedTags,
  images: 'alt',
});

/**
 * Post keys are `bluesky:<account>/<rkey>`, the permalink's own path: a record key (a TID for every
 * ordinary client) is unique only within one account's repository, so the account is part of the
 * key. The account is the handle in lower case, as the page shows it everywhere (test ids, links);
 * the DID, which would survive a handle change, appears only in image addresses that not every post
 * has, and a key that depended on them would differ between two renderings of the same post. An
 * account whose handle does not verify is linked, and so keyed, by its DID. `postId` is the record
 * key alone, as in the at-uri `at://<did>/app.bsky.feed.post/<rkey>`; the URL and author handle
 * beside it say whose it is.
 */
export const blueskyAdapter: SiteAdapter = {
  site: 'bluesky',
  matches: ['https://bsky.app/*'],

  handles(url) {
    return READ_HOSTS.has(url.hostname);
  },

  findPosts(root) {
    return matchingIn(root, POST).filter(isPost);
  },

  readPost(post, pageUrl) {
    const read = readOwnParts(post, pageUrl);
    if (!read) return null;
    const { permalink, account, own } = read;
    return {
      key: read.key,
      source: {
        site: 'bluesky',
        url: read.url,
        postId: permalink.rkey,
        authorHandle: HANDLE.test(account) ? account : undefined,
        authorName: displayName(post, own, account, permalink.account),
        postedAt: permalink.link ? labelledTime(permalink.link) : detailsTime(post, own),
      },
      text: read.text,
      media: imagesOf(post, own),
    };
  },

  readPostForScan(post, pageUrl) {
    const read = readOwnParts(post, pageUrl);
    return read && { key: read.key, text: read.text };
  },

  controlAnchor(post) {
    const own = outsideAll(quoteCards(post));
    // Right under the action row, inside the post's content column: aligned with the text, and
    // outside the row, whose buttons the app spaces out evenly.
    const reply = first(post.querySelectorAll(REPLY_BUTTON), own);
    const row = reply ? actionRow(reply, post) : null;
    if (row) return { element: row, placement: 'after' };
    // Posts without actions (still rendering, or blocked from interaction) still show their text.
    const text = first(post.querySelectorAll(TEXT), own);
    if (text) return { element: text, placement: 'after' };
    return { element: post, placement: 'append' };
  },
};

/** The key and text of a post, and what the rest of its capture is read from. */
function readOwnParts(post: Element, pageUrl: URL) {
  if (!post.matches(POST)) return null;
  const author = testIdHandle(post);
  const quotes = quoteCards(post);
  const own = outsideAll(quotes);
  const permalink = ownPermalink(post, own, author) ?? focusedPermalink(post, own, author, pageUrl);
  if (!permalink) return null;
  // The handle in the test id is the author's current one even where the app links by DID.
  const account = author ?? permalink.account;
  const key = `bluesky:${account}/${permalink.rkey}`;
  const url = `${CANONICAL_ORIGIN}/profile/${account}/post/${permalink.rkey}`;
  if (key.length > MAX_KEY_LENGTH || !isStorableUrl(url)) return null;

  const ownText =
    first(post.querySelectorAll(TEXT), own) ??
    (post.matches(THREAD_ITEM) ? freeText(post, permalink.link, quotes) : null);
  const text = joinParts([readText(ownText), ...quotes.map(quotedText)]).slice(0, MAX_TEXT_LENGTH);
  // Neither text nor images: still rendering, or hidden behind a content warning for now. Images
  // are looked for only where there is no text: a feed scan needs them for nothing else.
  if (!text && !imagesOf(post, own)) return null;
  return { key, text, url, permalink, account, own };
}

function isPost(post: Element): boolean {
  if (!testIdSuffix(post)) return false;
  if (post.closest(OUTSIDE_POST_LIST)) return false;
  // The app renders a quoted post as a card, never as a feed item; one nested anyway is a quote.
  return !post.parentElement?.closest(POST);
}

function testIdSuffix(post: Element): string {
  const testId = post.getAttribute('data-testid') ?? '';
  const prefix = TEST_ID_PREFIXES.find((candidate) => testId.startsWith(candidate));
  return prefix ? testId.slice(prefix.length) : '';
}

/** The author's handle from the test id, lower case as handles compare; none if it is not one. */
function testIdHandle(post: Element): string | undefined {
  return accountOf(testIdSuffix(post), false);
}

/**
 * A handle (lower case) or, when `allowDid`, a DID; anything else, including the app's stand-in
 * "handle.invalid", is not an account.
 */
function accountOf(raw: string, allowDid = true): string | undefined {
  let value: string;
  try {
    value = decodeURIComponent(raw).trim();
  } catch {
    return undefined;
  }
  if (allowDid && DID.test(value)) return value;
  const handle = value.replace(/^@/, '').toLowerCase();
  if (!HANDLE.test(handle) || handle.endsWith(INVALID_HANDLE_TLD)) return undefined;
  return handle;
}

function sameAccount(linked: string, author: string | undefined): boolean {
  // A DID in a link cannot be compared with a handle; the app links by DID only for accounts
  // whose handle does not verify.
  return !author || linked.startsWith('did:') || linked === author;
}

/** The outermost quote cards in a post, in document order. */
function quoteCards(post: Element): Element[] {
  const cards: Element[] = [];
  for (const element of post.querySelectorAll(`${QUOTE_LABEL}, ${QUOTE_SHAPE}`)) {
    if (element === post) continue;
    if (element.matches(QUOTE_LABEL) || hasPostLink(element)) cards.push(element);
  }
  return cards.filter((card) => !cards.some((other) => other !== card && other.contains(card)));
}

function hasPostLink(element: Element): boolean {
  for (const link of element.querySelectorAll(LINK)) {
    if (postPath(link.getAttribute('href'), POST_PATH)) return true;
  }
  return false;
}

interface PostPath {
  account: string;
  rkey: string;
}

function postPath(href: string | null, pattern: RegExp): PostPath | null {
  const url = href ? parseUrl(href, CANONICAL_ORIGIN) : null;
  if (!url || !READ_HOSTS.has(url.hostname)) return null;
  const match = pattern.exec(url.pathname);
  if (!match?.[1] || !match[2]) return null;
  const account = accountOf(match[1]);
  let rkey: string;
  try {
    rkey = decodeURIComponent(match[2]);
  } catch {
    return null;
  }
  if (!account || !RECORD_KEY.test(rkey) || rkey === '.' || rkey === '..') return null;
  return { account, rkey };
}

interface Permalink extends PostPath {
  /** The timestamp link, whose label is the posting time; none for the focused post. */
  link: Element | null;
}

/**
 * The post's own timestamp link: a link to a post by the post's author, outside quote cards and
 * outside any text (RichText links to other posts as `/profile/…/post/…` too). The meta row comes
 * before the text and embeds, so the first one is it.
 */
function ownPermalink(
  post: Element,
  own: (element: Element) => boolean,
  author: string | undefined,
): Permalink | null {
  for (const link of post.querySelectorAll(LINK)) {
    if (!own(link) || insideText(link, post)) continue;
    const path = postPath(link.getAttribute('href'), POST_PATH);
    if (path && sameAccount(path.account, author)) return { ...path, link };
  }
  return null;
}

function insideText(element: Element, post: Element): boolean {
  const text = element.parentElement?.closest(`${TEXT}, ${TEXT_BLOCK}`);
  return !!text && post.contains(text);
}

/**
 * The focused post of a post page has no timestamp link (social-app ThreadItemAnchor.tsx): its id
 * is in its "reposts" / "likes" / "quotes" links when it has any, and otherwise in the page address.
 */
function focusedPermalink(
  post: Element,
  own: (element: Element) => boolean,
  author: string | undefined,
  pageUrl: URL,
): Permalink | null {
  if (!post.matches(THREAD_ITEM)) return null;
  for (const link of post.querySelectorAll(LINK)) {
    if (!own(link) || insideText(link, post)) continue;
    const path = postPath(link.getAttribute('href'), STAT_PATH);
    if (path && sameAccount(path.account, author)) return { ...path, link: null };
  }
  if (!READ_HOSTS.has(pageUrl.hostname)) return null;
  const path = postPath(pageUrl.pathname, POST_PATH);
  return path && sameAccount(path.account, author) ? { ...path, link: null } : null;
}

/**
 * The RichText of a thread item or quote card, which has no test id: the first top-level Text after
 * the meta row that is not inside anything clickable (name, handle, counts, buttons) and is not the
 * focused post's date line. Feed items always mark their text, and there the "Replied to …" line
 * (social-app PostRepliedTo.tsx) is such a Text too, so this is not used for them.
 */
function freeText(container: Element, after: Element | null, skip: Element[]): Element | null {
  for (const block of container.querySelectorAll(TEXT_BLOCK)) {
    if (skip.some((card) => card !== container && card.contains(block))) continue;
    if (after && !follows(block, after)) continue;
    if (after?.contains(block)) continue;
    const clickable = block.closest(INTERACTIVE);
    if (clickable && clickable !== container && container.contains(clickable)) continue;
    const text = readText(block);
    if (text && detailsLineTime(text) === undefined) return block;
  }
  return null;
}

function quotedText(card: Element): string {
  const permalink = ownPermalink(card, () => true, undefined);
  const text = readText(card.querySelector(TEXT) ?? freeText(card, permalink?.link ?? null, []));
  if (!text) return '';
  const labelled = (card.getAttribute('aria-label') ?? card.getAttribute('title') ?? '').replace(
    QUOTE_LABEL_PREFIX,
    '',
  );
  const handle =
    (permalink && HANDLE.test(permalink.account) ? permalink.account : undefined) ??
    accountOf(labelled, false);
  return blockQuote(text, handle ? `@${handle}` : undefined);
}

/**
 * The display name: the first link to the author's profile whose text is not the "@handle". In
 * feeds and thread items that is PostMeta's name link; the focused post wraps name and handle in
 * one profile link, so there it is the link's first Text.
 */
function displayName(
  post: Element,
  own: (element: Element) => boolean,
  account: string,
  linked: string,
): string | undefined {
  for (const link of post.querySelectorAll(LINK)) {
    // Avatars link to the profile too, with an image instead of a name.
    if (!own(link) || insideText(link, post) || link.querySelector('img')) continue;
    const path = PROFILE_PATH.exec(hrefPath(link.getAttribute('href')) ?? '');
    const profile = path?.[1] ? accountOf(path[1]) : undefined;
    if (!profile || (profile !== account && profile !== linked)) continue;
    const name = readText(link.querySelector(TEXT_BLOCK) ?? link)
      .replace(BIDI_MARKS, '')
      .trim();
    if (!name || name.startsWith('@')) continue;
    // Without a display name the app shows the handle in its place.
    if (name.toLowerCase() === account || name.length > 500) return undefined;
    return name;
  }
  return undefined;
}

function hrefPath(href: string | null): string | null {
  const url = href ? parseUrl(href, CANONICAL_ORIGIN) : null;
  return url && READ_HOSTS.has(url.hostname) ? url.pathname : null;
}

function labelledTime(link: Element): string | undefined {
  for (const attribute of TIME_LABEL_ATTRIBUTES) {
    const time = parseTimeLabel(link.getAttribute(attribute) ?? '');
    if (time) return time;
  }
  return undefined;
}

/** The focused post shows its full date as a line of plain text under the text and embeds. */
function detailsTime(post: Element, own: (element: Element) => boolean): string | undefined {
  for (const block of post.querySelectorAll(TEXT_BLOCK)) {
    if (!own(block)) continue;
    const clickable = block.closest(INTERACTIVE);
    if (clickable && clickable !== post && post.contains(clickable)) continue;
    const time = detailsLineTime(readText(block));
    if (time) return time;
  }
  return undefined;
}

/** The date line may end in " · <client name>" when the reader shows which app posted. */
function detailsLineTime(text: string): string | undefined {
  return parseTimeLabel(text) ?? parseTimeLabel(text.replace(/\s·[^·]*$/, ''));
}

const MONTHS = new Map<string, number>([
  ['jan', 1],
  ['january', 1],
  ['januari', 1],
  ['feb', 2],
  ['february', 2],
  ['februari', 2],
  ['mar', 3],
  ['march', 3],
  ['mrt', 3],
  ['maart', 3],
  ['apr', 4],
  ['april', 4],
  ['may', 5],
  ['mei', 5],
  ['jun', 6],
  ['june', 6],
  ['juni', 6],
  ['jul', 7],
  ['july', 7],
  ['juli', 7],
  ['aug', 8],
  ['august', 8],
  ['augustus', 8],
  ['sep', 9],
  ['sept', 9],
  ['september', 9],
  ['oct', 10],
  ['october', 10],
  ['okt', 10],
  ['oktober', 10],
  ['nov', 11],
  ['november', 11],
  ['dec', 12],
  ['december', 12],
]);

const LABEL_TIME = /(\d{1,2}):(\d{2})(?: ?([ap])\.? ?m\.?)?/;
const LABEL_DATE_MDY = /([a-z]+)\.? (\d{1,2}),? (\d{4})/;
const LABEL_DATE_DMY = /(\d{1,2}) ([a-z]+)\.? (\d{4})/;
/** What may stand between date and time: "at", "om", a comma or the "·" of the focused post. */
const LABEL_JOINERS = /^(?:[\s,·]|at|om)*$/;

/**
 * Reads the app's date labels, niceDate's `dateStyle` long or medium with `timeStyle` short, in
 * English or Dutch: "November 20, 2026 at 8:15 AM", "20 november 2026 om 08:15",
 * "8:15 AM · Nov 20, 2026", "08:15 · 20 nov 2026". The label is in the reader's time zone, which is
 * the one this code runs in, so it is read as local time. Anything else gives undefined.
 */
function parseTimeLabel(label: string): string | undefined {
  const normal = label
    .replace(BIDI_MARKS, '')
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (normal.length > 80) return undefined;
  const time = LABEL_TIME.exec(normal);
  if (!time) return undefined;
  const rest =
    normal.slice(0, time.index) +
    ' '.repeat(time[0].length) +
    normal.slice(time.index + time[0].length);
  const mdy = LABEL_DATE_MDY.exec(rest);
  const dmy = mdy ? null : LABEL_DATE_DMY.exec(rest);
  const date = mdy ?? dmy;
  if (!date) return undefined;
  const leftover = rest.slice(0, date.index) + rest.slice(date.index + date[0].length);
  if (!LABEL_JOINERS.test(leftover)) return undefined;
  const monthName = (mdy ? mdy[1] : dmy?.[2]) ?? '';
  const month = MONTHS.get(monthName);
  const day = Number(mdy ? mdy[2] : dmy?.[1]);
  const year = Number(date[3]);
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const meridiem = time[3];
  if (!month || minute > 59) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (hour > 23) {
    return undefined;
  }
  const local = new Date(year, month - 1, day, hour, minute);
  // Rejects 31 November and the like, which Date would roll over into the next month.
  if (
    local.getFullYear() !== year ||
    local.getMonth() !== month - 1 ||
    local.getDate() !== day ||
    local.getHours() !== hour ||
    local.getMinutes() !== minute
  ) {
    return undefined;
  }
  return local.toISOString();
}

/** The action row: the nearest ancestor of the reply button that also holds the other actions. */
function actionRow(reply: Element, post: Element): Element | null {
  for (let row = reply.parentElement; row && row !== post; row = row.parentElement) {
    if (row.querySelector(OTHER_ACTION_BUTTONS)) return row;
  }
  return null;
}

function imagesOf(post: Element, own: (element: Element) => boolean): string[] | undefined {
  const images = [...post.querySelectorAll(IMAGE)].filter((img) => {
    if (!own(img)) return false;
    const link = img.closest('a');
    return !link || !post.contains(link);
  });
  return imageUrls(images, CANONICAL_ORIGIN);
}
