import type { PostCapture } from '../schema/capture';

let sequence = 0;

/** A valid capture of an X post; each call gets a new post id unless one is given. */
export function xCapture(overrides: Partial<PostCapture> = {}): PostCapture {
  sequence += 1;
  const postId = overrides.source?.postId ?? `17900000000000${String(sequence).padStart(5, '0')}`;
  return {
    key: `x:${postId}`,
    text: 'De lantaarnpaal op de Biltstraat is al twee weken kapot.',
    source: {
      site: 'x',
      url: `https://x.com/buurtbewoner/status/${postId}`,
      postId,
      authorHandle: 'buurtbewoner',
      authorName: 'Buurtbewoner Utrecht',
      postedAt: '2026-11-20T08:15:00.000Z',
    },
    ...overrides,
  };
}

/** A clock whose ids are valid UUIDs and whose time only moves when asked. */
export function fixedClock(start = new Date('2026-11-27T10:00:00.000Z')) {
  let time = start.getTime();
  let id = 0;
  return {
    now: () => new Date(time),
    newId: () => `00000000-0000-4000-8000-${String(++id).padStart(12, '0')}`,
    advance(ms: number) {
      time += ms;
    },
  };
}
