import type { PostCapture } from '../schema/capture';
import { MAX_TEXT_LENGTH } from '../schema/limits';
import { first, follows, matchingIn } from './dom';
import { blockQuote, collapse, HTML_TEXT, joinParts, textReader } from './text';
import type { ControlAnchor, SiteAdapter } from './types';
import { imageUrls, isStorableUrl, parseUrl } from './urls';

// Sources named below are recorded in ../shared/data/reference/social-structure.md (2025–2026).
// "clean-my-feeds" is Artificial-Sweetener/facebook-clean-my-feeds @81fe0781 (2026-07-05), "#16"
// its issue 16 (diagnostics of 2026-09-16); "OpenCLI#2089" is jackwener/OpenCLI issue 2089
// (2026-07); "excerpts" are the public code excerpts listed in the notes. Facebook's class names
// (x1yztbdb, x1lliihq, …) are generated and change with every build, and its wrappers change
// often, so everything here rests on ARIA roles and labels, data-ad-* attributes and link forms.

/** Pages this adapter reads: the desktop site under either name (web. and m. are other apps). */
const READ_HOSTS = new Set(['www.facebook.com', 'facebook.com']);

/** Hosts whose links name Facebook posts and profiles; l.facebook.com only redirects outwards. */
const LINK_HOSTS = new Set([
  'www.facebook.com',
  'facebook.com',
  'web.facebook.com',
  'm.facebook.com',
]);

/** Every permalink is stored on this origin, whichever host the link was written with. */
const CANONICAL_ORIGIN = 'https://www.facebook.com';

/**
 * Feed unit wrappers, in whichever form the current build uses: `div[aria-posinset]` (home feed;
 * clean-my-feeds news.js `div[role="main"] div[aria-posinset]`, blocks.js `div[aria-posinset] >
 * div ×8`, 2026-07) or `div[role="article"]` (clean-my-feeds news.js `div[role="main"]
 * div[role="article"]`; #16 reports home-feed roots with role=article and no aria-posinset,
 * 2026-09). Comments are role=article too and are told apart by COMMENT_LABELS and LISTED_ARTICLE.
 */
const POSINSET_UNIT = 'div[aria-posinset]';
const ARTICLE = 'div[role="article"]';
const WRAPPER = `${POSINSET_UNIT}, ${ARTICLE}`;

/**
 * One child of the feed per unit, with or without a wrapper inside: clean-my-feeds groups.js
 * `div[role="feed"] > div` (2026-07). Without any wrapper (OpenCLI#2089), the child is the post.
 */
const FEED_CHILD = 'div[role="feed"] > div';

/**
 * The "…" menu button of a post, "Actions for this post" (Dutch UI presumably "Acties voor dit
 * bericht"): OpenCLI#2089 (2026-07) found feed posts no longer wrapped in role=article and
 * anchored each post on this button. Matched as a prefix, because the label may go on with the
 * author's name (jackwener/OpenCLI pull request #2453, 2026-09, not in the notes).
 */
const ACTIONS_MENU =
  '[aria-label^="Actions for this post"], [aria-label^="Acties voor dit bericht"]';

/**
 * Comments: `div[role=article]` labelled "Comment by <name> <time>" (Dutch "Opmerking van …"),
 * inside `ul > li` (excerpts). "Reactie van" is Dutch UI wording as well (project brief); the
 * reply labels "Reply by" / "Antwoord van" are assumed, not seen. An article in a list item is
 * taken for a comment whatever its label, so that in a UI language not listed here comments are
 * still read as comments, never as the unit they belong to or as a post it shares.
 */
const COMMENT_LABELS = ['Comment by', 'Reply by', 'Opmerking van', 'Reactie van', 'Antwoord van'];
const LISTED_ARTICLE = `ul > li ${ARTICLE}`;

/**
 * Parts of a post marked for Facebook's own ad previews, on every post: the text
 * (`data-ad-rendering-role="story_message"`, older `data-ad-preview="message"` and
 * `data-ad-comet-preview="message"`), the author header (h2/h3 with the name link, `profile_name`)
 * and the like, comment and share buttons. Excerpts.
 */
