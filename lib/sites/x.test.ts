// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { expectPosts, expectReadPosts, htmlPage, loadFixture, readPage } from './fixture-testing';
import { xAdapter } from './x';

const HOME = new URL('https://x.com/home');

/** A post reduced to the parts the adapter reads, in X's nesting. */
function article({
  handle = 'buurtbewoner',
  name = 'Buurt Bewoner',
  id = '2100000000000000001',
  text = 'De stoep in de Voorstraat is al weken kapot.',
  beforeText = '',
  afterText = '',
  tabindex = '0',
}: {
  handle?: string;
  name?: string;
  id?: string;
  text?: string | null;
  beforeText?: string;
  afterText?: string;
  tabindex?: string;
} = {}): string {
  return `<article role="article" tabindex="${tabindex}" data-testid="tweet"><div class="css-175oi2r">
    <div class="css-175oi2r" data-testid="User-Name"><div><a href="/${handle}" role="link"><div dir="ltr"><span><span>${name}</span></span></div></a></div>
    <div><a href="/${handle}" role="link" tabindex="-1"><div dir="ltr"><span>@${handle}</span></div></a>
    <a href="/${handle}/status/${id}" dir="ltr" role="link"><time datetime="2026-09-20T10:00:00.000Z">1 u</time></a></div></div>
    ${beforeText}
    ${text === null ? '' : `<div dir="auto" lang="nl" data-testid="tweetText"><span>${text}</span></div>`}
    ${afterText}
    <div role="group" aria-label="0 antwoorden"><div><button data-testid="reply" type="button"></button></div><div><button data-testid="like" type="button"></button></div></div>
  </div></article>`;
}

function quoteCard({
  label = 'Geciteerd',
  handle = 'stadsnieuws',
  text = 'Aanrijding op de kruising.',
} = {}): string {
  return `<div aria-labelledby="id__q1" class="css-175oi2r"><div class="css-175oi2r" id="id__q1">
    <div dir="ltr"><span>${label}</span></div>
    <div tabindex="0" class="css-175oi2r" role="link">
      <div class="css-175oi2r" data-testid="User-Name"><div><div dir="ltr"><span><span>Stadsnieuws</span></span></div></div>
      <div><div tabindex="-1"><div dir="ltr"><span>@${handle}</span></div></div><div dir="ltr"><time datetime="2026-09-20T09:00:00.000Z">2 u</time></div></div></div>
      <div dir="auto" lang="nl" data-testid="tweetText"><span>${text}</span></div>
      <div data-testid="tweetPhoto"><img alt="Afbeelding" src="https://pbs.twimg.com/media/QUOTED.jpg"></div>
    </div>
  </div></div>`;
}

function readAll(doc: ParentNode, url: URL) {
  return readPage(xAdapter, doc, url).captures;
}

function readOne(html: string, url = HOME) {
  const doc = htmlPage(html);
  const post = doc.querySelector('article');
  if (!post) throw new Error('no article in test markup');
  return xAdapter.readPost(post, url);
}

describe.each(['home', 'status'])('x fixture %s', (name) => {
  const { url, doc, posts } = loadFixture('x', name);
  const { found, captures } = readPage(xAdapter, doc, url);

  it('yields exactly the expected posts, in document order', () => {
    expectPosts(captures, posts, ['authorHandle', 'authorName', 'postedAt']);
  });

  it('reads each post completely and validly', () => {
    expectReadPosts(captures, posts, (capture, want) => {
      const id = want.key.slice('x:'.length);
      expect(capture.source).toMatchObject({
        site: 'x',
        postId: id,
        url: `https://x.com/${want.authorHandle}/status/${id}`,
      });
    });
  });

  it('anchors every clip control inside its own post', () => {
    for (const post of found) {
      const anchor = xAdapter.controlAnchor(post);
      expect(anchor).toEqual({ element: expect.anything(), placement: 'after' });
      expect(anchor.element.getAttribute('role')).toBe('group');
      expect(anchor.element.closest('article')).toBe(post);
    }
  });
});

