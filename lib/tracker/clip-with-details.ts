import type { SignalClassification } from '../classify/signal-fields';
import type { VliegwielDatabase } from '../db/database';
import { type ClipOutcome, type Clock, clipPost } from '../db/signals';
import { type Actor, saveSignals, signalTables } from '../db/store';
import type { ClipDetails, Correction, PostCapture } from '../schema/capture';
import type { Area } from '../schema/records';
import { createInitiative, linkSignals } from './initiatives';
import { validSignal } from './writes';

/**
 * Clips a post with what the clip dialog added: the note and the corrected area go on the
 * signal, and it joins an existing initiative or starts a new one. One transaction: a refused
 * initiative (merged meanwhile, say) leaves no clip behind either, so the user can try again.
 */
export function clipWithDetails(
  db: VliegwielDatabase,
  clock: Clock,
  actor: Actor,
  capture: PostCapture,
  classification: SignalClassification,
  correction: Correction | undefined,
  details: ClipDetails,
  area: Area | undefined,
  sharedKey?: string,
): Promise<ClipOutcome> {
  return db.transaction('rw', [...signalTables(db), db.initiatives], async () => {
    const outcome = await clipPost(
      db,
      capture,
      clock,
      classification,
      correction,
      actor,
      sharedKey,
    );
    let signal = outcome.signal;
    if (details.note || area) {
      signal = validSignal({
        ...signal,
        ...(details.note ? { note: details.note } : {}),
        ...(area ? { correctedArea: area } : {}),
      });
      await saveSignals(db, [signal]);
    }
    const initiative = details.initiative;
    if (initiative && 'id' in initiative) {
      await linkSignals(db, clock, actor, initiative.id, [signal.id]);
    } else if (initiative) {
      const municipality = area?.municipality ?? signal.municipality;
      await createInitiative(db, clock, actor, {
        title: initiative.title,
        category: signal.correctedCategory ?? signal.category ?? 'other',
        area: area ?? (municipality ? { municipality } : {}),
        signalIds: [signal.id],
      });
    }
    return { ...outcome, signal: (await db.signals.get(signal.id)) ?? signal };
  });
}
