// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blueskyAdapter } from './bluesky';
import { expectPosts, expectReadPosts, htmlPage, loadFixture, readPage } from './fixture-testing';

// bsky.app writes dates in the reader's time zone; the fixtures and the labels below were written
// for a reader in the Netherlands, so their times are read there whatever zone the tests run in.
process.env.TZ = 'Europe/Amsterdam';

const HOME = new URL('https://bsky.app/');
const POST = '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]';

/** A feed item reduced to the parts the adapter reads, in the app's nesting. */
function item({
  handle = 'buurtbewoner.bsky.social',
  testId = `feedItem-by-${handle}`,
  linkAccount = handle,
  name = 'Buurt Bewoner',
  rkey = '3n2sppjsgeehm',
  label = '21 november 2026 om 09:48',
  text = 'De lantaarnpaal in de Voorstraat is al weken kapot.',
  beforeText = '',
  afterText = '',
}: {
  handle?: string;
  testId?: string;
  linkAccount?: string;
  name?: string;
  rkey?: string;
  label?: string;
  text?: string | null;
  beforeText?: string;
  afterText?: string;
} = {}): string {
  return `<div role="link" tabindex="0" data-testid="${testId}" class="css-175oi2r">
    <div><a href="/profile/${linkAccount}" aria-label="Profielfoto" role="link"><div data-testid="userAvatarImage"><img alt="Avatar" src="https://cdn.bsky.app/img/avatar_thumbnail/plain/did:plc:abc/bafkreiavatar@jpeg"></div></a></div>
    <div>
      <div><div><a href="/profile/${linkAccount}" role="link" dir="auto">${name}</a><a href="/profile/${linkAccount}" role="link" dir="auto">&nbsp;@${handle}</a></div>
      <a href="/profile/${linkAccount}/post/${rkey}" aria-label="${label}" data-tooltip="${label}" role="link" dir="auto"><span>·&nbsp;</span>42m</a></div>
      ${beforeText}
      <div data-testid="contentHider-post">${text === null ? '' : `<div><div dir="auto" data-testid="postText">${text}</div></div>`}${afterText}</div>
      <div class="row"><div><button data-testid="replyBtn" type="button"></button></div><div><button data-testid="repostBtn" type="button"></button></div><div><button data-testid="likeBtn" type="button"></button></div></div>
    </div>
  </div>`;
}

function quote({
  label = 'Post by gemeente.bsky.social',
  handle = 'gemeente.bsky.social',
  text = 'Kapotte lantaarnpalen kunt u melden via de app.',
} = {}): string {
  return `<div><div role="link" tabindex="0" aria-label="${label}">
    <div><a href="/profile/${handle}" role="link" dir="auto">Gemeente</a><a href="/profile/${handle}/post/3mwvd4t3gxxxm" aria-label="2 oktober 2026 om 14:00" role="link" dir="auto">· 2 okt</a></div>
    <div dir="auto">${text}</div>
    <div><div role="button"><img alt="Lantaarnpaal" src="https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:q/bafkreiquoted@jpeg"></div></div>
  </div></div>`;
}

const photo = (id: string) =>
  `<div><div role="button" aria-label="Foto"><img alt="Foto" src="https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:abc/${id}@jpeg"></div></div>`;

function readAll(doc: ParentNode, url = HOME) {
  return readPage(blueskyAdapter, doc, url).captures;
}

function readOne(html: string, url = HOME) {
  const post = htmlPage(html).querySelector(POST);
  if (!post) throw new Error('no post in test markup');
  return blueskyAdapter.readPost(post, url);
}

function byHandle(doc: ParentNode, handle: string): Element {
  const post = doc.querySelector(
    `[data-testid="feedItem-by-${handle}"], [data-testid="postThreadItem-by-${handle}"]`,
  );
  if (!post) throw new Error(`fixture has no post by ${handle}`);
  return post;
}

