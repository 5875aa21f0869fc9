import { MAX_TEXT_LENGTH } from '../schema/limits';
import { childMatching, first, matchingIn } from './dom';
import { blockQuote, collapse, HTML_TEXT, joinParts, textReader } from './text';
import { zonedIsoTime } from './time';
import type { SiteAdapter } from './types';
import { isStorableUrl, mediaUrls, parseUrl } from './urls';

// Sources are files of mastodon/mastodon, recorded in ../shared/data/reference/social-structure.md
// (2025–2026) unless marked "read for this adapter": those were read in the same repository when
// writing it and are not in the reference notes yet. Short names used below:
//   status.jsx   app/javascript/mastodon/components/status/legacy/status.jsx @1a523eac
//   header.tsx   …/status/legacy/header.tsx @3f7cb407
//   content.jsx  …/status/legacy/content.jsx @1a41b36e
//   quoted.tsx   …/status/legacy/quoted.tsx @4a79b47d
//   action bar   …/status/legacy/action_bar/index.jsx @07736648
//   display name …/display_name/index.tsx @1d6f0525, default.tsx @5c5ebbcd, no-domain.tsx @24420af3
//   web app      app/views/shared/_web_app.html.haml @21d08a7b
// Read for this adapter: …/status/legacy/content_warning.tsx @3ec6ee07 and banner.tsx @fbd18708,
// …/status/legacy/hashtag_bar.tsx @4a79b47d, components/media_gallery.jsx, and the thread page
// features/status/index.jsx @9120f127 with features/status/components/detailed_status.tsx (2025
// versions). Mastodon is one web app on every instance, so nothing here depends on the host; the
// "redesign" status component behind a feature flag (CSS-module class names) is not covered.

/**
 * Large instances read from install on, and the Dutch government's own. Any other instance is read
 * where the user grants access and the page turns out to be the Mastodon web app.
 */
const DEFAULT_INSTANCES = [
  'mastodon.social',
  'mastodon.online',
  'mastodon.world',
  'mas.to',
  'mstdn.social',
  'fosstodon.org',
  'mastodon.nl',
  'social.overheid.nl',
] as const;
const READ_HOSTS: ReadonlySet<string> = new Set(DEFAULT_INSTANCES);

/**
 * The element the web app mounts into, `div.notranslate.app-holder#mastodon[data-props]`. It is in
 * the server-rendered HTML of every web-app page (public status pages too, since
 * statuses/show.html.haml @2fe7d615), so it is there before any script has run. web app.
 */
const APP_HOLDER = '#mastodon[data-props]';

/**
 * A status in every list: home, live feeds, profiles, hashtags, notifications, and the ancestors
 * and replies on a thread page. `div.status.status-<visibility>[data-id]` inside
 * `div.status__wrapper`; in feeds the wrapper sits in `article[data-id]`
 * (scrollable_list/components.tsx @2ea6cefc). For a boost, `data-id` is the boosted status's id,
 * whereas the article's `data-id` is the boost's own, and a quoted post is a `div.status` of its
 * own (`status--is-quote`) inside the quoting one, so the post is this element: one per status,
 * on every page, holding its own header, text and action bar. status.jsx. The class matters:
 * `a.status__display-name` carries a `data-id` too (the account's; display name index.tsx).
 */
const STATUS = 'div.status[data-id]';
const STATUS_ID_ATTR = 'data-id';

/**
 * The focused status of a thread page is not a `div.status`: it is
 * `div.focusable.detailed-status__wrapper > div > div.detailed-status`, followed inside the wrapper
 * by the action bar `div.detailed-status__action-bar`. It has no `data-id`; its permalink is
 * `a.detailed-status__datetime[href="/@acct/id"]`, around a `<time datetime>` in 2025 versions.
 * Read for this adapter: features/status/index.jsx, detailed_status.tsx.
 */
const DETAILED = 'div.detailed-status';
const DETAILED_WRAPPER = '.detailed-status__wrapper';
const DETAILED_ACTION_BAR = '.detailed-status__action-bar';
const DETAILED_PERMALINK = 'a.detailed-status__datetime[href]';
const DETAILED_AUTHOR = '.detailed-status__display-name';
const DETAILED_META = '.detailed-status__meta';

const POSTS = `${STATUS}, ${DETAILED}`;

/**
 * The box around a quoted post, `div.status__quote` (with `--error` when the quoted post is not
 * available); the quoted status inside it has `status--is-quote` and no action bar. quoted.tsx,
 * status.jsx.
 */
const QUOTE = '.status__quote';
const QUOTED_STATUS = 'div.status--is-quote';

