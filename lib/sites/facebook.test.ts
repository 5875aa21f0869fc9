// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from './facebook';
import { expectPosts, expectReadPosts, htmlPage, loadFixture, readPage } from './fixture-testing';

const FB = 'https://www.facebook.com';
const HOME = new URL(`${FB}/`);
/** A tracking tail as Facebook appends it to every link of an ordinary post (tail < 311). */
const CFT = `__cft__[0]=AZ${'x'.repeat(150)}&amp;__tn__=%2CO%2CP-R`;
const COMMENT_SELECTOR = 'div[role="article"][aria-label]';

/** A post reduced to the parts the adapter reads, in Facebook's nesting, without its wrapper. */
function story({
  permalink = `${FB}/buurt.bewoner/posts/pfbid02abcdefghijklmnopqrstuvwxyz?${CFT}`,
  profile = `${FB}/buurt.bewoner?${CFT}`,
  name = 'Buurt Bewoner',
  meta = '',
  label = '',
  text = 'De stoep in de Voorstraat is al weken kapot.',
  afterText = '',
  comments = '',
  menu = 'Acties voor dit bericht',
}: {
  permalink?: string;
  profile?: string;
  name?: string;
  meta?: string;
  label?: string;
  text?: string | null;
  afterText?: string;
  comments?: string;
  menu?: string;
} = {}): string {
  return `<div class="x1cy8zhl x78zum5"><div class="x1iyjqo2">
      <div data-ad-rendering-role="profile_name"><h3 dir="auto"><span><a href="${profile}" role="link"><strong><span>${name}</span></strong></a></span></h3></div>
      <div><span dir="auto">${label}${meta || `<a href="${permalink}" role="link"><span>3 u</span></a>`}</span></div></div>
      <div aria-haspopup="menu" aria-label="${menu}" role="button" tabindex="0"></div></div>
    ${text === null ? '' : `<div data-ad-rendering-role="story_message"><div data-ad-comet-preview="message"><span dir="auto"><div><div dir="auto" style="text-align: start;">${text}</div></div></span></div></div>`}
    ${afterText}
    <div class="x1n2onr6"><div class="x78zum5 actions">
      <div data-ad-rendering-role="like_button"><div aria-label="Vind ik leuk" role="button">Vind ik leuk</div></div>
      <div data-ad-rendering-role="comment_button"><div role="button">Opmerking plaatsen</div></div>
      <div data-ad-rendering-role="share_button"><div role="button">Delen</div></div>
    </div></div>
    ${comments}`;
}

type Form = 'posinset' | 'article' | 'bare';

/** Feed units in one of Facebook's three forms: aria-posinset, role=article, or no wrapper at all. */
function feed(form: Form, ...stories: string[]): string {
  const units = stories.map((inner, index) => {
    if (form === 'posinset') {
      return `<div class="x1lliihq"><div><div aria-posinset="${index + 1}" aria-setsize="-1" class="x1a2a7pz">${inner}</div></div></div>`;
    }
    if (form === 'article') {
      return `<div class="x1yztbdb"><div><div role="article" aria-labelledby=":r${index}:" class="x1a2a7pz">${inner}</div></div></div>`;
    }
    return `<div class="x1yztbdb"><div><div class="x1a2a7pz">${inner}</div></div></div>`;
  });
  return `<div role="main"><div role="feed"><h3 dir="auto">Nieuwsfeedberichten</h3>${units.join('')}</div></div>`;
}

/** A comment list item, with its replies in a nested list beside it (or inside, see tests). */
function comment({
  label = 'Opmerking van Jan de Vries 1 uur geleden',
  author = `${FB}/jan.devries.5?comment_id=Y29tbWVudDoxMjNfNDU2&amp;${CFT}`,
  name = 'Jan de Vries',
  text = 'Klopt, ik heb het ook al gemeld.',
  permalink = `${FB}/buurt.bewoner/posts/pfbid02abcdefghijklmnopqrstuvwxyz?comment_id=7001&amp;${CFT}`,
  inside = '',
  replies = '',
}: {
  label?: string;
  author?: string;
  name?: string;
  text?: string;
  permalink?: string;
  inside?: string;
  replies?: string;
} = {}): string {
  return `<li><div><div role="article" aria-label="${label}" tabindex="-1">
      <a aria-hidden="true" href="${author}" tabindex="-1"><svg></svg></a>
      <div class="bubble"><span class="xt0psk2"><a href="${author}" role="link"><span dir="auto">${name}</span></a></span>
      <div dir="auto"><span lang="nl-NL"><div><div dir="auto" style="text-align: start;">${text}</div></div></span></div></div>
      <ul><li><div role="button">Vind ik leuk</div></li><li><div role="button">Reageren</div></li><li><a href="${permalink}" role="link"><span>1 u</span></a></li></ul>
      ${inside}
    </div>${replies ? `<div><ul>${replies}</ul></div>` : ''}</div></li>`;
}

function comments(...items: string[]): string {
  return `<div class="comments"><ul>${items.join('')}</ul></div>`;
}

function readAll(root: ParentNode, url: URL = HOME) {
  return readPage(facebookAdapter, root, url).captures;
}

function keys(root: ParentNode, url: URL = HOME) {
  return readAll(root, url).map((capture) => capture?.key);
}

