import { MAX_TEXT_LENGTH } from '../schema/limits';
import { documentOrder, first, matchingIn, outsideAll, TEXT_NODE } from './dom';
import { blockQuote, HTML_TEXT, joinParts, textReader } from './text';
import { zonedIsoTime } from './time';
import type { SiteAdapter } from './types';
import { imageUrls, parseUrl } from './urls';

// Sources named below are recorded in ../shared/data/reference/social-structure.md (2025–2026).
// "control-panel" is insin/control-panel-for-twitter script.js @0962235a (v4.24.0, 2026-08-17);
// "tweetyoink" is mlamp/tweetyoink tests/fixtures, captured X pages (x-tweet-sample.html
// @0c20f263, x-tweet-quote.html @c8183505, 2025). X's generated class names (css-175oi2r, r-…)
// change with every build, so nothing here depends on them.

/** Pages of X under either of its names; mobile.* serves the same web app. */
const READ_HOSTS = new Set([
  'x.com',
  'www.x.com',
  'mobile.x.com',
  'twitter.com',
  'www.twitter.com',
  'mobile.twitter.com',
]);

/** Every permalink is stored on this origin, so a post read on twitter.com gets the same URL. */
const CANONICAL_ORIGIN = 'https://x.com';

/**
 * A post: in timelines with tabindex="0", the focused post of a status page with tabindex="-1",
 * replies below it as timeline posts. control-panel, 2026-08; tweetyoink x-tweet-sample.html.
 */
const POST = 'article[data-testid="tweet"]';

/** Wrapper of a promoted post; control-panel tests it with closest() from the post. 2026-08. */
const PROMOTED_WRAPPER = '[data-testid="placementTracking"]';

/**
 * The right-hand column (search, trends, who to follow, relevant people) and its trend cells,
 * which also appear on the Explore page. control-panel, 2026-08.
 */
const SIDEBAR = '[data-testid="sidebarColumn"], [data-testid="trend"]';

/**
 * The author block: display name first (the first element with a `dir` attribute), then the
 * handle, then on timeline posts the time link. A quote card has one of its own, with the handle
 * inside `[tabindex="-1"]`. control-panel, 2026-08; tweetyoink x-tweet-sample.html and
 * x-tweet-quote.html.
 */
const USER_NAME = '[data-testid="User-Name"]';
const DISPLAY_NAME = '[dir]';
const QUOTED_HANDLE = '[data-testid="User-Name"] [tabindex="-1"]';

/** The post text, `div[dir=auto][lang]`; a quote card has its own. tweetyoink, 2025. */
const TEXT = '[data-testid="tweetText"]';

/**
 * The time of a post is a `<time datetime>` inside `a[href="/<handle>/status/<id>"]`, both in
 * the header of a timeline post and under the text of a focused post; a quote card's time has no
 * link. tweetyoink x-tweet-sample.html and x-tweet-quote.html.
 */
const TIME_TAG = 'time';
const TIME_ATTRIBUTE = 'datetime';

/**
 * The visually hidden label "Quote" (Dutch UI "Geciteerd") in front of a quote card; its parent's
 * next sibling is the card. control-panel, 2026-08.
 */
const QUOTE_LABEL = 'div[id^="id__"] > div[dir] > span';
const QUOTE_LABEL_WORDS = new Set(['Quote', 'Geciteerd']);

/**
 * The quote card itself, a clickable `div[role="link"]` holding another author block; matched
 * without the label too, so that a UI language not listed above still keeps the quoted post out.
 * tweetyoink x-tweet-quote.html.
 */
const QUOTE_CARD = 'div[role="link"]';

/**
 * Promoted posts say "Ad" at the top right (Dutch UI presumably "Advertentie"). Issue
 * insin/control-panel-for-twitter#578, 2024. The label is a bare span, so it is looked for only
 * outside the parts whose words are the author's or counts.
 */
const AD_LABEL_LIST = ['Ad', 'Advertentie'];
const AD_LABEL_WORDS = new Set(AD_LABEL_LIST);
const AD_LABEL_MAX_LENGTH = 16;
const NOT_AD_LABEL = `${USER_NAME}, ${TEXT}, [data-testid="socialContext"], [role="group"], [data-testid="card.wrapper"]`;

/** Attached photos: `[data-testid="tweetPhoto"] img` on pbs.twimg.com. tweetyoink x-tweet-quote.html. */
const PHOTO = '[data-testid="tweetPhoto"] img[src]';

/**
 * The action bar is the `[role="group"]` holding the reply, repost and like buttons.
 * control-panel, 2026-08; tweetyoink x-tweet-sample.html.
 */
const REPLY_BUTTON = '[data-testid="reply"]';
const ACTION_BAR = '[role="group"]';

/** X's own status path; X handles are at most 15 characters of letters, digits and underscores. */
const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,25})\/?$/;

/**
 * Text as X shows it: line breaks are newline characters inside the spans (rendered with
 * pre-wrap), emoji are images whose alt is the emoji itself.
 */
const readText = textReader({
  whitespace: 'pre-wrap',
  images: 'alt',
  skippedTags: HTML_TEXT.skippedTags,
});

