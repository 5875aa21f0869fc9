import { describe, expect, it } from 'vitest';
import type { Signal } from '../schema/records';
import { fixedClock, signalRecord } from '../testing/factories';
import { pseudonymiseAuthors } from './pseudonymise';

const clock = fixedClock();

function post(source: Signal['source'], overrides: Partial<Signal> = {}): Signal {
  return signalRecord(clock, { source, ...overrides });
}

const xPost = post(
  {
    site: 'x',
    url: 'https://x.com/Lotte_vdBerg/status/2101932455228370944?s=20',
    postId: '2101932455228370944',
    authorHandle: 'Lotte_vdBerg',
    authorName: 'Lotte van den Berg',
  },
  { postKey: 'x:2101932455228370944' },
);
const mastodonPost = post(
  {
    site: 'mastodon',
    url: 'https://mastodon.nl/@sanne_dewit/117313691779124099',
    authorHandle: 'sanne_dewit@mastodon.nl',
    authorName: 'Sanne de Wit',
  },
  {
    postKey: 'mastodon:mastodon.nl/@sanne_dewit/117313691779124099',
    text: 'Eens met @lotte_vdberg. En @sanne_dewit, @iemand_anders en mail@example.nl.',
  },
);
const blueskyPost = post(
  {
    site: 'bluesky',
    url: 'https://bsky.app/profile/fleurvanleeuwen.bsky.social/post/3n2sppjsgeehm',
    authorHandle: 'fleurvanleeuwen.bsky.social',
  },
  { postKey: 'bluesky:fleurvanleeuwen.bsky.social/3n2sppjsgeehm', note: 'Zie ook @Lotte_vdBerg.' },
);
const redditPost = post(
  {
    site: 'reddit',
    url: 'https://www.reddit.com/r/thehague/comments/1p2xw8d/gaten_in_het_fietspad/',
    authorHandle: 'hagenees_at_night',
  },
  { postKey: 'reddit:t3_1p2xw8d' },
);
const namedOnly = post({
  site: 'web',
  url: 'https://www.regionieuws.example/zwolle/bericht-789#comment-5501',
  authorName: 'Ingrid Mulder',
});
const anonymous = post({ site: 'web', url: 'https://forum.example.nl/t/88' });
const xAgain = post({
  site: 'x',
  url: 'https://twitter.com/lotte_vdberg/status/2101932455228370999',
  authorHandle: 'lotte_vdberg',
  authorName: 'Lotte',
});

const pseudonymised = pseudonymiseAuthors(
  [xPost, mastodonPost, blueskyPost, redditPost, namedOnly, anonymous, xAgain],
  'nl',
);
const [x, mastodon, bluesky, reddit, named, nobody, again] = pseudonymised;

describe('pseudonymiseAuthors', () => {
  it('numbers authors in order of first appearance, the same author (any case) the same', () => {
    expect(pseudonymised.map((signal) => signal.source.authorHandle)).toEqual([
      'Auteur 1',
      'Auteur 2',
      'Auteur 3',
      'Auteur 4',
      'Auteur 5',
      undefined,
      'Auteur 1',
    ]);
    expect(pseudonymised.every((signal) => signal.source.authorName === undefined)).toBe(true);
  });

  it('counts the same handle on another site as another author, and a mention of it as either', () => {
    const [onX, onReddit, mentioning] = pseudonymiseAuthors(
      [
        post({ site: 'x', url: 'https://x.com/jan/status/1', authorHandle: 'jan' }),
        post({ site: 'reddit', url: 'https://www.reddit.com/r/utrecht/', authorHandle: 'jan' }),
        post({ site: 'web', url: 'https://forum.example.nl/t/1' }, { text: 'Vraag het @jan!' }),
      ],
      'nl',
    );
    expect([onX?.source.authorHandle, onReddit?.source.authorHandle]).toEqual([
      'Auteur 1',
      'Auteur 2',
    ]);
    expect(mentioning?.text).toBe('Vraag het @Auteur!');
  });

  it('says "Author" in English', () => {
    expect(pseudonymiseAuthors([xPost], 'en')[0]?.source.authorHandle).toBe('Author 1');
  });

  it('turns an X link into the permalink without the handle, which still opens the post', () => {
    expect(x?.source.url).toBe('https://x.com/i/web/status/2101932455228370944');
    expect(again?.source.url).toBe('https://twitter.com/i/web/status/2101932455228370999');
    expect(x?.postKey).toBe('x:2101932455228370944');
    expect(x?.source.postId).toBe('2101932455228370944');
  });

  it('gives a link that names the author without them, or cuts it to the site, and drops a post key that names them', () => {
    expect(mastodon?.source.url).toBe('https://mastodon.nl/statuses/117313691779124099');
    expect(mastodon?.postKey).toBeUndefined();
    expect(bluesky?.source.url).toBe('https://bsky.app/');
    expect(bluesky?.postKey).toBeUndefined();
  });

  it('keeps links and keys that do not name the author', () => {
    expect(reddit?.source.url).toBe(redditPost.source.url);
    expect(reddit?.postKey).toBe('reddit:t3_1p2xw8d');
    expect(named?.source.url).toBe(namedOnly.source.url);
  });

  it('replaces mentions of pseudonymised authors in texts and notes, and nothing else', () => {
    expect(mastodon?.text).toBe(
      'Eens met @Auteur 1. En @Auteur 2, @iemand_anders en mail@example.nl.',
    );
    expect(bluesky?.note).toBe('Zie ook @Auteur 1.');
  });

  it('leaves a signal without an author as it was', () => {
    expect(nobody).toBe(anonymous);
  });

  it('names nobody of the originals anywhere in the result', () => {
    const text = JSON.stringify(pseudonymised).toLowerCase();
    for (const name of ['lotte', 'sanne', 'fleurvanleeuwen', 'hagenees', 'ingrid']) {
      expect(text).not.toContain(name);
    }
  });
});
