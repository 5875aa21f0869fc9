import type { PostCapture } from '../schema/capture';
import { MAX_TEXT_LENGTH } from '../schema/limits';
import { documentOrder, ELEMENT_NODE } from './dom';
import { blockQuote, collapse, HTML_TEXT, joinParts, textReader } from './text';
import type { ScannedPost, SiteAdapter } from './types';
import { isStorableUrl, mediaUrls, parseUrl, withoutParams } from './urls';

// Any other page: local news comment sections and forums that describe their posts with
// schema.org types (as microdata or as JSON-LD) or with the h-entry microformat. Nothing here
// depends on one site's class names or layout; it runs only where the user enables it.
//
// Sources, read 2026:
// - "schema.org": the type and property pages at https://schema.org/<Name>.
// - "microdata": the WHATWG HTML standard, section Microdata (itemscope, itemtype, itemprop,
//   itemid, and how a property's value is read from each element).
// - "h-entry": the microformats2 h-entry specification, https://microformats.org/wiki/h-entry.
// - "mf2 parsing": https://microformats.org/wiki/microformats2-parsing (root and property class
//   names, and how p-, u-, dt- and e- values are read).
// - "post type discovery": the W3C note https://www.w3.org/TR/post-type-discovery/ (an entry
//   with a name that is not the start of its content is an article; otherwise a note).
//
// What counts as a post:
// - schema.org Comment ("a comment on an item, for example a comment on a blog post"; its
//   content is the `text` property) and its subtype Answer; SocialMediaPosting ("a post to a
//   social media platform") and its subtype DiscussionForumPosting. Article, NewsArticle,
//   Report and BlogPosting are what the comments are about, never posts themselves, although
//   schema.org makes BlogPosting a subtype of SocialMediaPosting.
// - h-entry elements, and h-cite elements that are a `p-comment` of an entry (h-entry lists
//   both as comment markup), that have content of their own. The exception is the page's own
//   article: a top-level h-entry with a title of its own (an "article" in post type discovery)
//   that hosts comments or replies. An untitled entry with replies is a comment thread and
//   stays a post. A blog or forum page without comments therefore yields its entry as a post:
//   there is no way to tell that entry from a resident's post in h-entry alone.
// - JSON-LD nodes of the post types above whose `url` or `@id` names an element on the page by
//   its id (`…#comment-123`); a node without such an element is skipped, for a post needs an
//   element to mark.
// - Replies nested inside a post are posts of their own. An item that a post quotes or embeds
//   (schema.org sharedContent, citation, isBasedOn; h-entry u-quotation-of, u-repost-of) is part
//   of that post; the item it replies to (parentItem; u-in-reply-to) is context, neither a post
//   nor part of the text. Posts in a page sidebar are skipped, as on the social sites.
// - Legacy microformats (hAtom "hentry") are not read: WordPress puts that class on every article.

/** A page's address space for keys: `web:<host><path><query><#fragment>`. */
const KEY_PREFIX = 'web:';
/** postKeySchema allows at most 300 characters; longer keys end in a hash of the whole. */
const MAX_KEY_LENGTH = 300;
/** signalSourceSchema limits. */
const MAX_POST_ID_LENGTH = 200;
const MAX_AUTHOR_NAME_LENGTH = 500;

/** schema.org types that are posts (see the header). */
const POST_TYPES = new Set(['Comment', 'Answer', 'SocialMediaPosting', 'DiscussionForumPosting']);
/**
 * Post types that comment on something else: their `url` is often the page they comment on
 * rather than their own, so a bare page URL does not identify them.
 */
const COMMENT_TYPES = new Set(['Comment', 'Answer']);

/** Microdata `itemtype` tokens of schema.org, http or https, with or without www. */
const SCHEMA_ITEMTYPE = /^https?:\/\/(?:www\.)?schema\.org\/([A-Za-z]+)\/?$/;
/** JSON-LD `@type` values: bare ("Comment"), prefixed ("schema:Comment") or full URLs. */
const SCHEMA_JSONLD_TYPE = /^(?:https?:\/\/(?:www\.)?schema\.org\/|schema:)?([A-Za-z]+)$/;

/** A microdata item (microdata): `itemscope` with a type. */
const MICRODATA_ITEM = '[itemscope][itemtype]';

/**
 * The schema.org properties read from a post item, in order of preference. `text` is Comment's
 * content (schema.org Comment); `articleBody` that of the Article family, SocialMediaPosting
 * and DiscussionForumPosting included. `headline` is a forum thread's title. `datePublished`
 * comes before `dateCreated`. `alternateName` of the author Person is the forum username when
 * a site gives one. `url` is the post's own permalink; `itemid` (microdata) may be one too.
 */
const PROP = {
  text: ['text', 'articleBody'],
  headline: ['headline'],
  author: ['author', 'creator'],
  name: ['name'],
  handle: ['alternateName'],
  published: ['datePublished', 'dateCreated'],
  url: ['url'],
  image: ['image'],
  imageUrl: ['contentUrl', 'url'],
} as const;

/** Properties whose item is quoted or embedded in the post (schema.org SocialMediaPosting, CreativeWork). */
const QUOTING_PROPS = new Set(['sharedContent', 'citation', 'isBasedOn']);
/** Properties whose item the post is about or replies to (schema.org CreativeWork, Comment). */
const CONTEXT_PROPS = new Set(['parentItem', 'about']);

