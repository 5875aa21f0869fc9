import type { PostCapture } from '../schema/capture';
import { childMatching, matchingIn } from './dom';
import { collapse, HTML_TEXT, joinParts, textReader } from './text';
import type { ControlAnchor, SiteAdapter } from './types';
import { imageUrls, mediaUrls, parseUrl } from './urls';

// Sources named below are recorded in ../shared/data/reference/social-structure.md (2025–2026).
// "RedditEnhancer" is joelacus/RedditEnhancer @8b2dcf30, 2026-08-14.

/** Hosts whose pages this adapter reads: the new UI on www (bare reddit.com serves the same) and old. */
const READ_HOSTS = new Set(['www.reddit.com', 'reddit.com', 'old.reddit.com']);

/** Every permalink is stored on this origin, so a post read on old.reddit.com gets the same URL. */
const CANONICAL_ORIGIN = 'https://www.reddit.com';

/**
 * New UI post card, in feeds as `shreddit-feed > article > shreddit-post` and alone on a post
 * page (`shreddit-app[routename=subreddit|post_page]`). RedditEnhancer, 2026-08.
 */
const NEW_POST = 'shreddit-post';

/**
 * New UI attributes of a post card, on the server-rendered open tag: `id="t3_…"`, `permalink`
 * (path), `post-title`, `author` (bare username), `created-timestamp` ("…000000+0000").
 * Feed-card open tag in public code excerpts (Wayback, 2026-07).
 */
const NEW_POST_ATTR = {
  fullname: 'id',
  permalink: 'permalink',
  title: 'post-title',
  author: 'author',
  created: 'created-timestamp',
} as const;

/**
 * New UI slotted light-DOM children of shreddit-post: `a[slot=title]` in feeds, `h1[slot=title]`
 * on the post page; `[slot=text-body]` holds the self text; `post-media-container` the image or
 * the embedded crosspost; `credit-bar` the subreddit, time and author line (feed
 * `span#feed-post-credit-bar-t3_…`, post page `#pdp-credit-bar`). RedditEnhancer, 2026-08.
 */
const NEW_POST_SLOT = {
  title: '[slot="title"]',
  body: '[slot="text-body"]',
  media: '[slot="post-media-container"]',
  creditBar: '[slot="credit-bar"]',
} as const;

/** New UI relative-time element in the credit bar; its `ts` is an ISO time. RedditEnhancer, 2026-08. */
const NEW_TIMEAGO = 'faceplate-timeago[ts]';
const NEW_TIMEAGO_ATTR = 'ts';

/** Images inside the media slot (single image, gallery pages, a crosspost's original). */
const NEW_MEDIA_IMAGE = 'img[src]';

/**
 * New UI comment, nested as `shreddit-comment-tree#comment-tree > shreddit-comment`, replies as
 * child shreddit-comments. RedditEnhancer, 2026-08.
 */
const NEW_COMMENT = 'shreddit-comment';

/**
 * New UI comment attributes: `thingid="t1_…"`, `permalink`, `author`, `created` (same format as
 * created-timestamp). Public code excerpts of shreddit-comment tags, 2025–2026.
 */
const NEW_COMMENT_ATTR = {
  fullname: 'thingid',
  permalink: 'permalink',
  author: 'author',
  created: 'created',
} as const;

/**
 * New UI slotted children of shreddit-comment: the body `div.md[slot=comment]` and the author/time
 * row `[slot=commentMeta]`. RedditEnhancer, 2026-08.
 */
const NEW_COMMENT_SLOT = {
  body: '[slot="comment"]',
  meta: '[slot="commentMeta"]',
} as const;

/**
 * Old reddit post or comment: `div.thing[data-fullname][data-type=link|comment]`. Public code
 * excerpts of scrapers and userscripts.
 */
const OLD_THING = 'div.thing[data-fullname]';

/**
 * Old reddit thing attributes: `data-type` (link, comment; "load more comments" is another type),
 * `data-author`, `data-permalink` (path), `data-url` (what a link post links to). Public code
 * excerpts of scrapers and userscripts.
 */