const STORY_MESSAGE =
  '[data-ad-rendering-role="story_message"], [data-ad-preview="message"], [data-ad-comet-preview="message"]';
const PROFILE_NAME = '[data-ad-rendering-role="profile_name"]';
const LIKE_BUTTON = '[data-ad-rendering-role="like_button"]';
const OTHER_ACTION_BUTTONS =
  '[data-ad-rendering-role="comment_button"], [data-ad-rendering-role="share_button"]';
/** What shows that a feed child without a wrapper holds a post, not a tray or a placeholder. */
const POST_EVIDENCE = `${ACTIONS_MENU}, ${PROFILE_NAME}, ${STORY_MESSAGE}`;
/** A post's own fixed parts; a shared post shows an author header but no buttons or menu. */
const POST_PARTS = `${ACTIONS_MENU}, ${PROFILE_NAME}, ${LIKE_BUTTON}, ${OTHER_ACTION_BUTTONS}`;
/** Where findPosts starts looking: every form of unit, and comments (role=article too). */
const CANDIDATES = `${WRAPPER}, ${FEED_CHILD}, ${ACTIONS_MENU}`;

/**
 * A comment's text paragraphs, `div[dir="auto"][style="text-align: start;"]`, as public scraper
 * code selects them (naya-stack/My_code Selenium1.py, found by code search; not in the notes):
 * the data-ad-* text markers belong to posts.
 */
const COMMENT_TEXT = 'div[dir="auto"][style*="text-align"]';

/**
 * Links: permalinks (the time link of a post or comment), author names and groups are all plain
 * `a[href]`, told apart by where they point, not by markup. Excerpts.
 */
const LINK = 'a[href]';

/**
 * Photos open in Facebook's viewer: `/photo/?fbid=…`, `/photo.php?fbid=…`, `/<page>/photos/…`
 * (Facebook's public URL forms; not in the notes). Avatars and emoji are not inside such links.
 */
const PHOTO = 'a[href*="/photo"] img[src]';

/**
 * Sponsored units: a link to "Why am I seeing this ad?" (`a[href*="/ads/about/"]`), or link
 * tracking tails `__cft__[0]=…` of 311 characters or more, measured from the parameter to the end
 * of the address, where ordinary posts' tails are shorter; links to groups, whose tails are long
 * anyway, and section headers are not measured (clean-my-feeds sponsored.js, 2026-07).
 */
const ADS_ABOUT_LINK = 'a[href*="/ads/about/"]';
const CFT_PARAMS = ['__cft__[0]=', '__cft__%5B0%5D='];
const AD_CFT_MIN_TAIL = 311;

/**
 * The "Sponsored" label (Dutch UI "Gesponsord") under an advertiser's name is obfuscated: the
 * visible letters are a canvas or SVG and the word sits in an element named by `aria-labelledby`
 * (clean-my-feeds sponsored.js, 2026-07); plain forms are an `aria-label` or the link text.
 * Compared whole, without spaces and zero-width characters, so a post merely using the word does
 * not count; post text and comments are not looked at.
 */
const SPONSORED_WORDS = new Set(['sponsored', 'gesponsord']);
const LABELLED = '[aria-label], [aria-labelledby], a';

/**
 * Feed units that are trays rather than posts: people you may know (`a[href*="/friends/"]`) and
 * reels (`a[href*="/reel/"]`); clean-my-feeds news.js (2026-07). Only units without an author
 * header count as trays (this adapter's own reading), so that a post sharing a reel stays a post.
 */
const TRAY_LINKS = 'a[href*="/friends/"], a[href*="/reel/"]';

/**
 * The page's chrome: the top bar, the left navigation and the right column (contacts, sponsored
 * column); nothing in them is a post.
 */
const CHROME = '[role="banner"], [role="navigation"], [role="complementary"]';

/** Where the climb from an actions menu outside any feed stops: the page's or a dialog's column. */
const MENU_SCOPE_LIMIT = '[role="main"], [role="feed"], [role="dialog"], body';

