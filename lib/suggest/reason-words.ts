import type { CategoryId } from '../classify/taxonomy';
import { categoryMessage, type GetMessage } from '../i18n';
import type { MunicipalityName } from '../places/municipality-list';
import type { Location } from './locate';
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

const FOUND_FROM = {
  text: 'suggestionsWhereFromText',
  author: 'suggestionsWhereFromAuthor',
  home: 'suggestionsWhereFromHome',
  corrected: 'suggestionsWhereCorrected',
} as const;

/** "Biltstraat, Utrecht (named in the post)"; null when where it is is not known. */
export function locationText(
  t: GetMessage,
  location: Location,
  municipalities: readonly MunicipalityName[],
): string | null {
  const municipality = municipalityName(municipalities, location.municipality ?? undefined);
  if (!municipality || !location.from) return null;
  const where = [location.street, location.place, location.postcode, municipality]
    .filter(Boolean)
    .join(', ');
  return `${where} (${t(FOUND_FROM[location.from])})`;
}

/** Why each suggestion was made, as one line. */
export function reasonsText(
  t: GetMessage,
  reasons: readonly SuggestionReason[],
  municipalities: readonly MunicipalityName[],
): string {
  return reasons.map((reason) => suggestionReasonText(t, reason, municipalities)).join('; ');
}