/**
 * The header of a status: `div.status__info` with `a.status__display-name` (avatar, display name,
 * account) and the permalink `a.status__relative-time[href="/@acct/id"]` around
 * `<time datetime title>`. header.tsx; relative_timestamp.tsx @054df2d6.
 */
const HEADER = '.status__info';
const PERMALINK = 'a.status__relative-time[href]';
const TIME = 'time[datetime]';

/**
 * `span.display-name > bdi > strong.display-name__html` and `span.display-name__account`, which
 * reads "@user" for accounts of the instance itself and "@user@domain" for others in timelines;
 * the focused status adds the instance's domain to local accounts too. display name files.
 */
const DISPLAY_NAME = 'strong.display-name__html';
const ACCOUNT = '.display-name__account';

/**
 * The status text: `div.status__content > div.status__content__text[lang]` holding the status
 * HTML (paragraphs, `a.mention`, `a.hashtag`, links whose scheme and tail are hidden in
 * `span.invisible`). The whole text is in the page even while the box is collapsed
 * (`status__content--collapsed`, with a "Read more" / "Meer lezen" button beside it). content.jsx.
 */
const CONTENT_TEXT = '.status__content__text';

/**
 * The "RE: <link>" paragraph a quote post carries for clients without quote support; the web app
 * drops it when it shows the quote itself. Read for this adapter: content.jsx (`quote-inline`).
 */
const QUOTE_INLINE = 'quote-inline';

/**
 * A content warning: `div.content-warning > p` with the warning text, and a "Show more" button.
 * While the warning is closed the status text is not rendered at all. `content-warning--filter`
 * is the same banner for a post hidden by the reader's filter, whose text is the filter's name,
 * not the author's. Read for this adapter: content_warning.tsx, banner.tsx.
 */
const SPOILER = '.content-warning:not(.content-warning--filter) > p';

/**
 * Hashtags on the last line of a post are taken out of the text and shown below it as
 * `div.hashtag-bar > a[href="/tags/…"]`. Read for this adapter: hashtag_bar.tsx.
 */
const HASHTAG_LINK = '.hashtag-bar > a';

/**
 * Attached images: `div.media-gallery__item > a.media-gallery__item-thumbnail[href]`, whose href
 * is the full image (the remote original for other instances' posts), around the preview
 * `img[src]`. Read for this adapter: components/media_gallery.jsx.
 */
const MEDIA_ITEM = '.media-gallery__item';
const MEDIA_LINK = 'a.media-gallery__item-thumbnail[href]';
const MEDIA_IMAGE = 'img[src]';

/** `div.status__action-bar`, the last child of a status; quoted statuses have none. action bar. */
const ACTION_BAR = '.status__action-bar';

/**
 * The web app's status path, `/@<acct>/<id>`; the advanced interface serves the same under
 * `/deck`. Mastodon's status ids are decimal numbers.
 */
const STATUS_PATH = /^(?:\/deck)?\/@([^/@\s]+(?:@[^/@\s]+)?)\/(\d{1,30})\/?$/;

/** "@user" or "@user@domain" as the display-name line shows it. */
const ACCT = /^@?([^\s@/]{1,100})(?:@([^\s@/]{1,253}\.[^\s@/]{1,63}))?$/u;

/** The longest key the schema accepts; see postKeySchema. */
const MAX_KEY_LENGTH = 300;

/**
 * Text as a reader sees it: paragraphs a blank line apart, `<br>` as a line break, emoji images
 * as their alt text (the emoji, or ":shortcode:" for an instance's own emoji), mentions and
 * hashtags as shown ("@user", "#tag"). A long link reads as its whole address: Mastodon hides
 * its scheme and tail in `span.invisible` and those parts are kept, as copying the text would.
 * The app's own buttons (translate, show more) are not the author's words.
 */
const readText = textReader({
  ...HTML_TEXT,
  skippedTags: new Set([...HTML_TEXT.skippedTags, 'button']),
  images: 'alt',
});

