import type { SignalClassification } from '../classify/signal-fields';
import type { Correction, PostCapture, SelectionCapture } from '../schema/capture';
import { eventSchema, type Signal, type SiteId, signalSchema } from '../schema/records';
import type { VliegwielDatabase } from './database';
import { type Actor, appendEvents, saveSignals, signalTables } from './store';

export interface ClipOutcome {
  status: 'clipped' | 'already-clipped';
  signal: Signal;
}

export interface Clock {
  now(): Date;
  newId(): string;
}

/**
 * Stores a post as a new signal, or returns the signal that already holds it. Lookup and insert
 * share one transaction, so two quick clicks on the same post cannot store it twice. A correction
 * is recorded on the new or the existing signal. A new signal is clipped by `actor`, and its
 * timeline starts with that. `sharedKey` is the key the connected workspace gives the post where
 * that differs (lib/sync/pseudonyms.ts): a signal pulled from there holds the same post.
 */
export async function clipPost(
  db: VliegwielDatabase,
  capture: PostCapture,
  clock: Clock,
  classification: SignalClassification = {},
  correction?: Correction,
  actor?: Actor,
  sharedKey?: string,
): Promise<ClipOutcome> {
  const corrected = correctionFields(correction);
  const keys = sharedKey === undefined ? [capture.key] : [capture.key, sharedKey];
  return db.transaction('rw', signalTables(db), async () => {
    const existing = await db.signals.where('postKey').anyOf(keys).first();
    if (existing) {
      if (!correction) return { status: 'already-clipped', signal: existing };
      const updated = signalSchema.parse({ ...existing, ...corrected });
      await saveSignals(db, [updated]);
      return { status: 'already-clipped', signal: updated };
    }
    const signal = signalSchema.parse({
      id: clock.newId(),
      text: capture.text,
      source: capture.source,
      postKey: capture.key,
      media: capture.media,
      clippedAt: clock.now().toISOString(),
      ...classification,
      ...corrected,
      ...(actor ? { clippedBy: actor.id } : {}),
      triage: 'new',
    });
    await saveSignals(db, [signal]);
    await appendEvents(db, clippedEvent(signal, clock, actor));
    return { status: 'clipped', signal };
  });
}

function clippedEvent(signal: Signal, clock: Clock, actor?: Actor) {
  if (!actor) return [];
  return [
    eventSchema.parse({
      id: clock.newId(),
      at: signal.clippedAt,
      actorId: actor.id,
      ...(actor.name ? { actorName: actor.name } : {}),
      signalId: signal.id,
      kind: 'clipped',
    }),
  ];
}

function correctionFields(correction?: Correction): Partial<Signal> {
  if (!correction) return {};
  return {
    ...(correction.verdict ? { correctedVerdict: correction.verdict } : {}),
    ...(correction.category ? { correctedCategory: correction.category } : {}),
  };
}

/**
 * Stores a clipped selection (or link) as a signal; the same words from the same page are one
 * signal, however often they are clipped.
 */
export async function clipSelection(
  db: VliegwielDatabase,
  selection: SelectionCapture,
  site: SiteId,
  clock: Clock,
  classification: SignalClassification = {},
  actor?: Actor,
): Promise<ClipOutcome> {
  const text = selection.text.trim();
  return db.transaction('rw', signalTables(db), async () => {
    const existing = await db.signals
      .where('source.url')
      .equals(selection.url)
      .filter((signal) => signal.postKey === undefined && signal.text === text)
      .first();
    if (existing) return { status: 'already-clipped', signal: existing };
    const signal = signalSchema.parse({
      id: clock.newId(),
      text,
      source: { site, url: selection.url },
      clippedAt: clock.now().toISOString(),
      ...classification,
      ...(actor ? { clippedBy: actor.id } : {}),
      triage: 'new',
    });
    await saveSignals(db, [signal]);
    await appendEvents(db, clippedEvent(signal, clock, actor));
    return { status: 'clipped', signal };
  });
}

/**
 * Which of these posts are clipped, each with the signal that holds it: under its own key, or
 * under the key the connected workspace gives it (`sharedKeys`, see clipPost).
 */
export async function clippedPosts(
  db: VliegwielDatabase,
  keys: string[],
  sharedKeys: ReadonlyMap<string, string> = new Map(),
): Promise<Array<{ key: string; signalId: string }>> {
  if (keys.length === 0) return [];
  const signals = await db.signals
    .where('postKey')
    .anyOf([...keys, ...sharedKeys.values()])
    .toArray();
  const byKey = new Map<string, string>();
  for (const signal of signals) {
    if (signal.postKey && !byKey.has(signal.postKey)) byKey.set(signal.postKey, signal.id);
  }
  return [...new Set(keys)].flatMap((key) => {
    const shared = sharedKeys.get(key);
    const signalId = byKey.get(key) ?? (shared === undefined ? undefined : byKey.get(shared));
    return signalId === undefined ? [] : [{ key, signalId }];
  });
}
