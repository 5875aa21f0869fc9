// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { postCaptureSchema } from '../schema/capture';
import { expectPosts, expectReadPosts, htmlPage, loadFixture, readPage } from './fixture-testing';
import { genericAdapter } from './generic';

/** A JSON-LD script as sites write it, with `<` escaped so that no text can close the script. */
function jsonLd(value: unknown): string {
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return `<script type="application/ld+json">${json}</script>`;
}

const PAGE = new URL('https://nieuws.example/artikel/1-de-stoep');

function byId(root: Document, id: string): Element {
  const element = root.getElementById(id);
  if (!element) throw new Error(`no #${id}`);
  return element;
}

function one(root: ParentNode, selector: string): Element {
  const element = root.querySelector(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
}

function keysOf(root: ParentNode, url = PAGE): (string | undefined)[] {
  return genericAdapter.findPosts(root).map((post) => genericAdapter.readPost(post, url)?.key);
}

function read(post: Element, url = PAGE) {
  const capture = genericAdapter.readPost(post, url);
  if (!capture) throw new Error('post not readable');
  return capture;
}

/** A schema.org Comment in microdata, with a name, a time and a text unless told otherwise. */
function comment({
  id = 'c1',
  text = 'De stoep voor nummer 12 is al weken kapot.',
  type = 'Comment',
  attributes = '',
  inside = '',
  after = '',
}: {
  id?: string;
  text?: string;
  type?: string;
  attributes?: string;
  inside?: string;
  after?: string;
} = {}): string {
  const idAttribute = id ? ` id="${id}"` : '';
  return (
    `<article${idAttribute} itemscope itemtype="https://schema.org/${type}"${attributes}>` +
    '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Buurvrouw</span></span>' +
    '<time itemprop="datePublished" datetime="2026-11-20T10:00:00+01:00">vandaag</time>' +
    `${inside}<p itemprop="text">${text}</p>${after}</article>`
  );
}

const NAMES = ['news-comments', 'forum', 'jsonld'];

describe.each(NAMES)('fixture %s', (name) => {
  const { url, doc, posts } = loadFixture('web', name);
  const { found, captures } = readPage(genericAdapter, doc, url);

  it('yields exactly the expected posts, in document order', () => {
    expectPosts(captures, posts, ['authorName', 'authorHandle', 'postedAt']);
  });

  it('reads each post completely and validly', () => {
    expectReadPosts(captures, posts, (capture, want) => {
      expect(capture.source).toMatchObject({
        site: 'web',
        url: `https://${want.key.slice('web:'.length)}`,
        postId: want.key.slice(want.key.indexOf('#') + 1),
      });
      // Buttons, counters and the comment form are not the post.
      expect(capture.text).not.toMatch(/Reageer|Beantwoorden|👍|❤|Link/);
    });
  });

  it('is recognised by handles() at its own URL, and only with the document', () => {
    expect(genericAdapter.handles(url, doc)).toBe(true);
    expect(genericAdapter.handles(url)).toBe(false);
  });

  it('anchors every clip control inside its own post, never inside a reply', () => {
    for (const post of found) {
      const { element } = genericAdapter.controlAnchor(post);
      expect(element === post || post.contains(element)).toBe(true);
      const replies = found.filter((other) => other !== post && post.contains(other));
      expect(replies.some((reply) => reply.contains(element))).toBe(false);
    }
  });

  it('reads the same posts from a subtree as from the document', () => {
    const container = found[0]?.parentElement?.closest('section, main') ?? doc.body;
    expect(genericAdapter.findPosts(container)).toEqual(found);
  });
});

describe('news comments (schema.org microdata)', () => {
  const { url, doc } = loadFixture('web', 'news-comments');
  const article = one(doc, '[itemtype="https://schema.org/NewsArticle"]');

  it('does not take the news article, or its JSON-LD, for a post', () => {
    const posts = genericAdapter.findPosts(doc);
    expect(posts).not.toContain(article);
    expect(genericAdapter.readPost(article, url)).toBeNull();
    expect(genericAdapter.findPosts(one(article, '[itemprop="articleBody"]'))).toEqual([]);
    for (const post of posts) {
      expect(read(post, url).text).not.toContain('rood asfalt');
    }
  });

  it('reads a nested reply as a post of its own, and keeps it out of the parent text', () => {
    const parent = byId(doc, 'reactie-20931');
    const reply = byId(doc, 'reactie-20944');
    expect(parent.contains(reply)).toBe(true);
    expect(genericAdapter.findPosts(parent)).toEqual([parent, reply]);
    expect(genericAdapter.findPosts(reply)).toEqual([reply]);
    expect(read(parent, url).text).toBe(
      'Eindelijk, dit is al jaren beloofd!\n\n' +
        "Maar de oversteek bij de Kanaalweg is levensgevaarlijk: auto's komen met 50 km/u de bocht " +
        'om en je ziet fietsers pas op het laatste moment. Daar moet eerst een drempel of een ' +
        'zebrapad komen.',
    );
    expect(read(reply, url).text).toBe(
      'Helemaal mee eens. Mijn dochter is daar vorige maand bijna aangereden.\n' +
        'Wij hebben het al twee keer gemeld bij de gemeente, maar er gebeurt niks.',
    );
  });

  it('keeps a quoted comment in the comment that quotes it', () => {
    const quoting = byId(doc, 'reactie-20968');
    const quote = one(quoting, '[itemprop="citation"]');
    expect(read(quoting, url).text).toBe(
      'Fietsers zijn ook gewoon bewoners, Kees. Ik ben blij dat er eindelijk iets gebeurt.\n\n' +
        '> Kees de Wit: Weer geld over de balk. Waarom draait alles in deze stad altijd om fietsers?',
    );
    expect(genericAdapter.findPosts(quoting)).toEqual([quoting]);
    expect(genericAdapter.findPosts(quote)).toEqual([]);
    expect(genericAdapter.readPost(quote, url)).toBeNull();
  });

  it('addresses a comment by the empty anchor right before it', () => {
    const anchor = byId(doc, 'reactie-20952');
    const post = anchor.nextElementSibling as Element;
    expect(post.id).toBe('');
    expect(read(post, url).key).toBe(
      'web:www.dichtbij-nieuws.example/utrecht/artikel/12345-nieuwe-fietsstraat#reactie-20952',
    );
  });

  it('leaves out a date without a time zone, and nothing else', () => {
    const capture = read(byId(doc, 'reactie-20937'), url);
    expect(capture.source.postedAt).toBeUndefined();
    expect(capture.source.authorName).toBe('Kees de Wit');
  });

  it('skips the comments repeated in the sidebar', () => {
    const sidebar = one(doc, 'aside');
    expect(sidebar.querySelector('[itemtype="https://schema.org/Comment"]')).not.toBeNull();
    expect(genericAdapter.findPosts(sidebar)).toEqual([]);
  });

  it('puts the control right after the comment text, above the footer and the replies', () => {
    const fresh = loadFixture('web', 'news-comments').doc;
    const parent = byId(fresh, 'reactie-20931');
    const before = read(parent, url).text;
    const anchor = genericAdapter.controlAnchor(parent);
    expect(anchor).toEqual({ element: one(parent, '.comment-text'), placement: 'after' });
    anchor.element.after(fresh.createElement('vliegwiel-clip'));
    expect(read(parent, url).text).toBe(before);
    expect(genericAdapter.findPosts(parent)).toHaveLength(2);
  });

  it('finds a reply added to the page later', () => {
    const fresh = loadFixture('web', 'news-comments').doc;
    const replies = one(byId(fresh, 'reactie-20931'), '.replies');
    const holder = fresh.createElement('div');
    holder.innerHTML = comment({
      id: 'reactie-21000',
      attributes: ' itemprop="comment"',
      text: 'Vanochtend stond er weer een file voor de oversteek.',
    });
    replies.append(holder);
    expect(keysOf(holder, url)).toEqual([
      'web:www.dichtbij-nieuws.example/utrecht/artikel/12345-nieuwe-fietsstraat#reactie-21000',
    ]);
    expect(genericAdapter.findPosts(fresh)).toHaveLength(6);
  });
});

describe('forum thread (h-entry)', () => {
  const { url, doc } = loadFixture('web', 'forum');

  it('reads the opening post with its title, paragraphs apart', () => {
    expect(read(byId(doc, 'post-1'), url).text).toBe(
      'Parkeeroverlast in de wijk\n\n' +
        'Sinds het betaald parkeren in het centrum is uitgebreid, staat de Merelstraat elke werkdag ' +
        "vol met auto's van forenzen. 's Avonds kunnen bewoners nergens meer parkeren en busjes " +
        'staan half op de stoep, waardoor je er met een kinderwagen of rolstoel niet meer langs ' +
        'kunt.\n\nWie herkent dit? Zullen we samen een brief aan de gemeente sturen?',
    );
  });

  it('keeps a quote inside the content, and leaves the post replied to out', () => {
    const reply = byId(doc, 'post-2');
    expect(read(reply, url).text).toBe(
      "Wie herkent dit?\n\nHerkenbaar! In de Lijsterstraat precies hetzelfde: 's avonds staan er " +
        "auto's dubbel geparkeerd. Vrijdags blokkeren bestelbusjes zelfs de uitrit van de " +
        'brandweerkazerne.',
    );
    expect(genericAdapter.findPosts(reply)).toEqual([reply]);
  });

  it('reads emoji images as emoji', () => {
    expect(read(byId(doc, 'post-3'), url).text).toMatch(/augustus is\? 🍖$/);
  });

  it("takes names and usernames from the author's h-card, never its photo", () => {
    const opening = read(byId(doc, 'post-1'), url);
    expect(opening.source).toMatchObject({
      authorName: 'Jeroen van der Linden',
      authorHandle: 'jeroenvdl',
    });
    expect(opening.media).toBeUndefined();
    const council = read(byId(doc, 'post-4'), url);
    expect(council.source.authorName).toBe('Wijkraad Vogelenbuurt');
    expect(council.source.authorHandle).toBeUndefined();
  });

  it('skips the topic teasers in the sidebar', () => {
    expect(genericAdapter.findPosts(one(doc, 'aside'))).toEqual([]);
    expect(genericAdapter.findPosts(doc)).toHaveLength(4);
  });

  it('puts the control after the content', () => {
    const post = byId(doc, 'post-2');
    expect(genericAdapter.controlAnchor(post)).toEqual({
      element: one(post, '.e-content'),
      placement: 'after',
    });
  });
});

describe('h-entry pages', () => {
  const blog = htmlPage(`
    <article class="h-entry" id="artikel">
      <h1 class="p-name">Bomenkap aan de Vechtstraat</h1>
      <a class="u-url" href="/artikel/1-de-stoep"></a>
      <div class="e-content"><p>De gemeente kapt volgende week twaalf platanen.</p></div>
      <section class="comments">
        <div class="p-comment h-entry" id="reactie-1">
          <span class="p-author h-card">Anouk</span>
          <div class="e-content"><p>Waarom worden die gezonde bomen gekapt? Niemand in de straat is iets gevraagd.</p></div>
          <div class="p-comment h-entry" id="reactie-2">
            <span class="p-author h-card">Bart</span>
            <div class="e-content"><p>Er komen parkeerplaatsen voor in de plaats.</p></div>
          </div>
        </div>
        <div class="p-comment h-cite">
          <a class="u-author h-card" href="https://bart.example/">Bart de Boer</a>
          <a class="u-url" href="https://bart.example/notities/42"><time class="dt-published" datetime="2026-11-20T12:00:00+01:00">vandaag</time></a>
          <p class="p-content">Ik heb de vergunning opgevraagd bij de gemeente.</p>
        </div>
      </section>
    </article>`);

  it('does not take a titled entry that hosts comments for a post, but reads its comments', () => {
    expect(keysOf(blog)).toEqual([
      'web:nieuws.example/artikel/1-de-stoep#reactie-1',
      'web:nieuws.example/artikel/1-de-stoep#reactie-2',
      'web:bart.example/notities/42',
    ]);
    expect(genericAdapter.readPost(byId(blog, 'artikel'), PAGE)).toBeNull();
  });

  it('reads a comment without its nested reply, and an h-cite comment from its own site', () => {
    expect(read(byId(blog, 'reactie-1')).text).toBe(
      'Waarom worden die gezonde bomen gekapt? Niemand in de straat is iets gevraagd.',
    );
    const cite = read(one(blog, '.h-cite'));
    expect(cite.source).toMatchObject({
      url: 'https://bart.example/notities/42',
      postId: '42',
      authorName: 'Bart de Boer',
      postedAt: '2026-11-20T11:00:00.000Z',
    });
  });

  it('treats an untitled entry with replies as a comment thread, not as an article', () => {
    const thread = htmlPage(`
      <div class="h-entry" id="r1"><div class="e-content">De lantaarnpaal bij de school is kapot.</div>
        <div class="p-comment h-entry" id="r2"><div class="e-content">Al sinds september.</div></div>
      </div>`);
    expect(keysOf(thread)).toEqual([
      'web:nieuws.example/artikel/1-de-stoep#r1',
      'web:nieuws.example/artikel/1-de-stoep#r2',
    ]);
  });

  it('reads a quoted entry as part of the quoting one, and not on its own', () => {
    const quoting = htmlPage(`
      <div class="h-entry" id="q1">
        <div class="e-content"><p>Dit dus.</p></div>
        <div class="u-quotation-of h-entry" id="q0">
          <span class="p-author h-card">Wijkagent Noord</span>
          <div class="e-content"><p>Let op: veel fietsdiefstal bij het station.</p><p>Zet je fiets in de stalling.</p></div>
        </div>
        <div class="u-in-reply-to h-entry" id="q-1"><p class="e-content">Een bericht dat hier alleen als context staat.</p></div>
      </div>`);
    expect(genericAdapter.findPosts(quoting)).toEqual([byId(quoting, 'q1')]);
    expect(genericAdapter.findPosts(byId(quoting, 'q0'))).toEqual([]);
    expect(read(byId(quoting, 'q1')).text).toBe(
      'Dit dus.\n\n> Wijkagent Noord: Let op: veel fietsdiefstal bij het station.\n>\n> Zet je fiets in de stalling.',
    );
  });

  it('skips entries without content of their own, and entries typed as an article', () => {
    const listing = htmlPage(`
      <ul><li class="h-entry" id="t1"><a class="p-name u-url" href="/t/1">Hondenpoep op het speelveld</a>
        <p class="p-summary">Elke ochtend weer.</p></li></ul>
      <article class="h-entry" id="a1" itemscope itemtype="https://schema.org/NewsArticle">
        <div class="e-content">Een nieuwsbericht.</div></article>
      <div class="h-entry" id="n1"><div class="h-card"><p class="e-content">Van de kaart, niet van het bericht.</p></div></div>`);
    expect(genericAdapter.findPosts(listing)).toEqual([]);
  });
});

describe('JSON-LD comments', () => {
  const { url, doc } = loadFixture('web', 'jsonld');

  it('maps comments to elements by url, by @id and by a relative url', () => {
    expect(genericAdapter.findPosts(doc).map((post) => post.id)).toEqual([
      'comment-5501',
      'comment-5503',
      'comment-5502',
    ]);
  });

  it('skips a comment without an element, and an element without a description', () => {
    expect(doc.getElementById('comment-5400')).toBeNull();
    expect(genericAdapter.findPosts(byId(doc, 'comment-5510'))).toEqual([]);
    expect(genericAdapter.readPost(byId(doc, 'comment-5510'), url)).toBeNull();
  });

  it('keeps the line breaks of the JSON-LD text and resolves an author reference', () => {
    expect(read(byId(doc, 'comment-5501'), url).text).toBe(
      'Mooi plan, maar de bushalte aan de Assendorperstraat is nu al een ramp: kapotte tegels, een ' +
        "bank zonder zitting en 's avonds brandt er geen licht.\n\nEerst dat maar eens opknappen.",
    );
    expect(read(byId(doc, 'comment-5503'), url).source.authorName).toBe('Rik Dijkstra');
  });

  it('puts the control above the replies, or at the end when there are none', () => {
    const parent = byId(doc, 'comment-5501');
    expect(genericAdapter.controlAnchor(parent)).toEqual({
      element: one(parent, '.comment-replies'),
      placement: 'before',
    });
    const single = byId(doc, 'comment-5502');
    expect(genericAdapter.controlAnchor(single)).toEqual({ element: single, placement: 'append' });
  });

  it('ignores malformed JSON-LD without throwing', () => {
    const broken = htmlPage(
      '<div id="c1">De stoep is kapot.</div>',
      [
        '<script type="application/ld+json">{"@type": "Comment", "url": "#c1", "text": "kapot"</script>',
        '<script type="application/ld+json">not json at all</script>',
        '<script type="application/ld+json"></script>',
        '<script type="application/ld+json">null</script>',
        '<script type="application/ld+json">[1, "twee", null, {"@type": 5}]</script>',
      ].join(''),
    );
    expect(genericAdapter.findPosts(broken)).toEqual([]);
    expect(genericAdapter.readPost(byId(broken, 'c1'), PAGE)).toBeNull();
  });

  it('ignores JSON-LD too large to be a description, and survives deep nesting', () => {
    const node = { '@type': 'Comment', url: '#c1', text: 'De stoep is kapot.' };
    const huge = htmlPage(
      '<div id="c1">De stoep is kapot.</div>',
      jsonLd({ ...node, padding: 'x'.repeat(1_100_000) }),
    );
    expect(genericAdapter.findPosts(huge)).toEqual([]);
    const deep = htmlPage(
      '<div id="c1">De stoep is kapot.</div>',
      `<script type="application/ld+json">${'['.repeat(5000)}${JSON.stringify(node)}${']'.repeat(5000)}</script>`,
    );
    expect(genericAdapter.findPosts(deep)).toEqual([]);
    const wide = htmlPage(
      '<div id="c1">De stoep is kapot.</div>',
      jsonLd({ '@graph': [node], numbers: Array.from({ length: 150_000 }, (_, i) => i) }),
    );
    expect(keysOf(wide)).toEqual(['web:nieuws.example/artikel/1-de-stoep#c1']);
    const shallow = htmlPage('<div id="c1">De stoep is kapot.</div>', jsonLd([[node]]));
    expect(keysOf(shallow)).toEqual(['web:nieuws.example/artikel/1-de-stoep#c1']);
  });

  it('reads JSON-LD added or replaced after the first look', () => {
    const doc = htmlPage('<div id="c1">De stoep is kapot.</div>');
    expect(genericAdapter.findPosts(doc)).toEqual([]);
    const script = doc.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify({ '@type': 'Comment', url: '#c1', text: 'Eerste versie' });
    doc.head.append(script);
    expect(read(byId(doc, 'c1')).text).toBe('Eerste versie');
    script.textContent = JSON.stringify({ '@type': 'Comment', url: '#c1', text: 'Tweede versie' });
    expect(read(byId(doc, 'c1')).text).toBe('Tweede versie');
  });

  it('reads every way of writing the type, and HTML in the text as text', () => {
    const doc2 = htmlPage(
      '<div id="a">A</div><div id="b">B</div><div id="c">C</div><div id="d">D</div>',
      jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': ['Comment'], url: '#a', text: 'Eerste' },
          { '@type': 'schema:DiscussionForumPosting', '@id': '#b', articleBody: 'Tweede' },
          { '@type': 'http://schema.org/SocialMediaPosting', url: ['#c'], text: 'Derde' },
          {
            '@type': 'Answer',
            url: '#d',
            text: '<p>Vierde &amp; laatste</p><p>regel<br>twee</p><script>alert(1)</script><img src=x onerror=alert(2)>',
          },
          { '@type': 'NewsArticle', url: '#a', articleBody: 'Geen reactie' },
        ],
      }),
    );
    const captures = genericAdapter.findPosts(doc2).map((post) => read(post));
    expect(captures.map((capture) => capture.text)).toEqual([
      'Eerste',
      'Tweede',
      'Derde',
      'Vierde & laatste\n\nregel\ntwee',
    ]);
  });

  it('does not take a shared or quoted node for a post', () => {
    const shared = htmlPage(
      '<div id="p1">Post</div><div id="p0">Gedeeld</div>',
      jsonLd({
        '@type': 'SocialMediaPosting',
        url: '#p1',
        text: 'Kijk dit.',
        sharedContent: { '@type': 'SocialMediaPosting', url: '#p0', text: 'Gedeeld bericht' },
      }),
    );
    expect(genericAdapter.findPosts(shared).map((post) => post.id)).toEqual(['p1']);
  });

  it('maps a fragment that names an empty anchor to the element after it', () => {
    const doc = htmlPage(
      '<a id="c7"></a><div class="comment">Reactie</div>',
      jsonLd({ '@type': 'Comment', url: '#c7', text: 'De bankjes in het park zijn beklad.' }),
    );
    const element = one(doc, '.comment');
    expect(genericAdapter.findPosts(doc)).toEqual([element]);
    expect(read(element).key).toBe('web:nieuws.example/artikel/1-de-stoep#c7');
  });

  it('lets microdata of the same comment win over its JSON-LD', () => {
    const both = htmlPage(
      `<section>${comment({ id: 'c1', text: 'Uit de microdata.' })}</section>`,
      jsonLd({ '@type': 'Comment', url: '#c1', text: 'Uit de JSON-LD.' }),
    );
    const posts = genericAdapter.findPosts(both);
    expect(posts).toEqual([byId(both, 'c1')]);
    expect(read(byId(both, 'c1')).text).toBe('Uit de microdata.');
    const wrapped = htmlPage(
      `<li id="c2">${comment({ id: '', text: 'In de wrapper.' })}</li>`,
      jsonLd({ '@type': 'Comment', url: '#c2', text: 'Uit de JSON-LD.' }),
    );
    expect(genericAdapter.findPosts(wrapped)).toEqual([one(wrapped, 'article')]);
    expect(read(one(wrapped, 'article')).key).toBe('web:nieuws.example/artikel/1-de-stoep#c2');
  });
});

