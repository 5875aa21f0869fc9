import type { GetMessage, MessageKey } from '../i18n';
import type { EventKind, InitiativeStatus, TimelineEvent } from '../schema/records';
import { categoryLabel } from '../suggest/reason-words';

// How the history reads, in the tracker's timeline and in the printed report alike.

export const TRIAGE_MESSAGES = {
  new: 'triageNew',
  acknowledged: 'triageAcknowledged',
  assigned: 'triageAssigned',
  done: 'triageDone',
} as const satisfies Record<string, MessageKey>;

export const STATUS_MESSAGES = {
  idea: 'statusIdea',
  gathering: 'statusGathering',
  raised: 'statusRaised',
  'in-progress': 'statusInProgress',
  resolved: 'statusResolved',
  stalled: 'statusStalled',
} as const satisfies Record<InitiativeStatus, MessageKey>;

/** What each kind of event counts as among a person's contributions. */
export const CONTRIBUTION_MESSAGES = {
  created: 'contributionCreated',
  clipped: 'contributionClipped',
  linked: 'contributionLinked',
  unlinked: 'contributionUnlinked',
  'status-changed': 'contributionStatus',
  contacted: 'contributionContacted',
  comment: 'contributionComment',
  edited: 'contributionEdited',
  merged: 'contributionMerged',
  triaged: 'contributionTriaged',
  'suggestion-rejected': 'contributionSuggestionRejected',
  recategorised: 'contributionRecategorised',
} as const satisfies Record<EventKind, MessageKey>;

/** What an event says happened, in a sentence naming who did it. */
export function eventSentence(t: GetMessage, event: TimelineEvent, who: string): string {
  switch (event.kind) {
    case 'created':
      return t('eventCreated', [who]);
    case 'clipped':
      return t('eventClipped', [who]);
    case 'linked':
      return t('eventLinked', [who]);
    case 'unlinked':
      return t('eventUnlinked', [who]);
    case 'status-changed':
      return t('eventStatusChanged', [
        who,
        t(STATUS_MESSAGES[event.from]),
        t(STATUS_MESSAGES[event.to]),
      ]);
    case 'contacted':
      return t('eventContacted', [who, event.contact]);
    case 'comment':
      return t('eventComment', [who]);
    case 'edited':
      return t('eventEdited', [who]);
    case 'merged':
      return t('eventMerged', [who, event.fromTitle]);
    case 'triaged':
      return t('eventTriaged', [who, t(TRIAGE_MESSAGES[event.to])]);
    case 'suggestion-rejected':
      return t('eventSuggestionRejected', [who, event.name]);
    case 'recategorised':
      return t('eventRecategorised', [who, categoryLabel(t, event.to)]);
  }
}