const OLD_ATTR = {
  fullname: 'data-fullname',
  type: 'data-type',
  author: 'data-author',
  permalink: 'data-permalink',
  url: 'data-url',
} as const;

/** Old reddit `data-type` values of things that are posts of their own. */
const OLD_POST_TYPES = new Set(['link', 'comment']);

/**
 * Old reddit link post, the only kind of thing that can embed another (a crosspost preview or a
 * listing inside a self text). Public code excerpts of scrapers and userscripts.
 */
const OLD_LINK = 'div.thing[data-type="link"]';

/**
 * Old reddit parts of a thing's own `div.entry` (replies sit beside it in `div.child`): title
 * `a.title`, self text or comment `form.usertext > div.usertext-body > div.md`, the tagline's
 * `time.live-timestamp` and `a.author`, the button row `ul.flat-list.buttons`. Public code
 * excerpts of scrapers and userscripts. The class pins the posting time: an edited comment shows a
 * second time, of the edit, in the same tagline.
 */
const OLD_ENTRY = 'div.entry';
const OLD_TITLE = 'a.title';
const OLD_BODY = '.usertext-body .md';
const OLD_TIME = 'time.live-timestamp[datetime]';
const OLD_TIME_ATTR = 'datetime';
const OLD_AUTHOR = 'a.author';
const OLD_BUTTONS = 'ul.flat-list.buttons';

/**
 * Old reddit promoted links carry the class `promoted` (`promotedlink` on the thing) and
 * `data-promoted="true"`; ordinary things say "false". Listing markup as described in the project
 * brief (2026); not in the reference notes, so both forms are matched.
 */
const OLD_PROMOTED = '.promoted, .promotedlink, [data-promoted="true"]';

/**
 * New UI ads: feed ads, the ad between post and comments, ads inside the comment tree, sidebar
 * ads. RedditEnhancer, 2026-08.
 */
const ADS =
  'shreddit-ad-post, shreddit-comments-page-ad, shreddit-comment-tree-ad, shreddit-sidebar-ad';

/**
 * Sidebars: new UI `#right-sidebar-container`, `#left-sidebar-container` with
 * `reddit-sidebar-nav#left-sidebar` (RedditEnhancer, 2026-08); old reddit `div.side`, the right
 * column of every old reddit page (seen on old.reddit.com; not in the reference notes).
 */
const SIDEBARS = '#right-sidebar-container, #left-sidebar-container, reddit-sidebar-nav, div.side';

const CANDIDATES = `${NEW_POST}, ${NEW_COMMENT}, ${OLD_THING}`;

/** A post or comment fullname as Reddit writes it: kind prefix and a base-36 id. */
const FULLNAME = /^(t1|t3)_[a-z0-9]+$/;

/** Reddit usernames, optionally written as "u/name"; "[deleted]" and the like do not match. */
const USERNAME = /^(?:\/?u\/)?([A-Za-z0-9_-]{1,40})$/;

/**
 * Reddit's "2026-11-20T08:15:00.000000+0000": microseconds and an offset without a colon, which
 * `Date.parse` does not accept everywhere. A zone is required, since a bare time would be read as
 * the reader's local time.
 */
const REDDIT_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/i;

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/**
 * Text as a reader sees it: blocks on their own lines, paragraphs a blank line apart, source
 * line breaks and indentation collapsed. Our own control may end up inside a comment body (see
 * controlAnchor) and is left out with the rest of what is not text. Images are not read.
 */
const readText = textReader(HTML_TEXT);

