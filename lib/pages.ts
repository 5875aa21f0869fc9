/** Contract 5 in DESIGN.md: the extension's pages and where they live in the build. */
export const POPUP_PATH = '/popup.html';
export const TRACKER_PATH = '/tracker.html';
/** The first-run page: what Vliegwiel reads, keeps and shares, and the consent to start reading. */
export const WELCOME_PATH = '/welcome.html';
export const OPTIONS_PATH = '/options.html';

export function trackerPath(
  signalId?: string,
): typeof TRACKER_PATH | `${typeof TRACKER_PATH}#${string}` {
  return signalId ? `${TRACKER_PATH}#signal=${encodeURIComponent(signalId)}` : TRACKER_PATH;
}

export function signalIdFromHash(hash: string): string | null {
  const match = /^#signal=([^&]+)$/.exec(hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** Where the tracker is: the inbox (with a signal open, perhaps), the initiatives, or one of them. */
export type TrackerRoute =
  | { view: 'signals'; signalId: string | null }
  | { view: 'initiatives' }
  | { view: 'groups' }
  | { view: 'initiative'; initiativeId: string };

export function trackerRoute(hash: string): TrackerRoute {
  if (hash === '#initiatives') return { view: 'initiatives' };
  if (hash === '#groups') return { view: 'groups' };
  const initiative = /^#initiative=([^&]+)$/.exec(hash)?.[1];
  if (initiative) return { view: 'initiative', initiativeId: decodeURIComponent(initiative) };
  return { view: 'signals', signalId: signalIdFromHash(hash) };
}

export function trackerHash(route: TrackerRoute): string {
  switch (route.view) {
    case 'initiatives':
      return '#initiatives';
    case 'groups':
      return '#groups';
    case 'initiative':
      return `#initiative=${encodeURIComponent(route.initiativeId)}`;
    case 'signals':
      return route.signalId ? `#signal=${encodeURIComponent(route.signalId)}` : '';
  }
}
