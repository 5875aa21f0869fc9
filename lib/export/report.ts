import english from '../../public/_locales/en/messages.json';
import dutch from '../../public/_locales/nl/messages.json';
import type { CategoryId } from '../classify/taxonomy';
import {
  categoryMessage,
  type GetMessage,
  type MessageBundle,
  translator,
  type UiLanguage,
} from '../i18n';
import type { MunicipalityName } from '../places/municipality-list';
import type { EventKind, Initiative, Signal, TimelineEvent } from '../schema/records';
import { SITE_NAMES } from '../sites/names';
import { municipalityName } from '../suggest/reason-words';
import { CONTRIBUTION_MESSAGES, eventSentence, STATUS_MESSAGES } from '../tracker/event-words';
import { contributors } from '../tracker/timeline';
import { applyExportOptions, type ExportCollection, type ExportOptions } from './collection';
import type { ExportSubject } from './download';
import { memberNames, signalCategory, signalMunicipality, signalPlace } from './labels';

// The printable report for a council meeting: one standalone HTML page (inline CSS, no script,
// a Content-Security-Policy that allows none) to open in the browser and print to PDF. Every
// text that comes from a post, a member or an organiser is escaped and set in <bdi>, so markup
// in it stays text and right-to-left marks in it cannot turn the page around; only http(s)
// addresses become links. Words come from the extension's message bundles where the tracker has
// them, and from REPORT_WORDS below where only the report needs them. Times are shown as in the
// Netherlands (Europe/Amsterdam), and months are counted there too.

export interface ReportContext {
  municipalities: readonly MunicipalityName[];
  generatedAt: Date;
  subject: ExportSubject;
}

const REPORT_WORDS = {
  nl: {
    title: 'Vliegwiel-rapport',
    selection: 'Een selectie van signalen',
    everything: 'Alle signalen en initiatieven',
    generatedOn: 'Gemaakt op',
    summary: 'Samenvatting',
    signals: 'Signalen',
    initiatives: 'Initiatieven',
    period: 'Periode',
    municipalities: 'Gemeenten',
    contributors: 'Bijdragers',
    perCategory: 'Signalen per categorie',
    perMonth: 'Signalen per maand',
    month: 'Maand',
    count: 'Aantal',
    started: 'Gestart',
    lastActivity: 'Laatste activiteit',
    area: 'Gebied',
    noInitiatives: 'Geen initiatieven.',
    noSignals: 'Geen signalen.',
    noEvents: 'Nog geen geschiedenis.',
    clipped: 'Geknipt',
    site: 'Site',
    author: 'Auteur',
    place: 'Plaats',
    text: 'Tekst',
    link: 'Link',
    did: 'Wat ze deden',
    name: 'Naam',
    textLeftOut: 'De teksten van de berichten zijn weggelaten.',
    pseudonymised: 'Auteurs van berichten staan er onder een pseudoniem in.',
    madeWith:
      'Gemaakt met Vliegwiel. Gemeentegegevens: CBS (CC BY 4.0); postcodes: GeoNames (CC BY 4.0).',
  },
  en: {
    title: 'Vliegwiel report',
    selection: 'A selection of signals',
    everything: 'All signals and initiatives',
    generatedOn: 'Made on',
    summary: 'Summary',
    signals: 'Signals',
    initiatives: 'Initiatives',
    period: 'Period',
    municipalities: 'Municipalities',
    contributors: 'Contributors',
    perCategory: 'Signals per category',
    perMonth: 'Signals per month',
    month: 'Month',
    count: 'Count',
    started: 'Started',
    lastActivity: 'Last activity',
    area: 'Area',
    noInitiatives: 'No initiatives.',
    noSignals: 'No signals.',
    noEvents: 'No history yet.',
    clipped: 'Clipped',
    site: 'Site',
    author: 'Author',
    place: 'Place',
    text: 'Text',
    link: 'Link',
    did: 'What they did',
    name: 'Name',
    textLeftOut: 'The texts of the posts are left out.',
    pseudonymised: 'Authors of posts appear under a pseudonym.',
    madeWith:
      'Made with Vliegwiel. Municipality data: CBS (CC BY 4.0); postcodes: GeoNames (CC BY 4.0).',
  },
} as const;

type Words = (typeof REPORT_WORDS)[UiLanguage];

const BUNDLES: Record<UiLanguage, MessageBundle> = { nl: dutch, en: english };

const TIME_ZONE = 'Europe/Amsterdam';

