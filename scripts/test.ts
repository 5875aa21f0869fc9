// `npm test`: lint, type check, unit tests, both production builds, the Firefox lint, and the
// end-to-end tests in Chromium and Firefox. Every suite runs even when an earlier one failed, so
// the closing line counts them all: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireBrowser } from '../e2e/support/browsers';
import { findPostgres, startPostgres } from './postgres';

const reports = mkdtempSync(join(tmpdir(), 'vliegwiel-test-'));
const totals = { passed: 0, failed: 0 };
const failedSteps: string[] = [];

function run(step: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${step}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (!ok) failedSteps.push(step);
  return ok;
}

function count(step: string, passed: number, failed: number) {
  totals.passed += passed;
  totals.failed += failed;
  console.log(`  ${step}: ${passed} passed, ${failed} failed`);
}

function readJson(path: string) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

let browsersFound = true;
for (const name of ['chromium', 'firefox'] as const) {
  try {
    requireBrowser(name);
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    browsersFound = false;
  }
}
// The server's tests run on PGlite and, with VLIEGWIEL_TEST_DATABASE_URL, on a real PostgreSQL too.
if (!findPostgres()) {
  console.error(
    '✗ PostgreSQL is not installed (the server tests need it): apt-get install postgresql',
  );
  browsersFound = false;
}
if (!browsersFound) process.exit(1);

run('lint', 'npx', ['biome', 'check', '.']);
run('typecheck', 'npx', ['tsc', '--noEmit']);

const unitReport = join(reports, 'vitest.json');
const postgres = await startPostgres();
run(
  'unit',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`],
  { VLIEGWIEL_TEST_DATABASE_URL: postgres.url },
);
await postgres.stop();
const unit = readJson(unitReport);
if (unit) count('unit', unit.numPassedTests, unit.numFailedTests);
else count('unit', 0, 1);

/**
 * Mozilla's linter on the Firefox build: errors fail the run; warnings are listed by code. The
 * known ones come from libraries (README, "Firefox lint"): zod's `new Function` probe (background
 * and pages) and Preact's innerHTML path.
 */
function lintFirefoxBuild() {
  console.log('\n▶ web-ext lint: .output/firefox-mv3');
  const result = spawnSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--self-hosted', '--output', 'json'],
    { encoding: 'utf8' },
  );
  let report: { summary: Record<string, number>; errors: Lint[]; warnings: Lint[] };
  try {
    report = JSON.parse(result.stdout);
  } catch {
    console.error(result.stdout, result.stderr);
    failedSteps.push('web-ext lint');
    return;
  }
  for (const { code, file, message } of [...report.errors, ...report.warnings]) {
    console.log(`  ${code} ${file ?? ''}: ${message}`);
  }
  console.log(`  ${report.errors.length} errors, ${report.warnings.length} warnings`);
  if (report.errors.length > 0) failedSteps.push('web-ext lint');
}
interface Lint {
  code: string;
  file?: string;
  message: string;
}

const built =
  run('build chromium', 'npx', ['wxt', 'build']) &&
  run('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
if (built) {
  lintFirefoxBuild();

  const chromiumReport = join(reports, 'playwright.json');
  run('e2e chromium', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: chromiumReport,
  });
  const chromium = readJson(chromiumReport);
  if (chromium)
    count(
      'e2e chromium',
      chromium.stats.expected + chromium.stats.flaky,
      chromium.stats.unexpected,
    );
  else count('e2e chromium', 0, 1);

  const firefoxReport = join(reports, 'firefox.tap');
  run('e2e firefox', 'node', [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${firefoxReport}`,
    'e2e/firefox/clip.test.ts',
    'e2e/firefox/tracker.test.ts',
    'e2e/firefox/export.test.ts',
  ]);
  const tap = existsSync(firefoxReport) ? readFileSync(firefoxReport, 'utf8') : '';
  const tapCount = (label: string) =>
    Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  if (tap) count('e2e firefox', tapCount('pass'), tapCount('fail') + tapCount('cancelled'));
  else count('e2e firefox', 0, 1);
} else {
  console.error('✗ The build failed, so the end-to-end tests could not run.');
  totals.failed += 1;
}

if (failedSteps.length > 0) console.error(`\n✗ Failed: ${failedSteps.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedSteps.length > 0 || totals.failed > 0 ? 1 : 0);
