import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/**
 * Chromium switches for tests: no background traffic of its own, and any request that the test
 * does not answer itself goes to a closed port on this machine instead of the network.
 */
export const CHROMIUM_TEST_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
];

/** Where Firefox saves what the tests download. */
export const FIREFOX_DOWNLOADS = join(tmpdir(), 'vliegwiel-firefox-downloads');

/** The same for Firefox, as preferences. */
export const FIREFOX_TEST_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.allow_hijacking_localhost': true,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'app.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  // Downloads go, without asking, to a folder of the tests' own instead of the user's Downloads;
  // a test finds its file there through the downloads API and removes it.
  'browser.download.folderList': 2,
  'browser.download.dir': FIREFOX_DOWNLOADS,
  'browser.download.useDownloadDir': true,
};