export const redditAdapter: SiteAdapter = {
  site: 'reddit',
  matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*'],

  handles(url) {
    return READ_HOSTS.has(url.hostname);
  },

  findPosts(root) {
    return matchingIn(root, CANDIDATES).filter(isPost);
  },

  readPost(post) {
    const read = readOwnParts(post);
    if (read?.kind === 'newPost') return newPostCapture(post, read);
    if (read?.kind === 'newComment') return newCommentCapture(post, read);
    if (read?.kind === 'oldThing') return oldThingCapture(post, read);
    return null;
  },

  readPostForScan(post) {
    const read = readOwnParts(post);
    return read && { key: read.key, text: read.text };
  },

  controlAnchor(post) {
    if (post.matches(NEW_POST)) {
      // The card's shadow root renders only slotted children, and the card opens the post on any
      // click inside it, so the control goes outside the host: in the light DOM of the feed's
      // article (or the post page), right under the card.
      return { element: post, placement: 'after' };
    }
    if (post.matches(NEW_COMMENT)) {
      // A child of the comment host without a slot would not be rendered; inside the slotted meta
      // row (author · time) it is, and a comment does not navigate on click.
      const row =
        childMatching(post, NEW_COMMENT_SLOT.meta) ?? childMatching(post, NEW_COMMENT_SLOT.body);
      return row ? { element: row, placement: 'append' } : { element: post, placement: 'append' };
    }
    return oldControlAnchor(post);
  },
};

function isPost(element: Element): boolean {
  if (element.closest(ADS) || element.closest(SIDEBARS)) return false;
  if (element.matches(OLD_THING)) {
    if (!OLD_POST_TYPES.has(element.getAttribute(OLD_ATTR.type) ?? '')) return false;
    if (element.matches(OLD_PROMOTED)) return false;
  }
  // A post inside another post is a crosspost's embedded original: part of the post showing it.
  // Comments nest inside comments and are posts of their own.
  if (element.matches(`${NEW_POST}, ${OLD_LINK}`)) {
    return !element.parentElement?.closest(`${NEW_POST}, ${OLD_LINK}`);
  }
  return true;
}

/** The key and text of a post or comment, and what the rest of its capture is read from. */
type OwnParts = { key: string; text: string; fullname: string; url: string } & (
  | { kind: 'newPost' | 'newComment' }
  | {
      kind: 'oldThing';
      /** The thing's own entry, without its replies: where its author and time are. */
      entry: Element;
      isLink: boolean;
    }
);

function readOwnParts(post: Element): OwnParts | null {
  if (post.matches(NEW_POST)) return readNewPostOwnParts(post);
  if (post.matches(NEW_COMMENT)) return readNewCommentOwnParts(post);
  if (post.matches(OLD_THING)) return readOldThingOwnParts(post);
  return null;
}

function readNewPostOwnParts(post: Element): OwnParts | null {
  const fullname = fullnameOf(post.getAttribute(NEW_POST_ATTR.fullname), 't3');
  const url = canonicalUrl(post.getAttribute(NEW_POST_ATTR.permalink));
  if (!fullname || !url) return null;
  // A crosspost shows its original as a post card of its own inside the media slot; that text is
  // what the crosspost is about, so it is part of this post.
  const original = post.querySelector(NEW_POST);
  const text = joinParts([...newPostParts(post), ...(original ? newPostParts(original) : [])]);
  if (!text) return null;
  return { kind: 'newPost', key: `reddit:${fullname}`, text, fullname, url };
}

function newPostCapture(post: Element, { key, text, fullname, url }: OwnParts): PostCapture {
  const creditBar = childMatching(post, NEW_POST_SLOT.creditBar);
  return {
    key,
    source: {
      site: 'reddit',
      url,
      postId: fullname,
      // Reddit shows only usernames, so there is never a display name to add.
      authorHandle: handleOf(post.getAttribute(NEW_POST_ATTR.author)),
      postedAt:
        isoTime(post.getAttribute(NEW_POST_ATTR.created)) ??
        isoTime(creditBar?.querySelector(NEW_TIMEAGO)?.getAttribute(NEW_TIMEAGO_ATTR)),
    },
    text,
    media: imageUrls(
      childMatching(post, NEW_POST_SLOT.media)?.querySelectorAll(NEW_MEDIA_IMAGE) ?? [],
      CANONICAL_ORIGIN,
    ),
  };
}

function newPostParts(post: Element): string[] {
  const titleElement = childMatching(post, NEW_POST_SLOT.title);
  const title = collapse(post.getAttribute(NEW_POST_ATTR.title) ?? '') || readText(titleElement);
  return [title, readText(childMatching(post, NEW_POST_SLOT.body))];
}