/** The report as a complete HTML document. */
export function renderReport(
  collection: ExportCollection,
  options: ExportOptions,
  context: ReportContext,
): string {
  const prepared = applyExportOptions(collection, options);
  const language = options.language;
  const words = REPORT_WORDS[language];
  const t = translator(BUNDLES[language], BUNDLES[language === 'nl' ? 'en' : 'nl']);
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  const page: Page = {
    t,
    words,
    municipalities: context.municipalities,
    names: memberNames(prepared),
    when: new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: TIME_ZONE,
    }),
    day: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: TIME_ZONE }),
    monthName: new Intl.DateTimeFormat(locale, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
  };
  const subject =
    context.subject.kind === 'initiative'
      ? context.subject.title
      : context.subject.kind === 'selection'
        ? words.selection
        : words.everything;
  const notes = [
    options.includeText ? undefined : words.textLeftOut,
    options.pseudonymiseAuthors ? words.pseudonymised : undefined,
  ].filter((note) => note !== undefined);
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(words.title)}: ${escapeHtml(subject)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(words.title)}</h1>`,
    `<p class="subject">${text(subject)}</p>`,
    `<p class="muted">${escapeHtml(words.generatedOn)} ${escapeHtml(page.when.format(context.generatedAt))}</p>`,
    ...notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`),
    '</header>',
    summarySection(prepared, page),
    categorySection(prepared.signals, page),
    monthSection(prepared.signals, page),
    initiativeSection(prepared, page),
    contributorSection(prepared.events, page),
    signalSection(prepared, page),
    `<footer class="muted">${escapeHtml(words.madeWith)}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

interface Page {
  t: GetMessage;
  words: Words;
  municipalities: readonly MunicipalityName[];
  names: ReadonlyMap<string, string>;
  when: Intl.DateTimeFormat;
  day: Intl.DateTimeFormat;
  monthName: Intl.DateTimeFormat;
}

function summarySection(collection: ExportCollection, page: Page): string {
  const { words, t } = page;
  const signals = collection.signals;
  const open = collection.initiatives.filter((initiative) => initiative.mergedInto === undefined);
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const signal of signals) {
    const at = Date.parse(signal.clippedAt);
    first = Math.min(first, at);
    last = Math.max(last, at);
  }
  const period =
    signals.length === 0 ? '–' : `${page.day.format(first)} – ${page.day.format(last)}`;
  const municipalityCounts = counted(signals.flatMap((signal) => signalMunicipality(signal) ?? []));
  const municipalities = [...municipalityCounts]
    .slice(0, 5)
    .map(([code, count]) => `${municipalityName(page.municipalities, code) ?? code} (${count})`);
  const contributorCount = new Set(collection.events.map((event) => event.actorId)).size;
  const rows: Array<[string, string]> = [
    [
      words.signals,
      signals.length === 1 ? t('signalCountOne') : t('signalCountOther', [String(signals.length)]),
    ],
    [words.initiatives, String(open.length)],
    [words.period, period],
    [words.municipalities, municipalities.length === 0 ? '–' : municipalities.join(', ')],
    [words.contributors, String(contributorCount)],
  ];
  return [
    '<section id="summary">',
    `<h2>${escapeHtml(words.summary)}</h2>`,
    '<dl class="summary">',
    ...rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${text(value)}</dd>`),
    '</dl>',
    '</section>',
  ].join('\n');
}

/** Values by how often they occur, the most frequent first (ties in first-seen order). */
function counted<T>(values: readonly T[]): Array<[T, number]> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

function categorySection(signals: readonly Signal[], page: Page): string {
  const { words, t } = page;
  const bars = counted(signals.map((signal) => signalCategory(signal) ?? '')).map(
    ([category, count]) => ({
      label: category === '' ? t('categoryNone') : t(categoryMessage(category as CategoryId)),
      count,
    }),
  );
  return [
    '<section id="categories">',
    `<h2>${escapeHtml(words.perCategory)}</h2>`,
    bars.length === 0
      ? `<p>${escapeHtml(words.noSignals)}</p>`
      : horizontalChart(bars, words.perCategory),
    countTable(t('categoryLabel'), words.count, bars),
    '</section>',
  ].join('\n');
}