describe('which microdata items are posts', () => {
  it('reads comments, answers, social media and forum postings, nothing else', () => {
    const doc = htmlPage(
      ['Comment', 'Answer', 'SocialMediaPosting', 'DiscussionForumPosting']
        .map((type, index) => comment({ id: `p${index}`, type }))
        .join('') +
        ['NewsArticle', 'Article', 'BlogPosting', 'Report', 'CommentAction', 'Person']
          .map((type, index) => comment({ id: `n${index}`, type }))
          .join(''),
    );
    expect(genericAdapter.findPosts(doc).map((post) => post.id)).toEqual(['p0', 'p1', 'p2', 'p3']);
  });

  it('accepts http, https and www forms of the type, and several types', () => {
    const doc = htmlPage(
      comment({ id: 'a' }).replace('https://schema.org/Comment', 'http://schema.org/Comment') +
        comment({ id: 'b' }).replace(
          'https://schema.org/Comment',
          'https://www.schema.org/Comment',
        ) +
        comment({ id: 'c' }).replace(
          'https://schema.org/Comment',
          'https://schema.org/CreativeWork https://schema.org/Comment',
        ),
    );
    expect(genericAdapter.findPosts(doc).map((post) => post.id)).toEqual(['a', 'b', 'c']);
  });

  it('reads a forum posting with its headline, and its shared content as a quote', () => {
    const doc = htmlPage(
      comment({
        id: 'f1',
        type: 'DiscussionForumPosting',
        inside: '<h2 itemprop="headline">Losliggende tegels</h2>',
        text: 'Bij de ingang van het park liggen tegels los.',
        after:
          '<div itemprop="sharedContent" itemscope itemtype="https://schema.org/SocialMediaPosting"><span itemprop="author">Gemeente</span><p itemprop="articleBody">We gaan het repareren.</p></div>',
      }),
    );
    expect(genericAdapter.findPosts(doc).map((post) => post.id)).toEqual(['f1']);
    expect(read(byId(doc, 'f1')).text).toBe(
      'Losliggende tegels\n\nBij de ingang van het park liggen tegels los.\n\n> Gemeente: We gaan het repareren.',
    );
  });

  it('does not repeat a headline that the text starts with', () => {
    const doc = htmlPage(
      comment({
        id: 'h1',
        type: 'SocialMediaPosting',
        inside: '<meta itemprop="headline" content="Zwerfvuil bij het station">',
        text: 'Zwerfvuil bij het station, elke maandag weer.',
      }),
    );
    expect(read(byId(doc, 'h1')).text).toBe('Zwerfvuil bij het station, elke maandag weer.');
  });

  it('reads a reply inside a quote as part of the quote', () => {
    const doc = htmlPage(
      comment({
        id: 'outer',
        after: `<blockquote itemprop="citation" itemscope itemtype="https://schema.org/WebPage">${comment({ id: 'inner', attributes: ' itemprop="comment"' })}</blockquote>`,
      }),
    );
    expect(genericAdapter.findPosts(doc).map((post) => post.id)).toEqual(['outer']);
  });

  it('reads the author, username, time and image of a post', () => {
    const doc = htmlPage(
      '<article id="s1" itemscope itemtype="https://schema.org/SocialMediaPosting">' +
        '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Lotte  de Vries</span> <span itemprop="alternateName">@lottedv</span></div>' +
        '<meta itemprop="datePublished" content="2026-11-20T08:30:00.250Z">' +
        '<div itemprop="articleBody"><p>Gat in de weg.</p></div>' +
        '<img itemprop="image" src="/fotos/gat.jpg" alt="Een gat">' +
        '<div itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="contentUrl" content="https://cdn.example/gat2.jpg"></div>' +
        '<img itemprop="image" src="http://insecure.example/gat.jpg" alt="">' +
        '</article>',
    );
    const capture = read(byId(doc, 's1'));
    expect(capture).toEqual({
      key: 'web:nieuws.example/artikel/1-de-stoep#s1',
      source: {
        site: 'web',
        url: 'https://nieuws.example/artikel/1-de-stoep#s1',
        postId: 's1',
        authorName: 'Lotte de Vries',
        authorHandle: 'lottedv',
        postedAt: '2026-11-20T08:30:00.250Z',
      },
      text: 'Gat in de weg.',
      media: ['https://nieuws.example/fotos/gat.jpg', 'https://cdn.example/gat2.jpg'],
    });
    expect(postCaptureSchema.parse(capture)).toEqual(capture);
  });

  it('does not take a display name with spaces for a username', () => {
    const doc = htmlPage(
      comment({ id: 'c1' }).replace(
        '<span itemprop="name">Buurvrouw</span>',
        '<span itemprop="name">Buurvrouw</span><span itemprop="alternateName">de buurvrouw</span>',
      ),
    );
    expect(read(byId(doc, 'c1')).source.authorHandle).toBeUndefined();
  });
});

