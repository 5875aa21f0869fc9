import type { CategoryId } from '../classify/taxonomy';
import { categoryMessage, type GetMessage } from '../i18n';
import type { MunicipalityName } from '../places/municipality-list';
import type { SuggestionReason } from './suggest';

// Words for suggestions, shared by the tracker page and the background (which words them for the
// clip dialog, so the content script carries no place data).

export function categoryLabel(t: GetMessage, category: string | undefined): string {
  return category ? t(categoryMessage(category as CategoryId)) : t('categoryNone');
}

export function municipalityName(
  municipalities: readonly MunicipalityName[],
  code: string | undefined,
): string | undefined {
  return code ? (municipalities.find((m) => m.code === code)?.name ?? code) : undefined;
}

/** A suggestion's reason in words: "handles rats in Utrecht", "in 3532", "topic green". */
export function suggestionReasonText(
  t: GetMessage,
  reason: SuggestionReason,
  municipalities: readonly MunicipalityName[],
): string {
  const place = (code: string | undefined) => municipalityName(municipalities, code) ?? '';
  switch (reason.kind) {
    case 'handles':
      return reason.municipality
        ? t('reasonHandlesIn', [categoryLabel(t, reason.category), place(reason.municipality)])
        : t('reasonHandles', [categoryLabel(t, reason.category)]);
    case 'municipality':
      return t('reasonMunicipality', [place(reason.municipality)]);
    case 'mentions':
      return t('reasonMentions', [reason.cue]);
    case 'urgent':
      return t('reasonUrgent', [reason.cue]);
    case 'same-postcode':
      return t('reasonSamePostcode', [reason.postcode]);
    case 'same-place':
      return t('reasonSamePlace', [reason.place]);
    case 'same-municipality':
      return t('reasonSameMunicipality', [place(reason.municipality)]);
    case 'nearby':
      return t('reasonNearby', [String(reason.km)]);
    case 'topic':
      return t('reasonTopic', [categoryLabel(t, reason.category)]);
    case 'similar-title':
      return t('reasonSimilarTitle');
  }
}
