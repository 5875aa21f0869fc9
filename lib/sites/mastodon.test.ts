// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { postCaptureSchema } from '../schema/capture';
import { expectPosts, expectReadPosts, htmlPage, loadFixture, readPage } from './fixture-testing';
import { mastodonAdapter } from './mastodon';

const HOME = new URL('https://mastodon.nl/home');

/** A status reduced to the parts the adapter reads, in the web app's nesting. */
function status({
  id = '117300000000000001',
  acct = 'buurtbewoner',
  name = 'Buurt Bewoner',
  href = `/@${acct}/${id}`,
  datetime = '2026-09-20T10:00:00.000Z',
  text = '<p>De stoep in de Voorstraat is al weken kapot.</p>',
  beforeText = '',
  afterText = '',
  actions = true,
  classes = '',
}: {
  id?: string;
  acct?: string;
  name?: string;
  href?: string;
  datetime?: string;
  text?: string | null;
  beforeText?: string;
  afterText?: string;
  actions?: boolean;
  classes?: string;
} = {}): string {
  return `<div class="status__wrapper status__wrapper-public focusable" tabindex="0" aria-label="${name}, verborgen samenvatting">
    <div class="status status-public ${classes}" data-id="${id}">
      <div class="status__info"><a href="/@${acct}" data-id="109000000000000001" class="status__display-name"><div class="status__avatar"></div><span class="display-name"><bdi><strong class="display-name__html">${name}</strong></bdi> <span class="display-name__account">@${acct}</span></span></a>
      <a href="${href}" class="status__relative-time"><span class="status__visibility-icon"></span><time datetime="${datetime}" title="20 sep 2026, 12:00">2u</time></a></div>
      ${beforeText}
      ${text === null ? '' : `<div class="status__content status__content--with-action"><div class="status__content__text status__content__text--visible translate" lang="nl">${text}</div></div>`}
      ${afterText}
      ${actions ? '<div class="status__action-bar"><div class="status__action-bar__button-wrapper"><button type="button" class="status__action-bar__button icon-button">↩</button></div></div>' : ''}
    </div>
  </div>`;
}

function quote(
  inner = status({
    id: '117290000000000009',
    acct: 'stadsnieuws',
    name: 'Stadsnieuws',
    text: '<p>Aanrijding op de kruising.</p>',
    actions: false,
    classes: 'status--is-quote',
    afterText:
      '<div class="media-gallery"><div class="media-gallery__item"><a class="media-gallery__item-thumbnail" href="https://files.mastodon.social/quoted.jpg"><img src="https://files.mastodon.social/quoted-small.jpg" alt=""></a></div></div>',
  }),
): string {
  return `<div class="status__quote">${inner}</div>`;
}

function detailed({
  acct = 'buurtbewoner',
  shown = `@${acct}@mastodon.social`,
  href = `/@${acct}/117300000000000002`,
  text = '<p>Hele straat donker.</p>',
}: {
  acct?: string;
  shown?: string;
  href?: string;
  text?: string;
} = {}): string {
  return `<div class="focusable detailed-status__wrapper detailed-status__wrapper-public" tabindex="0"><div style="box-sizing: border-box;"><div class="detailed-status">
    <a class="detailed-status__display-name" href="/@${acct}"><span class="display-name"><bdi><strong class="display-name__html">Buurt Bewoner</strong></bdi> <span class="display-name__account">${shown}</span></span></a>
    <div class="status__content"><div class="status__content__text status__content__text--visible translate" lang="nl">${text}</div></div>
    <div class="detailed-status__meta"><div class="detailed-status__meta__line"><a class="detailed-status__datetime" href="${href}"><time datetime="2026-09-20T11:00:00.000Z">20 sep 2026, 13:00</time></a></div></div>
  </div></div><div class="detailed-status__action-bar"><div class="detailed-status__button"><button type="button" class="icon-button">↩</button></div></div></div>`;
}