function readNewCommentOwnParts(comment: Element): OwnParts | null {
  const fullname = fullnameOf(comment.getAttribute(NEW_COMMENT_ATTR.fullname), 't1');
  const url = canonicalUrl(comment.getAttribute(NEW_COMMENT_ATTR.permalink));
  // Only the comment's own body: its replies are slotted children of the same host.
  const text = readText(childMatching(comment, NEW_COMMENT_SLOT.body));
  if (!fullname || !url || !text) return null;
  return { kind: 'newComment', key: `reddit:${fullname}`, text, fullname, url };
}

function newCommentCapture(comment: Element, { key, text, fullname, url }: OwnParts): PostCapture {
  return {
    key,
    source: {
      site: 'reddit',
      url,
      postId: fullname,
      authorHandle: handleOf(comment.getAttribute(NEW_COMMENT_ATTR.author)),
      postedAt: isoTime(comment.getAttribute(NEW_COMMENT_ATTR.created)),
    },
    text,
  };
}

function readOldThingOwnParts(thing: Element): OwnParts | null {
  const isLink = thing.getAttribute(OLD_ATTR.type) === 'link';
  const fullname = fullnameOf(thing.getAttribute(OLD_ATTR.fullname), isLink ? 't3' : 't1');
  const url = canonicalUrl(thing.getAttribute(OLD_ATTR.permalink));
  // Replies live in the thing's `div.child`, beside the entry; reading the entry alone keeps them out.
  const entry = childMatching(thing, OLD_ENTRY);
  if (!fullname || !url || !entry) return null;
  const body = readText(entry.querySelector(OLD_BODY));
  const text = joinParts(isLink ? [readText(entry.querySelector(OLD_TITLE)), body] : [body]);
  if (!text) return null;
  return { kind: 'oldThing', key: `reddit:${fullname}`, text, fullname, url, entry, isLink };
}

function oldThingCapture(
  thing: Element,
  { key, text, fullname, url, entry, isLink }: OwnParts & { kind: 'oldThing' },
): PostCapture {
  const linkedUrl = isLink ? thing.getAttribute(OLD_ATTR.url) : null;
  return {
    key,
    source: {
      site: 'reddit',
      url,
      postId: fullname,
      authorHandle: handleOf(
        thing.getAttribute(OLD_ATTR.author) ?? entry.querySelector(OLD_AUTHOR)?.textContent,
      ),
      postedAt: isoTime(entry.querySelector(OLD_TIME)?.getAttribute(OLD_TIME_ATTR)),
    },
    text,
    media:
      linkedUrl && IMAGE_FILE.test(linkedUrl)
        ? mediaUrls([linkedUrl], CANONICAL_ORIGIN)
        : undefined,
  };
}

function oldControlAnchor(thing: Element): ControlAnchor {
  const entry = childMatching(thing, OLD_ENTRY);
  const buttons = entry?.querySelector(OLD_BUTTONS);
  // Appended to the button row, the control sits inline with "comments share save".
  if (buttons) return { element: buttons, placement: 'append' };
  return { element: entry ?? thing, placement: 'append' };
}

function fullnameOf(raw: string | null, kind: 't1' | 't3'): string | null {
  const value = raw?.trim() ?? '';
  const match = FULLNAME.exec(value);
  return match && match[1] === kind ? value : null;
}

function handleOf(raw: string | null | undefined): string | undefined {
  return USERNAME.exec(raw?.trim() ?? '')?.[1];
}

function canonicalUrl(permalink: string | null): string | null {
  const url = permalink ? parseUrl(permalink, CANONICAL_ORIGIN) : null;
  if (!url || !READ_HOSTS.has(url.hostname)) return null;
  url.protocol = 'https:';
  url.hostname = 'www.reddit.com';
  url.port = '';
  return url.href;
}

function isoTime(raw: string | null | undefined): string | undefined {
  const match = REDDIT_TIME.exec(raw?.trim() ?? '');
  if (!match) return undefined;
  const [, base, fraction, zone = ''] = match;
  const millis = fraction ? fraction.slice(0, 4).padEnd(4, '0') : '';
  const offset = /^z$/i.test(zone) ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const time = Date.parse(`${base}${millis}${offset}`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
