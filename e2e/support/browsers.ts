import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/snap/bin/chromium',
    ],
    install: 'apt-get install chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'],
    install: 'apt-get install firefox-esr',
  },
} as const;

export type BrowserName = keyof typeof CANDIDATES;

/** The browser's executable, from its environment variable or the usual system paths. */
export function findBrowser(name: BrowserName): string | null {
  const candidate = CANDIDATES[name];
  const fromEnv = process.env[candidate.env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return candidate.paths.find((path) => existsSync(path)) ?? null;
}

export function requireBrowser(name: BrowserName): string {
  const found = findBrowser(name);
  if (found) return found;
  const candidate = CANDIDATES[name];
  const fromEnv = process.env[candidate.env];
  throw new Error(
    fromEnv
      ? `${name} was not found at ${candidate.env}=${fromEnv}.`
      : `${name} is not installed: looked in ${candidate.paths.join(', ')}. Install it (${candidate.install}) or set ${candidate.env} to its executable.`,
  );
}