describe('keys and addresses', () => {
  it('uses the fragment of a declared permalink, absolute or relative', () => {
    const doc = htmlPage(
      comment({ id: 'x1', inside: '<a itemprop="url" href="#reactie-7">#</a>' }) +
        comment({
          id: 'x2',
          inside:
            '<link itemprop="url" href="https://nieuws.example/artikel/1-de-stoep#reactie-8">',
        }),
    );
    expect(keysOf(doc)).toEqual([
      'web:nieuws.example/artikel/1-de-stoep#reactie-7',
      'web:nieuws.example/artikel/1-de-stoep#reactie-8',
    ]);
  });

  it('uses a permalink to another page as it is, with its last segment as the post id', () => {
    const doc = htmlPage(
      comment({ id: '', inside: '<a itemprop="url" href="/reacties/412">#</a>' }),
    );
    const capture = read(one(doc, 'article'));
    expect(capture.key).toBe('web:nieuws.example/reacties/412');
    expect(capture.source).toMatchObject({
      url: 'https://nieuws.example/reacties/412',
      postId: '412',
    });
  });

  it("does not take the page's own address for a comment's, but does for a posting's", () => {
    const self = '<link itemprop="url" href="https://nieuws.example/artikel/1-de-stoep">';
    const withId = htmlPage(comment({ id: 'c9', inside: self }));
    expect(read(byId(withId, 'c9')).key).toBe('web:nieuws.example/artikel/1-de-stoep#c9');
    const withoutId = htmlPage(comment({ id: '', inside: self }));
    expect(genericAdapter.findPosts(withoutId)).toHaveLength(1);
    expect(genericAdapter.readPost(one(withoutId, 'article'), PAGE)).toBeNull();
    const posting = htmlPage(comment({ id: '', type: 'DiscussionForumPosting', inside: self }));
    expect(read(one(posting, 'article')).key).toBe('web:nieuws.example/artikel/1-de-stoep');
  });

  it('keeps the query, drops credentials, and percent-encodes what is not allowed in a key', () => {
    const forum = new URL('https://forum.example/viewtopic.php?t=88&start=20');
    const doc = htmlPage(comment({ id: 'p 1é' }));
    const capture = read(one(doc, 'article'), forum);
    expect(capture.key).toBe('web:forum.example/viewtopic.php?t=88&start=20#p%201%C3%A9');
    expect(postCaptureSchema.parse(capture)).toEqual(capture);
    const secret = htmlPage(
      comment({
        id: '',
        inside: '<a itemprop="url" href="https://user:pw@forum.example/p/1">#</a>',
      }),
    );
    expect(read(one(secret, 'article')).source.url).toBe('https://forum.example/p/1');
  });

  it('gives the same keys when the page was reached through a link with tracking parameters', () => {
    for (const name of NAMES) {
      const { url, doc, posts } = loadFixture('web', name);
      const tracked = new URL(url.href);
      tracked.search = '?utm_source=facebook&utm_medium=social&fbclid=IwAR0abc';
      tracked.hash = '#reacties';
      expect(keysOf(doc, tracked)).toEqual(posts.map((post) => post.key));
    }
  });

  it("trusts a canonical link only for this page's own host and path", () => {
    const body = comment({ id: 'c1' });
    const visited = new URL('https://nieuws.example/artikel/1-de-stoep?sessie=42');
    const same = htmlPage(
      body,
      '<link rel="canonical" href="https://www.nieuws.example/artikel/1-de-stoep/">',
    );
    expect(keysOf(same, visited)).toEqual(['web:www.nieuws.example/artikel/1-de-stoep/#c1']);
    const elsewhere = htmlPage(body, '<link rel="canonical" href="https://nieuws.example/">');
    expect(keysOf(elsewhere, visited)).toEqual([
      'web:nieuws.example/artikel/1-de-stoep?sessie=42#c1',
    ]);
  });

  it('shortens a key over 300 characters, keeping keys of different posts apart', () => {
    const long = new URL(`https://nieuws.example/${'heel-lang-'.repeat(40)}`);
    const doc = htmlPage(comment({ id: 'a' }) + comment({ id: 'b' }));
    const keys = keysOf(doc, long);
    for (const key of keys) {
      expect(key?.length).toBeLessThanOrEqual(300);
      expect(key).toMatch(/^web:[^\s]+$/);
    }
    expect(new Set(keys).size).toBe(2);
  });

  it('ignores permalinks that are not web addresses', () => {
    const doc = htmlPage(
      comment({ id: 'c1', inside: '<a itemprop="url" href="javascript:alert(1)">#</a>' }) +
        comment({ id: 'c2', inside: '<a itemprop="url" href="http://[::1">#</a>' }),
    );
    expect(keysOf(doc)).toEqual([
      'web:nieuws.example/artikel/1-de-stoep#c1',
      'web:nieuws.example/artikel/1-de-stoep#c2',
    ]);
  });

  it("uses a wrapper's id only when the post is its first element and alone in it", () => {
    const doc = htmlPage(
      `<ol><li id="w1">${comment({ id: '' })}<ol><li id="w2">${comment({ id: '' })}</li></ol></li></ol>` +
        `<section id="reacties">${comment({ id: '' })}${comment({ id: '' })}</section>`,
    );
    expect(keysOf(doc)).toEqual([
      'web:nieuws.example/artikel/1-de-stoep#w1',
      'web:nieuws.example/artikel/1-de-stoep#w2',
      undefined,
      undefined,
    ]);
  });
});

