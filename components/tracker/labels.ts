import { effectiveCategory } from '../../lib/db/signal-index';
import type { GetMessage, MessageKey } from '../../lib/i18n';
import type { MunicipalityName } from '../../lib/places/municipality-list';
import type { Signal, TimelineEvent } from '../../lib/schema/records';
import { categoryLabel, municipalityName } from '../../lib/suggest/reason-words';
import type { DuplicateReason, SimilarityReason } from '../../lib/tracker/duplicates';
import type { NextStepKey } from '../../lib/tracker/stalled';

export {
  categoryLabel,
  municipalityName,
  suggestionReasonText,
} from '../../lib/suggest/reason-words';

export { STATUS_MESSAGES, TRIAGE_MESSAGES } from '../../lib/tracker/event-words';

export function signalCategoryLabel(t: GetMessage, signal: Signal): string {
  return categoryLabel(t, effectiveCategory(signal) || undefined);
}

/** Where a signal is, as people say it: the corrected area, else the places found in its text. */
export function signalPlaceLabel(
  signal: Signal,
  municipalities: readonly MunicipalityName[],
): string {
  const area = signal.correctedArea;
  if (area) {
    return [area.neighbourhood, area.place, municipalityName(municipalities, area.municipality)]
      .filter(Boolean)
      .join(', ');
  }
  const named = (signal.places ?? [])
    .filter(
      (place) => place.kind === 'street' || place.kind === 'postcode' || place.kind === 'place',
    )
    .map((place) => place.name);
  const municipality = municipalityName(municipalities, signal.municipality);
  return [...new Set([...named.slice(0, 2), ...(municipality ? [municipality] : [])])].join(', ');
}

/** "Anna", or "you" for this browser's own member, or "someone" for a member without a name. */
export function actorLabel(t: GetMessage, event: TimelineEvent, ownId: string): string {
  if (event.actorId === ownId)
    return event.actorName ? `${event.actorName} (${t('you')})` : t('you');
  return event.actorName ?? t('someone');
}

export const NEXT_STEP_MESSAGES = {
  'gather-support': 'nextGatherSupport',
  'raise-with-municipality': 'nextRaiseWithMunicipality',
  'ask-for-update': 'nextAskForUpdate',
  'check-progress': 'nextCheckProgress',
} as const satisfies Record<NextStepKey, MessageKey>;

const REASON_MESSAGES = {
  'similar-text': 'reasonSimilarText',
  'similar-title': 'reasonSimilarTitle',
  'same-place': 'reasonSamePlace',
  'same-category': 'reasonSameCategory',
} as const satisfies Record<DuplicateReason | SimilarityReason, MessageKey>;

/** Why something was suggested, as a short list: "similar text, same place". */
export function reasonsLabel(
  t: GetMessage,
  reasons: readonly (DuplicateReason | SimilarityReason)[],
): string {
  return reasons.map((reason) => t(REASON_MESSAGES[reason])).join(', ');
}