/** mf2 root class names (h-*), with an optional vendor prefix (mf2 parsing). */
const MF_ROOT = /^h-[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** mf2 candidates: any h-entry, and an h-cite that is the p-comment of an entry (h-entry). */
const MF_CANDIDATES = '.h-entry, .h-cite.p-comment';
const MF_ENTRY = 'h-entry';
const MF_CITE = 'h-cite';
const MF_CARD = 'h-card';
const MF_COMMENT = 'p-comment';

/**
 * h-entry properties read: `e-content` holds the text (`p-content` is not in the spec but common
 * on comments), `p-name` the title, `p-author` the author (often an embedded h-card, whose
 * `p-name` and `p-nickname` are the name and username; `u-author` is a frequent variant),
 * `dt-published` the time, `u-url` the permalink (`u-uid` when there is none), `u-photo` photos.
 */
const MF = {
  content: ['e-content', 'p-content'],
  name: ['p-name'],
  author: ['p-author', 'u-author'],
  nickname: ['p-nickname'],
  published: ['dt-published'],
  url: ['u-url', 'u-uid'],
  photo: ['u-photo'],
} as const;

/** h-entry properties whose value quotes or reposts another post (h-entry). */
const MF_QUOTING = new Set(['u-quotation-of', 'p-quotation-of', 'u-repost-of', 'p-repost-of']);
/** h-entry properties whose value the entry replies to, likes or bookmarks (h-entry). */
const MF_CONTEXT = new Set([
  'u-in-reply-to',
  'p-in-reply-to',
  'u-like-of',
  'p-like-of',
  'u-bookmark-of',
  'p-bookmark-of',
]);

/** Page sidebars: `aside` outside an article (inside one it belongs to the article), or the landmark role. */
const SIDEBAR = 'aside, [role="complementary"]';
const ARTICLE = 'article';

/** The page's own statement of its address (HTML link type "canonical", RFC 6596). */
const CANONICAL_LINK = 'link[rel~="canonical"][href]';
/**
 * Query parameters that say how a visitor arrived, not which page it is: campaign tags (utm_*),
 * and the click ids that Facebook, Google, Microsoft, Mailchimp, Instagram, X and Yandex append.
 */
const TRACKING_PARAM =
  /^(?:utm_[a-z_]+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|mc_cid|mc_eid|igshid|twclid|yclid|_ga|_gl)$/i;

/** Wrappers whose id is the page's, never a post's, even when a post is their first child. */
const NOT_ANCHOR_WRAPPERS = new Set(['BODY', 'HTML', 'MAIN', 'FORM']);

/** JSON-LD scripts; the type may carry parameters and any case. */
const JSON_LD_SCRIPT = 'script[type]';
const JSON_LD_MIME = /^\s*application\/ld\+json\s*(?:;|$)/i;
/** Bounds on JSON-LD work, so that a hostile or huge page cannot stall the content script. */
const MAX_JSON_LD_CHARS = 1_048_576;
const MAX_JSON_LD_TOTAL_CHARS = 4 * 1_048_576;
const MAX_JSON_LD_SCRIPTS = 50;
const MAX_JSON_LD_NODES = 20_000;
const MAX_JSON_LD_DEPTH = 32;
/** JSON-LD keys under which a node is quoted in another, not a post of the page. */
const JSON_LD_QUOTING_KEYS = new Set(['sharedContent', 'citation', 'isBasedOn']);

/** Time with a zone, `T` or a space between date and time (mf2 allows both), colon optional in the offset. */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$/i;

/** A username as forums show it: one word, optionally with a leading @. */
const HANDLE = /^@?([\p{L}\p{N}_.-]{1,100})$/u;

const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

/**
 * Text as a reader sees it: blocks on their own lines, paragraphs a blank line apart, source
 * whitespace collapsed, emoji images as their emoji (other images' alt texts are not the post),
 * hidden parts and form controls left out. Any page's markup, so definition lists and sectioning
 * elements are blocks too.
 */
const readText = textReader({
  ...HTML_TEXT,
  paragraphTags: new Set([...HTML_TEXT.paragraphTags, 'dl']),
  lineTags: new Set([...HTML_TEXT.lineTags, 'dt', 'dd', 'section', 'article', 'header', 'footer']),
  skippedTags: new Set([...HTML_TEXT.skippedTags, 'noscript', 'button', 'select', 'svg']),
  skipHidden: true,
  images: 'symbol-alt',
  maxLength: MAX_TEXT_LENGTH,
});

type Kind = 'microdata' | 'mf' | 'jsonld';

type JsonObject = Record<string, unknown>;

interface JsonLdPost {
  node: JsonObject;
  types: string[];
}

interface JsonLdIndex {
  /** Post nodes by the fragment of their `url` or `@id`, first node first. */
  byFragment: Map<string, JsonLdPost>;
  /** Every node with an `@id`, to resolve references such as `"author": {"@id": …}`. */
  byId: Map<string, JsonObject>;
  postCount: number;
}

/** What one call works with: the document's JSON-LD and memos of questions asked about elements. */
interface Scan {
  doc: Document | null;
  jsonLd: JsonLdIndex;
  kinds: Map<Element, Kind[]>;
  posts: Map<Element, boolean>;
  articles: Map<Element, boolean>;
}

export const genericAdapter: SiteAdapter = {
  site: 'web',
  // Read only on sites the user enables (optional host permissions), never from install on.
  matches: [],

  // The content script runs on such a page only because the user enabled the site, and comment
  // sections often load after the page (a widget, "show comments"): the scanner finds their
  // posts as they arrive, so any web page with a document is read, whatever its markup so far.
  handles(url, document) {
    return document !== undefined && (url.protocol === 'https:' || url.protocol === 'http:');
  },

  findPosts(root) {
    try {
      const scan = startScan(documentOf(root));
      const found = new Set<Element>();
      if (root.nodeType === ELEMENT_NODE && isMarkupCandidateShape(root as Element)) {
        found.add(root as Element);
      }
      for (const element of root.querySelectorAll(`${MICRODATA_ITEM}, ${MF_CANDIDATES}`)) {
        found.add(element);
      }
      let unordered = false;
      for (const element of jsonLdElements(scan)) {
        if (!found.has(element) && (element === root || (root as Node).contains(element))) {
          found.add(element);
          unordered = true;
        }
      }
      const posts = [...found].filter((element) => isPost(element, scan));
      if (unordered) posts.sort(documentOrder);
      return posts;
    } catch {
      return [];
    }
  },

  readPost(post, pageUrl) {
    try {
      const own = readOwnParts(post, pageUrl);
      return own && capture(own);
    } catch {
      return null;
    }
  },

  readPostForScan(post, pageUrl) {
    try {
      const own = readOwnParts(post, pageUrl);
      return own && scannedPost(own);
    } catch {
      return null;
    }
  },

  controlAnchor(post) {
    try {
      const scan = startScan(post.ownerDocument);
      // Right under the post's own text: above its footer and above its replies, so the control
      // is seen as this post's and never as the last reply's.
      const text = visibleTextElement(post, scan);
      if (text) return { element: text, placement: 'after' };
      // No text element (JSON-LD gives the text): above the first reply, if there are replies.
      const replies = firstReplyBranch(post, scan);
      if (replies) return { element: replies, placement: 'before' };
    } catch {
      // Fall through to the post itself.
    }
    return { element: post, placement: 'append' };
  },
};

// ---------------------------------------------------------------------------------------------
// Which elements are posts

function startScan(doc: Document | null): Scan {
  return {
    doc,
    jsonLd: doc ? jsonLdOf(doc) : emptyJsonLd(),
    kinds: new Map(),
    posts: new Map(),
    articles: new Map(),
  };
}

function documentOf(root: ParentNode): Document | null {
  if (root.nodeType === DOCUMENT_NODE) return root as Document;
  if (root.nodeType === ELEMENT_NODE || root.nodeType === DOCUMENT_FRAGMENT_NODE) {
    return (root as Node).ownerDocument;
  }
  return null;
}

/** The schema.org types of a microdata item, without their URL. */
function schemaTypes(element: Element): string[] {
  if (!element.hasAttribute('itemscope')) return [];
  const types: string[] = [];
  for (const token of tokens(element.getAttribute('itemtype'))) {
    const match = SCHEMA_ITEMTYPE.exec(token);
    if (match?.[1]) types.push(match[1]);
  }
  return types;
}

function isMicrodataPost(element: Element): boolean {
  return schemaTypes(element).some((type) => POST_TYPES.has(type));
}

/** A schema.org item of another type (NewsArticle, Person…): never a post, whatever its classes. */
function isOtherSchemaItem(element: Element): boolean {
  const types = schemaTypes(element);
  return types.length > 0 && !types.some((type) => POST_TYPES.has(type));
}

/** Cheap shape test for findPosts' own root; the full test is kindsOf. */
function isMarkupCandidateShape(element: Element): boolean {
  return element.matches(`${MICRODATA_ITEM}, ${MF_CANDIDATES}`);
}

/** The ways an element is described as a post, strongest first; empty for anything else. */
function kindsOf(element: Element, scan: Scan): Kind[] {
  const known = scan.kinds.get(element);
  if (known) return known;
  const kinds: Kind[] = [];
  if (isMicrodataPost(element)) kinds.push('microdata');
  if (isMfPostShape(element)) kinds.push('mf');
  if (kinds.length === 0 && jsonLdPostOf(element, scan)) kinds.push('jsonld');
  scan.kinds.set(element, kinds);
  return kinds;
}

function isCandidate(element: Element, scan: Scan): boolean {
  return kindsOf(element, scan).length > 0;
}

function isMfPostShape(element: Element): boolean {
  const classes = element.classList;
  const entry = classes.contains(MF_ENTRY);
  const comment = classes.contains(MF_CITE) && classes.contains(MF_COMMENT);
  if (!entry && !comment) return false;
  if (isOtherSchemaItem(element)) return false;
  // A listing of entries (title and link, maybe a summary) has no content: a teaser, not a post.
  if (mfProps(element, MF.content).length > 0) return true;
  return classes.contains(MF_COMMENT) && mfProps(element, MF.name).length > 0;
}

function isPost(element: Element, scan: Scan): boolean {
  const known = scan.posts.get(element);
  if (known !== undefined) return known;
  const answer = decidePost(element, scan);
  scan.posts.set(element, answer);
  return answer;
}

function decidePost(element: Element, scan: Scan): boolean {
  if (!isCandidate(element, scan)) return false;
  if (inSidebar(element)) return false;
  if (isQuotedOrContext(element)) return false;
  if (isPageArticle(element, scan)) return false;
  let current = element;
  for (;;) {
    const parent = enclosingCandidate(current, scan);
    if (!parent) return true;
    // Inside a quote card or an in-reply-to context, however deep: part of the quoting post.
    if (markedBetween(current, parent) || isQuotedOrContext(parent)) return false;
    // A reply inside a reply inside a post: each is a post, unless something above is a quote.
    current = parent;
  }
}

function inSidebar(element: Element): boolean {
  const sidebar = element.parentElement?.closest(SIDEBAR);
  return !!sidebar && !sidebar.parentElement?.closest(ARTICLE);
}

function enclosingCandidate(element: Element, scan: Scan): Element | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (isCandidate(node, scan)) return node;
  }
  return null;
}