/**
 * Post links: `/groups/<group>/posts/<id>`, `/groups/<group>/permalink/<id>`, `/<name>/posts/<id>`
 * and `…?story_fbid=<id>` (`/permalink.php` and `/story.php` with the owner's `id`). Ids are
 * numeric or "pfbid…" (Facebook's encoded post ids). Comment links add `comment_id=<id>`, reply
 * links also `reply_comment_id=<id>`; both are numeric (a base64 form in profile links is not).
 */
const GROUP_POST_PATH = /^\/groups\/([A-Za-z0-9._-]{1,100})\/(?:posts|permalink)\/([^/]+)\/?$/;
const NAMED_POST_PATH = /^\/([A-Za-z0-9._-]{1,100})\/posts\/([^/]+)\/?$/;
const GROUP_PATH = /^\/groups\/[^/]+\/?$/;
const POST_ID = /^(?:\d{1,25}|pfbid[0-9A-Za-z]{10,100})$/;
const COMMENT_ID = /^\d{1,25}$/;
const OWNER_ID = /^\d{1,25}$/;

/**
 * A vanity username: the only path segment of a profile link, at least five letters, digits and
 * periods, not all digits. profile.php?id=… and group member links (/groups/<g>/user/<id>) have
 * none; the first path segments of Facebook's own pages are not usernames.
 */
const USERNAME = /^(?=[A-Za-z0-9.]*[A-Za-z])[A-Za-z0-9.]{5,50}$/;
const NOT_USERNAMES = new Set([
  'groups',
  'pages',
  'photo',
  'photos',
  'watch',
  'reels',
  'stories',
  'events',
  'marketplace',
  'hashtag',
  'friends',
  'people',
  'gaming',
  'login',
  'settings',
  'notifications',
  'messages',
  'bookmarks',
  'search',
  'share',
  'sharer',
  'business',
  'privacy',
  'policies',
  'saved',
  'memories',
  'fundraisers',
]);

/**
 * Text as Facebook shows it: each paragraph is a `div[dir=auto]`, a blank line apart, and so is
 * every other block, the wrapper divs around paragraphs included; `<br>` is a line break; emoji
 * are images whose alt is the emoji; the "See more" button ("Meer weergeven", a
 * `div[role=button]` at the end of a long text) is not text.
 */
const readText = textReader({
  ...HTML_TEXT,
  paragraphTags: new Set([...HTML_TEXT.paragraphTags, 'div', 'li', 'tr']),
  lineTags: new Set(),
  skipHidden: true,
  skippedRoles: new Set(['button']),
  images: 'alt',
});

const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]+/g;

export const facebookAdapter: SiteAdapter = {
  site: 'facebook',
  matches: ['https://www.facebook.com/*'],

  handles(url) {
    return READ_HOSTS.has(url.hostname);
  },

  findPosts(root) {
    const candidates = matchingIn(root, CANDIDATES);
    const found: Element[] = [];
    const seen = new Set<Element>();
    const memo = newMemo();
    for (const candidate of candidates) {
      // The post is the candidate or one of its ancestors: a unit may even enclose `root` (a part
      // of it rendered later).
      const post = isComment(candidate) ? candidate : unitOf(candidate, memo);
      if (!post || seen.has(post)) continue;
      seen.add(post);
      if (!isPost(post, memo)) continue;
      // Candidates come in document order, and so does a post found through itself. One found
      // through a later part of it precedes only the posts found so far that it contains.
      const contained = post === candidate ? -1 : found.findIndex((other) => post.contains(other));
      if (contained < 0) found.push(post);
      else found.splice(contained, 0, post);
    }
    return found;
  },

  readPost(post, pageUrl) {
    return isComment(post) ? readComment(post, pageUrl) : readUnit(post, pageUrl);
  },

  readPostForScan(post, pageUrl) {
    const read = isComment(post) ? readCommentParts(post, pageUrl) : readUnitParts(post, pageUrl);
    return read && { key: read.key, text: read.text };
  },

  controlAnchor(post) {
    return isComment(post) ? commentAnchor(post) : unitAnchor(post);
  },
};