describe('timestamps', () => {
  function postedAt(datetime: string): string | undefined {
    const doc = htmlPage(
      comment().replace('datetime="2026-11-20T10:00:00+01:00"', `datetime="${datetime}"`),
    );
    return read(one(doc, 'article')).source.postedAt;
  }

  it.each([
    ['2026-11-20T10:00:00+01:00', '2026-11-20T09:00:00.000Z'],
    ['2026-11-20T10:00:00+0100', '2026-11-20T09:00:00.000Z'],
    ['2026-11-20 10:00:00+01:00', '2026-11-20T09:00:00.000Z'],
    ['2026-11-20T04:00-05:00', '2026-11-20T09:00:00.000Z'],
    ['2026-11-20T09:00:00.5Z', '2026-11-20T09:00:00.500Z'],
    ['2026-11-20T09:00:00z', '2026-11-20T09:00:00.000Z'],
  ])('normalises %s to %s', (raw, iso) => {
    expect(postedAt(raw)).toBe(iso);
  });

  it.each([
    '2026-11-20',
    '2026-11-20T10:00:00',
    '2026-11-20 10:00',
    '2026-02-30T10:00:00Z',
    '2026-11-20T24:30:00Z',
    '2026-11-20T10:00:00+25:00',
    'gisteren',
    '',
  ])('leaves out %j but still reads the post', (raw) => {
    expect(postedAt(raw)).toBeUndefined();
  });
});

