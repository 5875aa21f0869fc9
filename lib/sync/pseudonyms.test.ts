import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PSEUDONYMOUS_AUTHOR } from '../../server/schemas';
import type { Signal } from '../schema/records';
import { addressWithoutAuthor } from '../sites/author-address';
import { signalRecord } from '../testing/factories';
import { namesAuthor, pseudonymiser, pseudonymiseSignal } from './pseudonyms';

const KEY = randomBytes(32).toString('base64url');

function signal(source: Signal['source'], overrides: Partial<Signal> = {}): Signal {
  return signalRecord(
    { now: () => new Date(), newId: () => crypto.randomUUID() },
    {
      source,
      ...overrides,
    },
  );
}

describe('pseudonyms', () => {
  it('are "anon:" and the HMAC-SHA256 of "<site>:<handle>" under the key, in the form the server asks', async () => {
    const pseudonyms = await pseudonymiser(KEY);
    const pseudonym = await pseudonyms.author('x', 'Buurtbewoner');
    const expected = createHmac('sha256', Buffer.from(KEY, 'base64url'))
      .update('x:buurtbewoner')
      .digest('base64url');
    expect(pseudonym).toBe(`anon:${expected}`);
    expect(pseudonym).toMatch(PSEUDONYMOUS_AUTHOR);
  });

  it('are the same for the same handle whoever makes them with the key, and differ per key and site', async () => {
    const [mine, theirs, elsewhere] = await Promise.all([
      pseudonymiser(KEY),
      pseudonymiser(KEY),
      pseudonymiser(randomBytes(32).toString('base64url')),
    ]);
    const pseudonym = await mine.author('mastodon', 'Jan@Buurt.social');
    expect(await theirs.author('mastodon', '@jan@buurt.social')).toBe(pseudonym);
    expect(await elsewhere.author('mastodon', 'jan@buurt.social')).not.toBe(pseudonym);
    expect(await mine.author('x', 'jan@buurt.social')).not.toBe(pseudonym);
  });
});