describe.each(['home', 'thread'])('bluesky fixture %s', (name) => {
  const { url, doc, posts } = loadFixture('bluesky', name);
  const { found, captures } = readPage(blueskyAdapter, doc, url);

  it('yields exactly the expected posts, in document order', () => {
    expectPosts(captures, posts, ['authorHandle', 'authorName', 'postedAt']);
  });

  it('reads each post completely and validly', () => {
    expectReadPosts(captures, posts, (capture, want) => {
      const rkey = want.key.slice(`bluesky:${want.authorHandle}/`.length);
      expect(capture.source).toMatchObject({
        site: 'bluesky',
        postId: rkey,
        url: `https://bsky.app/profile/${want.authorHandle}/post/${rkey}`,
      });
    });
  });

  it('anchors every clip control after its own action row', () => {
    for (const post of found) {
      const anchor = blueskyAdapter.controlAnchor(post);
      expect(anchor.placement).toBe('after');
      expect(anchor.element.querySelector('[data-testid="replyBtn"]')).not.toBeNull();
      expect(anchor.element.querySelector('[data-testid="likeBtn"]')).not.toBeNull();
      expect(anchor.element.closest(POST)).toBe(post);
    }
  });
});

describe('bluesky home fixture details', () => {
  const home = loadFixture('bluesky', 'home');
  const captures = readAll(home.doc, home.url);
  const byKey = (key: string | undefined) => captures.find((capture) => capture?.key === key);

  it('keeps line breaks, emoji, mentions and hashtags, and the attached photo', () => {
    const capture = byKey(home.posts[0]?.key);
    expect(capture?.text).toBe(
      'Alweer ratten bij de ondergrondse containers op de hoek van de Kanaalstraat en de Damstraat ' +
        'in Lombok 🐀 Vanavond liepen er drie tussen de vuilniszakken die naast de container staan, ' +
        'vlak bij het schoolplein.\n\nIk heb het al twee keer gemeld bij de @utrecht.nl. Wie in de ' +
        'buurt heeft dit ook gezien? #Utrecht #Lombok',
    );
    expect(capture?.media).toHaveLength(1);
    expect(capture?.media?.[0]).toMatch(
      /^https:\/\/cdn\.bsky\.app\/img\/feed_thumbnail\/plain\/did:plc:[a-z2-7]{24}\/bafkrei[a-z2-7]{52}@jpeg$/,
    );
  });

  it('attributes a repost to the original post and author, once', () => {
    const reason = home.doc.querySelector('a[aria-label^="Gerepost door"]');
    const repost = reason?.closest(POST);
    if (!repost) throw new Error('fixture has no repost');
    const capture = blueskyAdapter.readPost(repost, home.url);
    expect(capture?.key).toBe(home.posts[1]?.key);
    expect(capture?.source).toMatchObject({
      authorHandle: 'ingrid-haagsehout.bsky.social',
      authorName: 'Ingrid 🌷',
    });
    expect(capture?.text).not.toContain('Gerepost');
    expect(captures.filter((c) => c?.key === home.posts[1]?.key)).toHaveLength(1);
    expect(captures.some((c) => c?.source.authorHandle === 'jeroenbakker.nl')).toBe(false);
  });

  it('appends the quoted post to the quoting post, and keeps its photo out', () => {
    const quoting = blueskyAdapter.readPost(byHandle(home.doc, 'wijkraadwoenselzuid.nl'), home.url);
    expect(quoting?.text).toMatch(
      /er gebeurt niets\. #Eindhoven\n\n> @eindhoven\.nl: Speelplekken/,
    );
    expect(quoting?.text.endsWith('dan komen we zo snel mogelijk kijken.')).toBe(true);
    expect(quoting?.media).toHaveLength(1);
    const quotedImage = home.doc
      .querySelector('[aria-label="Post by eindhoven.nl"] img[src*="feed_thumbnail"]')
      ?.getAttribute('src');
    expect(quotedImage).toBeTruthy();
    expect(quoting?.media).not.toContain(quotedImage);
    expect(captures.some((capture) => capture?.source.authorHandle === 'eindhoven.nl')).toBe(false);
    const card = home.doc.querySelector('[aria-label="Post by eindhoven.nl"]') as Element;
    expect(blueskyAdapter.findPosts(card)).toEqual([]);
  });

  it('reads a reply as a post of its own, without the "reply to" line', () => {
    const reply = blueskyAdapter.readPost(byHandle(home.doc, 'mehmetyilmaz.bsky.social'), home.url);
    expect(reply?.key).toBe(home.posts[5]?.key);
    expect(reply?.text.startsWith('Er ligt sinds de storm')).toBe(true);
    expect(reply?.text).not.toContain('Antwoord op');
  });

  it('takes the timestamp link for the permalink, not a link to another post in the text', () => {
    const post = byHandle(home.doc, 'politiekmetsanne.bsky.social');
    const inText = post.querySelector('[data-testid="postText"] a[href*="/post/"]');
    expect(inText?.getAttribute('href')).toMatch(
      /^\/profile\/politiekmetsanne\.bsky\.social\/post\//,
    );
    const capture = blueskyAdapter.readPost(post, home.url);
    expect(capture?.key).toBe(home.posts[3]?.key);
    expect(capture?.key).not.toContain(inText?.getAttribute('href')?.split('/').pop());
    expect(capture?.text).toContain('bsky.app/profile/politiekm…');
    // The link card's thumbnail is the linked page's, not a photo of the post.
    expect(post.querySelector('a[href^="https://nos.nl"] img')).not.toBeNull();
    expect(capture?.media).toBeUndefined();
  });

  it('finds posts in a subtree, in a post itself, and nothing outside the post list', () => {
    const repost = home.doc.querySelector('a[aria-label^="Gerepost door"]')?.closest(POST);
    const cell = repost?.parentElement;
    if (!repost || !cell) throw new Error('fixture cells missing');
    expect(blueskyAdapter.findPosts(cell)).toEqual([repost]);
    expect(blueskyAdapter.findPosts(repost)).toEqual([repost]);
    const suggested = [...home.doc.querySelectorAll('div[dir="auto"]')]
      .find((element) => element.textContent === 'Voorgestelde accounts')
      ?.closest('.css-175oi2r')?.parentElement;
    if (!suggested) throw new Error('fixture has no suggested accounts');
    expect(suggested.querySelectorAll('a[href^="/profile/"]').length).toBeGreaterThan(0);
    expect(blueskyAdapter.findPosts(suggested)).toEqual([]);
    for (const outside of home.doc.querySelectorAll('nav[role="navigation"], .rightnav')) {
      expect(blueskyAdapter.findPosts(outside)).toEqual([]);
    }
  });

  it('finds a post added to the feed later', () => {
    const feed = home.doc.querySelector('[data-testid^="feedItem-by-"]')?.parentElement
      ?.parentElement;
    if (!feed) throw new Error('fixture has no feed');
    const added = home.doc.createElement('div');
    added.innerHTML = item({ rkey: '3n2szzzzzzzzz' });
    feed.append(added);
    expect(
      blueskyAdapter.findPosts(added).map((post) => blueskyAdapter.readPost(post, home.url)?.key),
    ).toEqual(['bluesky:buurtbewoner.bsky.social/3n2szzzzzzzzz']);
  });
});