function isComment(element: Element): boolean {
  if (!element.matches(ARTICLE)) return false;
  const label = element.getAttribute('aria-label') ?? '';
  return (
    COMMENT_LABELS.some((prefix) => label.startsWith(prefix)) || element.matches(LISTED_ARTICLE)
  );
}

function isWrapper(element: Element): boolean {
  return element.matches(WRAPPER) && !isComment(element);
}

/**
 * The post unit an element belongs to: the outermost wrapper around it, unless it sits in a feed
 * child that is a post of its own (see feedChildPost). Elsewhere, an actions menu bounds its post.
 */
function unitOf(element: Element, memo: Memo = newMemo()): Element | null {
  let wrapper: Element | null = null;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (isWrapper(node)) wrapper = node;
  }
  const feedChild = element.closest(FEED_CHILD);
  if (feedChild && (!wrapper || feedChild.contains(wrapper))) {
    let post = memo.feedChildPosts.get(feedChild);
    if (post === undefined) {
      post = feedChildPost(feedChild);
      memo.feedChildPosts.set(feedChild, post);
    }
    if (post || wrapper) return post ?? wrapper;
  } else if (wrapper) {
    return wrapper;
  }
  return element.matches(ACTIONS_MENU) ? menuScope(element) : null;
}

/**
 * A feed child is the post itself when it is a wrapper; when nothing inside wraps a post
 * (OpenCLI#2089's form) and it shows one post's parts; or when some of its header, buttons and
 * menu sit outside every wrapper inside it (those then wrap shared posts). Otherwise the wrappers
 * are the posts, or, without wrappers, each of its several actions menus bounds one.
 */
function feedChildPost(child: Element): Element | null {
  if (isWrapper(child)) return child;
  const inner = outermost([...child.querySelectorAll(WRAPPER)].filter(isWrapper));
  const outside = (element: Element) => !inner.some((wrapper) => wrapper.contains(element));
  if ([...child.querySelectorAll(ACTIONS_MENU)].filter(outside).length > 1) return null;
  if (inner.length === 0) return child.querySelector(POST_EVIDENCE) ? child : null;
  return [...child.querySelectorAll(POST_PARTS)].some(outside) ? child : null;
}

/**
 * Outside any wrapper (a post opened on its own page, or feed posts sharing one feed child), the
 * post around an actions menu is its highest ancestor holding no other such menu, below the
 * page's main column or the feed (OpenCLI#2089).
 */
function menuScope(menu: Element): Element | null {
  let scope: Element | null = null;
  for (let node = menu.parentElement; node; node = node.parentElement) {
    if (node.matches(MENU_SCOPE_LIMIT) || node.querySelectorAll(ACTIONS_MENU).length > 1) break;
    scope = node;
  }
  return scope;
}

function isPost(post: Element, memo: Memo): boolean {
  const known = memo.verdicts.get(post);
  if (known !== undefined) return known;
  let verdict: boolean;
  if (post.closest(CHROME)) {
    verdict = false;
  } else if (isComment(post)) {
    // A comment is a post of its own, unless what it comments on is not a post.
    const unit = post.parentElement ? unitOf(post.parentElement, memo) : null;
    verdict = !unit || isPost(unit, memo);
  } else {
    const scope = scopeOf(post);
    verdict = !isSponsored(post, scope) && !isTray(post, scope);
  }
  memo.verdicts.set(post, verdict);
  return verdict;
}

/**
 * What one findPosts call learns about units, so that the comments of a long thread do not each
 * work out their unit again.
 */
interface Memo {
  feedChildPosts: Map<Element, Element | null>;
  verdicts: Map<Element, boolean>;
}

function newMemo(): Memo {
  return { feedChildPosts: new Map(), verdicts: new Map() };
}

/** What belongs to a unit itself: not its comments, not the posts it shares. */
interface Scope {
  own(element: Element): boolean;
  embedded: Element[];
}