function readFirst(html: string, url: URL = HOME) {
  const [post] = facebookAdapter.findPosts(htmlPage(html));
  if (!post) throw new Error('no post found in test markup');
  return facebookAdapter.readPost(post, url);
}

describe.each(['home', 'group'])('facebook fixture %s', (name) => {
  const { url, doc, posts } = loadFixture('facebook', name);
  const { found, captures } = readPage(facebookAdapter, doc, url);

  it('yields exactly the expected posts, in document order', () => {
    expectPosts(captures, posts, ['authorHandle', 'authorName']);
  });

  it('reads each post completely and validly, with a clean permalink and no time', () => {
    expectReadPosts(captures, posts, (capture, want) => {
      const id = want.key.slice('facebook:'.length);
      const [postId = '', commentId] = id.split('_');
      expect(capture.source).toMatchObject({ site: 'facebook', postId: id });
      expect(capture.source.url.startsWith(`${FB}/`)).toBe(true);
      expect(capture.source.url).toContain(postId);
      expect(capture.source.url).not.toMatch(/__cft__|__tn__|__eep__/);
      if (commentId) expect(capture.source.url).toContain(commentId);
      else expect(capture.source.url).not.toContain('comment_id');
      // Facebook shows only relative times ("3 u"), so none is made up.
      expect(capture.source.postedAt).toBeUndefined();
    });
  });

  it('anchors every clip control inside its own post', () => {
    for (const post of found) {
      const anchor = facebookAdapter.controlAnchor(post);
      expect(anchor.placement).toBe('after');
      expect(post.contains(anchor.element)).toBe(true);
      expect(anchor.element).not.toBe(post);
      if (post.matches(COMMENT_SELECTOR)) {
        expect(anchor.element.localName).toBe('ul');
        expect(anchor.element.closest(COMMENT_SELECTOR)).toBe(post);
      } else {
        expect(anchor.element.querySelector('[data-ad-rendering-role="like_button"]')).not.toBe(
          null,
        );
        expect(anchor.element.querySelector('[data-ad-rendering-role="share_button"]')).not.toBe(
          null,
        );
      }
    }
  });
});