describe('findPosts', () => {
  it('finds posts in a subtree, in a post itself, and nothing in an unrelated part', () => {
    const doc = htmlPage(
      `<header><h1>Nieuws</h1></header><section id="s">${comment({ id: 'c1', after: comment({ id: 'c2', attributes: ' itemprop="comment"' }) })}</section>`,
    );
    const c1 = byId(doc, 'c1');
    const c2 = byId(doc, 'c2');
    expect(genericAdapter.findPosts(byId(doc, 's'))).toEqual([c1, c2]);
    expect(genericAdapter.findPosts(c1)).toEqual([c1, c2]);
    expect(genericAdapter.findPosts(c2)).toEqual([c2]);
    expect(genericAdapter.findPosts(one(doc, 'header'))).toEqual([]);
  });

  it('keeps a comment section in an aside that belongs to the article', () => {
    const doc = htmlPage(
      `<article><p>Bericht</p><aside class="reacties">${comment()}</aside></article>`,
    );
    expect(keysOf(doc)).toEqual(['web:nieuws.example/artikel/1-de-stoep#c1']);
  });

  it('never throws, whatever it is given', () => {
    const doc = htmlPage('<p>Geen berichten hier.</p>');
    expect(genericAdapter.findPosts(doc)).toEqual([]);
    expect(genericAdapter.findPosts(doc.createDocumentFragment())).toEqual([]);
    expect(genericAdapter.findPosts(one(doc, 'p'))).toEqual([]);
  });
});

