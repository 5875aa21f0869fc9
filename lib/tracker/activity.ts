import type { VliegwielDatabase } from '../db/database';
import type { Clock } from '../db/signals';
import { type Actor, appendEvents } from '../db/store';
import type { TimelineEvent } from '../schema/records';
import { TrackerError } from './errors';
import {
  type EventDetail,
  type EventSubject,
  inTrackerTransaction,
  loadOpenInitiative,
  loadSignals,
  startWrite,
  touchInitiatives,
} from './writes';

/**
 * What a comment or contact is about: an initiative, a signal, or a signal within its
 * initiative (then both, and the signal must be linked to that initiative).
 */
export type ActivitySubject = EventSubject;

/** Adds a comment to an initiative's or a signal's timeline. */
export function addComment(
  db: VliegwielDatabase,
  clock: Clock,
  actor: Actor,
  { text, ...subject }: ActivitySubject & { text: string },
): Promise<TimelineEvent> {
  return recordActivity(db, clock, actor, subject, { kind: 'comment', text });
}

/** Records that someone contacted a body or person (`contact`) about it, with what was said. */
export function recordContact(
  db: VliegwielDatabase,
  clock: Clock,
  actor: Actor,
  { contact, text, ...subject }: ActivitySubject & { contact: string; text?: string },
): Promise<TimelineEvent> {
  const said = text?.trim() ? { text } : {};
  return recordActivity(db, clock, actor, subject, { kind: 'contacted', contact, ...said });
}

/**
 * Records that a suggestion (a contact, group or initiative, by id and name) was wrong for a
 * signal or an initiative, so it is not offered there again and the mistake can be looked at later.
 */
export function rejectSuggestion(
  db: VliegwielDatabase,
  clock: Clock,
  actor: Actor,
  { suggestion, name, ...subject }: ActivitySubject & { suggestion: string; name: string },
): Promise<TimelineEvent> {
  return recordActivity(db, clock, actor, subject, {
    kind: 'suggestion-rejected',
    suggestion,
    name,
  });
}

async function recordActivity(
  db: VliegwielDatabase,
  clock: Clock,
  actor: Actor,
  subject: ActivitySubject,
  detail: EventDetail,
): Promise<TimelineEvent> {
  const write = startWrite(clock, actor);
  return inTrackerTransaction(db, async () => {
    await checkSubject(db, subject);
    const event = write.event(
      {
        ...(subject.initiativeId !== undefined ? { initiativeId: subject.initiativeId } : {}),
        ...(subject.signalId !== undefined ? { signalId: subject.signalId } : {}),
      },
      detail,
    );
    await appendEvents(db, [event]);
    await touchInitiatives(db, write, [event]);
    return event;
  });
}

async function checkSubject(db: VliegwielDatabase, { initiativeId, signalId }: ActivitySubject) {
  if (initiativeId === undefined && signalId === undefined) {
    throw new TrackerError('invalid-input', 'an event is about an initiative or a signal');
  }
  if (initiativeId !== undefined) await loadOpenInitiative(db, initiativeId);
  if (signalId === undefined) return;
  const [signal] = await loadSignals(db, [signalId]);
  if (initiativeId !== undefined && signal?.initiativeId !== initiativeId) {
    throw new TrackerError(
      'invalid-input',
      `signal ${signalId} is not linked to initiative ${initiativeId}`,
    );
  }
}