function scopeOf(unit: Element): Scope {
  const comments = new Set([...unit.querySelectorAll(ARTICLE)].filter(isComment));
  const outsideComments = (element: Element) => !within(element, comments, unit);
  const embedded = embeddedPosts(unit, outsideComments);
  const excluded = new Set([...comments, ...embedded]);
  return { own: (element) => !within(element, excluded, unit), embedded };
}

/** Whether the element or one of its ancestors below `root` is in `regions`. */
function within(element: Element, regions: Set<Element>, root: Element | null): boolean {
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    if (regions.has(node)) return true;
  }
  return false;
}

/**
 * The posts a unit shares: wrappers nested inside it that leave some of the unit's header,
 * buttons or menu outside (a wrapper around all of them is the same post wrapped twice), and the
 * part around each further author header. That part is the highest ancestor of the header that
 * holds none of the unit's own parts (its header, a text above the shared post, its buttons and
 * menu).
 */
function embeddedPosts(unit: Element, outsideComments: (element: Element) => boolean): Element[] {
  const parts = [...unit.querySelectorAll(POST_PARTS)].filter(outsideComments);
  const regions = outermost(
    [...unit.querySelectorAll(WRAPPER)].filter(
      (wrapper) =>
        isWrapper(wrapper) &&
        outsideComments(wrapper) &&
        parts.some((part) => !wrapper.contains(part)),
    ),
  );
  const inRegion = (element: Element) => regions.some((region) => region.contains(element));
  const names = [...unit.querySelectorAll(PROFILE_NAME)].filter(
    (name) => outsideComments(name) && !inRegion(name),
  );
  const [ownName, ...others] = names;
  if (!ownName) return regions;
  const fixedParts = [
    ownName,
    ...unit.querySelectorAll(`${ACTIONS_MENU}, ${LIKE_BUTTON}, ${OTHER_ACTION_BUTTONS}`),
  ].filter((part) => outsideComments(part) && !inRegion(part));
  const messages = [...unit.querySelectorAll(STORY_MESSAGE)].filter(
    (message) => outsideComments(message) && !inRegion(message),
  );
  for (const name of others) {
    if (inRegion(name)) continue;
    const ownMessage = messages.find(
      (message) => !message.contains(name) && follows(name, message),
    );
    const ownParts = ownMessage ? [...fixedParts, ownMessage] : fixedParts;
    let region = name;
    for (
      let parent = name.parentElement;
      parent && parent !== unit;
      parent = parent.parentElement
    ) {
      if (ownParts.some((part) => parent.contains(part))) break;
      region = parent;
    }
    regions.push(region);
  }
  return regions;
}

function isSponsored(unit: Element, { own }: Scope): boolean {
  for (const link of unit.querySelectorAll(ADS_ABOUT_LINK)) {
    if (own(link)) return true;
  }
  for (const link of unit.querySelectorAll('a[href*="__cft__"]')) {
    if (own(link) && hasAdTrackingTail(link.getAttribute('href') ?? '')) return true;
  }
  for (const element of unit.querySelectorAll(LABELLED)) {
    if (!own(element) || element.closest(STORY_MESSAGE)) continue;
    if (isSponsoredWord(element.getAttribute('aria-label'))) return true;
    if (isSponsoredWord(labelledText(unit, element.getAttribute('aria-labelledby')))) return true;
    if (element.localName === 'a' && isSponsoredWord(element.textContent)) return true;
  }
  return false;
}

function hasAdTrackingTail(href: string): boolean {
  const url = parseUrl(href, CANONICAL_ORIGIN);
  if (!url) return false;
  if (url.pathname.startsWith('/groups/') || href.includes('section_header_type')) return false;
  for (const param of CFT_PARAMS) {
    const at = href.indexOf(param);
    if (at >= 0 && href.length - at >= AD_CFT_MIN_TAIL) return true;
  }
  return false;
}

function isSponsoredWord(raw: string | null | undefined): boolean {
  return !!raw && SPONSORED_WORDS.has(raw.replace(INVISIBLE, '').toLowerCase());
}