function monthSection(signals: readonly Signal[], page: Page): string {
  const { words } = page;
  const months = monthCounts(signals);
  const bars = months.map(({ year, month, count }) => ({
    label: page.monthName.format(Date.UTC(year, month - 1, 15)),
    count,
  }));
  return [
    '<section id="months">',
    `<h2>${escapeHtml(words.perMonth)}</h2>`,
    bars.length === 0 ? `<p>${escapeHtml(words.noSignals)}</p>` : columnChart(bars, words.perMonth),
    countTable(words.month, words.count, bars),
    '</section>',
  ].join('\n');
}

/** Every month from the first signal's to the last one's, counted in Dutch time, empty ones too. */
export function monthCounts(
  signals: readonly Signal[],
): Array<{ year: number; month: number; count: number }> {
  const monthOf = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'numeric',
    timeZone: TIME_ZONE,
  });
  const counts = new Map<number, number>();
  for (const signal of signals) {
    const parts = monthOf.formatToParts(Date.parse(signal.clippedAt));
    const year = Number(parts.find((part) => part.type === 'year')?.value);
    const month = Number(parts.find((part) => part.type === 'month')?.value);
    const index = year * 12 + (month - 1);
    counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const months = [];
  for (let index = first; index <= last; index++) {
    months.push({
      year: Math.floor(index / 12),
      month: (index % 12) + 1,
      count: counts.get(index) ?? 0,
    });
  }
  return months;
}

interface Bar {
  label: string;
  count: number;
}

function countTable(labelHeading: string, countHeading: string, bars: readonly Bar[]): string {
  if (bars.length === 0) return '';
  return [
    '<table class="counts">',
    `<thead><tr><th scope="col">${escapeHtml(labelHeading)}</th><th scope="col" class="number">${escapeHtml(countHeading)}</th></tr></thead>`,
    '<tbody>',
    ...bars.map(
      (bar) => `<tr><td>${text(bar.label)}</td><td class="number">${bar.count}</td></tr>`,
    ),
    '</tbody>',
    '</table>',
  ].join('\n');
}

const CHART_WIDTH = 640;

/** One bar a row, label on the left: for categories, whose names are long. */
function horizontalChart(bars: readonly Bar[], title: string): string {
  const rowHeight = 22;
  const labelWidth = 230;
  const barRoom = CHART_WIDTH - labelWidth - 50;
  const max = Math.max(...bars.map((bar) => bar.count), 1);
  const height = bars.length * rowHeight + 4;
  const rows = bars.map((bar, index) => {
    const y = index * rowHeight + 2;
    const width = Math.max((bar.count / max) * barRoom, 1);
    return [
      `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(bar.label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 3}" width="${width.toFixed(1)}" height="${rowHeight - 6}" class="bar"></rect>`,
      `<text x="${(labelWidth + width + 6).toFixed(1)}" y="${y + 15}">${bar.count}</text>`,
    ].join('');
  });
  return svg(CHART_WIDTH, height, title, rows);
}

/** One column a month, oldest on the left; with many months only some are labelled. */
function columnChart(bars: readonly Bar[], title: string): string {
  const height = 200;
  const base = height - 34;
  const step = Math.min(48, (CHART_WIDTH - 20) / bars.length);
  const max = Math.max(...bars.map((bar) => bar.count), 1);
  const labelEvery = Math.ceil(bars.length / 12);
  const columns = bars.map((bar, index) => {
    const x = 10 + index * step;
    const barHeight = (bar.count / max) * (base - 20);
    const centre = (x + step / 2).toFixed(1);
    return [
      `<rect x="${(x + step * 0.15).toFixed(1)}" y="${(base - barHeight).toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${barHeight.toFixed(1)}" class="bar"></rect>`,
      bar.count > 0
        ? `<text x="${centre}" y="${(base - barHeight - 4).toFixed(1)}" text-anchor="middle">${bar.count}</text>`
        : '',
      index % labelEvery === 0
        ? `<text x="${centre}" y="${base + 16}" text-anchor="middle" class="axis">${escapeHtml(bar.label)}</text>`
        : '',
    ].join('');
  });
  return svg(CHART_WIDTH, height, title, [
    `<line x1="10" y1="${base}" x2="${CHART_WIDTH - 10}" y2="${base}" class="baseline"></line>`,
    ...columns,
  ]);
}

function svg(width: number, height: number, title: string, content: readonly string[]): string {
  return [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg">`,
    ...content,
    '</svg>',
  ].join('\n');
}

