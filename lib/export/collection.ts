import { Dexie } from 'dexie';
import type { VliegwielDatabase } from '../db/database';
import type { UiLanguage } from '../i18n';
import type { Group } from '../schema/contacts';
import type { Initiative, Member, Signal, TimelineEvent } from '../schema/records';
import { ExportError } from './errors';
import { pseudonymiseAuthors } from './pseudonymise';

/** What an export holds: records as the database keeps them, in export order (see inExportOrder). */
export interface ExportCollection {
  signals: Signal[];
  initiatives: Initiative[];
  events: TimelineEvent[];
  groups: Group[];
  members: Member[];
}

/** What the tracker exports: one initiative, the current filter result, or everything. */
export type ExportScope =
  | { kind: 'initiative'; initiativeId: string }
  | { kind: 'selection'; signalIds: readonly string[] }
  | { kind: 'everything' };

export interface ExportOptions {
  /**
   * Authors become "Auteur 1", "Auteur 2"… ("Author 1"… in English), numbered in order of first
   * appearance; lib/export/pseudonymise.ts says what else changes.
   */
  pseudonymiseAuthors: boolean;
  /** Without text, every signal's text is blank and its note and evidence (cues quoted from the text) are gone. */
  includeText: boolean;
  language: UiLanguage;
}

/**
 * The records a scope exports, read in one transaction:
 * - an initiative: it and every initiative merged into it (through any chain of merges), their
 *   signals, their events and the events of those signals;
 * - a selection: those signals (ids no longer stored are passed over), their events, and the
 *   initiatives they are in with those initiatives' own events, so every link resolves;
 * - everything: every record, groups included (the other scopes carry no groups).
 * Members are those the records name (clipped, assigned, owner, actor) that the tracker knows.
 */
export async function readCollection(
  db: VliegwielDatabase,
  scope: ExportScope,
): Promise<ExportCollection> {
  return db.transaction(
    'r',
    [db.signals, db.initiatives, db.events, db.groups, db.members],
    async () => {
      if (scope.kind === 'everything') {
        const [signals, initiatives, events, groups, members] = await Promise.all([
          db.signals.toArray(),
          db.initiatives.toArray(),
          db.events.toArray(),
          db.groups.toArray(),
          db.members.toArray(),
        ]);
        return inExportOrder({
          signals,
          initiatives,
          events,
          groups,
          members: members.map(asMember),
        });
      }
      const { signals, initiatives } =
        scope.kind === 'initiative'
          ? await initiativeWithSignals(db, scope.initiativeId)
          : await selectionWithInitiatives(db, scope.signalIds);
      const events = await eventsAbout(
        db,
        initiatives.map((initiative) => initiative.id),
        signals.map((signal) => signal.id),
      );
      const members = await membersNamed(db, signals, initiatives, events);
      return inExportOrder({ signals, initiatives, events, groups: [], members });
    },
  );
}

async function initiativeWithSignals(db: VliegwielDatabase, initiativeId: string) {
  const initiative = await db.initiatives.get(initiativeId);
  if (!initiative) {
    throw new ExportError('initiative-not-found', `no initiative ${initiativeId} to export`);
  }
  const initiatives = [initiative];
  for (let next = 0; next < initiatives.length; next++) {
    const id = (initiatives[next] as Initiative).id;
    const mergedHere = await db.initiatives.where('mergedInto').equals(id).toArray();
    for (const merged of mergedHere) {
      if (!initiatives.some((known) => known.id === merged.id)) initiatives.push(merged);
    }
  }
  const signals = await db.signals
    .where('initiativeId')
    .anyOf(initiatives.map((known) => known.id))
    .toArray();
  return { signals, initiatives };
}

async function selectionWithInitiatives(db: VliegwielDatabase, signalIds: readonly string[]) {
  const found = await db.signals.bulkGet([...new Set(signalIds)]);
  const signals = found.filter((signal): signal is Signal => signal !== undefined);
  const initiativeIds = new Set(signals.flatMap((signal) => signal.initiativeId ?? []));
  const initiatives = (await db.initiatives.bulkGet([...initiativeIds])).filter(
    (initiative): initiative is Initiative => initiative !== undefined,
  );
  return { signals, initiatives };
}

async function eventsAbout(
  db: VliegwielDatabase,
  initiativeIds: readonly string[],
  signalIds: readonly string[],
): Promise<TimelineEvent[]> {
  const between = (index: '[initiativeId+at]' | '[signalId+at]', ids: readonly string[]) =>
    ids.length === 0
      ? Promise.resolve([])
      : db.events
          .where(index)
          .inAnyRange(ids.map((id) => [[id, Dexie.minKey] as const, [id, Dexie.maxKey] as const]))
          .toArray();
  const [ofInitiatives, ofSignals] = await Promise.all([
    between('[initiativeId+at]', initiativeIds),
    between('[signalId+at]', signalIds),
  ]);
  return [...new Map([...ofInitiatives, ...ofSignals].map((event) => [event.id, event])).values()];
}

async function membersNamed(
  db: VliegwielDatabase,
  signals: readonly Signal[],
  initiatives: readonly Initiative[],
  events: readonly TimelineEvent[],
): Promise<Member[]> {
  const ids = new Set<string>();
  for (const signal of signals) {
    if (signal.clippedBy !== undefined) ids.add(signal.clippedBy);
    if (signal.assignedTo !== undefined) ids.add(signal.assignedTo);
  }
  for (const initiative of initiatives) ids.add(initiative.ownerId);
  for (const event of events) {
    ids.add(event.actorId);
    if (event.kind === 'triaged' && event.assignedTo !== undefined) ids.add(event.assignedTo);
  }
  const members = await db.members.bulkGet([...ids]);
  return members.flatMap((member) => (member === undefined ? [] : [asMember(member)]));
}

/** A member as the records know them: what the tracker keeps besides (a workspace role) stays home. */
function asMember({ id, name }: Member): Member {
  return { id, name };
}

/**
 * One order for every export, so that the same records always export the same: signals by clip
 * time, initiatives by creation, events by time (instants, whatever their offset; then id),
 * groups by name, members by id. Pseudonyms are numbered in this order.
 */
export function inExportOrder(collection: ExportCollection): ExportCollection {
  const collator = new Intl.Collator('nl', { ignorePunctuation: true });
  return {
    signals: byTime(collection.signals, (signal) => signal.clippedAt),
    initiatives: byTime(collection.initiatives, (initiative) => initiative.createdAt),
    events: byTime(collection.events, (event) => event.at),
    groups: [...collection.groups].sort(
      (a, b) => collator.compare(a.name, b.name) || compareIds(a.id, b.id),
    ),
    members: [...collection.members].sort((a, b) => compareIds(a.id, b.id)),
  };
}

function byTime<T extends { id: string }>(records: readonly T[], time: (record: T) => string): T[] {
  const keyed = records.map((record) => ({ record, at: Date.parse(time(record)) }));
  keyed.sort((a, b) => a.at - b.at || compareIds(a.record.id, b.record.id));
  return keyed.map(({ record }) => record);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The collection as the options want it exported: authors pseudonymised, text left out. */
export function applyExportOptions(
  collection: ExportCollection,
  options: ExportOptions,
): ExportCollection {
  let signals = collection.signals;
  if (options.pseudonymiseAuthors) signals = pseudonymiseAuthors(signals, options.language);
  if (!options.includeText) signals = signals.map(withoutText);
  return signals === collection.signals ? collection : { ...collection, signals };
}

function withoutText(signal: Signal): Signal {
  const { note: _note, evidence: _evidence, ...rest } = signal;
  return { ...rest, text: '' };
}
