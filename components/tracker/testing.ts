import type { Coordinates } from '../../lib/suggest/coordinates';
import type { TrackerFile, TrackerFiles } from './context';

/** What a test's tracker did with files, through a TrackerFiles that only keeps note. */
export interface FilesSeen {
  files: TrackerFiles;
  /** Saved with the downloads API. */
  downloaded: TrackerFile[];
  /** Offered through a link of the page. */
  linked: TrackerFile[];
  /** Opened in a tab. */
  opened: TrackerFile[];
  /** How often the downloads permission was asked for. */
  asked: number;
}

export function filesSeen({
  downloadsAllowed = true,
  coordinates,
}: {
  downloadsAllowed?: boolean;
  /** The place data the map formats need; without it, asking for it fails. */
  coordinates?: Coordinates;
} = {}): FilesSeen {
  const seen: FilesSeen = {
    downloaded: [],
    linked: [],
    opened: [],
    asked: 0,
    files: {
      requestDownloads: async () => {
        seen.asked += 1;
        return downloadsAllowed;
      },
      download: async (file) => {
        seen.downloaded.push(file);
      },
      downloadWithLink: (file) => {
        seen.linked.push(file);
      },
      openInTab: async (file) => {
        seen.opened.push(file);
      },
      coordinates: async () => {
        if (!coordinates) throw new Error('this test has no place data');
        return coordinates;
      },
    },
  };
  return seen;
}