function readAll(doc: ParentNode, url: URL) {
  return readPage(mastodonAdapter, doc, url).captures;
}

function firstPost(html: string): Element {
  const post = htmlPage(html).querySelector('div.status[data-id], div.detailed-status');
  if (!post) throw new Error('no status in test markup');
  return post;
}

function readOne(html: string, url = HOME) {
  return mastodonAdapter.readPost(firstPost(html), url);
}

describe.each(['home', 'status', 'instance'])('mastodon fixture %s', (name) => {
  const { url, doc, posts } = loadFixture('mastodon', name);
  const { found, captures } = readPage(mastodonAdapter, doc, url);

  it('yields exactly the expected posts, in document order', () => {
    expectPosts(captures, posts, ['authorHandle', 'authorName', 'postedAt']);
  });

  it('reads each post completely and validly', () => {
    expectReadPosts(captures, posts, (capture, want) => {
      // The key is the permalink on the instance showing the post: host, account path, id.
      const path = want.key.slice(`mastodon:${url.host}`.length);
      expect(want.key.startsWith(`mastodon:${url.host}/@`)).toBe(true);
      expect(capture.source).toMatchObject({
        site: 'mastodon',
        url: `https://${url.host}${path}`,
        postId: path.split('/').at(-1),
      });
    });
  });

  it('anchors every clip control under its own action bar', () => {
    for (const post of found) {
      const anchor = mastodonAdapter.controlAnchor(post);
      expect(anchor.placement).toBe('after');
      expect(anchor.element.matches('.status__action-bar, .detailed-status__action-bar')).toBe(
        true,
      );
      expect(
        post.contains(anchor.element) ||
          anchor.element.parentElement === post.closest('.detailed-status__wrapper'),
      ).toBe(true);
    }
  });

  it('is served at a page the adapter handles', () => {
    expect(mastodonAdapter.handles(url, doc)).toBe(true);
  });
});

