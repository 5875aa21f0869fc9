// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { expectPosts, expectReadPosts, loadFixture, readPage } from './fixture-testing';
import { redditAdapter } from './reddit';

/**
 * Browsers turn `<template shadowrootmode>` into a shadow root while parsing; happy-dom leaves the
 * template in the light DOM, so the test does what the parser would.
 */
function attachDeclarativeShadowRoots(root: ParentNode) {
  for (const template of root.querySelectorAll('template[shadowrootmode]')) {
    const host = template.parentElement;
    if (!host) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    host.attachShadow({ mode }).append((template as HTMLTemplateElement).content);
    template.remove();
  }
}

function load(name: string, { shadowRoots = true } = {}): Document {
  const { doc } = loadFixture('reddit', name);
  if (shadowRoots) attachDeclarativeShadowRoots(doc);
  return doc;
}

function fragment(html: string): Element {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  attachDeclarativeShadowRoots(doc);
  const first = doc.body.firstElementChild;
  if (!first) throw new Error('empty fragment');
  return first;
}

const WWW = new URL('https://www.reddit.com/r/utrecht/');
const OLD = new URL('https://old.reddit.com/r/Netherlands/');

function keysOf(posts: Element[], pageUrl = WWW): (string | undefined)[] {
  return posts.map((post) => redditAdapter.readPost(post, pageUrl)?.key);
}

function read(post: Element | null | undefined, pageUrl = WWW) {
  if (!post) throw new Error('fixture element missing');
  const capture = redditAdapter.readPost(post, pageUrl);
  if (!capture) throw new Error('post not readable');
  return capture;
}

function byId(doc: Document, id: string): Element {
  const element = doc.getElementById(id);
  if (!element) throw new Error(`fixture has no #${id}`);
  return element;
}

function comment(doc: Document, fullname: string): Element {
  const element = doc.querySelector(`shreddit-comment[thingid="${fullname}"]`);
  if (!element) throw new Error(`fixture has no comment ${fullname}`);
  return element;
}