export const xAdapter: SiteAdapter = {
  site: 'x',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'],

  handles(url) {
    return READ_HOSTS.has(url.hostname);
  },

  findPosts(root) {
    return matchingIn(root, POST).filter(isPost);
  },

  readPost(post, pageUrl) {
    const read = readOwnParts(post, pageUrl);
    if (!read) return null;
    const { permalink, authors, own } = read;
    const author = first(authors, own);
    return {
      key: read.key,
      source: {
        site: 'x',
        url: `${CANONICAL_ORIGIN}/${permalink.handle}/status/${permalink.id}`,
        postId: permalink.id,
        authorHandle: permalink.handle,
        authorName: readText(author?.querySelector(DISPLAY_NAME) ?? null) || undefined,
        postedAt: zonedIsoTime(permalink.time.getAttribute(TIME_ATTRIBUTE)),
      },
      text: read.text,
      media: imageUrls([...post.querySelectorAll(PHOTO)].filter(own), pageUrl),
    };
  },

  readPostForScan(post, pageUrl) {
    const read = readOwnParts(post, pageUrl);
    return read && { key: read.key, text: read.text };
  },

  controlAnchor(post) {
    const authors = post.querySelectorAll(USER_NAME);
    const own = outsideAll(quoteCards(post, authors));
    // Right under the action bar, inside the post's content column: aligned with the text, and
    // outside the bar's own flex row, whose buttons X spaces out evenly.
    const actionBar = first(post.querySelectorAll(REPLY_BUTTON), own)?.closest(ACTION_BAR);
    if (actionBar && post.contains(actionBar)) return { element: actionBar, placement: 'after' };
    // Posts without actions (withheld or still rendering) still show who wrote them.
    const author = first(authors, own);
    if (author) return { element: author, placement: 'after' };
    return { element: post, placement: 'append' };
  },
};

/** The key and text of a post, and what the rest of its capture is read from. */
function readOwnParts(post: Element, pageUrl: URL) {
  const authors = post.querySelectorAll(USER_NAME);
  const quotes = quoteCards(post, authors);
  const own = outsideAll(quotes);
  const permalink = ownPermalink(post, own, pageUrl);
  if (!permalink) return null;
  const text = joinParts([
    readText(first(post.querySelectorAll(TEXT), own)),
    ...quotes.map(quotedText),
  ]).slice(0, MAX_TEXT_LENGTH);
  return { key: `x:${permalink.id}`, text, permalink, authors, own };
}

/**
 * What a post must not lie inside: promoted wrappers, the sidebar, and another post (X renders a
 * quoted post as a card, never as an article; one nested anyway is still a quote).
 */
const NOT_A_POST_AROUND = `${PROMOTED_WRAPPER}, ${SIDEBAR}, ${POST}`;

function isPost(post: Element): boolean {
  if (post.parentElement?.closest(NOT_A_POST_AROUND)) return false;
  return !hasAdLabel(post);
}

function hasAdLabel(post: Element): boolean {
  // Most posts hold none of the label words anywhere: one native read of all their text rules
  // them out before any of their spans is looked at.
  const text = post.textContent ?? '';
  if (!AD_LABEL_LIST.some((word) => text.includes(word))) return false;
  let quotes: Element[] | null = null;
  for (const span of post.getElementsByTagName('span')) {
    const label = span.firstChild;
    if (label === null || label !== span.lastChild || label.nodeType !== TEXT_NODE) continue;
    if ((label.nodeValue?.length ?? 0) > AD_LABEL_MAX_LENGTH) continue;
    if (!AD_LABEL_WORDS.has(label.nodeValue?.trim() ?? '')) continue;
    const excluded = span.closest(NOT_AD_LABEL);
    if (excluded && post.contains(excluded)) continue;
    quotes ??= quoteCards(post, post.querySelectorAll(USER_NAME));
    if (quotes.some((card) => card.contains(span))) continue;
    return true;
  }
  return false;
}

/**
 * The outermost quote cards in a post, in document order. A card worth keeping apart shows its
 * own author block; a post with one author block (nearly all of them) has none.
 */
function quoteCards(post: Element, authors: NodeListOf<Element>): Element[] {
  if (authors.length < 2) return [];
  const cards: Element[] = [];
  for (const label of post.querySelectorAll(QUOTE_LABEL)) {
    const card = label.parentElement?.nextElementSibling;
    if (card && QUOTE_LABEL_WORDS.has(label.textContent?.trim() ?? '')) cards.push(card);
  }
  for (const link of post.querySelectorAll(QUOTE_CARD)) {
    if (link.querySelector(USER_NAME)) cards.push(link);
  }
  const outermost = cards.filter(
    (card, index) =>
      cards.indexOf(card) === index &&
      !cards.some((other) => other !== card && other.contains(card)),
  );
  return outermost.sort(documentOrder);
}

interface Permalink {
  handle: string;
  id: string;
  time: Element;
}

function ownPermalink(
  post: Element,
  own: (element: Element) => boolean,
  pageUrl: URL,
): Permalink | null {
  for (const time of post.getElementsByTagName(TIME_TAG)) {
    if (!time.hasAttribute(TIME_ATTRIBUTE) || !own(time)) continue;
    const href = time.closest('a[href]')?.getAttribute('href');
    const path = href ? statusPath(href, pageUrl) : null;
    const match = path === null ? null : STATUS_PATH.exec(path);
    if (match?.[1] && match[2]) return { handle: match[1], id: match[2], time };
  }
  return null;
}

/** The path of a link on X; X writes its own links root-relative, which needs no URL parsing. */
function statusPath(href: string, pageUrl: URL): string | null {
  if (href.startsWith('/') && !href.startsWith('//')) {
    const end = href.search(/[?#]/);
    return READ_HOSTS.has(pageUrl.hostname) ? (end === -1 ? href : href.slice(0, end)) : null;
  }
  const url = parseUrl(href, pageUrl);
  return url && READ_HOSTS.has(url.hostname) ? url.pathname : null;
}

function quotedText(card: Element): string {
  const text = readText(card.querySelector(TEXT));
  if (!text) return '';
  const handle = readText(card.querySelector(QUOTED_HANDLE)).replace(/^@/, '');
  return blockQuote(text, handle ? `@${handle}` : undefined);
}