export const mastodonAdapter: SiteAdapter = {
  site: 'mastodon',
  matches: DEFAULT_INSTANCES.map((host) => `https://${host}/*`),

  handles(url, document) {
    if (READ_HOSTS.has(url.hostname)) return true;
    return document?.querySelector(APP_HOLDER) != null;
  },

  findPosts(root) {
    return matchingIn(root, POSTS).filter(isPost);
  },

  readPost(post, pageUrl) {
    const read = readOwnParts(post, pageUrl);
    if (!read) return null;
    const { permalink, author, link, own } = read;
    return {
      key: read.key,
      source: {
        site: 'mastodon',
        url: permalink.url.href,
        postId: permalink.id,
        authorHandle: handleOf(
          first(author.querySelectorAll(ACCOUNT), own),
          permalink.acct,
          pageUrl.hostname,
        ),
        authorName:
          collapse(readText(first(author.querySelectorAll(DISPLAY_NAME), own))) || undefined,
        postedAt: zonedIsoTime(link?.querySelector(TIME)?.getAttribute('datetime') ?? null),
      },
      text: read.text,
      media: imagesOf(post, own, pageUrl),
    };
  },

  readPostForScan(post, pageUrl) {
    const read = readOwnParts(post, pageUrl);
    return read && { key: read.key, text: read.text };
  },

  controlAnchor(post) {
    const own = ownWithin(post);
    if (post.matches(DETAILED)) {
      // The focused status's action bar is its wrapper's child, right after the status; the
      // control goes under it, as under every other status.
      const wrapper = post.closest(DETAILED_WRAPPER);
      const bar = wrapper ? childMatching(wrapper, DETAILED_ACTION_BAR) : null;
      if (bar) return { element: bar, placement: 'after' };
      const meta = childMatching(post, DETAILED_META);
      return meta ? { element: meta, placement: 'after' } : { element: post, placement: 'append' };
    }
    // Under the action bar, inside the status: aligned with the text, and outside the bar's own
    // row, whose buttons Mastodon spaces out. Clicks there do not open the status, which only
    // the header and the text do.
    const bar = childMatching(post, ACTION_BAR);
    if (bar) return { element: bar, placement: 'after' };
    // A status without actions still shows who wrote it.
    const header = first(post.querySelectorAll(HEADER), own);
    return header
      ? { element: header, placement: 'after' }
      : { element: post, placement: 'append' };
  },
};

function isPost(element: Element): boolean {
  // A quoted status is part of the post quoting it, wherever it is shown (the composer shows one
  // while quoting). The check walks up the whole document, so a quote rendered late, as its own
  // added subtree, is still recognised.
  if (element.closest(QUOTE) || element.matches(QUOTED_STATUS)) return false;
  return !element.parentElement?.closest(POSTS);
}

interface Permalink {
  /** The status's address on the instance showing it: `https://<host>/@<acct>/<id>`. */
  url: URL;
  /** The account as in the path: "user" for the instance's own accounts, else "user@domain". */
  acct: string;
  id: string;
}

/** The key and text of a post, and what the rest of its capture is read from. */
function readOwnParts(post: Element, pageUrl: URL) {
  const own = ownWithin(post);
  const header = headerOf(post, own, pageUrl);
  if (!header) return null;
  const quotes = ownQuotes(post);
  const text = joinParts([
    ...statusParts(post, own, quotes.length > 0),
    ...quotes.map((quote) => quoted(quote, pageUrl)),
  ]).slice(0, MAX_TEXT_LENGTH);
  // Nothing to read yet: a post hidden by the reader's filter, or one still rendering. Images are
  // looked for only in a post without text, so a feed scan reads those of hardly any post.
  if (!text && !imagesOf(post, own, pageUrl)) return null;
  const host = pageUrl.host;
  const { permalink } = header;
  const longKey = `mastodon:${host}${permalink.url.pathname}`;
  const key = longKey.length <= MAX_KEY_LENGTH ? longKey : `mastodon:${host}/${permalink.id}`;
  return { key, text, own, ...header };
}

/** Where a post's author and time are shown, and the permalink they lead to. */
interface Header {
  permalink: Permalink;
  /** What holds the display name and account; the post itself where no such element is found. */
  author: Element;
  /** The permalink's link, around the post's time. */
  link: Element | null;
}

function headerOf(post: Element, own: (element: Element) => boolean, pageUrl: URL): Header | null {
  if (post.matches(STATUS)) return statusHeader(post, own, pageUrl);
  if (post.matches(DETAILED)) return detailedHeader(post, own, pageUrl);
  return null;
}

function statusHeader(
  post: Element,
  own: (element: Element) => boolean,
  pageUrl: URL,
): Header | null {
  const id = post.getAttribute(STATUS_ID_ATTR)?.trim() ?? '';
  if (!/^\d{1,30}$/.test(id)) return null;
  const link = first(post.querySelectorAll(PERMALINK), own);
  const author = first(post.querySelectorAll(HEADER), own) ?? post;
  const permalink =
    samePermalink(parsePermalink(link?.getAttribute('href'), pageUrl), id) ??
    // Versions that linked the time to the original server's page still show the account.
    permalinkFrom(first(author.querySelectorAll(ACCOUNT), own), id, pageUrl);
  return permalink && { permalink, author, link };
}

function detailedHeader(
  post: Element,
  own: (element: Element) => boolean,
  pageUrl: URL,
): Header | null {
  const link = first(post.querySelectorAll(DETAILED_PERMALINK), own);
  const author = first(post.querySelectorAll(DETAILED_AUTHOR), own) ?? post;
  // The focused status is the one the page is about, so the page's own address is the fallback
  // for versions that linked its time to the original server.
  const permalink =
    parsePermalink(link?.getAttribute('href'), pageUrl) ?? parsePermalink(pageUrl.href, pageUrl);
  return permalink && { permalink, author, link };
}