/** Whether an item strictly between `inner` and `outer` is quoted or replied-to. */
function markedBetween(inner: Element, outer: Element): boolean {
  for (let node = inner.parentElement; node && node !== outer; node = node.parentElement) {
    if (isQuotedOrContext(node)) return true;
  }
  return false;
}

/** An item that is the value of a quoting or context property of the item around it. */
function isQuotedOrContext(element: Element): boolean {
  return isQuoted(element) || isContext(element);
}

function isQuoted(element: Element): boolean {
  if (element.hasAttribute('itemscope')) {
    if (tokens(element.getAttribute('itemprop')).some((prop) => QUOTING_PROPS.has(prop))) {
      return true;
    }
  }
  return isMfRoot(element) && [...element.classList].some((name) => MF_QUOTING.has(name));
}

function isContext(element: Element): boolean {
  if (element.hasAttribute('itemscope')) {
    if (tokens(element.getAttribute('itemprop')).some((prop) => CONTEXT_PROPS.has(prop))) {
      return true;
    }
  }
  return isMfRoot(element) && [...element.classList].some((name) => MF_CONTEXT.has(name));
}

/**
 * The page's own article in h-entry form: a top-level entry, described by nothing but h-entry,
 * with a title of its own, that hosts replies (see the header).
 */
