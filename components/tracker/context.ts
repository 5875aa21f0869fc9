import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { VliegwielDatabase } from '../../lib/db/database';
import type { Clock } from '../../lib/db/signals';
import type { Actor } from '../../lib/db/store';
import type { GetMessage, UiLanguage } from '../../lib/i18n';
import type { MunicipalityName } from '../../lib/places/municipality-list';
import type { SuggestionsResult } from '../../lib/schema/messages';
import type { Settings } from '../../lib/settings';

/** What every part of the tracker needs: the data, the words, and who is acting. */
export interface TrackerEnvironment {
  db: VliegwielDatabase;
  clock: Clock;
  actor: Actor;
  settings: Settings;
  t: GetMessage;
  language: UiLanguage;
  municipalities: readonly MunicipalityName[];
  now(): Date;
  /** Who can act on a stored signal (computed in the background, which holds the place data). */
  requestSuggestions(
    subject: { signalId: string } | { initiativeId: string },
  ): Promise<SuggestionsResult>;
}

export const TrackerContext = createContext<TrackerEnvironment | null>(null);

export function useTracker(): TrackerEnvironment {
  const environment = useContext(TrackerContext);
  if (!environment) throw new Error('useTracker outside the tracker');
  return environment;
}