/** The warning, the text and the hashtag bar of one status, without what it quotes. */
function statusParts(
  status: Element,
  own: (element: Element) => boolean,
  hasQuote: boolean,
): string[] {
  const content = first(status.querySelectorAll(CONTENT_TEXT), own);
  const hashtags = [...status.querySelectorAll(HASHTAG_LINK)]
    .filter(own)
    .map((link) => collapse(readText(link)))
    .filter((tag) => tag.length > 0);
  return [
    readText(first(status.querySelectorAll(SPOILER), own)),
    readText(content, hasQuote ? isQuoteInline : undefined),
    hashtags.join(' '),
  ];
}

/** The quoted post as a block quote under the quoting text, as x.ts writes it. */
function quoted(quote: Element, pageUrl: URL): string {
  const status = quote.querySelector(STATUS);
  if (!status) return '';
  const own = ownWithin(status);
  const text = joinParts(statusParts(status, own, false));
  if (!text) return '';
  const header = first(status.querySelectorAll(HEADER), own) ?? status;
  const permalink = parsePermalink(
    first(status.querySelectorAll(PERMALINK), own)?.getAttribute('href'),
    pageUrl,
  );
  const handle = handleOf(
    first(header.querySelectorAll(ACCOUNT), own),
    permalink?.acct ?? '',
    pageUrl.hostname,
  );
  return blockQuote(text, handle ? `@${handle}` : undefined);
}

function isQuoteInline(element: Element): boolean {
  return element.classList.contains(QUOTE_INLINE);
}

/** Whether an element belongs to `post` itself rather than to a post it quotes. */
function ownWithin(post: Element): (element: Element) => boolean {
  return (element) => {
    const quote = element.closest(QUOTE);
    return !quote || !post.contains(quote);
  };
}

/** The outermost quote boxes of a post, in document order; a quote's own quote is inside it. */
function ownQuotes(post: Element): Element[] {
  const own = ownWithin(post);
  return [...post.querySelectorAll(QUOTE)].filter(
    (quote) => quote.parentElement !== null && own(quote.parentElement),
  );
}

function parsePermalink(href: string | null | undefined, pageUrl: URL): Permalink | null {
  const url = href ? parseUrl(href, pageUrl) : null;
  if (!url) return null;
  // Only the instance's own address for the status: the same status has another id elsewhere.
  if (url.host !== pageUrl.host || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return null;
  }
  const match = STATUS_PATH.exec(url.pathname);
  if (!match?.[1] || !match[2]) return null;
  return permalinkAt(pageUrl, match[1], match[2]);
}

function samePermalink(permalink: Permalink | null, id: string): Permalink | null {
  return permalink && permalink.id === id ? permalink : null;
}

function permalinkFrom(account: Element | null, id: string, pageUrl: URL): Permalink | null {
  const match = ACCT.exec(collapse(readText(account)));
  if (!match?.[1]) return null;
  return permalinkAt(pageUrl, match[2] ? `${match[1]}@${match[2]}` : match[1], id);
}

function permalinkAt(pageUrl: URL, acct: string, id: string): Permalink | null {
  try {
    // Always the simple interface's path, so /deck and / give the same address and key.
    const url = new URL(`/@${acct}/${id}`, pageUrl.origin);
    if (!isStorableUrl(url.href)) return null;
    return { url, acct: safeDecode(acct), id };
  } catch {
    return null;
  }
}

/**
 * "user@domain" for every author: the account line as shown, else the account in the permalink,
 * with the instance's host added for its own accounts (shown without a domain in timelines).
 */
function handleOf(account: Element | null, pathAcct: string, host: string): string | undefined {
  const match = ACCT.exec(collapse(readText(account))) ?? ACCT.exec(pathAcct);
  if (!match?.[1]) return undefined;
  const handle = `${match[1]}@${(match[2] ?? host).toLowerCase()}`;
  return handle.length <= 200 ? handle : undefined;
}

function imagesOf(
  post: Element,
  own: (element: Element) => boolean,
  pageUrl: URL,
): string[] | undefined {
  const sources: string[] = [];
  for (const item of post.querySelectorAll(MEDIA_ITEM)) {
    if (!own(item)) continue;
    const raw =
      item.querySelector(MEDIA_LINK)?.getAttribute('href') ??
      item.querySelector(MEDIA_IMAGE)?.getAttribute('src');
    if (raw) sources.push(raw);
  }
  return mediaUrls(sources, pageUrl);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