/**
 * The text of the elements an aria-labelledby names (ids separated by spaces), each looked up in
 * the document or, for a unit not in one, in the unit.
 */
function labelledText(unit: Element, ids: string | null): string {
  let text = '';
  for (const id of ids?.split(/\s+/) ?? []) {
    if (!id) continue;
    let named: Element | null = unit.ownerDocument?.getElementById(id) ?? null;
    if (!named) {
      for (const element of unit.querySelectorAll('[id]')) {
        if (element.id === id) named = element;
      }
    }
    text += named?.textContent ?? '';
  }
  return text;
}

function isTray(unit: Element, { own }: Scope): boolean {
  if (first(unit.querySelectorAll(PROFILE_NAME), own)) return false;
  return !!first(unit.querySelectorAll(TRAY_LINKS), own);
}

function readUnit(unit: Element, pageUrl: URL): PostCapture | null {
  const read = readUnitParts(unit, pageUrl);
  if (!read) return null;
  const { post, own } = read;
  const author = authorLinkOf(first(unit.querySelectorAll(PROFILE_NAME), own));
  return {
    key: read.key,
    source: {
      site: 'facebook',
      url: post.url,
      postId: post.id,
      authorHandle: author ? handleOf(author.getAttribute('href'), pageUrl) : undefined,
      authorName: nameOf(author),
    },
    text: read.text,
    media: photosOf(unit, own, pageUrl),
  };
}

/** The key and text of a unit, and what the rest of its capture is read from. */
function readUnitParts(unit: Element, pageUrl: URL) {
  const scope = scopeOf(unit);
  const post = ownPostLink(unit, scope.own, pageUrl);
  if (!post) return null;
  const text = joinParts([
    readText(first(unit.querySelectorAll(STORY_MESSAGE), scope.own)),
    ...scope.embedded.map(quotedText),
  ]).slice(0, MAX_TEXT_LENGTH);
  // Nothing to clip yet: Facebook is still rendering the unit. Photos are looked for only where
  // there is no text: a feed scan needs them for nothing else.
  if (!text && !photosOf(unit, scope.own, pageUrl)) return null;
  return { key: `facebook:${post.id}`, text, post, own: scope.own };
}

/**
 * The unit's own permalink: the first link to a post in its header or footer (the time link,
 * whose text is only relative, "3 u"); links in the text may name other posts, and links with a
 * comment_id point into the comments.
 */
function ownPostLink(
  unit: Element,
  own: (element: Element) => boolean,
  pageUrl: URL,
): FacebookPost | null {
  for (const { link, parsed } of ownLinks(unit, own, pageUrl)) {
    if (!link.closest(STORY_MESSAGE) && parsed.post && !parsed.commentId) return parsed.post;
  }
  return null;
}

function readComment(comment: Element, pageUrl: URL): PostCapture | null {
  const read = readCommentParts(comment, pageUrl);
  if (!read) return null;
  const author = commentAuthorLink(comment, read.own, pageUrl);
  return {
    key: read.key,
    source: {
      site: 'facebook',
      url: read.url,
      postId: read.postId,
      authorHandle: author ? handleOf(author.getAttribute('href'), pageUrl) : undefined,
      authorName: nameOf(author),
    },
    text: read.text,
    media: photosOf(comment, read.own, pageUrl),
  };
}

/** The key and text of a comment, and what the rest of its capture is read from. */
function readCommentParts(comment: Element, pageUrl: URL) {
  // Replies may be nested inside the comment they answer; their parts are their own.
  const own = (element: Element) => nearestComment(element) === comment;
  const target = commentLink(comment, own, pageUrl);
  if (!target?.commentId) return null;
  const commentId = target.replyId ?? target.commentId;
  const post = target.post ?? enclosingPost(comment, pageUrl);
  if (!post) return null;
  const paragraphs = [...comment.querySelectorAll(COMMENT_TEXT)].filter(own);
  const text = joinParts(paragraphs.map((paragraph) => readText(paragraph))).slice(
    0,
    MAX_TEXT_LENGTH,
  );
  // Photos are looked for only where there is no text: a feed scan needs them for nothing else.
  if (!text && !photosOf(comment, own, pageUrl)) return null;
  const url = new URL(post.url);
  url.searchParams.set('comment_id', target.commentId);
  if (target.replyId) url.searchParams.set('reply_comment_id', target.replyId);
  if (!isStorableUrl(url.href)) return null;
  const postId = `${post.id}_${commentId}`;
  return { key: `facebook:${postId}`, text, url: url.href, postId, own };
}

