// `npm start`: build the extension for Chromium and Firefox, start the sync server (PGlite in the
// user's data directory, see server/README.md), then open Chromium with the extension loaded where
// there is a display to show it on; otherwise say where the builds are and how to load them, and
// keep the server running until Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findBrowser } from '../e2e/support/browsers';
import { SERVER_NODE_ARGUMENTS } from '../server/command';

const chromeBuild = resolve('.output/chrome-mv3');
const firefoxBuild = resolve('.output/firefox-mv3');

for (const args of [
  ['wxt', 'build'],
  ['wxt', 'build', '-b', 'firefox'],
]) {
  const result = spawnSync('npx', args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const chromium = findBrowser('chromium');

const howToLoad = `
Vliegwiel is built:
  Chromium, Chrome, Edge: ${chromeBuild}
    open chrome://extensions, switch on Developer mode, "Load unpacked", pick that folder.
  Firefox:                ${firefoxBuild}
    open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", pick manifest.json there.
`;

const port = process.env.PORT ?? '8787';
const server = spawn(process.execPath, [...SERVER_NODE_ARGUMENTS], {
  stdio: 'inherit',
  env: { ...process.env, PORT: port },
});
server.on('exit', (code) => {
  console.error(`The sync server stopped (exit code ${code}).`);
  process.exit(code ?? 1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal));
}

console.log(howToLoad);
console.log(
  `Sync server: http://localhost:${port} — in the options page, create a workspace on this address.`,
);

if (!hasDisplay || !chromium) {
  if (!hasDisplay) console.log('No display found, so no browser was started.');
  else console.log('No Chromium found (set CHROMIUM_PATH), so no browser was started.');
  console.log('The sync server keeps running; Ctrl-C stops it.');
} else {
  startChromium(chromium);
}

function startChromium(chromium: string) {
  console.log(`Starting ${chromium} with Vliegwiel loaded (profile in .profiles/chromium)…`);
  const browser = spawn(
    chromium,
    [
      `--user-data-dir=${resolve('.profiles/chromium')}`,
      `--disable-extensions-except=${chromeBuild}`,
      `--load-extension=${chromeBuild}`,
      '--no-first-run',
      'https://www.reddit.com/r/utrecht/',
    ],
    { stdio: 'inherit' },
  );
  browser.on('exit', () => server.kill('SIGTERM'));
}
