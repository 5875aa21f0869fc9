import type { PostCapture } from '../schema/capture';
import type { Initiative, Signal } from '../schema/records';

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

/** A valid signal record as clipping stores it, with its id and clip time from `clock`. */
export function signalRecord(
  clock: { now(): Date; newId(): string },
  overrides: Partial<Signal> = {},
): Signal {
  const capture = xCapture();
  return {
    id: clock.newId(),
    text: capture.text,
    source: capture.source,
    postKey: capture.key,
    clippedAt: clock.now().toISOString(),
    triage: 'new',
    ...overrides,
  };
}

/** A valid initiative record, created and last active now by `clock`. */
export function initiativeRecord(
  clock: { now(): Date; newId(): string },
  overrides: Partial<Initiative> = {},
): Initiative {
  const at = clock.now().toISOString();
  return {
    id: clock.newId(),
    title: 'Kapotte lantaarnpaal Biltstraat',
    description: '',
    category: 'roads',
    area: { municipality: 'GM0344' },
    status: 'idea',
    ownerId: 'member-alice',
    createdAt: at,
    lastActivityAt: at,
    ...overrides,
  };
}