/**
 * The link that names a comment (its time link): the first with a comment id, unless a later one
 * names the post as well where the first does not.
 */
function commentLink(
  comment: Element,
  own: (element: Element) => boolean,
  pageUrl: URL,
): FacebookLink | null {
  let target: FacebookLink | null = null;
  for (const { parsed } of ownLinks(comment, own, pageUrl)) {
    if (parsed.commentId && (!target || (!target.post && parsed.post))) target = parsed;
  }
  return target;
}

/** The link with the commenter's name: the first of the comment's own links with text. */
function commentAuthorLink(
  comment: Element,
  own: (element: Element) => boolean,
  pageUrl: URL,
): Element | null {
  for (const { link, parsed } of ownLinks(comment, own, pageUrl)) {
    // The name link comes first; the time link names the comment, mentions sit in the text.
    if (parsed.post || parsed.commentId || link.closest(COMMENT_TEXT)) continue;
    if (collapse(readText(link))) return link;
  }
  return null;
}

function nearestComment(element: Element): Element | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (isComment(node)) return node;
  }
  return null;
}

/** The post a comment without a post in its own links belongs to: its unit's, or the page's. */
function enclosingPost(comment: Element, pageUrl: URL): FacebookPost | null {
  const unit = comment.parentElement ? unitOf(comment.parentElement) : null;
  const fromUnit = unit ? ownPostLink(unit, scopeOf(unit).own, pageUrl) : null;
  return fromUnit ?? parseLink(pageUrl.href, pageUrl)?.post ?? null;
}

function unitAnchor(unit: Element): ControlAnchor {
  const { own } = scopeOf(unit);
  // Under the like · comment · share row, across the post's full width: the row itself is a flex
  // row whose buttons Facebook spaces out evenly.
  const like = first(unit.querySelectorAll(LIKE_BUTTON), own);
  if (like) {
    let row: Element | null = null;
    for (let node = like.parentElement; node && node !== unit && !row; node = node.parentElement) {
      if (node.querySelector(OTHER_ACTION_BUTTONS)) row = node;
    }
    return { element: row ?? like, placement: 'after' };
  }
  // Units without buttons (still rendering, or comments turned off) still show text and author.
  const message = first(unit.querySelectorAll(STORY_MESSAGE), own);
  if (message) return { element: message, placement: 'after' };
  const name = first(unit.querySelectorAll(PROFILE_NAME), own);
  if (name) return { element: name, placement: 'after' };
  return { element: unit, placement: 'append' };
}

function commentAnchor(comment: Element): ControlAnchor {
  const own = (element: Element) => nearestComment(element) === comment;
  // Under the comment's "Like · Reply · 3 h" row, the list holding its time link; above replies.
  for (const link of comment.querySelectorAll('a[href*="comment_id="]')) {
    const row = link.closest('ul');
    if (own(link) && row && comment.contains(row) && own(row)) {
      return { element: row, placement: 'after' };
    }
  }
  const texts = [...comment.querySelectorAll(COMMENT_TEXT)].filter(own);
  const last = texts[texts.length - 1];
  if (last) return { element: last, placement: 'after' };
  return { element: comment, placement: 'append' };
}

interface FacebookPost {
  id: string;
  /** Canonical permalink: www.facebook.com, without tracking parameters. */
  url: string;
}

interface FacebookLink {
  /** The post the link names; null for profiles, groups, hashtags and the like. */
  post: FacebookPost | null;
  commentId: string | null;
  replyId: string | null;
}

