import { ELEMENT_NODE, TEXT_NODE } from './dom';

const NO_TAGS: ReadonlySet<string> = new Set();
const DOCUMENT_FRAGMENT_NODE = 11;

/** What is left out of the text (with everything inside it), how images read, and how much. */
interface CommonRules {
  /** Local names of elements that are not text. */
  skippedTags?: ReadonlySet<string>;
  /** Leave out elements with the `hidden` attribute. */
  skipHidden?: boolean;
  /** ARIA roles of elements that are not text (a "See more" `div[role=button]`). */
  skippedRoles?: ReadonlySet<string>;
  /**
   * How an `<img>` reads: as its alt text ('alt'), as its alt text only when that has no letters or
   * digits, i.e. is an emoji or symbol drawn as an image ('symbol-alt'), or as any other element.
   */
  images?: 'alt' | 'symbol-alt';
  /** Stop walking once the text is longer than this. */
  maxLength?: number;
}

/**
 * The site keeps line breaks as newline characters and renders them with `white-space: pre-wrap`:
 * the text is read as it is, `<br>` included, and blank lines are limited to one.
 */
interface PreWrapRules extends CommonRules {
  whitespace: 'pre-wrap';
}

/**
 * The site's markup is ordinary HTML: source whitespace collapses, `<br>` is a line break, and
 * blocks stand on lines of their own or, for paragraphs, a blank line apart.
 */
interface CollapseRules extends CommonRules {
  whitespace: 'collapse';
  paragraphTags: ReadonlySet<string>;
  lineTags: ReadonlySet<string>;
}

export type TextRules = PreWrapRules | CollapseRules;

/**
 * Ordinary HTML as a reader sees it; sites read with these rules and their own deviations. Tags are
 * local names. Left out: code, inert templates, edit boxes, and our own control.
 */
export const HTML_TEXT: Readonly<CollapseRules & { skippedTags: ReadonlySet<string> }> = {
  whitespace: 'collapse',
  paragraphTags: new Set([
    'p',
    'blockquote',
    'pre',
    'ul',
    'ol',
    'figure',
    'table',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
  ]),
  lineTags: new Set(['li', 'div', 'tr', 'hr']),
  skippedTags: new Set(['script', 'style', 'template', 'textarea', 'vliegwiel-clip']),
};

/** Reads the text under `root`, leaving out elements that `skip` (asked per call) accepts too. */
export type TextReader = (root: Node | null, skip?: (element: Element) => boolean) => string;

// Private-use characters stand in for block edges while walking; one in a post becomes whitespace.
const PARAGRAPH_EDGE = '\uE000';
const LINE_EDGE = '\uE001';
const GAP = /[\s\uE000\uE001]+/g;
// Without line blocks a line edge is never written, and the character is left as the post has it.
const PARAGRAPH_GAP = /[\s\uE000]+/g;
const WHITESPACE = /\s+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A reader of text as a site shows it, by that site's rules. Walks with an explicit stack so that
 * deeply nested markup cannot overflow the call stack; block edges are marked while walking and
 * resolved at the end, so that adjacent edges (`</li> <li>`, nested wrappers) give one break.
 */
export function textReader(rules: TextRules): TextReader {
  const collapsing = rules.whitespace === 'collapse';
  const paragraphTags = collapsing ? rules.paragraphTags : NO_TAGS;
  const lineTags = collapsing ? rules.lineTags : NO_TAGS;
  const gap = lineTags.size > 0 ? GAP : PARAGRAPH_GAP;
  const skippedTags = rules.skippedTags ?? NO_TAGS;
  const skipHidden = rules.skipHidden ?? false;
  const skippedRoles = rules.skippedRoles ?? NO_TAGS;
  const images = rules.images;
  const maxLength = rules.maxLength ?? Number.POSITIVE_INFINITY;
  // Kept as the site has it, text without any element that reads otherwise than its text (a line
  // break, an image, a skipped element) is its text content, read by the browser in one call: most
  // posts of a feed are such text.
  const notReadAsText =
    !collapsing && !skipHidden && skippedRoles.size === 0 && maxLength === Number.POSITIVE_INFINITY
      ? ['br', ...(images ? ['img'] : []), ...skippedTags].join(', ')
      : null;

  return (root, skip) => {
    if (!root) return '';
    if (
      notReadAsText !== null &&
      !skip &&
      (root.nodeType === ELEMENT_NODE || root.nodeType === DOCUMENT_FRAGMENT_NODE) &&
      (root as ParentNode).querySelector(notReadAsText) === null
    ) {
      return tidyPreWrap(root.textContent ?? '');
    }
    let text = '';
    const stack: (Node | string)[] = [];
    pushChildren(stack, root);
    while (stack.length > 0 && text.length <= maxLength) {
      const item = stack.pop() as Node | string;
      if (typeof item === 'string') {
        text += item;
        continue;
      }
      if (item.nodeType === TEXT_NODE) {
        text += collapsing
          ? (item.nodeValue ?? '').replace(WHITESPACE, ' ')
          : (item.nodeValue ?? '');
        continue;
      }
      if (item.nodeType !== ELEMENT_NODE) continue;
      const element = item as Element;
      const tag = element.localName;
      if (skippedTags.has(tag)) continue;
      if (skipHidden && element.hasAttribute('hidden')) continue;
      if (skippedRoles.size > 0 && skippedRoles.has(element.getAttribute('role') ?? '')) continue;
      if (skip?.(element)) continue;
      if (tag === 'br') {
        text += '\n';
        continue;
      }
      if (tag === 'img' && images) {
        const alt = element.getAttribute('alt') ?? '';
        if (images === 'alt' || (alt && !LETTER_OR_DIGIT.test(alt))) text += alt;
        continue;
      }
      const edge = paragraphTags.has(tag) ? PARAGRAPH_EDGE : lineTags.has(tag) ? LINE_EDGE : '';
      if (edge) {
        text += edge;
        stack.push(edge);
      }
      pushChildren(stack, element);
    }
    return collapsing ? resolveGaps(text, gap) : tidyPreWrap(text);
  };
}

/** Children go on the stack last first, so that they come off it in document order. */
function pushChildren(stack: (Node | string)[], node: Node) {
  const children = node.childNodes;
  for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node);
}

function resolveGaps(text: string, gap: RegExp): string {
  return text
    .replace(gap, (whitespace) => {
      // Text nodes had their whitespace collapsed to spaces, so a newline here is a <br>.
      const breaks = whitespace.split('\n').length - 1;
      if (whitespace.includes(PARAGRAPH_EDGE) || breaks >= 2) return '\n\n';
      return whitespace.includes(LINE_EDGE) || breaks === 1 ? '\n' : ' ';
    })
    .trim();
}

function tidyPreWrap(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whitespace of any kind and length as one space, none at the ends: names, handles, titles. */
export function collapse(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

/** The parts of a post's text that have any, a blank line apart. */
export function joinParts(parts: readonly string[]): string {
  return parts.filter((part) => part.length > 0).join('\n\n');
}

/**
 * A quoted or shared post under the text that quotes it, as a block quote: "> Author: first line",
 * then "> " before every further line (">" alone for a blank one).
 */
export function blockQuote(text: string, author: string | undefined): string {
  const [firstLine = '', ...rest] = text.split('\n');
  const head = author ? `> ${author}: ${firstLine}` : `> ${firstLine}`;
  return [head, ...rest.map((line) => (line ? `> ${line}` : '>'))].join('\n');
}
