import { readFileSync } from 'node:fs';
import { CATEGORY_IDS } from '../../lib/classify/taxonomy';
import { analysePost } from '../../lib/places/analyse';
import type { Gazetteer } from '../../lib/places/gazetteer';
import type { Group } from '../../lib/schema/contacts';
import type { Initiative, Signal } from '../../lib/schema/records';
import { loadContacts } from '../../lib/suggest/contacts';
import { caseSignal, suggestionCaseSchema } from '../../lib/suggest/evaluate';
import type { HomeArea } from '../../lib/suggest/locate';
import { type PreparedSuggestions, prepareSuggestions } from '../../lib/suggest/suggest';

export interface SuggestBenchInput {
  prepared: PreparedSuggestions;
  /** Each case as clipping stores it (category and places filled in), with its home area. */
  signals: Array<{ signal: Signal; homeArea: HomeArea | undefined }>;
  contacts: number;
  prepareMs: number;
}

const GROUPS = 200;
const INITIATIVES = 200;
const TITLE_WORDS = 7;

function uuid(prefix: number, n: number): string {
  return `0000000${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/**
 * 200 groups and 200 initiatives in the municipalities the cases name, most in the few that
 * the cases name most, as a workspace around some towns would have them. Initiative titles are
 * the openings of the cases, so titles share words with the signals.
 */
function workspace(gazetteer: Gazetteer, municipalities: readonly string[], texts: string[]) {
  const postcodesOf = new Map<string, string[]>();
  for (const [postcode, areas] of gazetteer.postcodes) {
    const code = areas[0]?.code;
    if (code) postcodesOf.set(code, [...(postcodesOf.get(code) ?? []), postcode]);
  }
  const groups: Group[] = [];
  for (let i = 0; i < GROUPS; i++) {
    const municipality = municipalities[(i * i) % municipalities.length] as string;
    const postcodes = postcodesOf.get(municipality) ?? [];
    const postcode = i % 3 === 0 ? undefined : postcodes[i % Math.max(postcodes.length, 1)];
    groups.push({
      id: uuid(1, i),
      name: `Buurtgroep ${i}`,
      area: { municipality, ...(postcode ? { postcode } : {}) },
      topics:
        i % 5 === 0
          ? []
          : [CATEGORY_IDS[i % 13], CATEGORY_IDS[(i * 7) % 13]].flatMap((c) => (c ? [c] : [])),
    });
  }
  const initiatives: Initiative[] = [];
  for (let i = 0; i < INITIATIVES; i++) {
    const municipality = municipalities[(i * 3) % municipalities.length] as string;
    const title = (texts[i % texts.length] as string).split(/\s+/).slice(0, TITLE_WORDS).join(' ');
    initiatives.push({
      id: uuid(2, i),
      title,
      description: '',
      category: CATEGORY_IDS[i % CATEGORY_IDS.length] ?? 'other',
      area: { municipality },
      status: 'gathering',
      ownerId: 'bench',
      createdAt: '2026-11-01T10:00:00.000Z',
      lastActivityAt: `2026-11-${String(1 + (i % 27)).padStart(2, '0')}T10:00:00.000Z`,
    });
  }
  return { groups, initiatives };
}

/** The labelled cases with the real contacts of lib/data, 200 groups and 200 initiatives. */
export function suggestBenchInput(
  casesPath: string,
  dataDirectory: string,
  gazetteer: Gazetteer,
): SuggestBenchInput {
  const rows = readFileSync(casesPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => suggestionCaseSchema.parse(JSON.parse(line)));
  const data = (name: string) => readFileSync(`${dataDirectory}${name}`, 'utf8');
  const contacts = loadContacts(
    data('municipalities.csv'),
    JSON.parse(data('contacts.json')),
    JSON.parse(data('municipal-desks.json')),
  );
  const named = rows.flatMap((row) => (row.municipality ? [row.municipality] : []));
  const { groups, initiatives } = workspace(
    gazetteer,
    named,
    rows.map((row) => row.text),
  );
  const started = process.hrtime.bigint();
  const prepared = prepareSuggestions({ contacts, groups, initiatives, gazetteer });
  const prepareMs = Number(process.hrtime.bigint() - started) / 1e6;
  const signals = rows.map((row, index) => {
    const { classification, municipality, places } = analysePost(row.text, gazetteer);
    const signal: Signal = {
      ...caseSignal(row, index),
      ...(classification.category ? { category: classification.category } : {}),
      ...(municipality ? { municipality: municipality.code } : {}),
      places: places.map((place) => ({ kind: place.kind, name: place.text })),
    };
    return { signal, homeArea: row.home ? { municipality: row.home } : undefined };
  });
  return { prepared, signals, contacts: contacts.length, prepareMs };
}