describe('x fixture details', () => {
  const home = loadFixture('x', 'home');
  const status = loadFixture('x', 'status');
  const homePosts = readAll(home.doc, home.url);
  const byKey = (key: string | undefined) => homePosts.find((capture) => capture?.key === key);

  it('keeps line breaks and emoji of the post text', () => {
    expect(byKey(home.posts[0]?.key)?.text).toBe(
      'Al drie weken doet de straatlantaarn op de hoek van de Biltstraat en de Kruisstraat het niet 💡❌\n' +
        "Het is 's avonds echt pikkedonker, fietsers zie je pas op het laatste moment. @gemeenteutrecht " +
        'kunnen jullie hier iets aan doen? #Utrecht',
    );
    expect(byKey(home.posts[0]?.key)?.media).toEqual([
      'https://pbs.twimg.com/media/G1aXq7WXoAAm3Kp?format=jpg&name=small',
    ]);
  });

  it('skips the promoted post but keeps every ordinary one', () => {
    expect(home.doc.querySelectorAll('article[data-testid="tweet"]')).toHaveLength(9);
    expect(homePosts).toHaveLength(8);
    expect(homePosts.some((capture) => capture?.source.authorHandle === 'Tuinwereld')).toBe(false);
    expect(
      readAll(status.doc, status.url).some(
        (capture) => capture?.source.authorHandle === 'QuickLoansNow',
      ),
    ).toBe(false);
  });

  it('appends the quoted post to the quoting post, and keeps its photo out', () => {
    const quoting = homePosts.find((capture) => capture?.source.authorHandle === 'mark_dekker');
    expect(quoting?.text).toBe(
      'Dit is precies de oversteek waar mijn dochter elke ochtend naar school fietst 😡\n' +
        'Hoeveel ongelukken moeten er nog gebeuren voordat er een zebrapad en verkeerslichten komen?\n\n' +
        '> @StadsnieuwsUtr: Opnieuw een aanrijding op de kruising Amsterdamsestraatweg / Cartesiusweg. ' +
        'Een fietser raakte gewond. Buurtbewoners noemen de oversteek al jaren levensgevaarlijk.',
    );
    expect(quoting?.media).toBeUndefined();
    expect(homePosts.some((capture) => capture?.source.authorHandle === 'StadsnieuwsUtr')).toBe(
      false,
    );
  });

  it('attributes a repost to the original post and author', () => {
    const repost = home.doc.querySelector('[data-testid="socialContext"]')?.closest('article');
    if (!repost) throw new Error('fixture has no repost');
    const capture = xAdapter.readPost(repost, home.url);
    expect(capture?.source).toMatchObject({ authorHandle: 'sanne_lombok', authorName: 'Sanne 🌻' });
    expect(capture?.key).toBe(home.posts[2]?.key);
    expect(capture?.text).not.toContain('gerepost');
  });

  it('reads the visible part of a truncated post without its "Show more" button', () => {
    const truncated = home.doc
      .querySelector('[data-testid="tweet-text-show-more-link"]')
      ?.closest('article');
    if (!truncated) throw new Error('fixture has no truncated post');
    const capture = xAdapter.readPost(truncated, home.url);
    expect(capture?.text).toMatch(/gedumpt\.\n\nDit is nu de vierde keer deze maand\..* maar$/s);
    expect(capture?.text).not.toContain('Meer weergeven');
    expect(capture?.media).toHaveLength(2);
  });

  it('returns the focused post first on a status page, then the replies', () => {
    const [focused, ...replies] = xAdapter.findPosts(status.doc);
    expect(focused?.getAttribute('tabindex')).toBe('-1');
    expect(replies).toHaveLength(3);
    expect(xAdapter.readPost(focused as Element, status.url)?.source.url).toBe(status.url.href);
  });

  it('gives the x.com permalink when the page is on twitter.com', () => {
    const post = xAdapter.findPosts(home.doc)[0] as Element;
    for (const host of ['twitter.com', 'mobile.twitter.com', 'mobile.x.com']) {
      const capture = xAdapter.readPost(post, new URL(`https://${host}/home`));
      expect(capture?.source.url).toBe(
        `https://x.com/lotte_vdberg/status/${home.posts[0]?.key.slice(2)}`,
      );
      expect(capture?.key).toBe(home.posts[0]?.key);
    }
  });

  it('finds posts in a subtree, in a post itself, and nothing in the sidebar', () => {
    const cells = [...home.doc.querySelectorAll('[data-testid="cellInnerDiv"]')];
    const repostCell = cells.find((cell) => cell.querySelector('[data-testid="socialContext"]'));
    const promotedCell = cells.find((cell) =>
      cell.querySelector('[data-testid="placementTracking"]'),
    );
    if (!repostCell || !promotedCell) throw new Error('fixture cells missing');
    const inCell = xAdapter.findPosts(repostCell);
    expect(inCell).toEqual([repostCell.querySelector('article')]);
    expect(xAdapter.findPosts(inCell[0] as Element)).toEqual(inCell);
    expect(xAdapter.findPosts(promotedCell)).toEqual([]);
    expect(
      xAdapter.findPosts(home.doc.querySelector('[data-testid="sidebarColumn"]') as Element),
    ).toEqual([]);
  });

  it('finds a post added to the timeline later', () => {
    const timeline = home.doc.querySelector('[data-testid="cellInnerDiv"]')?.parentElement;
    if (!timeline) throw new Error('fixture has no timeline');
    const added = home.doc.createElement('div');
    added.setAttribute('data-testid', 'cellInnerDiv');
    added.innerHTML = article({ id: '2100000000000000777' });
    timeline.append(added);
    expect(xAdapter.findPosts(added).map((post) => xAdapter.readPost(post, home.url)?.key)).toEqual(
      ['x:2100000000000000777'],
    );
  });
});

