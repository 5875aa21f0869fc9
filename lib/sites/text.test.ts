// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlPage } from './fixture-testing';
import { blockQuote, collapse, HTML_TEXT, joinParts, textReader } from './text';

function body(html: string): HTMLElement {
  return htmlPage(html).body;
}

const preWrap = textReader({
  whitespace: 'pre-wrap',
  skippedTags: HTML_TEXT.skippedTags,
  images: 'alt',
});
const collapsed = textReader(HTML_TEXT);

describe('textReader, pre-wrap', () => {
  it('keeps the newlines of the text, <br> and emoji images', () => {
    expect(preWrap(body('<span>Kapot  \nal weken</span><br><img alt="💡">'))).toBe(
      'Kapot\nal weken\n💡',
    );
  });

  it('leaves at most one blank line, and no whitespace around the text', () => {
    expect(preWrap(body('\n <span>Een\r\n\r\n\n\ntwee</span> \n'))).toBe('Een\n\ntwee');
  });

  it('reads nothing of a missing element', () => {
    expect(preWrap(null)).toBe('');
  });

  it('reads text of any markup alike, whether it takes the whole text at once or walks it', () => {
    // A `skip` that skips nothing makes the reader walk the nodes one by one.
    const walking = (root: Node) => preWrap(root, () => false);
    const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom('Kapot ', '\n', ' \r\n', '&amp;', '💡', 'al   weken', '<!-- x -->'),
        fc.constantFrom('<br>', '<img alt="🚲">', '<img>', '<textarea>concept</textarea>'),
        fc
          .tuple(
            fc.constantFrom('span', 'a', 'div', 'b', 'style'),
            fc.array(tie('node'), { maxLength: 4 }),
          )
          .map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 6 }), (parts) => {
        const root = body(`<div>${parts.join('')}</div>`).firstElementChild as Element;
        expect(preWrap(root)).toBe(walking(root));
      }),
    );
  });
});

describe('textReader, collapsed', () => {
  it('puts paragraphs a blank line apart and line blocks on lines of their own', () => {
    expect(
      collapsed(body('<p>Een\n   twee</p>\n<ul>\n  <li>drie</li>\n  <li>vier</li>\n</ul>tail')),
    ).toBe('Een twee\n\ndrie\nvier\n\ntail');
  });

  it('makes one break of nested and adjacent block edges', () => {
    expect(collapsed(body('<div><div><p>Een</p></div></div><div>twee</div>'))).toBe('Een\n\ntwee');
  });

  it('reads <br> as a line break and two of them as a blank line', () => {
    expect(collapsed(body('Een<br>twee<br><br>drie'))).toBe('Een\ntwee\n\ndrie');
  });

  it('leaves out what is not text, and images unless asked', () => {
    expect(
      collapsed(
        body(
          'Een<script>x()</script><style>p{}</style><vliegwiel-clip>Clip</vliegwiel-clip><img alt="Foto"> twee',
        ),
      ),
    ).toBe('Een twee');
  });

  it('reads emoji images only, with symbol-alt', () => {
    const symbols = textReader({ ...HTML_TEXT, images: 'symbol-alt' });
    expect(symbols(body('Lampje <img alt="💡"> <img alt="Foto van de straat">kapot'))).toBe(
      'Lampje 💡 kapot',
    );
  });

  it('leaves out hidden elements, skipped roles and what the caller skips', () => {
    const strict = textReader({
      ...HTML_TEXT,
      skipHidden: true,
      skippedRoles: new Set(['button']),
    });
    const markup = body(
      'Een <span hidden>verborgen</span><div role="button">Meer weergeven</div><q>citaat</q>',
    );
    expect(strict(markup, (element) => element.localName === 'q')).toBe('Een');
    expect(collapsed(markup)).toBe('Een verborgen\nMeer weergeven\ncitaat');
  });

  it('keeps a line-edge character of the post where no line blocks are read', () => {
    const paragraphsOnly = textReader({ ...HTML_TEXT, lineTags: new Set() });
    expect(paragraphsOnly(body('<div>Een\uE001twee</div>'))).toBe('Een\uE001twee');
  });

  it('stops walking once the text is longer than its limit', () => {
    const short = textReader({ ...HTML_TEXT, maxLength: 5 });
    expect(short(body('<span>Een</span><span>twee</span><span>drie</span>'))).toBe('Eentwee');
  });

  it('reads deeply nested markup without overflowing the call stack', () => {
    const root = body('');
    let parent: Element = root;
    for (let depth = 0; depth < 20_000; depth++) {
      const span = root.ownerDocument.createElement('span');
      parent.append(span);
      parent = span;
    }
    parent.append('diep');
    expect(collapsed(root)).toBe('diep');
  });
});

describe('text helpers', () => {
  it('collapses whitespace of any kind to single spaces', () => {
    expect(collapse('  Buurt\n\tBewoner\u00a0 ')).toBe('Buurt Bewoner');
  });

  it('joins the parts that have text, a blank line apart', () => {
    expect(joinParts(['Een', '', 'twee'])).toBe('Een\n\ntwee');
  });

  it('writes a quoted post as a block quote, with or without its author', () => {
    expect(blockQuote('Een\n\ntwee', '@stadsnieuws')).toBe('> @stadsnieuws: Een\n>\n> twee');
    expect(blockQuote('Een', undefined)).toBe('> Een');
  });
});