describe('bluesky thread fixture details', () => {
  const thread = loadFixture('bluesky', 'thread');
  const [ancestor, focused, ...replies] = blueskyAdapter.findPosts(thread.doc);

  it('returns the ancestor, the focused post and the replies in order', () => {
    expect(focused?.querySelector('a[href$="/liked-by"]')).not.toBeNull();
    expect(replies).toHaveLength(2);
    expect(blueskyAdapter.readPost(focused as Element, thread.url)?.source.url).toBe(
      thread.url.href,
    );
  });

  it('reads thread text, which has no test id, without names, handles or dates', () => {
    expect(thread.doc.querySelector('[data-testid="postText"]')).toBeNull();
    const first = blueskyAdapter.readPost(ancestor as Element, thread.url);
    expect(first?.text).toBe(
      'De ondergrondse container aan de Hoefkade in de Schilderswijk zit al een week vol. Mensen ' +
        'zetten hun vuilniszakken er nu naast, de meeuwen scheuren ze open en de hele stoep ligt vol ' +
        'afval. @denhaag.nl kan hier alsjeblieft iemand naar kijken?',
    );
    const main = blueskyAdapter.readPost(focused as Element, thread.url);
    expect(main?.text).toBe(
      'Vanochtend nog erger: de zakken zijn opengescheurd en het afval waait over de Hoefkade tot ' +
        'aan de tramhalte. Bij de container ter hoogte van nummer 210 heb ik ook twee ratten ' +
        'gezien.\n\nMelding gedaan via denhaag.nl/nl/melding-o… 🤞',
    );
    expect(main?.media).toHaveLength(1);
    expect(main?.source.authorName).toBe('Pieter Hoekstra');
  });

  it('reads the date line of the focused post, also with the posting app after it', () => {
    const clone = focused?.cloneNode(true) as Element;
    const blocks = [...clone.querySelectorAll('div[dir="auto"]')];
    const dateLine = blocks.find((block) => block.textContent?.includes('Nov 21, 2026'));
    const text = blocks.find((block) => block.textContent?.startsWith('Vanochtend'));
    if (!dateLine || !text) throw new Error('fixture focused post changed');
    dateLine.textContent = `${dateLine.textContent} · Graysky`;
    text.remove();
    const capture = blueskyAdapter.readPost(clone, thread.url);
    expect(capture?.source.postedAt).toBe(thread.posts[1]?.postedAt);
    // Without its text the post is its photo; the date line is not taken for the text.
    expect(capture?.text).toBe('');
    expect(capture?.media).toHaveLength(1);
  });

  it('identifies the focused post by its stat links, or else by the page address', () => {
    const key = thread.posts[1]?.key;
    // Read on another page (a stale screen kept in the DOM), the stat links still name it.
    expect(blueskyAdapter.readPost(focused as Element, HOME)?.key).toBe(key);
    const bare = focused?.cloneNode(true) as Element;
    for (const link of bare.querySelectorAll('a[href*="/post/"]')) link.remove();
    expect(blueskyAdapter.readPost(bare, thread.url)?.key).toBe(key);
    expect(blueskyAdapter.readPost(bare, HOME)).toBeNull();
    const someoneElse = new URL(
      'https://bsky.app/profile/ruudvandijk.bsky.social/post/3n2sio7zjpft6',
    );
    expect(blueskyAdapter.readPost(bare, someoneElse)).toBeNull();
    const byDid = new URL(
      `https://bsky.app/profile/did:plc:abcdefghijklmnopqrstuvwx/post/${key?.split('/').pop()}`,
    );
    expect(blueskyAdapter.readPost(bare, byDid)?.key).toBe(key);
  });
});

