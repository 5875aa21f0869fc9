// `npm start`: build the extension for Chromium and Firefox, then open Chromium with it loaded
// where there is a display to show it on; otherwise say where the builds are and how to load them.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findBrowser } from '../e2e/support/browsers';

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

if (!hasDisplay || !chromium) {
  console.log(howToLoad);
  if (!hasDisplay) console.log('No display found, so no browser was started.');
  else console.log('No Chromium found (set CHROMIUM_PATH), so no browser was started.');
  process.exit(0);
}

console.log(howToLoad);
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
browser.on('exit', (code) => process.exit(code ?? 0));