function initiativeSection(collection: ExportCollection, page: Page): string {
  const { words } = page;
  const open = collection.initiatives.filter((initiative) => initiative.mergedInto === undefined);
  return [
    '<section id="initiatives">',
    `<h2>${escapeHtml(words.initiatives)}</h2>`,
    open.length === 0
      ? `<p>${escapeHtml(words.noInitiatives)}</p>`
      : open.map((initiative) => initiativeArticle(initiative, collection, page)).join('\n'),
    '</section>',
  ].join('\n');
}

/** The initiatives merged into this one, through any chain of merges, and itself. */
function withMerged(initiativeId: string, initiatives: readonly Initiative[]): Set<string> {
  const ids = new Set([initiativeId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const initiative of initiatives) {
      if (
        initiative.mergedInto !== undefined &&
        ids.has(initiative.mergedInto) &&
        !ids.has(initiative.id)
      ) {
        ids.add(initiative.id);
        grew = true;
      }
    }
  }
  return ids;
}

function initiativeArticle(
  initiative: Initiative,
  collection: ExportCollection,
  page: Page,
): string {
  const { words, t } = page;
  const ids = withMerged(initiative.id, collection.initiatives);
  const signalIds = new Set(
    collection.signals
      .filter((signal) => signal.initiativeId === initiative.id)
      .map((signal) => signal.id),
  );
  // As the tracker shows it: its own events, those of initiatives merged into it, and the clips
  // of its signals, where the issue was first seen.
  const timeline = collection.events.filter(
    (event) =>
      (event.initiativeId !== undefined && ids.has(event.initiativeId)) ||
      (event.kind === 'clipped' && event.signalId !== undefined && signalIds.has(event.signalId)),
  );
  const area = [
    initiative.area.neighbourhood,
    initiative.area.place,
    municipalityName(page.municipalities, initiative.area.municipality),
  ].filter((part) => part !== undefined);
  const facts: Array<[string, string]> = [
    [t('statusLabel'), t(STATUS_MESSAGES[initiative.status])],
    [t('categoryLabel'), t(categoryMessage(initiative.category))],
    [words.area, area.length === 0 ? t('placeUnknown') : area.join(', ')],
    [t('ownerLabel'), actorName(initiative.ownerId, page)],
    [words.signals, String(signalIds.size)],
    [words.started, page.day.format(Date.parse(initiative.createdAt))],
    [words.lastActivity, page.day.format(Date.parse(initiative.lastActivityAt))],
  ];
  return [
    '<article class="initiative">',
    `<h3>${text(initiative.title)}</h3>`,
    '<dl class="facts">',
    ...facts.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${text(value)}</dd>`),
    '</dl>',
    initiative.description.trim() === ''
      ? ''
      : `<p class="description">${text(initiative.description)}</p>`,
    `<h4>${escapeHtml(t('timelineHeading'))}</h4>`,
    timeline.length === 0
      ? `<p>${escapeHtml(words.noEvents)}</p>`
      : [
          '<ol class="timeline">',
          ...timeline.map((event) => timelineItem(event, page)),
          '</ol>',
        ].join('\n'),
    '</article>',
  ].join('\n');
}

function timelineItem(event: TimelineEvent, page: Page): string {
  const said =
    event.kind === 'comment' || (event.kind === 'contacted' && event.text !== undefined)
      ? `<p class="said">${text(event.text ?? '')}</p>`
      : '';
  return `<li><time datetime="${escapeHtml(event.at)}">${escapeHtml(page.when.format(Date.parse(event.at)))}</time> ${text(eventSentenceOf(event, page))}${said}</li>`;
}

function actorName(id: string, page: Page): string {
  return page.names.get(id) ?? page.t('someone');
}

/** What an event says happened, naming who did it (as the tracker's timeline words it). */
function eventSentenceOf(event: TimelineEvent, page: Page): string {
  return eventSentence(page.t, event, event.actorName ?? actorName(event.actorId, page));
}

function contributorSection(events: readonly TimelineEvent[], page: Page): string {
  const { words, t } = page;
  const people = contributors(events);
  if (people.length === 0) return '';
  return [
    '<section id="contributors">',
    `<h2>${escapeHtml(t('contributorsHeading'))}</h2>`,
    '<table>',
    `<thead><tr><th scope="col">${escapeHtml(words.name)}</th><th scope="col">${escapeHtml(words.did)}</th><th scope="col">${escapeHtml(words.period)}</th></tr></thead>`,
    '<tbody>',
    ...people.map((person) => {
      const did = Object.entries(person.counts)
        .map(([kind, count]) => `${count} ${t(CONTRIBUTION_MESSAGES[kind as EventKind])}`)
        .join(', ');
      const period = `${page.day.format(Date.parse(person.first))} – ${page.day.format(Date.parse(person.last))}`;
      const name = person.actorName ?? actorName(person.actorId, page);
      return `<tr><td>${text(name)}</td><td>${text(did)}</td><td>${escapeHtml(period)}</td></tr>`;
    }),
    '</tbody>',
    '</table>',
    '</section>',
  ].join('\n');
}

function signalSection(collection: ExportCollection, page: Page): string {
  const { words, t } = page;
  const signals = collection.signals;
  const head = [
    words.clipped,
    words.site,
    words.author,
    t('categoryLabel'),
    words.place,
    words.text,
    words.link,
  ];
  return [
    '<section id="signals">',
    `<h2>${escapeHtml(words.signals)}</h2>`,
    signals.length === 0
      ? `<p>${escapeHtml(words.noSignals)}</p>`
      : [
          '<table class="signals">',
          `<thead><tr>${head.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('')}</tr></thead>`,
          '<tbody>',
          ...signals.map((signal) => signalRow(signal, page)),
          '</tbody>',
          '</table>',
        ].join('\n'),
    '</section>',
  ].join('\n');
}

function signalRow(signal: Signal, page: Page): string {
  const { t } = page;
  const category = signalCategory(signal);
  const place = [
    signalPlace(signal),
    municipalityName(page.municipalities, signalMunicipality(signal)),
  ].filter((part) => part !== undefined);
  const author = signal.source.authorName ?? signal.source.authorHandle ?? t('unknownAuthor');
  const cells = [
    `<time datetime="${escapeHtml(signal.clippedAt)}">${escapeHtml(page.when.format(Date.parse(signal.clippedAt)))}</time>`,
    escapeHtml(SITE_NAMES[signal.source.site]),
    text(author),
    escapeHtml(category === undefined ? t('categoryNone') : t(categoryMessage(category))),
    place.length === 0 ? '' : text(place.join(', ')),
    signal.text === '' ? '' : `<div class="post">${text(signal.text)}</div>`,
    link(signal.source.url, t('viewOriginal')),
  ];
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}

/** A link for an http(s) address (shown in full, so the printed page keeps it); else the address as text. */
function link(address: string, label: string): string {
  let url: URL | undefined;
  try {
    url = new URL(address);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return text(address);
  return `<a href="${escapeHtml(url.href)}" rel="noopener noreferrer" title="${escapeHtml(label)}">${text(address)}</a>`;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and quoted attribute values. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character] as string);
}

/** Text from people, escaped and isolated from the text around it in both directions. */
function text(value: string): string {
  return `<bdi>${escapeHtml(value)}</bdi>`;
}

const STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5a5a5a; --line: #d0d0d0; --bar: #2f6f4f; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.7rem; margin: 0; }
h2 { font-size: 1.3rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin-bottom: .3rem; }
h4 { font-size: 1rem; margin: .8rem 0 .3rem; }
.subject { font-size: 1.2rem; margin: .3rem 0; }
.muted, time { color: var(--muted); }
.note { font-style: italic; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
dt { font-weight: 600; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .8rem 0; font-size: .95em; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .4rem; text-align: left; vertical-align: top; }
th { border-bottom: 2px solid var(--ink); }
.number { text-align: right; font-variant-numeric: tabular-nums; }
table.counts { width: auto; min-width: 20rem; }
.chart { display: block; max-width: 100%; height: auto; margin: .5rem 0; font: 11px system-ui, sans-serif; }
.chart .bar { fill: var(--bar); }
.chart .baseline { stroke: var(--ink); }
.chart .axis { fill: var(--muted); }
.initiative { border-left: 4px solid var(--bar); padding: .1rem 0 .5rem 1rem; margin: 1rem 0; }
.description, .post, .said { white-space: pre-wrap; overflow-wrap: anywhere; }
.said { margin: .2rem 0 .4rem; padding-left: .8rem; border-left: 2px solid var(--line); }
.timeline { padding-left: 1.2rem; }
.timeline li { margin: .2rem 0; }
.signals td:nth-child(6) { min-width: 16rem; }
a { color: #0b5394; overflow-wrap: anywhere; }
footer { margin-top: 3rem; font-size: .85em; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; }
  .initiative, tr, .chart { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  thead { display: table-header-group; }
}
@page { margin: 1.6cm 1.4cm; }
`;