function isPageArticle(element: Element, scan: Scan): boolean {
  const known = scan.articles.get(element);
  if (known !== undefined) return known;
  const kinds = kindsOf(element, scan);
  const answer =
    kinds.length === 1 &&
    kinds[0] === 'mf' &&
    !enclosingCandidate(element, scan) &&
    hasOwnTitle(element) &&
    hostsReplies(element, scan);
  scan.articles.set(element, answer);
  return answer;
}

function hasOwnTitle(entry: Element): boolean {
  const nameElement = mfProps(entry, MF.name)[0];
  if (!nameElement) return false;
  const name = collapse(mfText(nameElement));
  const contentElements = mfProps(entry, MF.content);
  if (!name || contentElements.includes(nameElement)) return false;
  const content = collapse(contentElements.map((element) => element.textContent ?? '').join(' '));
  return !content.startsWith(name);
}

function hostsReplies(entry: Element, scan: Scan): boolean {
  const inside = [...entry.querySelectorAll(`${MICRODATA_ITEM}, ${MF_CANDIDATES}`)];
  for (const element of jsonLdElements(scan)) if (entry.contains(element)) inside.push(element);
  return inside.some(
    (element) =>
      isCandidate(element, scan) && !isQuotedOrContext(element) && !markedBetween(element, entry),
  );
}

// ---------------------------------------------------------------------------------------------
// Reading microdata

function readMicrodata(post: Element, pageUrl: URL, scan: Scan): OwnParts | null {
  const textElements = firstMdProps(post, PROP.text);
  const body = joinParts(textElements.map((element) => textOfProperty(element, scan)));
  const headline = firstMdProps(post, PROP.headline)[0];
  const title = headline ? collapse(plainValue(headline)) : '';
  const text = joinParts([withoutRepeat(title, body), body, ...quotesOf(post, textElements, scan)]);
  if (!text) return null;
  const declared = [
    post.getAttribute('itemid') ?? '',
    ...firstMdProps(post, PROP.url).map(urlValue),
  ];
  const comment =
    schemaTypes(post).some((type) => COMMENT_TYPES.has(type)) || !!enclosingCandidate(post, scan);
  const url = postUrl(post, declared, pageUrl, comment, scan);
  if (!url) return null;
  const readClipParts = (): ClipParts => {
    const author = mdAuthor(firstMdProps(post, PROP.author)[0]);
    const published = firstMdProps(post, PROP.published)[0];
    return {
      authorName: author.name,
      authorHandle: author.handle,
      postedAt: isoTime(published ? timeValue(published) : null),
      media: media(
        firstMdProps(post, PROP.image).map((image) =>
          image.hasAttribute('itemscope')
            ? urlValue(firstMdProps(image, PROP.imageUrl)[0] ?? null)
            : urlValue(image),
        ),
        pageUrl,
      ),
    };
  };
  return { url, text, readClipParts };
}

function mdAuthor(element: Element | undefined): Author {
  if (!element) return {};
  if (!element.hasAttribute('itemscope')) return { name: plainValue(element) };
  const name = firstMdProps(element, PROP.name)[0];
  const handle = firstMdProps(element, PROP.handle)[0];
  return {
    name: name ? plainValue(name) : undefined,
    handle: handle ? plainValue(handle) : undefined,
  };
}

/**
 * The item's own properties with the first of `names` that it has, in document order. A
 * property belongs to the nearest `itemscope` above it (microdata); properties of nested items
 * are theirs. `itemref` is not followed.
 */
