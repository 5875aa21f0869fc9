import { type Browser, browser } from 'wxt/browser';
import type { TrackerFile, TrackerFiles } from '../../components/tracker/context';
import municipalitiesCsv from '../../lib/data/municipalities.csv?raw';
import { ExportError } from '../../lib/export/errors';
import { buildGazetteer } from '../../lib/places';
import { type Coordinates, coordinatesOf } from '../../lib/suggest/coordinates';

/**
 * The tracker page's side of exports. The downloads permission is optional, asked for by the
 * first export; a refusal holds for as long as the page is open, so that each export after it
 * does not ask again, and files then go through a link of the page.
 */
export function trackerFiles(): TrackerFiles {
  let refused = false;
  let coordinates: Promise<Coordinates> | undefined;
  return {
    async requestDownloads() {
      if (refused) return false;
      try {
        refused = !(await browser.permissions.request({ permissions: ['downloads'] }));
      } catch {
        // Asked outside a click, or while another question is open: not now, but not refused.
        return false;
      }
      return !refused;
    },
    download: downloadFile,
    downloadWithLink(file) {
      const url = objectUrl(file);
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      link.click();
      // The download reads the URL after the click returns (Firefox cancels it when the URL is
      // revoked at once), and the page learns nothing of when it is done.
      setTimeout(() => URL.revokeObjectURL(url), LINK_URL_LIFETIME_MS);
    },
    async openInTab(file) {
      const url = objectUrl(file);
      const tab = await browser.tabs.create({ url });
      // Kept while the tab is open, so that it can be reloaded and printed again.
      const onRemoved = (tabId: number) => {
        if (tabId !== tab.id) return;
        browser.tabs.onRemoved.removeListener(onRemoved);
        URL.revokeObjectURL(url);
      };
      browser.tabs.onRemoved.addListener(onRemoved);
    },
    coordinates() {
      coordinates ??= import('../../lib/data/pc4.csv?raw').then(
        ({ default: postcodesCsv }) =>
          coordinatesOf(buildGazetteer({ municipalitiesCsv, postcodesCsv })),
        (error: unknown) => {
          coordinates = undefined;
          throw error;
        },
      );
      return coordinates;
    },
  };
}

const LINK_URL_LIFETIME_MS = 60_000;

function objectUrl(file: TrackerFile): string {
  return URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
}

/**
 * Saves through the downloads API and resolves when the file is complete; the object URL is
 * revoked once the download is over, either way. A download can end before its id is known
 * (a small file from memory is quick), so endings are noted from the start.
 */
function downloadFile(file: TrackerFile): Promise<void> {
  const url = objectUrl(file);
  return new Promise((resolve, reject) => {
    let downloadId: number | undefined;
    const ended = new Map<number, string | undefined>();
    const finish = (error: string | undefined) => {
      browser.downloads.onChanged.removeListener(onChanged);
      URL.revokeObjectURL(url);
      if (error === undefined) resolve();
      else reject(new ExportError('download-failed', error));
    };
    const onChanged = (delta: Browser.downloads.DownloadDelta) => {
      const state = delta.state?.current;
      if (state !== 'complete' && state !== 'interrupted') return;
      const error = state === 'interrupted' ? (delta.error?.current ?? state) : undefined;
      if (delta.id === downloadId) finish(error);
      else ended.set(delta.id, error);
    };
    browser.downloads.onChanged.addListener(onChanged);
    browser.downloads.download({ url, filename: file.fileName, saveAs: false }).then(
      (id) => {
        downloadId = id;
        if (ended.has(id)) finish(ended.get(id));
      },
      (error: unknown) => finish(error instanceof Error ? error.message : String(error)),
    );
  });
}
