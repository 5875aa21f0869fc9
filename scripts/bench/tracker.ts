import { readFileSync } from 'node:fs';
import type { BuildOptions } from 'esbuild';
import { ownPostTexts } from '../../lib/classify/own-posts';
import { inBenchPage } from './bench-page';
import type { PopupCase, PopupFigures } from './popup-page';
import type { FillInput } from './signals-page';
import type { QueryCase, SnapshotFigures } from './tracker-page';

export interface TrackerFigures extends SnapshotFigures {
  fillMs: number;
}

export interface PopupBenchFigures {
  fillMs: number;
  popups: PopupFigures[];
  snapshotLoadMs: number;
}

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
    {
      name: 'search 2 + new + unlinked',
      filter: { search: 'de gemeente', triage: ['new'], linked: 'unlinked' },
    },
  ];
}

function popupCases(municipalities: Array<{ code: string }>): PopupCase[] {
  const big = municipalities[0]?.code ?? '';
  const small = municipalities.at(-1)?.code ?? '';
  return [
    { name: 'nothing watched', watched: { watchedAreas: [], watchedTopics: [] } },
    {
      name: '1 municipality, 2 topics',
      watched: { watchedAreas: [{ municipality: big }], watchedTopics: ['roads', 'green'] },
    },
    {
      name: '2 municipalities, 1 with a street',
      watched: {
        watchedAreas: [{ municipality: big }, { municipality: small, place: 'Kerkstraat' }],
        watchedTopics: [],
      },
    },
  ];
}

function fillInput(count: number): FillInput {
  return {
    count,
    texts: ownPostTexts(),
    municipalities: someMunicipalities(),
    streets: STREETS,
    newest: NEWEST,
  };
}

/** The options that bundle a bench page of this section (Preact components, CSV data). */
function pageSource(entry: string): BuildOptions {
  return {
    entryPoints: [new URL(entry, import.meta.url).pathname],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.csv': 'text' },
  };
}

export async function benchTracker(count: number, runs: number): Promise<TrackerFigures> {
  return inBenchPage(pageSource('./tracker-page.ts'), async (page) => {
    const input = fillInput(count);
    const fillMs = await page.evaluate((fill) => window.fillInbox(fill), input);
    const cases = queryCases(input.municipalities);
    const figures = await page.evaluate(([all, times]) => window.timeSnapshot(all, times), [
      cases,
      runs,
    ] as const);
    return { fillMs, ...figures };
  });
}

/**
 * Fills a fresh database in headless Chromium with `count` signals, then renders the real Popup
 * component on it for each case and times its first content: the median of `runs` renders each.
 */
export async function benchPopup(count: number, runs: number): Promise<PopupBenchFigures> {
  return inBenchPage(pageSource('./popup-page.tsx'), async (page) => {
    const input = fillInput(count);
    const fillMs = await page.evaluate((fill) => window.fillPopup(fill), input);
    const cases = popupCases(input.municipalities);
    const popups = await page.evaluate(([all, times]) => window.timePopup(all, times), [
      cases,
      runs,
    ] as const);
    const snapshotLoadMs = await page.evaluate((times) => window.timeSnapshotLoad(times), runs);
    return { fillMs, popups, snapshotLoadMs };
  });
}
