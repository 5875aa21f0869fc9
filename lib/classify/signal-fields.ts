import type { Signal } from '../schema/records';
import type { Classification } from '.';

/** What a signal keeps of a classification. */
export type SignalClassification = Pick<
  Signal,
  'verdict' | 'category' | 'confidence' | 'tone' | 'evidence'
>;

/** Enough cues to explain a verdict to a person; the rest are weaker repeats. */
const EVIDENCE_KEPT = 12;

export function signalFieldsOf(classification: Classification): SignalClassification {
  return {
    verdict: classification.local ? 'local-issue' : 'other',
    category: classification.category ?? undefined,
    confidence: Math.round(classification.confidence * 1000) / 1000,
    tone: classification.tone,
    evidence: classification.evidence
      .slice(0, EVIDENCE_KEPT)
      .map(({ cue, kind, weight, category }) => ({
        cue: cue.slice(0, 200),
        kind,
        weight: Math.round(weight * 100) / 100,
        ...(category ? { category } : {}),
      })),
  };
}