describe('a pseudonymised signal', () => {
  it('names its author by pseudonym only, and keeps what the post says', async () => {
    const pseudonyms = await pseudonymiser(KEY);
    const clipped = signal(
      {
        site: 'x',
        url: 'https://x.com/Buurtbewoner/status/1790000000000000001',
        postId: '1790000000000000001',
        authorHandle: 'Buurtbewoner',
        authorName: 'Buurtbewoner Utrecht',
        postedAt: '2026-11-20T08:15:00.000Z',
      },
      { postKey: 'x:1790000000000000001', note: 'Zie ook @buurtbewoner' },
    );
    const shared = await pseudonymiseSignal(clipped, pseudonyms);
    expect(shared).toEqual({
      ...clipped,
      source: {
        site: 'x',
        url: 'https://x.com/i/web/status/1790000000000000001',
        postId: '1790000000000000001',
        authorHandle: await pseudonyms.author('x', 'buurtbewoner'),
        postedAt: '2026-11-20T08:15:00.000Z',
      },
    });
    expect(namesAuthor(clipped)).toBe(true);
    expect(namesAuthor(shared)).toBe(false);
    // Pushed again (it came back in a pull), it stays as it is.
    expect(await pseudonymiseSignal(shared, pseudonyms)).toEqual(shared);
  });

  it('leaves out the account wherever Bluesky and Mastodon put it, keeping duplicates recognisable', async () => {
    const pseudonyms = await pseudonymiser(KEY);
    const bluesky = signal(
      {
        site: 'bluesky',
        url: 'https://bsky.app/profile/jan.bsky.social/post/3kabc',
        postId: '3kabc',
        authorHandle: 'jan.bsky.social',
        authorName: 'Jan',
      },
      {
        postKey: 'bluesky:jan.bsky.social/3kabc',
        media: [
          'https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:abcdef/bafkrei@jpeg',
          'https://example.org/plaatje.jpg',
        ],
      },
    );
    const shared = await pseudonymiseSignal(bluesky, pseudonyms);
    expect(shared.source.url).toBe('https://bsky.app/');
    expect(shared.media).toEqual(['https://example.org/plaatje.jpg']);
    expect(shared.postKey).toBe(await pseudonyms.postKey('bluesky:jan.bsky.social/3kabc'));
    expect(shared.postKey).toMatch(/^bluesky:anon:[\w-]{43}$/);
    expect(JSON.stringify(shared)).not.toMatch(/jan|did:/i);

    const mastodon = signal(
      {
        site: 'mastodon',
        url: 'https://buurt.social/@jan@example.org/113000000000000001',
        postId: '113000000000000001',
        authorHandle: 'jan@example.org',
      },
      { postKey: 'mastodon:buurt.social/@jan@example.org/113000000000000001' },
    );
    const tooted = await pseudonymiseSignal(mastodon, pseudonyms);
    expect(tooted.source.url).toBe('https://buurt.social/statuses/113000000000000001');
    expect(tooted.postKey).toMatch(/^mastodon:anon:/);
    expect(JSON.stringify(tooted)).not.toMatch(/jan/i);
  });

  it('drops an author named without a handle, and the post id when it names the author', async () => {
    const pseudonyms = await pseudonymiser(KEY);
    const page = signal(
      {
        site: 'web',
        url: 'https://blog.example.org/@marieke/lantaarnpaal',
        postId: '@marieke',
        authorHandle: 'marieke',
        authorName: 'Marieke',
      },
      { postKey: 'web:blog.example.org/@marieke/lantaarnpaal' },
    );
    const shared = await pseudonymiseSignal(page, pseudonyms);
    expect(shared.source.url).toBe('https://blog.example.org/');
    expect(shared.source.postId).toBeUndefined();
    expect(JSON.stringify(shared)).not.toMatch(/marieke/i);

    const named = signal({ site: 'bluesky', url: 'https://bsky.app/', authorName: 'Jan' });
    const { authorName: _left, ...withoutName } = named.source;
    expect(await pseudonymiseSignal(named, pseudonyms)).toEqual({
      ...named,
      source: withoutName,
    });
  });
});

describe('an address without its author', () => {
  it('still opens the post where the site has such an address', () => {
    expect(addressWithoutAuthor('x', 'https://x.com/jan/status/17', ['jan'])).toBe(
      'https://x.com/i/web/status/17',
    );
    expect(
      addressWithoutAuthor('reddit', 'https://www.reddit.com/user/jan/comments/abc12/titel/'),
    ).toBe('https://www.reddit.com/comments/abc12/');
    expect(
      addressWithoutAuthor('reddit', 'https://www.reddit.com/r/u_jan/comments/abc12/titel/def34/'),
    ).toBe('https://www.reddit.com/comments/abc12/_/def34/');
    expect(
      addressWithoutAuthor('reddit', 'https://www.reddit.com/r/utrecht/comments/abc12/titel/', [
        'jan',
      ]),
    ).toBe('https://www.reddit.com/r/utrecht/comments/abc12/titel/');
    expect(
      addressWithoutAuthor('facebook', 'https://www.facebook.com/groups/buurt/posts/123/', ['jan']),
    ).toBe('https://www.facebook.com/groups/buurt/posts/123/');
  });

  it('is the site itself where every address of the post names its author', () => {
    expect(addressWithoutAuthor('facebook', 'https://www.facebook.com/jan/posts/123')).toBe(
      'https://www.facebook.com/',
    );
    expect(
      addressWithoutAuthor(
        'facebook',
        'https://www.facebook.com/permalink.php?story_fbid=123&id=456',
      ),
    ).toBe('https://www.facebook.com/');
    expect(
      addressWithoutAuthor('web', 'https://forum.example.org/topic/9?author=Jan#post-3', ['jan']),
    ).toBe('https://forum.example.org/');
    expect(addressWithoutAuthor('web', 'https://nieuws.example.org/lantaarnpaal', ['jan'])).toBe(
      'https://nieuws.example.org/lantaarnpaal',
    );
  });
});
