import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { VliegwielDatabase } from '../../lib/db/database';
import type { Clock } from '../../lib/db/signals';
import type { Actor } from '../../lib/db/store';
import type { ExportFile } from '../../lib/export/files';
import type { GetMessage, UiLanguage } from '../../lib/i18n';
import type { MunicipalityName } from '../../lib/places/municipality-list';
import type { SuggestionsResult } from '../../lib/schema/messages';
import type { Settings } from '../../lib/settings';
import type { Coordinates } from '../../lib/suggest/coordinates';

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
  /** Saving and showing exported files, and the place data the map formats need. */
  files: TrackerFiles;
}

/** A file to save or show: an export's text, name and type. */
export type TrackerFile = Pick<ExportFile, 'text' | 'fileName' | 'mimeType'>;

/** The browser's side of exports (entrypoints/tracker/files.ts). */
export interface TrackerFiles {
  /**
   * Asks for the optional downloads permission (no question once it is granted) and resolves
   * whether Vliegwiel has it. Browsers ask only during a click, so a click handler calls this
   * first, before it awaits anything.
   */
  requestDownloads(): Promise<boolean>;
  /**
   * Saves the file into the user's downloads with the browser's downloads API (which needs the
   * permission); resolves once it is saved, rejects with an ExportError 'download-failed'.
   */
  download(file: TrackerFile): Promise<void>;
  /** Offers the file through a link of the page, as any page can: without the permission. */
  downloadWithLink(file: TrackerFile): void;
  /** Opens the file in a new tab: the report, to print. */
  openInTab(file: TrackerFile): Promise<void>;
  /** Where postcodes and places lie (lib/data/pc4.csv): loaded when first needed, then kept. */
  coordinates(): Promise<Coordinates>;
}

export const TrackerContext = createContext<TrackerEnvironment | null>(null);

export function useTracker(): TrackerEnvironment {
  const environment = useContext(TrackerContext);
  if (!environment) throw new Error('useTracker outside the tracker');
  return environment;
}