describe('readPost', () => {
  it('returns null instead of throwing on gutted, foreign or unreadable elements', () => {
    const doc = htmlPage(
      [
        '<article id="g1" itemscope itemtype="https://schema.org/Comment"></article>',
        '<article id="g2" itemscope itemtype="https://schema.org/Comment"><p itemprop="text">   </p></article>',
        '<article itemscope itemtype="https://schema.org/Comment"><p itemprop="text">Geen adres.</p></article>',
        '<div id="g3" class="h-entry"><div class="e-content"></div></div>',
        '<div id="g4" itemscope itemtype="https://schema.org/Comment" itemprop><p itemprop>?</p><time itemprop="datePublished">?</time></div>',
        '<p id="g5">Gewone tekst</p>',
      ].join(''),
    );
    for (const element of doc.body.children) {
      expect(genericAdapter.readPost(element, PAGE)).toBeNull();
    }
  });

  it('reads deeply nested text without overflowing the stack', () => {
    // happy-dom itself recurses on much deeper trees; the walk is iterative at any depth.
    const depth = 3000;
    const doc = htmlPage(
      comment({ text: `${'<span>'.repeat(depth)}diep${'</span>'.repeat(depth)}` }),
    );
    expect(read(one(doc, 'article')).text).toBe('diep');
  });

  it('leaves a reply nested inside the content out of the parent text', () => {
    const doc = htmlPage(`
      <div class="h-entry" id="r1"><div class="e-content"><p>De brug is weer dicht.</p>
        <div class="p-comment h-entry" id="r2"><div class="e-content">Al de hele week.</div></div>
      </div></div>`);
    expect(genericAdapter.findPosts(doc).map((post) => post.id)).toEqual(['r1', 'r2']);
    expect(read(byId(doc, 'r1')).text).toBe('De brug is weer dicht.');
    expect(read(byId(doc, 'r2')).text).toBe('Al de hele week.');
  });

  it('reads emoji images but not the description of a photo', () => {
    const doc = htmlPage(
      comment({
        text: 'Kijk dan <img src="/e/1f621.png" alt="😡"><img src="/fotos/gat.jpg" alt="Foto van het gat">',
      }),
    );
    expect(read(one(doc, 'article')).text).toBe('Kijk dan 😡');
  });

  it('leaves out scripts, hidden parts, buttons and a clip control inside the text', () => {
    const doc = htmlPage(
      comment({
        text: 'Zichtbaar<script>verborgen()</script><span hidden>verborgen</span><button>Meer</button><vliegwiel-clip>Clip</vliegwiel-clip>',
      }),
    );
    expect(read(one(doc, 'article')).text).toBe('Zichtbaar');
  });

  it('keeps the text within the limit', () => {
    const doc = htmlPage(comment({ text: 'a'.repeat(1_100_000) }));
    expect(read(one(doc, 'article')).text.length).toBeLessThanOrEqual(1_048_576);
  });
});

