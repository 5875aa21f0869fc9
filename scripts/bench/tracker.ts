import { readdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { CHROMIUM_TEST_ARGS, requireBrowser } from '../../e2e/support/browsers';
import type { FillInput, QueryCase, QueryFigures } from './tracker-page';

export interface TrackerFigures {
  fillMs: number;
  queries: QueryFigures[];
  signalsByIdsMs: number;
}

const PAGE_URL = 'https://tracker.vliegwiel.test/';
const NEWEST = '2026-11-27T12:00:00.000Z';
const MUNICIPALITIES = 40;
/** Common Dutch street names, so that a street is named in many signals, as in real feeds. */
const STREETS = [
  'Kerkstraat',
  'Schoolstraat',
  'Molenstraat',
  'Dorpsstraat',
  'Stationsweg',
  'Julianastraat',
  'Wilhelminastraat',
  'Beatrixstraat',
  'Nieuwstraat',
  'Kastanjelaan',
  'Eikenlaan',
  'Lindelaan',
  'Parallelweg',
  'Industrieweg',
  'Sportlaan',
  'Marktplein',
  'Havenstraat',
  'Oudegracht',
  'Biltstraat',
  'Amsterdamsestraatweg',
  'Burgemeester de Withstraat',
  'Van der Helstlaan',
  'Prins Bernhardlaan',
  'Vondellaan',
  'Rembrandtlaan',
  'Zuidsingel',
  'Noordsingel',
  'Oosterstraat',
  'Westerstraat',
  'Hoofdstraat',
];

/** The project's own evaluation posts (lib/classify/testdata), Dutch and English. */
function ownPosts(): string[] {
  const directory = new URL('../../lib/classify/testdata/', import.meta.url);
  return readdirSync(directory)
    .filter((file) => file.endsWith('.jsonl'))
    .flatMap((file) =>
      readFileSync(new URL(file, directory), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
}

/** Every eighth municipality of the shipped list: 40 across the country. */
function someMunicipalities(): Array<{ code: string; name: string }> {
  const csv = readFileSync(new URL('../../lib/data/municipalities.csv', import.meta.url), 'utf8');
  return csv
    .split('\n')
    .slice(1)
    .filter((line, i) => line.trim() !== '' && i % 8 === 0)
    .slice(0, MUNICIPALITIES)
    .map((line) => {
      const [code = '', name = ''] = line.split(',');
      return { code, name };
    });
}

function queryCases(municipalities: Array<{ code: string }>): QueryCase[] {
  const big = municipalities[0]?.code ?? '';
  const small = municipalities.at(-1)?.code ?? '';
  const lastMonth = { from: '2026-10-28T12:00:00.000Z', to: NEWEST };
  return [
    { name: 'no filter', filter: {} },
    { name: 'category', filter: { categories: ['roads'] } },
    { name: '3 categories', filter: { categories: ['roads', 'traffic', 'green'] } },
    { name: 'municipality (large)', filter: { municipalities: [big] } },
    { name: 'municipality (small)', filter: { municipalities: [small] } },
    { name: 'place', filter: { places: ['Oudegracht'] } },
    { name: 'site', filter: { sites: ['reddit'] } },
    { name: 'triage new', filter: { triage: ['new'] } },
    { name: 'verdict local-issue', filter: { verdicts: ['local-issue'] } },
    { name: 'clipped by', filter: { clippedBy: ['member-3'] } },
    { name: 'linked', filter: { linked: 'linked' } },
    { name: 'unlinked', filter: { linked: 'unlinked' } },
    { name: 'last 30 days', filter: lastMonth },
    { name: 'category + municipality', filter: { categories: ['roads'], municipalities: [big] } },
    { name: 'local-issue + new', filter: { verdicts: ['local-issue'], triage: ['new'] } },
    {
      name: 'category + site + unlinked',
      filter: { categories: ['cleanliness'], sites: ['x'], linked: 'unlinked' },
    },
    {
      name: 'municip. + new + 30 days',
      filter: { municipalities: [big], triage: ['new'], ...lastMonth },
    },
    { name: 'search 1 word', filter: { search: 'kapot' } },
    { name: 'search "de" (common)', filter: { search: 'de' } },
    { name: 'search 2 words', filter: { search: 'gemeente kapot' } },
    { name: 'search 3 words', filter: { search: 'de wijk kapot' } },
    { name: 'search + category', filter: { search: 'kapot', categories: ['roads'] } },
    { name: 'search + municipality', filter: { search: 'rats', municipalities: [big] } },
  ];
}

/**
 * Fills a fresh database in headless Chromium with `count` signals through saveSignals, then
 * times the inbox queries on it: the median of `runs` runs each.
 */
export async function benchTracker(count: number, runs: number): Promise<TrackerFigures> {
  const bundle = await build({
    entryPoints: [new URL('./tracker-page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
  });
  const browser = await chromium.launch({
    executablePath: requireBrowser('chromium'),
    headless: true,
    args: CHROMIUM_TEST_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) =>
      route.request().url() === PAGE_URL
        ? route.fulfill({
            status: 200,
            contentType: 'text/html',
            body: '<!doctype html><title>tracker bench</title>',
          })
        : route.fulfill({ status: 404, body: '' }),
    );
    await page.goto(PAGE_URL);
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    const municipalities = someMunicipalities();
    const input: FillInput = {
      count,
      texts: ownPosts(),
      municipalities,
      streets: STREETS,
      newest: NEWEST,
    };
    const fillMs = await page.evaluate((fill) => window.fillInbox(fill), input);
    const cases = queryCases(municipalities);
    const queries = await page.evaluate(([all, times]) => window.timeInbox(all, times), [
      cases,
      runs,
    ] as const);
    const signalsByIdsMs = await page.evaluate((times) => window.timeSignalsByIds(50, times), runs);
    return { fillMs, queries, signalsByIdsMs };
  } finally {
    await browser.close();
  }
}