function firstMdProps(item: Element, names: readonly string[]): Element[] {
  const props = ownDescendants(
    item,
    (element) => element.hasAttribute('itemscope'),
    (element) => element.hasAttribute('itemprop'),
  );
  for (const name of names) {
    const found = props.filter((element) =>
      tokens(element.getAttribute('itemprop')).includes(name),
    );
    if (found.length > 0) return found;
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Reading h-entry

function readMicroformat(post: Element, pageUrl: URL, scan: Scan): OwnParts | null {
  const contentElements = mfProps(post, MF.content);
  const body = joinParts(contentElements.map((element) => textOfProperty(element, scan)));
  const nameElement = mfProps(post, MF.name)[0];
  const name =
    nameElement && !contentElements.includes(nameElement) ? collapse(mfText(nameElement)) : '';
  const text = joinParts([
    withoutRepeat(name, body),
    body,
    ...quotesOf(post, contentElements, scan),
  ]);
  if (!text) return null;
  const comment =
    post.classList.contains(MF_COMMENT) ||
    post.classList.contains(MF_CITE) ||
    !!enclosingCandidate(post, scan);
  const url = postUrl(post, mfProps(post, MF.url).map(urlValue), pageUrl, comment, scan);
  if (!url) return null;
  const readClipParts = (): ClipParts => {
    const author = mfAuthor(mfProps(post, MF.author)[0]);
    const published = mfProps(post, MF.published)[0];
    return {
      authorName: author.name,
      authorHandle: author.handle,
      postedAt: isoTime(published ? timeValue(published) : null),
      media: media(mfProps(post, MF.photo).map(urlValue), pageUrl),
    };
  };
  return { url, text, readClipParts };
}

function mfAuthor(element: Element | undefined): Author {
  if (!element) return {};
  if (!element.classList.contains(MF_CARD)) return { name: mfText(element) };
  // An h-card without p-name is named by its text (mf2 parsing, implied name).
  const name = mfProps(element, MF.name)[0];
  const nickname = mfProps(element, MF.nickname)[0];
  return {
    name: mfText(name ?? element),
    handle: nickname ? mfText(nickname) : undefined,
  };
}

/**
 * The root's own properties with the first of `classes` that it has, in document order. A
 * property belongs to the nearest mf2 root above it (mf2 parsing); an element can be both a
 * property of its parent and a root (`p-author h-card`).
 */
function mfProps(root: Element, classes: readonly string[]): Element[] {
  const props = ownDescendants(root, isMfRoot, (element) =>
    classes.some((name) => element.classList.contains(name)),
  );
  for (const name of classes) {
    const found = props.filter((element) => element.classList.contains(name));
    if (found.length > 0) return found;
  }
  return [];
}

function isMfRoot(element: Element): boolean {
  for (const name of element.classList) if (MF_ROOT.test(name)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Reading JSON-LD

function readJsonLd(post: Element, pageUrl: URL, scan: Scan): OwnParts | null {
  const found = jsonLdPostOf(post, scan);
  if (!found) return null;
  const { node, types } = found;
  const body = jsonText(firstString(node.text) ?? firstString(node.articleBody), post);
  const title = collapse(firstString(node.headline) ?? '');
  const text = joinParts([withoutRepeat(title, body), body]);
  if (!text) return null;
  const comment = types.some((type) => COMMENT_TYPES.has(type)) || !!enclosingCandidate(post, scan);
  const declared = [jsonUrl(node.url), firstString(node['@id']) ?? ''];
  const url = postUrl(post, declared, pageUrl, comment, scan);
  if (!url) return null;
  // The node is parsed already: its author, time and images cost a scan little, but are still
  // read only for a clip, as with the markups.
  const readClipParts = (): ClipParts => {
    const author = jsonAuthor(node.author ?? node.creator, scan.jsonLd);
    return {
      authorName: author.name,
      authorHandle: author.handle,
      postedAt: isoTime(firstString(node.datePublished) ?? firstString(node.dateCreated)),
      media: media(asArray(node.image).map(jsonUrl), pageUrl),
    };
  };
  return { url, text, readClipParts };
}

function jsonAuthor(value: unknown, index: JsonLdIndex): Author {
  for (const item of asArray(value)) {
    if (typeof item === 'string') return { name: item };
    if (!isJsonObject(item)) continue;
    const id = firstString(item['@id']);
    const person = id && !('name' in item) ? (index.byId.get(id) ?? item) : item;
    const name = firstString(person.name);
    if (name) return { name, handle: firstString(person.alternateName) };
  }
  return {};
}

function jsonUrl(value: unknown): string {
  for (const item of asArray(value)) {
    if (typeof item === 'string') return item;
    if (isJsonObject(item)) {
      const url = firstString(item.url) ?? firstString(item.contentUrl) ?? firstString(item['@id']);
      if (url) return url;
    }
  }
  return '';
}

/**
 * JSON-LD `text` should be plain, but sites put HTML or entities in it. Those are parsed into a
 * separate document that has no window (no scripts run, nothing loads) and read like page text;
 * plain text keeps its line breaks.
 */
function jsonText(raw: string | undefined, context: Element): string {
  if (!raw) return '';
  const value = raw.slice(0, MAX_TEXT_LENGTH * 2);
  if (/[<&]/.test(value)) {
    const view = context.ownerDocument.defaultView;
    if (!view) return '';
    const parsed = new view.DOMParser().parseFromString(value, 'text/html');
    return readableText(parsed.body, null);
  }
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The JSON-LD post that names this element (by its id, or by an empty anchor right before it). */
function jsonLdPostOf(element: Element, scan: Scan): JsonLdPost | null {
  if (scan.jsonLd.byFragment.size === 0) return null;
  for (const id of [element.id, emptyAnchorBefore(element)?.id]) {
    const found = id ? scan.jsonLd.byFragment.get(id) : undefined;
    if (!found || !id || mappedElement(scan.doc, id) !== element) continue;
    // Markup of the same comment wins; JSON-LD is for pages that have none.
    if (isMicrodataPost(element) || isMfPostShape(element) || containsMarkupPost(element)) {
      return null;
    }
    return found;
  }
  return null;
}

function containsMarkupPost(element: Element): boolean {
  for (const inner of element.querySelectorAll(`${MICRODATA_ITEM}, ${MF_CANDIDATES}`)) {
    if ((isMicrodataPost(inner) || isMfPostShape(inner)) && !isQuotedOrContext(inner)) return true;
  }
  return false;
}

/** The element a fragment names: the one with that id, or the element after an empty anchor. */
function mappedElement(doc: Document | null, fragment: string): Element | null {
  const target = doc?.getElementById(fragment) ?? null;
  if (target && isEmptyAnchor(target)) return target.nextElementSibling;
  return target;
}

function jsonLdElements(scan: Scan): Element[] {
  const elements: Element[] = [];
  for (const fragment of scan.jsonLd.byFragment.keys()) {
    const element = mappedElement(scan.doc, fragment);
    if (element && jsonLdPostOf(element, scan)) elements.push(element);
  }
  return elements;
}

/** Per document: the scripts last parsed, their texts, and what they described. */
const jsonLdCache = new WeakMap<
  Document,
  { scripts: Element[]; texts: string[]; index: JsonLdIndex }
>();

function emptyJsonLd(): JsonLdIndex {
  return { byFragment: new Map(), byId: new Map(), postCount: 0 };
}

/** The document's JSON-LD, parsed again only when its scripts change. */
function jsonLdOf(doc: Document): JsonLdIndex {
  const scripts = [...doc.querySelectorAll(JSON_LD_SCRIPT)]
    .filter((script) => JSON_LD_MIME.test(script.getAttribute('type') ?? ''))
    .slice(0, MAX_JSON_LD_SCRIPTS);
  const texts = scripts.map((script) => script.textContent ?? '');
  const cached = jsonLdCache.get(doc);
  if (
    cached &&
    cached.scripts.length === scripts.length &&
    cached.scripts.every((script, i) => script === scripts[i] && cached.texts[i] === texts[i])
  ) {
    return cached.index;
  }
  const index = emptyJsonLd();
  let nodes = MAX_JSON_LD_NODES;
  let chars = MAX_JSON_LD_TOTAL_CHARS;
  for (const text of texts) {
    if (text.length > MAX_JSON_LD_CHARS || text.length > chars || nodes <= 0) continue;
    chars -= text.length;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue; // Malformed JSON-LD describes nothing.
    }
    nodes = collectJsonLd(parsed, index, nodes);
  }
  jsonLdCache.set(doc, { scripts, texts, index });
  return index;
}

/** Walks a parsed JSON-LD value without recursion; returns the node budget left. */
function collectJsonLd(value: unknown, index: JsonLdIndex, budget: number): number {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let left = budget;
  while (stack.length > 0 && left > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number };
    if (depth > MAX_JSON_LD_DEPTH) continue;
    left--;
    let children: unknown[] = [];
    if (Array.isArray(current)) {
      children = current;
    } else if (isJsonObject(current)) {
      // A node is often met first as a bare reference (`{"@id": …}`); the full node replaces it.
      const id = firstString(current['@id']);
      const known = id ? index.byId.get(id) : undefined;
      if (id && (!known || Object.keys(known).length <= 1)) index.byId.set(id, current);
      const types = jsonTypes(current['@type']);
      if (types.some((type) => POST_TYPES.has(type))) addJsonLdPost(current, types, index);
      for (const [key, child] of Object.entries(current)) {
        if (!JSON_LD_QUOTING_KEYS.has(key) && child !== null && typeof child === 'object') {
          children.push(child);
        }
      }
    }
    // One by one (a spread of a huge array would overflow the call stack), no more than the
    // budget allows, reversed so that nodes are met in the order the page lists them.
    for (let i = Math.min(children.length, left) - 1; i >= 0; i--) {
      stack.push({ value: children[i], depth: depth + 1 });
    }
  }
  return left;
}

function addJsonLdPost(node: JsonObject, types: string[], index: JsonLdIndex) {
  index.postCount++;
  // Only a node with text can be read; one without is left to whatever markup the page has.
  if (!firstString(node.text) && !firstString(node.articleBody)) return;
  for (const raw of [jsonUrl(node.url), firstString(node['@id']) ?? '']) {
    const fragment = fragmentOf(raw);
    if (fragment && !index.byFragment.has(fragment)) {
      index.byFragment.set(fragment, { node, types });
    }
  }
}

function jsonTypes(value: unknown): string[] {
  const types: string[] = [];
  for (const item of asArray(value)) {
    const match = typeof item === 'string' ? SCHEMA_JSONLD_TYPE.exec(item.trim()) : null;
    if (match?.[1]) types.push(match[1]);
  }
  return types;
}

function fragmentOf(raw: string): string {
  const at = raw.indexOf('#');
  if (at < 0) return '';
  try {
    return decodeURIComponent(raw.slice(at + 1));
  } catch {
    return raw.slice(at + 1);
  }
}

function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function firstString(value: unknown): string | undefined {
  for (const item of asArray(value)) {
    if (typeof item === 'string' && item.trim()) return item.trim();
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Post addresses and keys

/**
 * The post's own address: a declared permalink (microdata `itemid` or `url`, h-entry `u-url`,
 * JSON-LD `url` or `@id`) that has a fragment or leads elsewhere; else the page address with the
 * post's anchor; else, for a post that is not a comment, a declared address of the page itself
 * (a forum thread's opening post). A comment whose only address is the page has none of its own.
 * Addresses on this page are rebased on its stable address (see pageAddress), so that a visit
 * through a link with tracking parameters gives the same keys.
 */
function postUrl(
  post: Element,
  declared: string[],
  pageUrl: URL,
  comment: boolean,
  scan: Scan,
): URL | null {
  const page = pageAddress(pageUrl, scan);
  let declaresPage = false;
  for (const raw of declared) {
    const url = absoluteHttp(raw, pageUrl);
    if (!url) continue;
    if (!isThisPage(url, pageUrl, page)) return withoutTracking(url);
    if (url.hash.length > 1) return withHash(page, url.hash);
    declaresPage = true;
  }
  const anchor = anchorOf(post, scan);
  if (anchor) {
    const url = withHash(page, anchor);
    if (isStorableUrl(url.href)) return url;
  }
  return declaresPage && !comment ? page : null;
}

/**
 * This page's stable address, without fragment: the page URL without tracking parameters, or
 * the page's canonical link when that names the same host and path (it may drop other session
 * or tracking parameters). A canonical link elsewhere is not trusted: sites get it wrong, and
 * anchors such as "post-1" would then collide across pages.
 */
function pageAddress(pageUrl: URL, scan: Scan): URL {
  const page = withoutTracking(pageUrl);
  page.hash = '';
  const href = scan.doc?.querySelector(CANONICAL_LINK)?.getAttribute('href');
  const canonical = href ? absoluteHttp(href, pageUrl) : null;
  if (canonical && sameHostAndPath(canonical, page)) {
    const stable = withoutTracking(canonical);
    stable.hash = '';
    return stable;
  }
  return page;
}

function isThisPage(url: URL, pageUrl: URL, page: URL): boolean {
  const bare = withoutTracking(url);
  return (
    (sameHostAndPath(bare, pageUrl) && bare.search === withoutTracking(pageUrl).search) ||
    (sameHostAndPath(bare, page) && bare.search === page.search)
  );
}

function sameHostAndPath(a: URL, b: URL): boolean {
  return (
    a.hostname.replace(/^www\./, '') === b.hostname.replace(/^www\./, '') &&
    a.port === b.port &&
    a.pathname.replace(/\/$/, '') === b.pathname.replace(/\/$/, '')
  );
}

function withoutTracking(url: URL): URL {
  return withoutParams(url, (name) => TRACKING_PARAM.test(name));
}

function withHash(url: URL, hash: string): URL {
  const result = new URL(url.href);
  result.hash = hash;
  return result;
}

/**
 * The id a link to this post would use: its own; that of an empty `<a id>` right before it (an
 * older comment-anchor pattern); or that of its wrapper when the post is the wrapper's first
 * element and no sibling is another post (`<li id="comment-5"><article …>`).
 */
function anchorOf(post: Element, scan: Scan): string {
  if (post.id.trim()) return post.id;
  const before = emptyAnchorBefore(post);
  if (before?.id.trim()) return before.id;
  const parent = post.parentElement;
  if (
    parent?.id.trim() &&
    !NOT_ANCHOR_WRAPPERS.has(parent.tagName.toUpperCase()) &&
    parent.firstElementChild === post &&
    ![...parent.children].some((child) => child !== post && isCandidate(child, scan))
  ) {
    return parent.id;
  }
  return '';
}

function emptyAnchorBefore(element: Element): Element | null {
  const before = element.previousElementSibling;
  return before && isEmptyAnchor(before) ? before : null;
}

function isEmptyAnchor(element: Element): boolean {
  return (
    element.localName === 'a' &&
    !element.hasAttribute('href') &&
    element.childElementCount === 0 &&
    !(element.textContent ?? '').trim()
  );
}

function absoluteHttp(raw: string, base: URL): URL | null {
  const value = raw.trim();
  const url = value ? parseUrl(value, base) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  url.username = '';
  url.password = '';
  return isStorableUrl(url.href) ? url : null;
}

/** `web:<host><path><query><#fragment>`; the URL parser has already percent-encoded spaces. */
function keyOf(url: URL): string {
  const key = `${KEY_PREFIX}${url.host}${url.pathname}${url.search}${url.hash}`.replace(/\s/g, '');
  if (key.length <= MAX_KEY_LENGTH) return key;
  const hash = fnv1a(key);
  return `${key.slice(0, MAX_KEY_LENGTH - hash.length - 1)}~${hash}`;
}

/** The fragment when there is one (the comment's anchor), else the last path segment and query. */
function postIdOf(url: URL): string {
  const segments = url.pathname.split('/').filter((segment) => segment.length > 0);
  const id = url.hash.slice(1) || `${segments.at(-1) ?? ''}${url.search}` || url.host;
  return id.length > MAX_POST_ID_LENGTH ? id.slice(-MAX_POST_ID_LENGTH) : id;
}

/** 32-bit FNV-1a, hex: enough to keep shortened keys apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

// ---------------------------------------------------------------------------------------------
// Building the capture

interface Author {
  name?: string | undefined;
  handle?: string | undefined;
}

/**
 * A post's address and text, which its key and a feed scan need, and how to read the rest of its
 * capture. That rest takes walks of the post of its own (author, time, images), which the scan,
 * run on every post of a feed, has no use for: only a clip reads it.
 */
interface OwnParts {
  url: URL;
  text: string;
  readClipParts: () => ClipParts;
}

/** What only a clip reads of a post, as its markup declares it. */
interface ClipParts {
  authorName: string | undefined;
  authorHandle: string | undefined;
  postedAt: string | undefined;
  media: string[] | undefined;
}

/** The address and text of a post, from the first of its markups that gives both (kindsOf). */
function readOwnParts(post: Element, pageUrl: URL): OwnParts | null {
  const scan = startScan(post.ownerDocument);
  if (!isPost(post, scan)) return null;
  for (const kind of kindsOf(post, scan)) {
    const own =
      kind === 'microdata'
        ? readMicrodata(post, pageUrl, scan)
        : kind === 'mf'
          ? readMicroformat(post, pageUrl, scan)
          : readJsonLd(post, pageUrl, scan);
    if (own) return own;
  }
  return null;
}

function scannedPost(own: OwnParts): ScannedPost {
  return { key: keyOf(own.url), text: own.text.slice(0, MAX_TEXT_LENGTH) };
}

function capture(own: OwnParts): PostCapture {
  const { key, text } = scannedPost(own);
  const parts = own.readClipParts();
  const authorName = collapse(parts.authorName ?? '').slice(0, MAX_AUTHOR_NAME_LENGTH);
  const handle = HANDLE.exec(collapse(parts.authorHandle ?? ''))?.[1];
  const source: PostCapture['source'] = {
    site: 'web',
    url: own.url.href,
    postId: postIdOf(own.url),
  };
  if (handle) source.authorHandle = handle;
  if (authorName) source.authorName = authorName;
  if (parts.postedAt) source.postedAt = parts.postedAt;
  const result: PostCapture = { key, source, text };
  if (parts.media) result.media = parts.media;
  return result;
}

/** Declared media addresses, read as every address on the page is (see absoluteHttp). */
function media(raws: string[], pageUrl: URL): string[] | undefined {
  const hrefs = raws.flatMap((raw) => absoluteHttp(raw, pageUrl)?.href ?? []);
  return mediaUrls(hrefs, pageUrl);
}

/** Only full times with a zone: a bare date or local time would shift with the reader. */
function isoTime(raw: string | null | undefined): string | undefined {
  const match = DATE_TIME.exec(raw?.trim() ?? '');
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s = '0', fraction = '', zone = 'Z'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const millis = fraction ? Math.round(Number(`0${fraction}`) * 1000) : 0;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls 30 February over into March; such a time is not a time.
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minute ||
    check.getUTCSeconds() !== second
  ) {
    return undefined;
  }
  let offset = 0;
  if (!/^z$/i.test(zone)) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2, 4));
    if (hours > 23 || minutes > 59) return undefined;
    offset = sign * (hours * 60 + minutes) * 60_000;
  }
  return new Date(local - offset).toISOString();
}

// ---------------------------------------------------------------------------------------------
// Text

/** A text property's value: `meta` carries it in `content`, anything else as page text. */
function textOfProperty(element: Element, scan: Scan): string {
  if (element.localName === 'meta') return jsonText(element.getAttribute('content') ?? '', element);
  return readableText(element, scan);
}

/**
 * Quote cards and embedded posts of this post that are outside its text element (those inside
 * are read with the text), as "> Author: text" blocks after the post's own text.
 */
function quotesOf(post: Element, textElements: Element[], scan: Scan): string[] {
  const quotes: string[] = [];
  for (const item of post.querySelectorAll('[itemscope], [class*="h-"]')) {
    if (!isQuoted(item) || textElements.some((text) => text.contains(item))) continue;
    if (markedBetween(item, post) || enclosingCandidate(item, scan) !== post) continue;
    const quote = quoteOf(item, scan);
    if (quote) quotes.push(quote);
  }
  return quotes;
}

function quoteOf(item: Element, scan: Scan): string {
  let text = '';
  let author: Author = {};
  if (item.hasAttribute('itemscope')) {
    const body = firstMdProps(item, PROP.text);
    text = joinParts(body.map((element) => textOfProperty(element, scan)));
    if (!text)
      text = joinParts(firstMdProps(item, [...PROP.headline, ...PROP.name]).map(plainValue));
    author = mdAuthor(firstMdProps(item, PROP.author)[0]);
  }
  if (!text && isMfRoot(item)) {
    text = joinParts(mfProps(item, MF.content).map((element) => textOfProperty(element, scan)));
    if (!text) text = joinParts(mfProps(item, MF.name).map(mfText));
    author = mfAuthor(mfProps(item, MF.author)[0]);
  }
  if (!text) text = readableText(item, scan);
  if (!text) return '';
  return blockQuote(text, collapse(author.name ?? ''));
}

/** The title, unless the body already starts with it. */
function withoutRepeat(title: string, body: string): string {
  if (!title) return '';
  return collapse(body).startsWith(title) ? '' : title;
}

function tokens(value: string | null): string[] {
  return value ? value.split(/\s+/).filter((token) => token.length > 0) : [];
}

/**
 * The text under `root`. Nested replies (posts of their own) are left out; quotes inside the text
 * stay.
 */
function readableText(root: Node, scan: Scan | null): string {
  return readText(
    root,
    scan ? (element) => isCandidate(element, scan) && isPost(element, scan) : undefined,
  );
}

/** A name or title: alt of an image, title of an abbr, content of a meta, else the text. */
function plainValue(element: Element): string {
  const tag = element.localName;
  if (tag === 'meta') return collapse(element.getAttribute('content') ?? '');
  if (tag === 'img' || tag === 'area') return collapse(element.getAttribute('alt') ?? '');
  if (tag === 'abbr' && element.hasAttribute('title')) {
    return collapse(element.getAttribute('title') ?? '');
  }
  if ((tag === 'data' || tag === 'input') && element.hasAttribute('value')) {
    return collapse(element.getAttribute('value') ?? '');
  }
  return collapse(element.textContent ?? '');
}

/** mf2 p-* value (mf2 parsing): as plainValue, with the alt of images inside the text. */
function mfText(element: Element): string {
  const direct = plainValue(element);
  if (direct) return direct;
  const image = element.querySelector('img[alt]');
  return image ? collapse(image.getAttribute('alt') ?? '') : '';
}

/** A URL property's value (microdata; mf2 parsing u-*). */
function urlValue(element: Element | null): string {
  if (!element) return '';
  const tag = element.localName;
  if (tag === 'a' || tag === 'area' || tag === 'link') return element.getAttribute('href') ?? '';
  if (['img', 'audio', 'video', 'source', 'iframe', 'embed', 'track'].includes(tag)) {
    return element.getAttribute('src') ?? '';
  }
  if (tag === 'object') return element.getAttribute('data') ?? '';
  if (tag === 'meta') return element.getAttribute('content') ?? '';
  if (tag === 'data' || tag === 'input') return element.getAttribute('value') ?? '';
  return collapse(element.textContent ?? '');
}

/** A time property's value (microdata; mf2 parsing dt-*). */
function timeValue(element: Element): string {
  const tag = element.localName;
  if ((tag === 'time' || tag === 'ins' || tag === 'del') && element.hasAttribute('datetime')) {
    return element.getAttribute('datetime') ?? '';
  }
  if (tag === 'abbr' && element.hasAttribute('title')) return element.getAttribute('title') ?? '';
  return plainValue(element);
}

// ---------------------------------------------------------------------------------------------
// Control placement

/** The last visible element holding the post's own text, if the markup names one. */
function visibleTextElement(post: Element, scan: Scan): Element | null {
  const kinds = kindsOf(post, scan);
  const elements = kinds.includes('microdata')
    ? firstMdProps(post, PROP.text)
    : kinds.includes('mf')
      ? mfProps(post, MF.content)
      : [];
  const visible = elements.filter((element) => element.localName !== 'meta');
  return visible.at(-1) ?? null;
}

/** The child of the post that holds its first reply. */
function firstReplyBranch(post: Element, scan: Scan): Element | null {
  const inside = [...post.querySelectorAll(`${MICRODATA_ITEM}, ${MF_CANDIDATES}`)];
  for (const element of jsonLdElements(scan)) if (post.contains(element)) inside.push(element);
  inside.sort(documentOrder);
  const reply = inside.find(
    (element) =>
      element !== post && isPost(element, scan) && enclosingCandidate(element, scan) === post,
  );
  let branch = reply ?? null;
  while (branch && branch.parentElement !== post) branch = branch.parentElement;
  return branch;
}

/**
 * Descendants of `root` that `accept` takes, in document order, without looking inside
 * elements where `isBoundary` holds (their own properties are theirs); the boundary element
 * itself is still offered, as it may be a property of `root`.
 */
function ownDescendants(
  root: Element,
  isBoundary: (element: Element) => boolean,
  accept: (element: Element) => boolean,
): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [...root.children].reverse();
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    if (accept(element)) found.push(element);
    if (isBoundary(element) || element.localName === 'vliegwiel-clip') continue;
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Element);
  }
  return found;
}