describe('controlAnchor', () => {
  it('puts the control after the text, above the replies, or at the end', () => {
    const doc = htmlPage(
      comment({ id: 'a' }) +
        comment({ id: 'b', text: 'x' }).replace(
          '<p itemprop="text">x</p>',
          '<meta itemprop="text" content="x">',
        ) +
        '<div id="c" itemscope itemtype="https://schema.org/Comment"></div>',
    );
    const a = byId(doc, 'a');
    expect(genericAdapter.controlAnchor(a)).toEqual({ element: one(a, 'p'), placement: 'after' });
    const b = byId(doc, 'b');
    expect(read(b).text).toBe('x');
    expect(genericAdapter.controlAnchor(b)).toEqual({ element: b, placement: 'append' });
    const c = byId(doc, 'c');
    expect(genericAdapter.controlAnchor(c)).toEqual({ element: c, placement: 'append' });
  });
});

describe('handles', () => {
  it('reads any web page it is given, so that comments loading later are found', () => {
    const url = new URL('https://gemeente.example/forum');
    const page = htmlPage('<p>Gewone pagina</p><section id="reacties"></section>');
    expect(genericAdapter.handles(url, page)).toBe(true);
    expect(genericAdapter.findPosts(page)).toEqual([]);
    const section = page.getElementById('reacties') as Element;
    section.innerHTML = comment();
    expect(genericAdapter.findPosts(section)).toHaveLength(1);
    expect(genericAdapter.handles(url)).toBe(false);
    expect(genericAdapter.handles(new URL('file:///tmp/reacties.html'), htmlPage(comment()))).toBe(
      false,
    );
  });

  it('runs only where the user enables it', () => {
    expect(genericAdapter.site).toBe('web');
    expect(genericAdapter.matches).toEqual([]);
  });
});
