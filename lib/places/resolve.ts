import type { PlaceMatch, PlaceMatchKind } from './find';
import type { Gazetteer, Municipality } from './gazetteer';

export interface ResolvedMunicipality extends Municipality {
  /** Share of the evidence that points at this municipality, 0..1. */
  confidence: number;
  /** The matches that point at it, for the explanation. */
  evidence: PlaceMatch[];
}

/** How much a kind of match says about the municipality. */
const STRENGTH: Record<PlaceMatchKind, number> = {
  postcode: 4,
  account: 4,
  municipality: 3,
  alias: 3,
  'area-code': 2.5,
  place: 2.5,
  district: 2.5,
  adjective: 1.5,
  street: 0,
};
/** A province written next to a name ("Bergen (L)") makes it as sure as a postcode. */
const QUALIFIED_BONUS = 1;
/** A place one has to go to ("moeten straks naar Assen") says less about where the post is. */
const DESTINATION_SHARE = 0.5;

/**
 * The municipality a name settles by itself: its only candidate, unless the name more likely
 * means a town abroad ("Hasselt" alone).
 */
export function soleMunicipality(match: PlaceMatch): string | undefined {
  if (match.candidates.length !== 1 || match.alsoAbroad) return undefined;
  return match.candidates[0]?.code;
}

/**
 * Picks the municipality the matches point at most: each match spreads its strength over its
 * candidates by their prior weight, so "Oostrum" (two villages) next to "Venray" settles on Venray,
 * and "Bergen" alone goes to the larger Bergen. A name that is also a larger town abroad
 * ("Hasselt") settles nothing alone. Returns null when nothing points anywhere.
 */
export function resolveMunicipality(
  matches: readonly PlaceMatch[],
  gazetteer: Gazetteer,
): ResolvedMunicipality | null {
  const scores = new Map<string, number>();
  /** Municipalities that a name not also meaning a town abroad points at. */
  const supported = new Set<string>();
  let total = 0;
  for (const match of matches) {
    const strength =
      (STRENGTH[match.kind] + (match.province ? QUALIFIED_BONUS : 0)) *
      (match.destination ? DESTINATION_SHARE : 1);
    const weightSum = match.candidates.reduce((sum, c) => sum + c.weight, 0);
    if (strength === 0 || weightSum === 0) continue;
    for (const { code, weight } of match.candidates) {
      const share = (strength * weight) / weightSum;
      scores.set(code, (scores.get(code) ?? 0) + share);
      total += share;
      if (!match.alsoAbroad) supported.add(code);
    }
  }
  let bestCode: string | null = null;
  let bestScore = 0;
  for (const [code, score] of scores) {
    if (score > bestScore && supported.has(code)) {
      bestCode = code;
      bestScore = score;
    }
  }
  const municipality = bestCode ? gazetteer.municipalities.get(bestCode) : undefined;
  if (!bestCode || !municipality) return null;
  const code = bestCode;
  return {
    ...municipality,
    confidence: Math.round((bestScore / total) * 1000) / 1000,
    evidence: matches.filter((m) => m.candidates.some((c) => c.code === code)),
  };
}