describe('x adapter', () => {
  it('reads a minimal post', () => {
    expect(readOne(article())).toEqual({
      key: 'x:2100000000000000001',
      source: {
        site: 'x',
        url: 'https://x.com/buurtbewoner/status/2100000000000000001',
        postId: '2100000000000000001',
        authorHandle: 'buurtbewoner',
        authorName: 'Buurt Bewoner',
        postedAt: '2026-09-20T10:00:00.000Z',
      },
      text: 'De stoep in de Voorstraat is al weken kapot.',
    });
  });

  it('excludes promoted posts, by wrapper or by label', () => {
    const doc = htmlPage(
      `<div data-testid="placementTracking">${article({ id: '1' })}</div>` +
        article({ id: '2', afterText: '<div><div dir="ltr"><span>Ad</span></div></div>' }) +
        article({
          id: '3',
          afterText: '<div><div dir="ltr"><span>Advertentie</span></div></div>',
        }) +
        article({ id: '4' }),
    );
    expect(readAll(doc, HOME).map((capture) => capture?.key)).toEqual(['x:4']);
  });

  it('does not take an author called Ad, or a post saying "Ad", for an advertisement', () => {
    const doc = htmlPage(article({ id: '5', name: 'Ad' }) + article({ id: '6', text: 'Ad' }));
    expect(readAll(doc, HOME).map((capture) => capture?.key)).toEqual(['x:5', 'x:6']);
  });

  it('excludes posts in the sidebar column', () => {
    const doc = htmlPage(
      `<div data-testid="primaryColumn">${article({ id: '7' })}</div><div data-testid="sidebarColumn">${article({ id: '8' })}</div>`,
    );
    expect(readAll(doc, HOME).map((capture) => capture?.key)).toEqual(['x:7']);
  });

  it('never returns a quoted post on its own, even one rendered as an article', () => {
    const nested = quoteCard().replace(
      '<div tabindex="0" class="css-175oi2r" role="link">',
      `<div tabindex="0" class="css-175oi2r" role="link">${article({ id: '9' })}`,
    );
    const doc = htmlPage(article({ id: '10', afterText: nested }));
    expect(readAll(doc, HOME).map((capture) => capture?.key)).toEqual(['x:10']);
  });

  it('finds the quote card by its label or by its shape', () => {
    expect(readOne(article({ afterText: quoteCard({ label: 'Quote' }) }))?.text).toBe(
      'De stoep in de Voorstraat is al weken kapot.\n\n> @stadsnieuws: Aanrijding op de kruising.',
    );
    expect(readOne(article({ afterText: quoteCard({ label: 'Citation' }) }))?.text).toBe(
      'De stoep in de Voorstraat is al weken kapot.\n\n> @stadsnieuws: Aanrijding op de kruising.',
    );
  });

  it('still keeps a labelled quote card out when its shape changes', () => {
    const reshaped = quoteCard({ label: 'Quote' }).replace('role="link"', '');
    const capture = readOne(article({ afterText: reshaped }));
    expect(capture?.text).toBe(
      'De stoep in de Voorstraat is al weken kapot.\n\n> @stadsnieuws: Aanrijding op de kruising.',
    );
    expect(capture?.media).toBeUndefined();
  });

  it('reads a post that only quotes, without taking the quoted text for its own', () => {
    const capture = readOne(
      article({ text: null, afterText: quoteCard({ text: 'Eerste regel\n\nDerde regel' }) }),
    );
    expect(capture?.text).toBe('> @stadsnieuws: Eerste regel\n>\n> Derde regel');
    expect(capture?.media).toBeUndefined();
  });

  it("never takes the quoted post's time for the post's own", () => {
    const withoutOwnTime = article({ afterText: quoteCard() }).replace(
      /<a href="\/buurtbewoner\/status[\s\S]*?<\/a>/,
      '',
    );
    expect(readOne(withoutOwnTime)).toBeNull();
  });

  it('returns null instead of throwing on a gutted or foreign element', () => {
    expect(readOne('<article data-testid="tweet"></article>')).toBeNull();
    expect(
      readOne(
        '<article data-testid="tweet"><div data-testid="User-Name"></div><time></time></article>',
      ),
    ).toBeNull();
    expect(readOne(article({ id: 'abc' }))).toBeNull();
    expect(
      readOne(
        article().replace(
          'href="/buurtbewoner/status/',
          'href="https://example.com/buurtbewoner/status/',
        ),
      ),
    ).toBeNull();
    const div = htmlPage('<div>niets</div>').querySelector('div') as Element;
    expect(xAdapter.readPost(div, HOME)).toBeNull();
  });

  it('leaves out what it cannot read rather than dropping the post', () => {
    const capture = readOne(
      article({ name: '' })
        .replace('datetime="2026-09-20T10:00:00.000Z"', 'datetime="gisteren"')
        .replace(
          '</article>',
          '<div data-testid="tweetPhoto"><img src="data:image/png;base64,AAAA"></div></article>',
        ),
    );
    expect(capture?.key).toBe('x:2100000000000000001');
    expect(capture?.source.authorName).toBeUndefined();
    expect(capture?.source.postedAt).toBeUndefined();
    expect(capture?.media).toBeUndefined();
    const zoneless = readOne(article().replace('2026-09-20T10:00:00.000Z', '2026-09-20T10:00:00'));
    expect(zoneless?.source.postedAt).toBeUndefined();
  });

  it('anchors the control after the action bar, else after the author, else in the post', () => {
    const full = htmlPage(article()).querySelector('article') as Element;
    expect(xAdapter.controlAnchor(full)).toEqual({
      element: full.querySelector('[role="group"]'),
      placement: 'after',
    });
    const noActions = htmlPage(article()).querySelector('article') as Element;
    noActions.querySelector('[role="group"]')?.remove();
    expect(xAdapter.controlAnchor(noActions)).toEqual({
      element: noActions.querySelector('[data-testid="User-Name"]'),
      placement: 'after',
    });
    const gutted = htmlPage('<article data-testid="tweet"></article>').querySelector(
      'article',
    ) as Element;
    expect(xAdapter.controlAnchor(gutted)).toEqual({ element: gutted, placement: 'append' });
  });

  it('handles x.com and twitter.com pages only', () => {
    for (const url of [
      'https://x.com/home',
      'https://twitter.com/a/status/1',
      'https://mobile.x.com/home',
    ]) {
      expect(xAdapter.handles(new URL(url))).toBe(true);
    }
    for (const url of [
      'https://www.reddit.com/',
      'https://example.com/x.com',
      'https://x.com.example.com/home',
      'https://notx.com/home',
      'https://pbs.twimg.com/media/a.jpg',
    ]) {
      expect(xAdapter.handles(new URL(url))).toBe(false);
    }
  });
});