describe('mastodon fixture details', () => {
  const home = loadFixture('mastodon', 'home');
  const thread = loadFixture('mastodon', 'status');
  const instance = loadFixture('mastodon', 'instance');
  const homePosts = readAll(home.doc, home.url);
  const byHandle = (handle: string) =>
    homePosts.find((capture) => capture?.source.authorHandle === handle);

  it('reads paragraphs, line breaks, mentions, hashtags, whole links and emoji', () => {
    const capture = byHandle('sanne_dewit@mastodon.nl');
    expect(capture?.text).toBe(
      'Al sinds de zomer liggen de stoeptegels in de Kinkerstraat ter hoogte van nr. 112 los en ' +
        'scheef. Vanochtend is er wéér een oudere mevrouw over gestruikeld 😟\n\n' +
        'Gemeld via https://www.amsterdam.nl/melding-openbare-ruimte/ maar de melding staat al zes ' +
        "weken op 'in behandeling'.\n" +
        'Buren met hetzelfde probleem: laat het weten, dan melden we het samen opnieuw. ' +
        '@buurtoudwest #Amsterdam #OudWest',
    );
    expect(capture?.media).toEqual([
      'https://files.mastodon.social/media_attachments/files/117/313/690/112/004/512/original/3b1f0c2a9d6e4f57.jpeg',
    ]);
  });

  it('adds the hashtags Mastodon moves below the text, but not its buttons', () => {
    expect(byHandle('ruben@fosstodon.org')?.text).toBe(
      'Eindelijk mijn homeserver overgezet naar NixOS. Alle configuratie in één repository, en ' +
        'terugdraaien is één commando.\n\nWaarom heb ik dit niet eerder gedaan? 🤓\n\n' +
        '#NixOS #selfhosting #homelab',
    );
  });

  it('attributes a boost to the original post and author, once', () => {
    const article = home.doc.querySelector('.status__prepend')?.closest('article');
    if (!article) throw new Error('fixture has no boost');
    const [post, ...more] = mastodonAdapter.findPosts(article);
    expect(more).toEqual([]);
    expect(post?.getAttribute('data-id')).not.toBe(article.getAttribute('data-id'));
    const capture = mastodonAdapter.readPost(post as Element, home.url);
    expect(capture?.key).toBe(home.posts[2]?.key);
    expect(capture?.source).toMatchObject({
      postId: '117313287946256407',
      authorHandle: 'marloes@mastodon.social',
      authorName: 'Marloes 🌧️',
      url: 'https://mastodon.nl/@marloes@mastodon.social/117313287946256407',
    });
    expect(capture?.text).not.toMatch(/boostte|Henk/);
    expect(capture?.media).toHaveLength(2);
    expect(homePosts.some((c) => c?.source.authorHandle?.startsWith('henk_r'))).toBe(false);
  });

  it('appends the quoted post to the quoting post and never returns it on its own', () => {
    const quoting = byHandle('joost@mastodon.online');
    expect(quoting?.text).toBe(
      'Elke week hetzelfde verhaal bij ons in Groningen-Zuid.\n' +
        "Handhaving zou hier eens 's avonds moeten komen kijken, de daders rijden gewoon met een " +
        'busje voor.\n\n' +
        '> @lotte_grunn@mastodon.nl: Weer een bank, een matras en zakken huisvuil gedumpt naast de ' +
        'ondergrondse containers aan de Paterswoldseweg in Groningen. De ratten komen er al op af 🐀',
    );
    expect(quoting?.media).toBeUndefined();
    expect(homePosts.some((c) => c?.source.authorHandle === 'lotte_grunn@mastodon.nl')).toBe(false);
    const box = home.doc.querySelector('.status__quote');
    const quoted = box?.querySelector('div.status');
    if (!box || !quoted) throw new Error('fixture has no quote');
    // Mastodon renders the quoted status after fetching it: as an added subtree of its own.
    expect(mastodonAdapter.findPosts(box)).toEqual([]);
    expect(mastodonAdapter.findPosts(quoted)).toEqual([]);
    expect(mastodonAdapter.findPosts(box.firstElementChild as Element)).toEqual([]);
  });

  it('reads a closed content warning as its warning text only', () => {
    expect(byHandle('fenna_nijmegen@mastodon.nl')?.text).toBe(
      'Geluidsoverlast café Hertogstraat, Nijmegen: derde nacht op rij',
    );
  });

  it('reads an opened content warning and the text behind it, not the link card', () => {
    const [opened, municipality] = readAll(instance.doc, instance.url);
    expect(opened?.text).toBe(
      'Zwerfafval / glas op het speelveldje\n\n' +
        'Bij het speelveldje aan de Esdoornlaan in Houten ligt sinds het weekend overal glas van ' +
        'kapotte flessen. Kinderen spelen daar op blote voeten.\n\n' +
        'Kan de gemeente dit deze week nog laten opruimen? Ik heb zelf al de grootste scherven in ' +
        'een emmer gedaan.',
    );
    expect(opened?.text).not.toContain('verbergen');
    expect(municipality?.text).not.toContain('Openingstijden');
  });

  it('reads the whole text of a collapsed post without its "Meer lezen" button', () => {
    const capture = byHandle('politiekwatcher@mastodon.social');
    expect(capture?.text).toMatch(
      /^Vandaag debatteert .*\n\n1\. .*\n\n2\. .*\n\n3\. .*\n\nVerwacht/s,
    );
    expect(capture?.text).toMatch(/bij elk debat teruggekomen\.$/);
    expect(capture?.text).not.toContain('Meer lezen');
  });

  it("keeps an instance's own emoji as its shortcode in names and text", () => {
    const capture = byHandle('pluis_en_ik@mastodon.nl');
    expect(capture?.source.authorName).toBe('Marieke :blobcat:');
    expect(capture?.text).toContain('hup, naar buiten en weer terug 😻\n\n#caturday komt');
  });

  it('reads the focused status of a thread, between its ancestor and its replies', () => {
    const found = mastodonAdapter.findPosts(thread.doc);
    expect(found.map((post) => post.className)).toEqual([
      'status status-public status--in-thread',
      'detailed-status',
      'status status-public status-reply status--in-thread',
      'status status-public status-reply status--in-thread',
    ]);
    const focused = mastodonAdapter.readPost(found[1] as Element, thread.url);
    expect(focused?.source.url).toBe(thread.url.href);
    expect(focused?.text).toMatch(/^@lisa_vds Ja, weer zo'n dertig centimeter water\./);
    expect(focused?.media).toEqual([
      'https://files.mastodon.social/media_attachments/files/117/296/655/021/774/318/original/c4d7e1a09b52f836.jpg',
    ]);
    expect(mastodonAdapter.controlAnchor(found[1] as Element)).toEqual({
      element: thread.doc.querySelector('.detailed-status__action-bar'),
      placement: 'after',
    });
  });

  it('gives the same key on the advanced interface (/deck) as on the simple one', () => {
    const post = mastodonAdapter.findPosts(loadFixture('mastodon', 'home').doc)[0] as Element;
    const deck = new URL('https://mastodon.nl/deck/home');
    expect(mastodonAdapter.readPost(post, deck)?.key).toBe(home.posts[0]?.key);
    const link = post.querySelector('a.status__relative-time') as Element;
    link.setAttribute('href', `/deck${link.getAttribute('href')}`);
    expect(mastodonAdapter.readPost(post, deck)?.source.url).toBe(
      'https://mastodon.nl/@sanne_dewit/117313691779124099',
    );
  });

  it('finds posts in a feed item, in a post itself, and nothing in the side panels', () => {
    const articles = [...home.doc.querySelectorAll('article')];
    const first = articles[0] as Element;
    const inArticle = mastodonAdapter.findPosts(first);
    expect(inArticle).toEqual([first.querySelector('div.status')]);
    expect(mastodonAdapter.findPosts(inArticle[0] as Element)).toEqual(inArticle);
    expect(mastodonAdapter.findPosts(first.querySelector('.status__wrapper') as Element)).toEqual(
      inArticle,
    );
    for (const panel of home.doc.querySelectorAll('.columns-area__panels__pane')) {
      expect(mastodonAdapter.findPosts(panel)).toEqual([]);
    }
    const focusedWrapper = thread.doc.querySelector('.detailed-status__wrapper') as Element;
    expect(mastodonAdapter.findPosts(focusedWrapper)).toEqual([
      focusedWrapper.querySelector('.detailed-status'),
    ]);
  });

  it('finds a post added to the feed later', () => {
    const { doc } = loadFixture('mastodon', 'home');
    const feed = doc.querySelector('[role="feed"]');
    if (!feed) throw new Error('fixture has no feed');
    const added = doc.createElement('article');
    added.setAttribute('data-id', '117313700000000001');
    added.innerHTML = status({ id: '117313700000000001' });
    feed.prepend(added);
    expect(
      mastodonAdapter.findPosts(added).map((post) => mastodonAdapter.readPost(post, home.url)?.key),
    ).toEqual(['mastodon:mastodon.nl/@buurtbewoner/117313700000000001']);
  });
});

describe('mastodon adapter', () => {
  it('reads a minimal status', () => {
    expect(readOne(status())).toEqual({
      key: 'mastodon:mastodon.nl/@buurtbewoner/117300000000000001',
      source: {
        site: 'mastodon',
        url: 'https://mastodon.nl/@buurtbewoner/117300000000000001',
        postId: '117300000000000001',
        authorHandle: 'buurtbewoner@mastodon.nl',
        authorName: 'Buurt Bewoner',
        postedAt: '2026-09-20T10:00:00.000Z',
      },
      text: 'De stoep in de Voorstraat is al weken kapot.',
    });
  });

  it('keeps remote authors on their own domain and keys them on the instance showing them', () => {
    const capture = readOne(status({ acct: 'Wijkagent@Social.Overheid.nl' }));
    expect(capture?.source.authorHandle).toBe('Wijkagent@social.overheid.nl');
    expect(capture?.key).toBe(
      'mastodon:mastodon.nl/@Wijkagent@Social.Overheid.nl/117300000000000001',
    );
  });

  it('reads a content warning with the hidden text when it is in the page', () => {
    const warning =
      '<div class="content-warning"><p id="r1"><span>Overlast</span></p><button type="button" class="link-button">Meer tonen</button></div>';
    expect(readOne(status({ beforeText: warning }))?.text).toBe(
      'Overlast\n\nDe stoep in de Voorstraat is al weken kapot.',
    );
    expect(readOne(status({ beforeText: warning, text: null }))?.text).toBe('Overlast');
  });

  it("does not take a filter's name for the post, and waits for it to be shown", () => {
    const filtered =
      '<div class="content-warning content-warning--filter"><p>Gefilterd: voetbal</p><button type="button" class="link-button">Toch tonen</button></div>';
    expect(readOne(status({ beforeText: filtered, text: null }))).toBeNull();
    expect(readOne(status({ beforeText: filtered }))?.text).toBe(
      'De stoep in de Voorstraat is al weken kapot.',
    );
  });

  it('appends a quote under the text, and keeps its photo and its time out', () => {
    const capture = readOne(
      status({
        text: '<p>Dit is onze kruising!</p><p class="quote-inline">RE: <a href="https://mastodon.nl/@stadsnieuws/1">https://mastodon.nl/@stadsnieuws/1</a></p>',
        afterText: quote(),
        datetime: 'gisteren',
      }),
    );
    expect(capture?.text).toBe(
      'Dit is onze kruising!\n\n> @stadsnieuws@mastodon.nl: Aanrijding op de kruising.',
    );
    expect(capture?.media).toBeUndefined();
    expect(capture?.source.postedAt).toBeUndefined();
  });

  it('reads a post whose quoted post is unavailable without the notice', () => {
    const unavailable =
      '<div class="status__quote status__quote--error">Bericht niet beschikbaar</div>';
    expect(readOne(status({ afterText: unavailable }))?.text).toBe(
      'De stoep in de Voorstraat is al weken kapot.',
    );
  });

  it('keeps the "RE:" line of a post whose quote is not shown', () => {
    expect(
      readOne(
        status({
          text: '<p>Kijk.</p><p class="quote-inline">RE: <a href="https://a.nl/@b/1">https://a.nl/@b/1</a></p>',
        }),
      )?.text,
    ).toBe('Kijk.\n\nRE: https://a.nl/@b/1');
  });

  it('quotes every line of a multi-line quoted post, and reads a post that only quotes', () => {
    const inner = status({
      id: '117290000000000009',
      acct: 'stadsnieuws@mastodon.social',
      text: '<p>Eerste regel</p><p>Derde regel</p>',
      actions: false,
      classes: 'status--is-quote',
    });
    expect(readOne(status({ text: null, afterText: quote(inner) }))?.text).toBe(
      '> @stadsnieuws@mastodon.social: Eerste regel\n>\n> Derde regel',
    );
  });

  it('never returns a quoted status on its own, even outside a quote box', () => {
    const doc = htmlPage(
      status({ id: '1', classes: 'status--is-quote' }) +
        status({ id: '2', afterText: quote() }) +
        `<div class="compose-form">${quote()}</div>`,
    );
    expect(readAll(doc, HOME).map((capture) => capture?.key)).toEqual([
      'mastodon:mastodon.nl/@buurtbewoner/2',
    ]);
  });

  it('never returns a status nested in another one, whatever its classes', () => {
    const doc = htmlPage(status({ id: '2', afterText: `<div>${status({ id: '3' })}</div>` }));
    expect(readAll(doc, HOME).map((capture) => capture?.source.postId)).toEqual(['2']);
  });

  it('builds the permalink from the account when the time links elsewhere', () => {
    // Older versions linked the time to the post on its original server.
    const capture = readOne(
      status({
        acct: 'noor@mastodon.social',
        href: 'https://mastodon.social/@noor/113000000000000042',
      }),
    );
    expect(capture?.key).toBe('mastodon:mastodon.nl/@noor@mastodon.social/117300000000000001');
    expect(capture?.source.url).toBe(
      'https://mastodon.nl/@noor@mastodon.social/117300000000000001',
    );
  });

  it("does not take another status's permalink for this one", () => {
    const capture = readOne(status({ href: '/@buurtbewoner/999' }));
    expect(capture?.source.postId).toBe('117300000000000001');
    expect(capture?.source.url).toBe('https://mastodon.nl/@buurtbewoner/117300000000000001');
  });

  it('reads the focused status, falling back to the page address for its id', () => {
    const page = new URL('https://mastodon.social/@buurtbewoner/117300000000000002');
    expect(mastodonAdapter.readPost(firstPost(detailed()), page)).toMatchObject({
      key: 'mastodon:mastodon.social/@buurtbewoner/117300000000000002',
      source: {
        url: page.href,
        postId: '117300000000000002',
        authorHandle: 'buurtbewoner@mastodon.social',
        postedAt: '2026-09-20T11:00:00.000Z',
      },
      text: 'Hele straat donker.',
    });
    const remote = detailed({ href: 'https://elders.example/@buurtbewoner/5' });
    expect(mastodonAdapter.readPost(firstPost(remote), page)?.key).toBe(
      'mastodon:mastodon.social/@buurtbewoner/117300000000000002',
    );
    expect(
      mastodonAdapter.readPost(firstPost(remote), new URL('https://mastodon.social/home')),
    ).toBeNull();
  });

  it('keeps the key within the schema limit for an absurdly long account', () => {
    const acct = `a@${'b'.repeat(70)}.${'c'.repeat(70)}.${'d'.repeat(70)}.${'e'.repeat(70)}.nl`;
    const capture = readOne(status({ acct }));
    expect(capture?.key).toBe('mastodon:mastodon.nl/117300000000000001');
    expect(postCaptureSchema.parse(capture)).toEqual(capture);
  });

  it('returns null instead of throwing on a gutted or foreign element', () => {
    expect(readOne('<div class="status" data-id="117300000000000001"></div>')).toBeNull();
    expect(
      readOne(
        '<div class="status" data-id="117300000000000001"><div class="status__content"><div class="status__content__text"><p>tekst</p></div></div></div>',
      ),
    ).toBeNull();
    expect(readOne(status({ id: 'abc' }))).toBeNull();
    expect(readOne(status({ id: '' }))).toBeNull();
    expect(readOne(status({ text: null }))).toBeNull();
    expect(
      readOne(
        status({ href: 'https://elders.example/@x/1' }).replace(
          /<span class="display-name__account">[^<]*<\/span>/,
          '<span class="display-name__account">Handle niet beschikbaar</span>',
        ),
      ),
    ).toBeNull();
    expect(
      readOne(status({ href: 'javascript:alert(1)' }).replace('@buurtbewoner</span>', '</span>')),
    ).toBeNull();
    const div = htmlPage('<div>niets</div>').querySelector('div') as Element;
    expect(mastodonAdapter.readPost(div, HOME)).toBeNull();
    expect(
      mastodonAdapter.readPost(firstPost('<div class="detailed-status"></div>'), HOME),
    ).toBeNull();
  });

  it('leaves out what it cannot read rather than dropping the post', () => {
    const capture = readOne(
      status({
        name: '',
        datetime: '2026-09-20T10:00:00',
        afterText:
          '<div class="media-gallery"><div class="media-gallery__item"><a class="media-gallery__item-thumbnail" href="data:image/png;base64,AAAA"></a></div><div class="media-gallery__item"><img src="http://files.example.nl/plain.jpg"></div></div>',
      }),
    );
    expect(capture?.key).toBe('mastodon:mastodon.nl/@buurtbewoner/117300000000000001');
    expect(capture?.source.authorName).toBeUndefined();
    expect(capture?.source.postedAt).toBeUndefined();
    expect(capture?.media).toBeUndefined();
  });

  it('reads a photo-only status, taking the preview when there is no full image link', () => {
    const capture = readOne(
      status({
        text: null,
        afterText:
          '<div class="media-gallery"><div class="media-gallery__item"><img src="/system/media/small/1.jpg"></div></div>',
      }),
    );
    expect(capture?.text).toBe('');
    expect(capture?.media).toEqual(['https://mastodon.nl/system/media/small/1.jpg']);
  });

  it('never reads buttons or a clip control as words of the post', () => {
    expect(
      readOne(
        status({
          text: '<p>Kapotte lamp<button type="button">Vertalen</button><vliegwiel-clip>Clip</vliegwiel-clip></p>',
        }),
      )?.text,
    ).toBe('Kapotte lamp');
  });

  it('reads lists and line breaks as a reader sees them', () => {
    expect(
      readOne(
        status({
          text: '<p>Gemeld:</p><ul><li>losse tegels</li><li>kapotte lamp</li></ul><p>Regel<br>nieuwe   regel<br><br>alinea</p>',
        }),
      )?.text,
    ).toBe('Gemeld:\n\nlosse tegels\nkapotte lamp\n\nRegel\nnieuwe regel\n\nalinea');
  });

  it('anchors the control after the action bar, else after the header, else in the post', () => {
    const full = firstPost(status());
    expect(mastodonAdapter.controlAnchor(full)).toEqual({
      element: full.querySelector('.status__action-bar'),
      placement: 'after',
    });
    const noActions = firstPost(status({ actions: false, afterText: quote() }));
    expect(mastodonAdapter.controlAnchor(noActions)).toEqual({
      element: noActions.querySelector('.status__info'),
      placement: 'after',
    });
    const gutted = firstPost('<div class="status" data-id="1"></div>');
    expect(mastodonAdapter.controlAnchor(gutted)).toEqual({ element: gutted, placement: 'append' });
    const lone = firstPost(
      '<div class="detailed-status"><div class="detailed-status__meta"></div></div>',
    );
    expect(mastodonAdapter.controlAnchor(lone)).toEqual({
      element: lone.querySelector('.detailed-status__meta'),
      placement: 'after',
    });
  });

  it('runs on the default instances and on any other one that serves the web app', () => {
    expect(mastodonAdapter.matches).toEqual(
      expect.arrayContaining([
        'https://mastodon.social/*',
        'https://mastodon.nl/*',
        'https://mastodon.online/*',
        'https://social.overheid.nl/*',
      ]),
    );
    for (const pattern of mastodonAdapter.matches) {
      expect(mastodonAdapter.handles(new URL(pattern.replace('*', 'home')))).toBe(true);
    }
    const app = htmlPage(
      '<div class="notranslate app-holder" id="mastodon" data-props="{&quot;locale&quot;:&quot;nl&quot;}"></div>',
    );
    const elsewhere = new URL('https://social.example-gemeente.nl/public/local');
    expect(mastodonAdapter.handles(elsewhere, app)).toBe(true);
    expect(mastodonAdapter.handles(elsewhere)).toBe(false);
    expect(mastodonAdapter.handles(elsewhere, htmlPage('<div id="mastodon">fan site</div>'))).toBe(
      false,
    );
    for (const url of [
      'https://example.com/mastodon.social',
      'https://mastodon.social.example.com/home',
      'https://notmastodon.social/home',
      'https://files.mastodon.social/media/a.jpg',
      'https://x.com/home',
    ]) {
      expect(mastodonAdapter.handles(new URL(url))).toBe(false);
      expect(mastodonAdapter.handles(new URL(url), htmlPage('<main></main>'))).toBe(false);
    }
  });
});