describe('facebook fixture details', () => {
  const home = loadFixture('facebook', 'home');
  const group = loadFixture('facebook', 'group');
  const homePosts = readAll(home.doc, home.url);
  const groupPosts = readAll(group.doc, group.url);
  const byAuthor = (captures: typeof homePosts, name: string) =>
    captures.find((capture) => capture?.source.authorName === name);

  it('reads the home feed in its aria-posinset form, with no role=article on units', () => {
    const units = home.doc.querySelectorAll('div[role="feed"] div[aria-posinset]');
    expect(units).toHaveLength(9);
    expect(home.doc.querySelectorAll('div[role="article"]:not([aria-label])')).toHaveLength(0);
    const found = facebookAdapter.findPosts(home.doc);
    expect(found.filter((post) => post.matches('div[aria-posinset]'))).toHaveLength(6);
    expect(found.filter((post) => post.matches(COMMENT_SELECTOR))).toHaveLength(1);
  });

  it('reads the group page in its role=article form, with no aria-posinset', () => {
    expect(group.doc.querySelectorAll('[aria-posinset]')).toHaveLength(0);
    const found = facebookAdapter.findPosts(group.doc);
    expect(found.filter((post) => !post.hasAttribute('aria-label'))).toHaveLength(4);
    expect(found.every((post) => post.matches('div[role="article"]'))).toBe(true);
  });

  it('skips the sponsored unit, which either of its cues gives away', () => {
    const ad = home.doc.querySelector('div[aria-posinset="3"]') as Element;
    expect(home.doc.getElementById(':r3z:')?.textContent).toBe('Gesponsord');
    expect(facebookAdapter.findPosts(ad)).toEqual([]);
    expect(homePosts.some((capture) => capture?.source.authorName?.startsWith('Tuincentrum'))).toBe(
      false,
    );

    // Without its label, its tracking tails still give it away.
    const withoutLabel = loadFixture('facebook', 'home').doc;
    withoutLabel.querySelector('[aria-labelledby=":r3z:"]')?.removeAttribute('aria-labelledby');
    expect(
      facebookAdapter.findPosts(withoutLabel.querySelector('[aria-posinset="3"]') as Element),
    ).toEqual([]);
    // Without its tracking tails, the label still gives it away.
    const withoutTails = loadFixture('facebook', 'home').doc;
    const trimmed = withoutTails.querySelector('[aria-posinset="3"]') as Element;
    for (const link of trimmed.querySelectorAll('a[href*="__cft__"]')) {
      link.setAttribute('href', (link.getAttribute('href') ?? '').replace(/[?&]__cft__.*$/, ''));
    }
    expect(facebookAdapter.findPosts(trimmed)).toEqual([]);
    // Without both, it would be read as an ordinary post: the cues are what keep it out.
    trimmed.querySelector('[aria-labelledby=":r3z:"]')?.removeAttribute('aria-labelledby');
    expect(keys(trimmed)).toEqual([expect.stringMatching(/^facebook:pfbid0/)]);
  });

  it('skips the people-you-may-know and reels trays', () => {
    for (const position of ['5', '7']) {
      const tray = home.doc.querySelector(`div[aria-posinset="${position}"]`) as Element;
      expect(tray.querySelector('a[href*="/friends/"], a[href*="/reel/"]')).not.toBeNull();
      expect(facebookAdapter.findPosts(tray)).toEqual([]);
    }
  });

  it('appends the shared post to the sharing post, and keeps it and its photo out', () => {
    const sharing = byAuthor(homePosts, 'Kees van Dijk');
    expect(sharing?.text).toBe(
      'Dit is dus precies wat ik bedoel. Elke week hetzelfde verhaal bij ons in de straat 😤\n\n' +
        '> Buurtpreventie Tilburg-Noord: Weer een complete bank, twee matrassen en een kast gedumpt ' +
        'naast de ondergrondse containers aan de Stappegoorweg in Tilburg. Dit is de derde keer deze maand.\n' +
        '>\n' +
        '> Heeft iemand iets gezien? Grofvuil kun je gratis laten ophalen, dumpen kost iedereen geld.',
    );
    expect(sharing?.media).toBeUndefined();
    expect(sharing?.source.url).toContain('/kees.vandijk.013/posts/');
    const sharedLink = home.doc.querySelector('a[href*="/BuurtpreventieTilburgNoord/posts/"]');
    const sharedId = /posts\/(pfbid\w+)/.exec(sharedLink?.getAttribute('href') ?? '')?.[1];
    expect(sharedId).toBeTruthy();
    expect(homePosts.some((capture) => capture?.key.includes(sharedId as string))).toBe(false);
  });

  it('reads text as shown: paragraphs, line breaks and emoji, without "Meer weergeven"', () => {
    expect(byAuthor(homePosts, 'Ilse Vermeulen')?.text).toBe(
      "Zondag = appeltaartdag 🍎 Hier mijn oma's recept, zoals beloofd:\n\n" +
        '300 g zelfrijzend bakmeel\n200 g roomboter\n150 g basterdsuiker\n' +
        '1,5 kg goudreinetten, kaneel en rozijnen\n\n' +
        'Deeg een nacht in de koelkast laten rusten, dan 70 minuten op 170 graden. Het geheim zit in de…',
    );
    expect(byAuthor(homePosts, 'Sanne de Wit')?.media).toEqual([
      expect.stringMatching(/^https:\/\/scontent\.xx\.fbcdn\.net\/v\/t39\.30808-6\//),
    ]);
  });

  it('names the member, not the group, of a group post in the home feed', () => {
    const capture = byAuthor(homePosts, 'Mohamed El Amrani');
    expect(capture?.source).toMatchObject({
      url: `${FB}/groups/buurtnieuwshaarlemnoord/posts/2847561930284756/`,
      authorHandle: undefined,
    });
  });

  it('gives comments and replies keys of their own, made of post and comment id', () => {
    const [, ...comments] = groupPosts.filter((capture) =>
      capture?.key.startsWith('facebook:1841928374650192'),
    );
    expect(comments.map((capture) => [capture?.key, capture?.source.url])).toEqual([
      [
        'facebook:1841928374650192_1841937261049382',
        `${FB}/groups/1738562940217385/posts/1841928374650192/?comment_id=1841937261049382`,
      ],
      [
        'facebook:1841928374650192_1841944019283746',
        `${FB}/groups/1738562940217385/posts/1841928374650192/?comment_id=1841937261049382&reply_comment_id=1841944019283746`,
      ],
      [
        'facebook:1841928374650192_1841950382716405',
        `${FB}/groups/1738562940217385/posts/1841928374650192/?comment_id=1841950382716405`,
      ],
    ]);
    // The post itself does not take its comments' text.
    expect(byAuthor(groupPosts, 'Ria Mulder')?.text).not.toContain('Johan');
    expect(comments[0]?.text).not.toContain('dankjewel');
  });

  it('keeps the owner id of a permalink.php post and adds the comment id for its comment', () => {
    const birthday = homePosts.filter((capture) => capture?.source.authorName?.match(/Bakker/));
    expect(birthday.map((capture) => capture?.source.url)).toEqual([
      expect.stringMatching(
        /^https:\/\/www\.facebook\.com\/permalink\.php\?story_fbid=pfbid0\w+&id=100089274615032$/,
      ),
      expect.stringMatching(
        /^https:\/\/www\.facebook\.com\/permalink\.php\?story_fbid=pfbid0\w+&id=100089274615032&comment_id=1204958371620493$/,
      ),
    ]);
  });

  it('finds posts in a unit, in a post itself, in a part of one, and nothing in the chrome', () => {
    const unit = home.doc.querySelector('div[aria-posinset="2"]') as Element;
    const [post, reply] = facebookAdapter.findPosts(unit);
    expect(post).toBe(unit);
    expect(reply?.getAttribute('aria-label')).toMatch(/^Opmerking van Els Bakker/);
    expect(facebookAdapter.findPosts(unit.parentElement as Element)).toEqual([unit, reply]);
    // A part rendered later (here the text) brings its unit along; a comment list its comments.
    const message = unit.querySelector('[data-ad-rendering-role="story_message"]') as Element;
    expect(facebookAdapter.findPosts(message)).toEqual([]);
    const header = unit.querySelector('[aria-label="Acties voor dit bericht"]')?.parentElement;
    expect(facebookAdapter.findPosts(header as Element)).toEqual([unit]);
    expect(facebookAdapter.findPosts(unit.querySelector('.comments') as Element)).toEqual([reply]);
    for (const chrome of ['[role="banner"]', '[role="navigation"]', '[role="complementary"]']) {
      expect(facebookAdapter.findPosts(home.doc.querySelector(chrome) as Element)).toEqual([]);
    }
  });

  it('finds a post added to the feed later', () => {
    const feedElement = group.doc.querySelector('div[role="feed"]') as Element;
    const added = group.doc.createElement('div');
    added.innerHTML = `<div><div role="article">${story({
      permalink: `${FB}/groups/1738562940217385/posts/1849999999999999/?${CFT}`,
    })}</div></div>`;
    feedElement.append(added);
    expect(keys(added, group.url)).toEqual(['facebook:1849999999999999']);
  });
});

describe('facebook adapter', () => {
  const minimal = {
    key: 'facebook:pfbid02abcdefghijklmnopqrstuvwxyz',
    source: {
      site: 'facebook',
      url: `${FB}/buurt.bewoner/posts/pfbid02abcdefghijklmnopqrstuvwxyz`,
      postId: 'pfbid02abcdefghijklmnopqrstuvwxyz',
      authorHandle: 'buurt.bewoner',
      authorName: 'Buurt Bewoner',
    },
    text: 'De stoep in de Voorstraat is al weken kapot.',
  };

  it.each<Form>(['posinset', 'article', 'bare'])('reads a minimal post in the %s form', (form) => {
    const doc = htmlPage(feed(form, story()));
    const found = facebookAdapter.findPosts(doc);
    expect(found).toHaveLength(1);
    expect(facebookAdapter.readPost(found[0] as Element, HOME)).toEqual(minimal);
  });

  it('reads a post alone on its page by its actions menu', () => {
    const doc = htmlPage(
      `<div role="main"><div class="x1"><div class="x2">${story({ menu: 'Actions for this post by Buurt Bewoner' })}</div></div></div>`,
    );
    const found = facebookAdapter.findPosts(doc);
    expect(found).toEqual([doc.querySelector('.x1')]);
    expect(facebookAdapter.readPost(found[0] as Element, HOME)).toEqual(minimal);
  });

  it('takes a post wrapped twice (aria-posinset around role=article) once, as the outer unit', () => {
    const doc = htmlPage(
      `<div role="feed"><div><div aria-posinset="1"><div role="article">${story()}</div></div></div></div>`,
    );
    expect(facebookAdapter.findPosts(doc)).toEqual([doc.querySelector('[aria-posinset]')]);
    expect(readAll(doc)).toEqual([minimal]);
    // Still twice wrapped, now sharing a post wrapped in an article of its own.
    const sharing = htmlPage(
      `<div role="feed"><div><div aria-posinset="1"><div role="article">${story({
        afterText: `<div role="article"><div data-ad-rendering-role="profile_name"><h3><a href="${FB}/GemeenteZwolle"><strong>Gemeente Zwolle</strong></a></h3></div><a href="${FB}/GemeenteZwolle/posts/1234567">1 d</a><div data-ad-rendering-role="story_message"><div dir="auto">Werkzaamheden.</div></div></div>`,
      })}</div></div></div></div>`,
    );
    expect(readAll(sharing)).toEqual([
      { ...minimal, text: `${minimal.text}\n\n> Gemeente Zwolle: Werkzaamheden.` },
    ]);
  });

  it('returns posts in document order, also a unit found through a part after its comments', () => {
    const doc = htmlPage(
      `<div role="main"><div class="post">${comments(comment())}<div>${story()}</div></div></div>`,
    );
    expect(facebookAdapter.findPosts(doc)).toEqual([
      doc.querySelector('.post'),
      doc.querySelector('[aria-label^="Opmerking van"]'),
    ]);
    expect(keys(doc)).toEqual([minimal.key, `${minimal.key}_7001`]);
  });

  it('keeps units without a wrapper apart, one per feed child', () => {
    const doc = htmlPage(
      feed(
        'bare',
        story(),
        story({ permalink: `${FB}/groups/1234567/posts/7654321/?${CFT}`, text: 'Tweede bericht' }),
        '<div class="loading"><div class="shimmer"></div></div>',
      ),
    );
    expect(keys(doc)).toEqual([minimal.key, 'facebook:7654321']);
    // Several posts in one feed child: each actions menu bounds its own.
    const shared = htmlPage(
      `<div role="feed"><div class="x1"><div class="a">${story()}</div><div class="b">${story({
        permalink: `${FB}/groups/1234567/posts/7654321/`,
        text: 'Tweede bericht',
        comments: comments(
          comment({ permalink: `${FB}/groups/1234567/posts/7654321/?comment_id=8` }),
        ),
      })}</div></div></div>`,
    );
    expect(facebookAdapter.findPosts(shared).slice(0, 2)).toEqual([
      shared.querySelector('.a'),
      shared.querySelector('.b'),
    ]);
    expect(keys(shared)).toEqual([minimal.key, 'facebook:7654321', 'facebook:7654321_8']);
  });

  describe('sponsored units', () => {
    const ordinary = story({
      permalink: `${FB}/buurt.bewoner/posts/pfbid02ordinarypostidzz?${CFT}`,
    });
    // `length` characters from "__cft__[0]=" to the end, once the page has decoded "&amp;".
    const tail = (length: number) =>
      `?__cft__[0]=${'A'.repeat(length - '__cft__[0]=&__tn__=-R'.length)}&amp;__tn__=-R`;

    it.each([
      [
        'a link to /ads/about/',
        {
          afterText: `<a href="${FB}/ads/about/?entry_product=ad_preferences">Waarom zie ik deze advertentie?</a>`,
        },
      ],
      [
        'an aria-labelledby label "Gesponsord"',
        {
          label:
            '<a href="#"><span><span aria-labelledby=":rq:"><canvas></canvas></span></span></a>',
        },
      ],
      [
        'an aria-labelledby label "Sponsored" named by several ids',
        { label: '<a href="#"><span aria-labelledby=":s1: :s2:"><svg></svg></span></a>' },
      ],
      [
        'an aria-label "Sponsored"',
        { label: '<a aria-label="Sponsored" href="#"><span></span></a>' },
      ],
      [
        'a link reading "Gesponsord"',
        { label: '<a href="#"><span>Ge</span><span>spon\u200bsord </span></a>' },
      ],
      [
        'a tracking tail of 311 characters',
        { permalink: `${FB}/tuincentrum/posts/pfbid02adpostidabcdefghijklm${tail(311)}` },
      ],
    ])('are not posts when given away by %s', (_cue, parts) => {
      const labels =
        '<div hidden><span id=":rq:">Gesponsord</span><span id=":s1:">Spon</span><span id=":s2:">sored</span></div>';
      for (const form of ['posinset', 'article', 'bare'] as const) {
        const doc = htmlPage(
          feed(form, ordinary, story({ ...parts, comments: comments(comment()) })) + labels,
        );
        expect(keys(doc)).toEqual(['facebook:pfbid02ordinarypostidzz']);
      }
    });

    it('measures tracking tails from the parameter to the end, ignoring group links', () => {
      const at = (length: number, path = '/tuincentrum/posts/pfbid02adpostidabcdefghijklm') =>
        htmlPage(feed('posinset', story({ permalink: `${FB}${path}${tail(length)}` })));
      const withTail = (length: number) =>
        at(length).querySelector('a[href*="/posts/"]')?.getAttribute('href') ?? '';
      const measured = (href: string) => href.length - href.indexOf('__cft__[0]=');
      expect(measured(withTail(311))).toBe(311);
      expect(keys(at(311))).toEqual([]);
      expect(measured(withTail(310))).toBe(310);
      expect(keys(at(310))).toEqual(['facebook:pfbid02adpostidabcdefghijklm']);
      expect(keys(at(400, '/groups/12345/posts/67890/'))).toEqual(['facebook:67890']);
    });

    it('are not taken for ads by the word in the text or in comments', () => {
      const doc = htmlPage(
        feed(
          'article',
          story({
            text: 'Dit is <a href="#">Gesponsord</a>, grapje. Nooit gesponsord.',
            comments: comments(
              comment({ text: '<a href="#">Sponsored</a>' }),
              comment({
                label: 'Sponsored',
                permalink: `${FB}/x/posts/pfbid02abcdefghijklmnopqrstuvwxyz?comment_id=7009`,
              }),
            ),
          }),
        ),
      );
      expect(keys(doc)).toEqual([minimal.key, `${minimal.key}_7001`, `${minimal.key}_7009`]);
    });
  });

  it('skips trays of people and reels, but not a post sharing a reel', () => {
    const people = `<h3 dir="auto">Mensen die je misschien kent</h3><a href="${FB}/lisa.devries"><img src="https://scontent.xx.fbcdn.net/a.jpg"></a><a href="${FB}/friends/suggestions/">Alles weergeven</a>`;
    const reels = `<h3 dir="auto">Reels</h3><a href="${FB}/reel/1234567890/">Reel</a><a href="${FB}/reel/?s=ifu_see_more">Meer</a>`;
    const reelPost = story({
      afterText: `<a href="${FB}/reel/1234567890/"><img src="https://scontent.xx.fbcdn.net/r.jpg"></a>`,
    });
    for (const form of ['posinset', 'article'] as const) {
      expect(keys(htmlPage(feed(form, people, reels, reelPost)))).toEqual([minimal.key]);
    }
  });

  it('skips anything in the top bar, the navigation and the right column', () => {
    const doc = htmlPage(
      `<div role="complementary"><div role="article">${story()}</div></div><div role="navigation">${story({ menu: 'Actions for this post' })}</div>`,
    );
    expect(facebookAdapter.findPosts(doc)).toEqual([]);
  });

  describe('shared posts', () => {
    const shared = (header = true) =>
      `<div class="attachment">${header ? `<div data-ad-rendering-role="profile_name"><h3><a href="${FB}/GemeenteZwolle?${CFT}"><strong>Gemeente Zwolle</strong></a></h3></div>` : ''}<a href="${FB}/GemeenteZwolle/posts/pfbid02sharedpostidabcdefghij?${CFT}">1 d</a><div data-ad-rendering-role="story_message"><div dir="auto">Werkzaamheden aan de Thorbeckegracht.<br>Tot vrijdag afgesloten.</div></div><a href="${FB}/photo/?fbid=1"><img src="https://scontent.xx.fbcdn.net/shared.jpg"></a></div>`;

    it.each<Form>(['posinset', 'article', 'bare'])(
      'are part of the sharing post in the %s form',
      (form) => {
        const doc = htmlPage(feed(form, story({ text: 'Eindelijk!', afterText: shared() })));
        const [capture, ...rest] = readAll(doc);
        expect(rest).toEqual([]);
        expect(capture).toEqual({
          ...minimal,
          text: 'Eindelijk!\n\n> Gemeente Zwolle: Werkzaamheden aan de Thorbeckegracht.\n> Tot vrijdag afgesloten.',
        });
      },
    );

    it('are part of the sharing post when wrapped in an article of their own', () => {
      for (const form of ['posinset', 'article', 'bare'] as const) {
        const nested = `<div role="article">${shared()}</div>`;
        const doc = htmlPage(feed(form, story({ text: 'Eindelijk!', afterText: nested })));
        expect(readAll(doc)).toEqual([
          {
            ...minimal,
            text: 'Eindelijk!\n\n> Gemeente Zwolle: Werkzaamheden aan de Thorbeckegracht.\n> Tot vrijdag afgesloten.',
          },
        ]);
      }
    });

    it('are quoted alone when the sharer wrote nothing, and never lend their permalink', () => {
      const doc = htmlPage(feed('posinset', story({ text: null, afterText: shared() })));
      expect(readAll(doc)).toEqual([
        {
          ...minimal,
          text: '> Gemeente Zwolle: Werkzaamheden aan de Thorbeckegracht.\n> Tot vrijdag afgesloten.',
        },
      ]);
      const withoutOwnLink = htmlPage(
        feed(
          'posinset',
          story({ meta: '<span>3 u</span>', text: 'Eindelijk!', afterText: shared() }),
        ),
      );
      expect(readAll(withoutOwnLink)).toEqual([null]);
    });
  });

  describe('comments', () => {
    const post = `${FB}/groups/1234567/posts/7654321/`;

    it('are posts of their own, replies too, in either nesting', () => {
      const reply = comment({
        label: 'Reactie van Piet Post op de opmerking van Jan de Vries',
        author: `${FB}/profile.php?id=100012345678901&amp;comment_id=Y29tbWVudDo3`,
        name: 'Piet Post',
        text: 'Ik ook!',
        permalink: `${post}?comment_id=7001&amp;reply_comment_id=7002&amp;${CFT}`,
      });
      const beside = comment({ permalink: `${post}?comment_id=7001&amp;${CFT}`, replies: reply });
      const inside = comment({
        permalink: `${post}?comment_id=7001&amp;${CFT}`,
        inside: `<div><ul>${reply}</ul></div>`,
      });
      for (const item of [beside, inside]) {
        const doc = htmlPage(feed('article', story({ permalink: post, comments: comments(item) })));
        const captures = readAll(doc);
        expect(captures.map((capture) => capture?.source)).toEqual([
          expect.objectContaining({ url: post, postId: '7654321' }),
          {
            site: 'facebook',
            url: `${post}?comment_id=7001`,
            postId: '7654321_7001',
            authorHandle: 'jan.devries.5',
            authorName: 'Jan de Vries',
          },
          {
            site: 'facebook',
            url: `${post}?comment_id=7001&reply_comment_id=7002`,
            postId: '7654321_7002',
            authorName: 'Piet Post',
          },
        ]);
        expect(captures.map((capture) => capture?.text)).toEqual([
          minimal.text,
          'Klopt, ik heb het ook al gemeld.',
          'Ik ook!',
        ]);
        const [, parent, child] = facebookAdapter.findPosts(doc) as Element[];
        // The parent's control goes under its own action row, above the reply.
        const anchor = facebookAdapter.controlAnchor(parent as Element);
        expect(anchor.placement).toBe('after');
        expect(anchor.element.localName).toBe('ul');
        expect(anchor.element.closest('[role="article"]')).toBe(parent);
        expect(anchor.element.contains(child as Element)).toBe(false);
        const childAnchor = facebookAdapter.controlAnchor(child as Element).element;
        expect(childAnchor.closest('[role="article"]')).toBe(child);
      }
    });

    it('take the post id from their unit, or from the page, when their link lacks it', () => {
      const bare = comment({ permalink: `?comment_id=7003&amp;${CFT}` });
      const doc = htmlPage(feed('posinset', story({ permalink: post, comments: comments(bare) })));
      expect(keys(doc, new URL(`${FB}/`))).toEqual(['facebook:7654321', 'facebook:7654321_7003']);
      const alone = htmlPage(`<div role="main">${comments(bare)}</div>`);
      expect(keys(alone, new URL(`${post}?__cft__[0]=AZabc`))).toEqual(['facebook:7654321_7003']);
      expect(readAll(alone, new URL(`${FB}/`))).toEqual([null]);
    });

    it('are recognised by English and Dutch labels, and by their place in a list', () => {
      const labelled = htmlPage(
        `<div role="main"><div role="article" aria-label="Comment by Jan de Vries 2 hours ago">
          <a href="${FB}/jan.devries.5">Jan de Vries</a><div dir="auto" style="text-align: start;">Yes</div>
          <a href="${post}?comment_id=7004">2 h</a></div></div>`,
      );
      expect(keys(labelled)).toEqual(['facebook:7654321_7004']);
      const unlabelled = comment({
        label: 'Kommentar von Jan',
        permalink: `${post}?comment_id=7005`,
      });
      const doc = htmlPage(
        feed('article', story({ permalink: post, comments: comments(unlabelled) })),
      );
      expect(keys(doc)).toEqual(['facebook:7654321', 'facebook:7654321_7005']);
    });

    it('take their author from the name link only, never from the time link or a mention', () => {
      const nameless = comment({
        author: '',
        name: '',
        text: `Vraag het <a href="${FB}/piet.post.7">Piet Post</a>`,
        permalink: `?comment_id=7006`,
      }).replace(/<a[^>]*href=""[^>]*>[\s\S]*?<\/a>/g, '');
      const doc = htmlPage(
        feed('article', story({ permalink: post, comments: comments(nameless) })),
      );
      const [, capture] = readAll(doc);
      expect(capture?.key).toBe('facebook:7654321_7006');
      expect(capture?.text).toBe('Vraag het Piet Post');
      expect(capture?.source.authorName).toBeUndefined();
      expect(capture?.source.authorHandle).toBeUndefined();
    });

    it('are not read from an id that is not a comment id (the base64 one in profile links)', () => {
      const doc = htmlPage(
        `<div role="main">${comments(comment({ permalink: `${FB}/jan.devries.5?comment_id=Y29tbWVudDo3` }))}</div>`,
      );
      expect(readAll(doc, new URL(post))).toEqual([null]);
    });

    it('of a sponsored unit or a tray are not posts either', () => {
      const ad = story({
        afterText: `<a href="${FB}/ads/about/">Waarom?</a>`,
        comments: comments(comment()),
      });
      expect(keys(htmlPage(feed('article', ad)))).toEqual([]);
    });
  });

  it('strips tracking parameters from every permalink form, keeping what names the post', () => {
    const permalinkOf = (href: string) =>
      readFirst(feed('posinset', story({ permalink: href })))?.source.url;
    expect(permalinkOf(`${FB}/buurt.bewoner/posts/pfbid02abcdefghijklmnop?${CFT}`)).toBe(
      `${FB}/buurt.bewoner/posts/pfbid02abcdefghijklmnop`,
    );
    expect(permalinkOf(`/groups/buurt/posts/123456789/?${CFT}&amp;__eep__=6`)).toBe(
      `${FB}/groups/buurt/posts/123456789/`,
    );
    expect(permalinkOf(`https://web.facebook.com/groups/buurt/permalink/123456789/?${CFT}`)).toBe(
      `${FB}/groups/buurt/permalink/123456789/`,
    );
    expect(
      permalinkOf(
        `${FB}/permalink.php?story_fbid=pfbid02abcdefghijklmnop&amp;id=1000123&amp;${CFT}`,
      ),
    ).toBe(`${FB}/permalink.php?story_fbid=pfbid02abcdefghijklmnop&id=1000123`);
    expect(
      permalinkOf(
        `https://m.facebook.com/story.php?__tn__=R&amp;story_fbid=98765&amp;id=4321&amp;substory_index=0`,
      ),
    ).toBe(`${FB}/story.php?story_fbid=98765&id=4321`);
    expect(permalinkOf(`${FB}//example.com/permalink.php?story_fbid=98765`)).toBe(
      `${FB}//example.com/permalink.php?story_fbid=98765`,
    );
  });

  it('finds no post without a readable post id, and never throws on odd links', () => {
    for (const href of [
      `${FB}/buurt.bewoner`,
      `${FB}/buurt.bewoner/posts/not-an-id!`,
      `${FB}/buurt.bewoner/posts/`,
      `${FB}/groups/buurt/`,
      `${FB}/photo/?fbid=123&amp;set=pcb.456`,
      `https://example.com/buurt.bewoner/posts/123456`,
      `https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.facebook.com%2Fa%2Fposts%2F1`,
      'http://[::1',
      'javascript:void(0)',
      '#',
    ]) {
      expect(readFirst(feed('posinset', story({ permalink: href })))).toBeNull();
    }
    // Links into comments may name other posts ("… replied to a comment"); the time link counts.
    const replied = story({
      label: `<a href="${FB}/ander/posts/pfbid02otherpostabcdefgh?comment_id=55&amp;${CFT}">reageerde op een opmerking</a> · `,
    });
    expect(readFirst(feed('article', replied))?.key).toBe(minimal.key);
    expect(
      readFirst(
        feed(
          'article',
          story({
            meta: '',
            label: '',
            permalink: `${FB}/ander/posts/pfbid02otherpostabcdefgh?comment_id=55`,
          }),
        ),
      ),
    ).toBeNull();
    // Links in the text may name other posts; the post is not theirs.
    const inText = story({
      meta: '<span>3 u</span>',
      text: `Zie <a href="${FB}/groups/buurt/posts/999/">dit bericht</a>`,
    });
    expect(readFirst(feed('posinset', inText))).toBeNull();
  });

  it('returns null instead of throwing on a gutted or foreign element', () => {
    const gutted = htmlPage(
      `<div role="feed"><div><div aria-posinset="1"><div data-ad-rendering-role="profile_name"></div><div data-ad-rendering-role="story_message"></div></div></div></div>`,
    );
    const unit = gutted.querySelector('[aria-posinset]') as Element;
    expect(facebookAdapter.findPosts(gutted)).toEqual([unit]);
    expect(facebookAdapter.readPost(unit, HOME)).toBeNull();
    expect(facebookAdapter.controlAnchor(unit)).toEqual({
      element: unit.querySelector('[data-ad-rendering-role="story_message"]'),
      placement: 'after',
    });
    const shell = htmlPage('<div role="feed"><div><div aria-posinset="1"></div></div></div>');
    expect(readAll(shell)).toEqual([null]);
    const noText = htmlPage(feed('article', story({ text: null })));
    expect(readAll(noText)).toEqual([null]);
    const emptyComment = htmlPage('<div role="article" aria-label="Opmerking van X"></div>');
    expect(readAll(emptyComment)).toEqual([null]);
    const div = htmlPage('<div>niets</div>').querySelector('div') as Element;
    expect(facebookAdapter.readPost(div, HOME)).toBeNull();
    expect(facebookAdapter.controlAnchor(div)).toEqual({ element: div, placement: 'append' });
  });

  it('takes a handle only from a vanity profile link', () => {
    const handleOf = (profile: string) =>
      readFirst(feed('article', story({ profile })))?.source.authorHandle;
    expect(handleOf(`${FB}/buurt.bewoner?${CFT}`)).toBe('buurt.bewoner');
    expect(handleOf(`/GemeenteAlmere/`)).toBe('GemeenteAlmere');
    expect(handleOf(`${FB}/profile.php?id=100012345678901&amp;${CFT}`)).toBeUndefined();
    expect(handleOf(`${FB}/groups/1234567/user/100012345678901/`)).toBeUndefined();
    expect(handleOf(`${FB}/people/Buurt-Bewoner/100012345678901/`)).toBeUndefined();
    expect(handleOf(`${FB}/100012345678901`)).toBeUndefined();
    expect(handleOf(`${FB}/bob`)).toBeUndefined();
    expect(handleOf(`${FB}/marketplace`)).toBeUndefined();
    expect(handleOf('https://example.com/buurt.bewoner')).toBeUndefined();
  });

  it('keeps the post when it cannot read the author, and leaves media out that it cannot use', () => {
    const capture = readFirst(
      feed(
        'posinset',
        story({
          name: '',
          afterText: `<a href="${FB}/photo/?fbid=1"><img src="data:image/png;base64,AAAA"></a><a href="${FB}/photo/?fbid=2"><img src="http://scontent.xx.fbcdn.net/x.jpg"></a>`,
        }),
      ),
    );
    expect(capture?.key).toBe(minimal.key);
    expect(capture?.source.authorName).toBeUndefined();
    expect(capture?.media).toBeUndefined();
    const photoOnly = readFirst(
      feed(
        'posinset',
        story({
          text: null,
          afterText: `<a href="${FB}/photo/?fbid=1"><img src="https://scontent.xx.fbcdn.net/p.jpg"></a>`,
        }),
      ),
    );
    expect(photoOnly).toMatchObject({ text: '', media: ['https://scontent.xx.fbcdn.net/p.jpg'] });
  });

  it('anchors the control after the button row, else after the text or author, else in the post', () => {
    const doc = htmlPage(feed('posinset', story()));
    const unit = doc.querySelector('[aria-posinset]') as Element;
    expect(facebookAdapter.controlAnchor(unit)).toEqual({
      element: doc.querySelector('.actions'),
      placement: 'after',
    });
    doc.querySelector('.actions')?.remove();
    expect(facebookAdapter.controlAnchor(unit)).toEqual({
      element: unit.querySelector('[data-ad-rendering-role="story_message"]'),
      placement: 'after',
    });
    unit.querySelector('[data-ad-rendering-role="story_message"]')?.remove();
    expect(facebookAdapter.controlAnchor(unit)).toEqual({
      element: unit.querySelector('[data-ad-rendering-role="profile_name"]'),
      placement: 'after',
    });
    // The row is the nearest ancestor holding the other buttons too, however deep the like sits.
    const deep = htmlPage(
      feed(
        'article',
        `<div class="row"><span><div data-ad-rendering-role="like_button"><div role="button"></div></div></span><span><div data-ad-rendering-role="comment_button"><div role="button"></div></div></span></div>`,
      ),
    );
    expect(
      facebookAdapter.controlAnchor(deep.querySelector('[role="article"]') as Element),
    ).toEqual({ element: deep.querySelector('.row'), placement: 'after' });
    const lone = htmlPage(
      feed('posinset', `<div data-ad-rendering-role="like_button"><div role="button"></div></div>`),
    ).querySelector('[aria-posinset]') as Element;
    expect(facebookAdapter.controlAnchor(lone)).toEqual({
      element: lone.querySelector('[data-ad-rendering-role="like_button"]'),
      placement: 'after',
    });
  });

  it('handles www.facebook.com and facebook.com pages only', () => {
    for (const url of [
      `${FB}/`,
      'https://facebook.com/groups/1/',
      `${FB}/permalink.php?story_fbid=1`,
    ]) {
      expect(facebookAdapter.handles(new URL(url))).toBe(true);
    }
    for (const url of [
      'https://web.facebook.com/',
      'https://m.facebook.com/',
      'https://l.facebook.com/l.php?u=x',
      'https://www.facebook.com.example.com/',
      'https://example.com/www.facebook.com',
      'https://scontent.xx.fbcdn.net/v/a.jpg',
    ]) {
      expect(facebookAdapter.handles(new URL(url))).toBe(false);
    }
    expect(facebookAdapter.matches).toEqual(['https://www.facebook.com/*']);
  });
});