describe.each(['subreddit', 'post', 'old', 'old-post'])('fixture %s', (name) => {
  const { url, posts } = loadFixture('reddit', name);

  it.each([true, false])(
    'returns exactly the expected posts (shadow roots attached: %s)',
    (shadowRoots) => {
      const { captures } = readPage(redditAdapter, load(name, { shadowRoots }), url);

      expectPosts(captures, posts, []);
      expectReadPosts(captures, posts, (capture, want) => {
        expect(capture.source).toMatchObject({
          site: 'reddit',
          postId: want.key.slice('reddit:'.length),
          authorHandle: want.authorHandle,
          postedAt: want.postedAt,
        });
        expect(capture.source.authorName).toBeUndefined();
        expect(capture.source.url).toMatch(/^https:\/\/www\.reddit\.com\/r\/[^/]+\/comments\//);
      });
    },
  );

  it('is served at a URL the adapter handles', () => {
    expect(redditAdapter.handles(url)).toBe(true);
  });
});

describe('new UI posts (shreddit)', () => {
  it('reads title and body from the light DOM while the votes live in a real shadow root', () => {
    const doc = load('subreddit');
    const post = byId(doc, 't3_1p3k7qa');
    expect(post.shadowRoot?.querySelector('faceplate-number')?.textContent).toBe('87');
    expect(post.querySelector('template')).toBeNull();

    expect(read(post).text).toBe(
      'Gaten in de Amsterdamsestraatweg worden steeds groter\n\n' +
        'Op de Amsterdamsestraatweg tussen de Cartesiusweg en het Pijlsweerdplein zitten inmiddels ' +
        'drie flinke gaten in het fietspad. Gisteravond in het donker ben ik er bijna over de kop ' +
        'gegaan.\n\n' +
        'Twee weken geleden al gemeld bij de gemeente, nog steeds niks gebeurd. Iemand een idee hoe ' +
        'je dit sneller opgelost krijgt?',
    );
  });

  it('keeps paragraphs and list items apart on the post page', () => {
    const text = read(byId(load('post'), 't3_1p3k7qa')).text;
    expect(text).toContain(
      'De ergste plekken:\n\nter hoogte van huisnummer 300, vlak na het zebrapad\nbij de bushalte',
    );
    expect(text).not.toContain('Verkeer');
  });

  it('uses the permalink on www.reddit.com as the URL', () => {
    expect(read(byId(load('subreddit'), 't3_1p3a8mt')).source.url).toBe(
      'https://www.reddit.com/r/utrecht/comments/1p3a8mt/heien_om_6_uur_s_ochtends_bij_de_bouw_in_merwede/',
    );
  });

  it('excludes feed ads, sidebar ads and ads between comments', () => {
    const feed = load('subreddit');
    expect(feed.querySelector('shreddit-ad-post')).not.toBeNull();
    expect(keysOf(redditAdapter.findPosts(feed))).not.toContain('reddit:t3_1oyz4k0');

    const page = load('post');
    const treeAd = page.querySelector('shreddit-comment-tree-ad');
    const pageAd = page.querySelector('shreddit-comments-page-ad');
    if (!treeAd || !pageAd) throw new Error('fixture lost its ads');
    treeAd.append(
      fragment(
        '<shreddit-comment thingid="t1_adadad1" author="adverteerder" permalink="/r/utrecht/comments/1p3k7qa/comment/adadad1/"><div slot="comment"><p>Koop nu</p></div></shreddit-comment>',
      ),
    );
    pageAd.append(
      fragment(
        '<shreddit-post id="t3_adadad2" permalink="/r/utrecht/comments/adadad2/x/" post-title="Koop nu"></shreddit-post>',
      ),
    );
    const keys = keysOf(redditAdapter.findPosts(page));
    expect(keys).not.toContain('reddit:t1_adadad1');
    expect(keys).not.toContain('reddit:t3_adadad2');
    expect(keys).toHaveLength(5);
  });

  it('excludes posts shown in the right sidebar and the left navigation', () => {
    const doc = load('subreddit');
    const sidebar = byId(doc, 'right-sidebar-container');
    expect(sidebar.querySelector('shreddit-post')).not.toBeNull();
    expect(redditAdapter.findPosts(sidebar)).toEqual([]);

    const nav = doc.querySelector('reddit-sidebar-nav');
    nav?.append(
      fragment(
        '<shreddit-post id="t3_1nav000" permalink="/r/utrecht/comments/1nav000/x/" post-title="Navigatie"></shreddit-post>',
      ),
    );
    expect(keysOf(redditAdapter.findPosts(doc))).not.toContain('reddit:t3_1nav000');
    expect(keysOf(redditAdapter.findPosts(doc))).not.toContain('reddit:t3_1p1vq6e');
  });

  it('treats a crosspost and its embedded original as one post', () => {
    const doc = load('subreddit');
    const crosspost = byId(doc, 't3_1p3fz19');
    const original = byId(doc, 't3_1p3dxk2');
    expect(crosspost.contains(original)).toBe(true);

    expect(keysOf(redditAdapter.findPosts(doc))).not.toContain('reddit:t3_1p3dxk2');
    expect(redditAdapter.findPosts(crosspost)).toEqual([crosspost]);
    expect(redditAdapter.findPosts(original)).toEqual([]);

    const capture = read(crosspost);
    expect(capture.key).toBe('reddit:t3_1p3fz19');
    expect(capture.source.authorHandle).toBe('buurtmoeder_kzuid');
    expect(capture.text).toBe(
      'Ratten bij de containers in Kanaleneiland, ook last van?\n\n' +
        'Rattenplaag achter de flat aan de Bernadottelaan\n\n' +
        "Sinds de ondergrondse containers aan de Bernadottelaan al weken overvol zitten, lopen er 's " +
        'avonds ratten tussen de vuilniszakken. Kinderen spelen daar gewoon. Wie kan hier wat aan doen?',
    );
  });

  it('collects image URLs from the media slot only', () => {
    const doc = load('subreddit');
    expect(read(byId(doc, 't3_1p3c0vn')).media).toEqual([
      'https://preview.redd.it/vleutenseweg-oversteek-7f3kq2m1x8zf1.jpeg?width=1080&format=pjpg&auto=webp&s=4be07a1c92d3f5e8a6b0c1d2e3f405162738495a',
    ]);
    expect(read(byId(doc, 't3_1p3k7qa')).media).toBeUndefined();
  });

  it('puts the control right after the card, outside its shadow host', () => {
    const doc = load('subreddit');
    const post = byId(doc, 't3_1p3k7qa');
    const anchor = redditAdapter.controlAnchor(post);
    expect(anchor).toEqual({ element: post, placement: 'after' });
    expect(anchor.element.parentElement?.localName).toBe('article');
    expect(anchor.element.parentElement?.shadowRoot).toBeNull();
  });
});

describe('new UI comments', () => {
  it('returns nested replies as posts of their own, without their text in the parent', () => {
    const doc = load('post');
    const parent = comment(doc, 't1_mk3a1b2');
    const reply = comment(doc, 't1_mk3c9x7');
    expect(reply.parentElement).toBe(parent);

    expect(redditAdapter.findPosts(parent)).toEqual([parent, reply]);
    expect(read(parent).text).toBe(
      'Ik heb er vorige week bij het Pijlsweerdplein een band op kapotgereden. Heb het ook via de ' +
        "MeldingenApp doorgegeven, maar de melding staat al tien dagen op 'in behandeling'.",
    );
    expect(read(reply).text).toBe(
      'Zelfde verhaal bij de bushalte Cartesiusweg, daar ligt ook een losse stoeptegel waar je zo ' +
        'over struikelt.\n\nHoe meer meldingen hoe sneller, dus meld het allemaal even.',
    );
    expect(read(reply).source.url).toBe(
      'https://www.reddit.com/r/utrecht/comments/1p3k7qa/comment/mk3c9x7/',
    );
  });

  it('finds every comment in a comment tree added later', () => {
    const tree = byId(load('post'), 'comment-tree');
    expect(keysOf(redditAdapter.findPosts(tree))).toEqual([
      'reddit:t1_mk3a1b2',
      'reddit:t1_mk3c9x7',
      'reddit:t1_mk3f0qz',
      'reddit:t1_mk3h4tn',
    ]);
  });

  it('puts the control in the slotted meta row, where it is rendered and stays out of the text', () => {
    const doc = load('post');
    const target = comment(doc, 't1_mk3f0qz');
    const before = read(target).text;
    const anchor = redditAdapter.controlAnchor(target);
    expect(anchor.placement).toBe('append');
    expect(anchor.element.getAttribute('slot')).toBe('commentMeta');
    expect(anchor.element.parentElement).toBe(target);

    anchor.element.append(doc.createElement('vliegwiel-clip'));
    expect(read(target).text).toBe(before);
    expect(redditAdapter.findPosts(target)).toEqual([target]);
  });

  it('turns line breaks, paragraphs and list items into newlines without doubling them', () => {
    const formatted = fragment(
      '<shreddit-comment thingid="t1_fmt0001" permalink="/r/utrecht/comments/1p3k7qa/comment/fmt0001/"><div slot="comment" class="md">\n  <p>regel 1<br>regel   2</p>\n  <p>alinea <em>met</em> <strong>nadruk</strong></p>\n  <ul>\n    <li>een</li>\n    <li>twee</li>\n  </ul>\n</div></shreddit-comment>',
    );
    expect(read(formatted).text).toBe('regel 1\nregel 2\n\nalinea met nadruk\n\neen\ntwee');
  });

  it('never reads a reply as the text of a deleted parent', () => {
    const parent = fragment(
      '<shreddit-comment thingid="t1_gone002" author="[deleted]" permalink="/r/utrecht/comments/1p3k7qa/comment/gone002/"><div slot="commentMeta">[deleted]</div><shreddit-comment slot="children" thingid="t1_kid0001" author="buur" permalink="/r/utrecht/comments/1p3k7qa/comment/kid0001/"><div slot="comment"><p>Antwoord op een verwijderde reactie</p></div></shreddit-comment></shreddit-comment>',
    );
    const [, reply] = redditAdapter.findPosts(parent);
    expect(redditAdapter.readPost(parent, WWW)).toBeNull();
    expect(read(reply).text).toBe('Antwoord op een verwijderde reactie');
  });

  it('does not read a deleted comment without a body', () => {
    const deleted = fragment(
      '<shreddit-comment thingid="t1_gone001" author="[deleted]" permalink="/r/utrecht/comments/1p3k7qa/comment/gone001/" created="2026-11-20T09:00:00.000000+0000"><div slot="commentMeta">[deleted]</div></shreddit-comment>',
    );
    expect(redditAdapter.findPosts(deleted)).toEqual([deleted]);
    expect(redditAdapter.readPost(deleted, WWW)).toBeNull();
  });
});

describe('old reddit', () => {
  it('excludes promoted links, whichever way they are marked', () => {
    const doc = load('old');
    expect(doc.querySelector('.thing[data-promoted="true"]')).not.toBeNull();
    expect(keysOf(redditAdapter.findPosts(doc), OLD)).not.toContain('reddit:t3_1oz9k2m');

    const byClass = fragment(
      '<div class="thing promoted link" data-fullname="t3_1promo1" data-type="link" data-author="x" data-permalink="/comments/1promo1/x/"><div class="entry"><a class="title" href="#">Reclame</a></div></div>',
    );
    expect(redditAdapter.findPosts(byClass)).toEqual([]);
  });

  it('excludes the sidebar and "load more comments" things', () => {
    const listing = load('old');
    expect(listing.querySelector('.side .thing[data-fullname]')).not.toBeNull();
    expect(keysOf(redditAdapter.findPosts(listing), OLD)).not.toContain('reddit:t3_1p1vq6e');

    const thread = load('old-post');
    expect(thread.querySelector('.thing[data-type="morechildren"]')).not.toBeNull();
    expect(keysOf(redditAdapter.findPosts(thread), OLD)).not.toContain('reddit:t1_mk3q2e8');
  });

  it('turns an old.reddit.com permalink into one on www.reddit.com', () => {
    const doc = load('old');
    expect(read(byId(doc, 'thing_t3_1p2xw8d'), OLD).source.url).toBe(
      'https://www.reddit.com/r/Netherlands/comments/1p2xw8d/the_hague_streetlights_on_laan_van_meerdervoort/',
    );
    const absolute = fragment(
      '<div class="thing link" data-fullname="t3_1abs001" data-type="link" data-permalink="https://old.reddit.com/r/Netherlands/comments/1abs001/x/"><div class="entry"><a class="title" href="#">Titel</a></div></div>',
    );
    expect(read(absolute, OLD).source.url).toBe(
      'https://www.reddit.com/r/Netherlands/comments/1abs001/x/',
    );
  });

  it('reads a comment without its replies, and the post time rather than the edit time', () => {
    const doc = load('old-post');
    const parent = byId(doc, 'thing_t1_mk2z8r1');
    expect(redditAdapter.findPosts(parent).map((post) => post.id)).toEqual([
      'thing_t1_mk2z8r1',
      'thing_t1_mk30c4q',
    ]);
    expect(read(parent, OLD).text).toBe(
      'The lamps in the side streets around the Fahrenheitstraat are out too, it feels really ' +
        'unsafe walking there at night.\n\nCalling 14 070 worked better for us than the app last time.',
    );
    expect(read(byId(doc, 'thing_t1_mk33p7v'), OLD).source.postedAt).toBe(
      '2026-11-20T09:15:51.000Z',
    );
  });

  it('reads a collapsed self post as its title, and an image link with its image', () => {
    const doc = load('old');
    expect(read(byId(doc, 'thing_t3_1p2uq7h'), OLD).text).toBe(
      'What Dutch snacks should I bring back for my colleagues in Canada?',
    );
    const image = read(byId(doc, 'thing_t3_1p2rj0s'), OLD);
    expect(image.media).toEqual(['https://i.redd.it/k3m9vq2x7y0g1.jpeg']);
    expect(read(byId(doc, 'thing_t3_1p2xw8d'), OLD).media).toBeUndefined();
  });

  it('puts the control in the button row of the thing itself', () => {
    const doc = load('old-post');
    const parent = byId(doc, 'thing_t1_mk2z8r1');
    const anchor = redditAdapter.controlAnchor(parent);
    expect(anchor.placement).toBe('append');
    expect(anchor.element.matches('ul.flat-list.buttons')).toBe(true);
    expect(anchor.element.closest('.thing')).toBe(parent);
  });
});

describe('timestamps', () => {
  function postedAt(created: string | null, creditBarTs?: string): string | undefined {
    const createdAttribute = created === null ? '' : ` created-timestamp="${created}"`;
    const creditBar = creditBarTs
      ? `<span slot="credit-bar"><faceplate-timeago ts="${creditBarTs}"></faceplate-timeago></span>`
      : '';
    const post = fragment(
      `<shreddit-post id="t3_1time01" permalink="/r/utrecht/comments/1time01/x/" post-title="Tijd"${createdAttribute}>${creditBar}</shreddit-post>`,
    );
    return read(post).source.postedAt;
  }

  it.each([
    ['2026-11-20T08:15:00.000000+0000', '2026-11-20T08:15:00.000Z'],
    ['2026-11-20T09:15:00.123456+0100', '2026-11-20T08:15:00.123Z'],
    ['2026-11-20T03:15:00-05:00', '2026-11-20T08:15:00.000Z'],
    ['2026-11-20T08:15:00.5Z', '2026-11-20T08:15:00.500Z'],
    ['2026-11-20T08:15Z', '2026-11-20T08:15:00.000Z'],
  ])('normalises %s to %s', (raw, iso) => {
    expect(postedAt(raw)).toBe(iso);
  });

  it.each(['2026-11-20T08:15:00', '20 november 2026', '2026-13-45T08:15:00+0000', ''])(
    'leaves out an unreadable time (%j) but still reads the post',
    (raw) => {
      expect(postedAt(raw)).toBeUndefined();
    },
  );

  it('falls back to the time in the credit bar', () => {
    expect(postedAt(null, '2026-11-20T08:15:00.000Z')).toBe('2026-11-20T08:15:00.000Z');
  });
});

describe('findPosts roots', () => {
  it('accepts the document, a feed item, a post element itself, or a fragment', () => {
    const doc = load('subreddit');
    const post = byId(doc, 't3_1p3h2wd');
    const article = post.parentElement;
    if (!article) throw new Error('fixture post has no article');

    expect(redditAdapter.findPosts(article)).toEqual([post]);
    expect(redditAdapter.findPosts(post)).toEqual([post]);
    const feed = doc.querySelector('shreddit-feed');
    if (!feed) throw new Error('fixture has no feed');
    expect(redditAdapter.findPosts(feed)).toHaveLength(6);

    const detached = doc.createDocumentFragment();
    detached.append(article);
    expect(redditAdapter.findPosts(detached)).toEqual([post]);
  });

  it('finds nothing in a page without posts', () => {
    expect(redditAdapter.findPosts(fragment('<div><p>Geen posts hier</p></div>'))).toEqual([]);
  });
});

describe('readPost never throws', () => {
  it.each([
    ['an empty post card', '<shreddit-post></shreddit-post>'],
    [
      'a card without permalink',
      '<shreddit-post id="t3_1abc001" post-title="Titel"></shreddit-post>',
    ],
    [
      'a card without any text',
      '<shreddit-post id="t3_1abc001" permalink="/r/utrecht/comments/1abc001/x/"></shreddit-post>',
    ],
    [
      'a card with a comment id',
      '<shreddit-post id="t1_1abc001" permalink="/r/utrecht/comments/1abc001/x/" post-title="Titel"></shreddit-post>',
    ],
    [
      'a card with a broken permalink',
      '<shreddit-post id="t3_1abc001" permalink="https://[broken" post-title="Titel"></shreddit-post>',
    ],
    [
      'a card linking to another site',
      '<shreddit-post id="t3_1abc001" permalink="https://evil.example/r/x/comments/1abc001/" post-title="Titel"></shreddit-post>',
    ],
    ['an empty comment', '<shreddit-comment thingid="t1_1abc001"></shreddit-comment>'],
    [
      'a thing without entry',
      '<div class="thing" data-fullname="t3_1abc001" data-type="link" data-permalink="/r/x/comments/1abc001/y/"></div>',
    ],
    [
      'a thing with an empty entry',
      '<div class="thing" data-fullname="t1_1abc001" data-type="comment" data-permalink="/r/x/comments/1abc001/y/z/"><div class="entry"></div></div>',
    ],
    ['an ordinary element', '<div><p>Hallo</p></div>'],
  ])('returns null for %s', (_label, html) => {
    expect(redditAdapter.readPost(fragment(html), WWW)).toBeNull();
  });

  it('returns null for a post gutted after it was found', () => {
    const doc = load('subreddit');
    const [post] = redditAdapter.findPosts(doc);
    if (!post) throw new Error('fixture has no posts');
    post.replaceChildren();
    for (const name of post.getAttributeNames()) post.removeAttribute(name);
    expect(redditAdapter.readPost(post, WWW)).toBeNull();
  });

  it('drops handles that are not usernames and strips "u/"', () => {
    const post = (author: string) =>
      fragment(
        `<shreddit-post id="t3_1who001" permalink="/r/utrecht/comments/1who001/x/" post-title="Wie" author="${author}"></shreddit-post>`,
      );
    expect(read(post('[deleted]')).source.authorHandle).toBeUndefined();
    expect(read(post('u/Some_User-1')).source.authorHandle).toBe('Some_User-1');
  });
});

describe('handles', () => {
  it.each([
    ['https://www.reddit.com/r/utrecht/', true],
    ['https://old.reddit.com/r/Netherlands/', true],
    ['https://reddit.com/', true],
    ['https://x.com/reddit', false],
    ['https://www.reddit.com.evil.example/', false],
    ['https://notreddit.com/', false],
    ['https://mastodon.nl/@reddit', false],
  ])('%s → %s', (url, handled) => {
    expect(redditAdapter.handles(new URL(url))).toBe(handled);
  });
});
