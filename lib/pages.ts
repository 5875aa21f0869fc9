/** Contract 5 in DESIGN.md: the extension's pages and where they live in the build. */
export const POPUP_PATH = '/popup.html';
export const TRACKER_PATH = '/tracker.html';

export function trackerPath(
  signalId?: string,
): typeof TRACKER_PATH | `${typeof TRACKER_PATH}#${string}` {
  return signalId ? `${TRACKER_PATH}#signal=${encodeURIComponent(signalId)}` : TRACKER_PATH;
}

export function signalIdFromHash(hash: string): string | null {
  const match = /^#signal=([^&]+)$/.exec(hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}