describe('bluesky adapter', () => {
  it('reads a minimal post', () => {
    expect(readOne(item())).toEqual({
      key: 'bluesky:buurtbewoner.bsky.social/3n2sppjsgeehm',
      source: {
        site: 'bluesky',
        url: 'https://bsky.app/profile/buurtbewoner.bsky.social/post/3n2sppjsgeehm',
        postId: '3n2sppjsgeehm',
        authorHandle: 'buurtbewoner.bsky.social',
        authorName: 'Buurt Bewoner',
        postedAt: '2026-11-21T08:48:00.000Z',
      },
      text: 'De lantaarnpaal in de Voorstraat is al weken kapot.',
    });
  });

  it('reads the date labels of the English and the Dutch app', () => {
    const postedAt = (label: string) => readOne(item({ label }))?.source.postedAt;
    expect(postedAt('November 20, 2026 at 8:15\u202fAM')).toBe('2026-11-20T07:15:00.000Z');
    expect(postedAt('November 20, 2026 at 8:15 PM')).toBe('2026-11-20T19:15:00.000Z');
    expect(postedAt('November 20, 2026 at 12:05\u202fAM')).toBe('2026-11-19T23:05:00.000Z');
    expect(postedAt('20 november 2026 om 08:15')).toBe('2026-11-20T07:15:00.000Z');
    expect(postedAt('20 November 2026 at 08:15')).toBe('2026-11-20T07:15:00.000Z');
    expect(postedAt('8:15\u202fAM · Nov 20, 2026')).toBe('2026-11-20T07:15:00.000Z');
    expect(postedAt('08:15 · 20 nov 2026')).toBe('2026-11-20T07:15:00.000Z');
    // Summer time: the label is local, so the offset follows the date.
    expect(postedAt('3 juli 2026 om 14:30')).toBe('2026-07-03T12:30:00.000Z');
    expect(postedAt('3 mrt. 2026 om 14:30')).toBe('2026-03-03T13:30:00.000Z');
  });

  it('leaves the time out for anything else', () => {
    const postedAt = (label: string) => readOne(item({ label }))?.source.postedAt;
    for (const label of [
      '',
      '42m',
      '2u',
      'gisteren',
      'November 20, 2026',
      '8:15 AM',
      '31 november 2026 om 08:15',
      '20 november 2026 om 24:15',
      '20 november 2026 om 08:75',
      'November 20, 2026 at 13:15 PM',
      '20 brumaire 2026 om 08:15',
      'Replied to 20 november 2026 om 08:15',
    ]) {
      expect(postedAt(label), label).toBeUndefined();
    }
  });

  it('reads the date from the tooltip or from the label, whichever is readable', () => {
    const html = item().replace('data-tooltip="21 november 2026 om 09:48"', 'data-tooltip="42m"');
    expect(readOne(html)?.source.postedAt).toBe('2026-11-21T08:48:00.000Z');
  });

  it('appends a quote card found by its label or by its shape, and keeps its photo out', () => {
    const expected =
      'De lantaarnpaal in de Voorstraat is al weken kapot.\n\n' +
      '> @gemeente.bsky.social: Kapotte lantaarnpalen kunt u melden via de app.';
    for (const card of [
      quote(),
      quote({ label: 'Bericht van gemeente.bsky.social' }),
      quote().replace('role="link" tabindex="0" aria-label', 'tabindex="0" aria-label'),
    ]) {
      const capture = readOne(item({ afterText: card }));
      expect(capture?.key).toBe('bluesky:buurtbewoner.bsky.social/3n2sppjsgeehm');
      expect(capture?.text).toBe(expected);
      expect(capture?.media).toBeUndefined();
    }
  });

  it('reads a post that only quotes, line by line', () => {
    const capture = readOne(
      item({ text: null, afterText: quote({ text: 'Eerste regel\n\nDerde regel' }) }),
    );
    expect(capture?.text).toBe('> @gemeente.bsky.social: Eerste regel\n>\n> Derde regel');
  });

  it("never takes the quoted post's link for the post's own", () => {
    const withoutOwnLink = item({ afterText: quote() }).replace(
      /<a href="\/profile\/buurtbewoner\.bsky\.social\/post[\s\S]*?<\/a>/,
      '',
    );
    expect(readOne(withoutOwnLink)).toBeNull();
  });

  it('never takes a link in the text for the post itself', () => {
    const selfLink =
      'Zie ook <a href="/profile/buurtbewoner.bsky.social/post/3n2rfe4oxnjbp" role="link" dir="auto">bsky.app/profile/buurtb…</a>';
    expect(readOne(item({ text: selfLink }))?.key).toBe(
      'bluesky:buurtbewoner.bsky.social/3n2sppjsgeehm',
    );
    const withoutOwnLink = item({ text: selfLink }).replace(
      /<a href="\/profile\/buurtbewoner\.bsky\.social\/post\/3n2sppjsgeehm"[\s\S]*?<\/a>/,
      '',
    );
    expect(readOne(withoutOwnLink)).toBeNull();
  });

  it('reads a quote card whose name is plain text, not a link', () => {
    const card = quote().replace(
      '<a href="/profile/gemeente.bsky.social" role="link" dir="auto">Gemeente</a>',
      '<div dir="auto">Gemeente</div>',
    );
    expect(readOne(item({ afterText: card }))?.text).toBe(
      'De lantaarnpaal in de Voorstraat is al weken kapot.\n\n' +
        '> @gemeente.bsky.social: Kapotte lantaarnpalen kunt u melden via de app.',
    );
  });

  it('does not take the "reply to" line of a feed reply for its text', () => {
    const repliedTo =
      '<div><svg></svg><div dir="auto">Antwoord op <span>Gemeente Zwolle</span></div></div>';
    const capture = readOne(
      item({ text: null, beforeText: repliedTo, afterText: photo('bafkreione') }),
    );
    expect(capture?.text).toBe('');
    expect(capture?.media).toHaveLength(1);
  });

  it('keeps only its own photos, not avatars or link cards', () => {
    const card =
      '<a href="https://example.nl/nieuws" target="_blank" role="link"><img alt="" src="https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:abc/bafkreicard@jpeg"></a>';
    const capture = readOne(item({ afterText: photo('bafkreione') + card + photo('bafkreitwo') }));
    expect(capture?.media).toEqual([
      'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:abc/bafkreione@jpeg',
      'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:abc/bafkreitwo@jpeg',
    ]);
  });

  it('reads a post with only a photo, but not a post with nothing yet', () => {
    expect(readOne(item({ text: null, afterText: photo('bafkreione') }))?.text).toBe('');
    expect(readOne(item({ text: null }))).toBeNull();
  });

  it('keys an account without a valid handle by its DID', () => {
    const did = 'did:plc:abcdefghijklmnopqrstuvwx';
    const capture = readOne(
      item({ testId: 'feedItem-by-handle.invalid', handle: 'handle.invalid', linkAccount: did }),
    );
    expect(capture?.key).toBe(`bluesky:${did}/3n2sppjsgeehm`);
    expect(capture?.source.url).toBe(`https://bsky.app/profile/${did}/post/3n2sppjsgeehm`);
    expect(capture?.source.authorHandle).toBeUndefined();
    expect(capture?.source.authorName).toBe('Buurt Bewoner');
  });

  it('keys by handle where the app links by DID, and in lower case', () => {
    const did = 'did:plc:abcdefghijklmnopqrstuvwx';
    expect(readOne(item({ linkAccount: did }))?.key).toBe(
      'bluesky:buurtbewoner.bsky.social/3n2sppjsgeehm',
    );
    expect(readOne(item({ handle: 'BuurtBewoner.bsky.social' }))?.key).toBe(
      'bluesky:buurtbewoner.bsky.social/3n2sppjsgeehm',
    );
  });

  it('leaves out a display name that is only the handle', () => {
    expect(readOne(item({ name: 'buurtbewoner.bsky.social' }))?.source.authorName).toBeUndefined();
    expect(readOne(item({ name: '' }))?.source.authorName).toBeUndefined();
  });

  it('returns null instead of throwing on a gutted or foreign element', () => {
    expect(readOne('<div data-testid="feedItem-by-a.bsky.social"></div>')).toBeNull();
    expect(
      readOne(
        '<div data-testid="postThreadItem-by-a.bsky.social"><a href="/profile/a.bsky.social/post/"></a><div dir="auto">Hoi</div></div>',
      ),
    ).toBeNull();
    expect(readOne(item({ rkey: 'niet geldig' }))).toBeNull();
    // A link to someone else's post is not this post's permalink.
    expect(readOne(item({ linkAccount: 'iemandanders.bsky.social' }))).toBeNull();
    expect(
      readOne(
        item().replace(
          'href="/profile/buurtbewoner.bsky.social/post/',
          'href="https://example.com/profile/buurtbewoner.bsky.social/post/',
        ),
      ),
    ).toBeNull();
    expect(
      readOne(
        item({
          handle: `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.nl`,
          rkey: 'x'.repeat(60),
        }),
      ),
    ).toBeNull();
    const div = htmlPage('<div>niets</div>').querySelector('div') as Element;
    expect(blueskyAdapter.readPost(div, HOME)).toBeNull();
  });

  it('leaves out what it cannot read rather than dropping the post', () => {
    const unreadable = photo('bad').replace(
      'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:abc/bad@jpeg',
      'data:image/png;base64,AAAA/img/feed_thumbnail/',
    );
    const html = item({ label: 'ooit', afterText: unreadable });
    expect(htmlPage(html).querySelector('img[src^="data:"]')).not.toBeNull();
    const capture = readOne(html);
    expect(capture?.key).toBe('bluesky:buurtbewoner.bsky.social/3n2sppjsgeehm');
    expect(capture?.text).toBe('De lantaarnpaal in de Voorstraat is al weken kapot.');
    expect(capture?.source.postedAt).toBeUndefined();
    expect(capture?.media).toBeUndefined();
  });

  it('never returns a post nested in another one, one in the navigation, or one without author', () => {
    const nested = item({
      rkey: '3n2saaaaaaaaa',
      afterText: item({ handle: 'binnen.bsky.social' }),
    });
    expect(readAll(htmlPage(nested)).map((capture) => capture?.key)).toEqual([
      'bluesky:buurtbewoner.bsky.social/3n2saaaaaaaaa',
    ]);
    const inNav =
      `<nav role="navigation">${item({ rkey: '3n2sbbbbbbbbb' })}</nav>${item()}` +
      item({ testId: 'feedItem-by-', rkey: '3n2scccccccccc' });
    expect(readAll(htmlPage(inNav)).map((capture) => capture?.key)).toEqual([
      'bluesky:buurtbewoner.bsky.social/3n2sppjsgeehm',
    ]);
  });

  it('anchors the control after the action row, else after the text, else in the post', () => {
    const full = htmlPage(item()).querySelector(POST) as Element;
    expect(blueskyAdapter.controlAnchor(full)).toEqual({
      element: full.querySelector('.row'),
      placement: 'after',
    });
    const noActions = htmlPage(item()).querySelector(POST) as Element;
    noActions.querySelector('.row')?.remove();
    expect(blueskyAdapter.controlAnchor(noActions)).toEqual({
      element: noActions.querySelector('[data-testid="postText"]'),
      placement: 'after',
    });
    const gutted = htmlPage('<div data-testid="feedItem-by-a.bsky.social"></div>').querySelector(
      POST,
    ) as Element;
    expect(blueskyAdapter.controlAnchor(gutted)).toEqual({ element: gutted, placement: 'append' });
  });

  it('handles bsky.app pages only', () => {
    for (const url of ['https://bsky.app/', 'https://bsky.app/profile/a.bsky.social/post/3n2s']) {
      expect(blueskyAdapter.handles(new URL(url))).toBe(true);
    }
    for (const url of [
      'https://main.bsky.dev/',
      'https://staging.bsky.app/',
      'https://bsky.social/',
      'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:a/b@jpeg',
      'https://example.com/bsky.app',
      'https://bsky.app.example.com/',
      'https://x.com/home',
    ]) {
      expect(blueskyAdapter.handles(new URL(url))).toBe(false);
    }
    expect(blueskyAdapter.matches).toEqual(['https://bsky.app/*']);
  });
});