/** The links of `root` that `own` accepts and that point into Facebook, in document order. */
function* ownLinks(root: Element, own: (element: Element) => boolean, pageUrl: URL) {
  for (const link of root.querySelectorAll(LINK)) {
    if (!own(link)) continue;
    const parsed = parseLink(link.getAttribute('href'), pageUrl);
    if (parsed) yield { link, parsed };
  }
}

function parseLink(href: string | null, base: URL): FacebookLink | null {
  const url = href ? parseUrl(href, base) : null;
  if (!url || !LINK_HOSTS.has(url.hostname)) return null;
  return {
    post: postOf(url),
    commentId: matching(url.searchParams.get('comment_id'), COMMENT_ID),
    replyId: matching(url.searchParams.get('reply_comment_id'), COMMENT_ID),
  };
}

function postOf(url: URL): FacebookPost | null {
  const path = GROUP_POST_PATH.exec(url.pathname) ?? NAMED_POST_PATH.exec(url.pathname);
  if (path && path[1] !== 'groups') {
    const id = matching(path[2] ?? null, POST_ID);
    return id ? storable(`${CANONICAL_ORIGIN}${path[0]}`, id) : null;
  }
  if (path) return null;
  const id = matching(url.searchParams.get('story_fbid'), POST_ID);
  if (!id) return null;
  // Only the post and its owner: every other parameter (__cft__, __tn__, …) is tracking. The path
  // is appended, not resolved, so that "//host/…" stays a path on Facebook.
  const canonical = new URL(`${CANONICAL_ORIGIN}${url.pathname}`);
  canonical.searchParams.set('story_fbid', id);
  const owner = matching(url.searchParams.get('id'), OWNER_ID);
  if (owner) canonical.searchParams.set('id', owner);
  return storable(canonical.href, id);
}

function storable(url: string, id: string): FacebookPost | null {
  return isStorableUrl(url) ? { id, url } : null;
}

function matching(raw: string | null, pattern: RegExp): string | null {
  return raw && pattern.test(raw) ? raw : null;
}

function handleOf(href: string | null, base: URL): string | undefined {
  const url = href ? parseUrl(href, base) : null;
  if (!url || !LINK_HOSTS.has(url.hostname)) return undefined;
  const segments = url.pathname.split('/').filter((segment) => segment.length > 0);
  const name = segments.length === 1 ? (segments[0] ?? '') : '';
  if (!USERNAME.test(name) || name.endsWith('.php')) return undefined;
  return NOT_USERNAMES.has(name.toLowerCase()) ? undefined : name;
}

/**
 * The name link in an author header: the first link with text. A group post in the home feed
 * names its group first (a link to /groups/<group>/), then the member who posted it.
 */
function authorLinkOf(header: Element | null): Element | null {
  if (!header) return null;
  for (const link of header.querySelectorAll(LINK)) {
    if (GROUP_PATH.test(pathOf(link.getAttribute('href')))) continue;
    if (collapse(readText(link))) return link;
  }
  return null;
}

function pathOf(href: string | null): string {
  return parseUrl(href ?? '', CANONICAL_ORIGIN)?.pathname ?? '';
}

function nameOf(link: Element | null): string | undefined {
  return collapse(readText(link)).slice(0, 500) || undefined;
}

/** A shared post as a quotation: "> Name: first line", then "> " before every further line. */
function quotedText(region: Element): string {
  const message = readText(region.querySelector(STORY_MESSAGE));
  if (!message) return '';
  return blockQuote(message, nameOf(authorLinkOf(region.querySelector(PROFILE_NAME))));
}

function photosOf(
  post: Element,
  own: (element: Element) => boolean,
  pageUrl: URL,
): string[] | undefined {
  return imageUrls([...post.querySelectorAll(PHOTO)].filter(own), pageUrl);
}

/** The elements that no other element in the list contains. */
function outermost(elements: Element[]): Element[] {
  const all = new Set(elements);
  return elements.filter(
    (element) => !element.parentElement || !within(element.parentElement, all, null),
  );
}
