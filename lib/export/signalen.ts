import type { CategoryId } from '../classify/taxonomy';
import { applyExportOptions, type ExportCollection, type ExportOptions } from './collection';
import { signalCategory, signalenMainCategory } from './labels';
import { locator } from './locate';
import { fitted, type MunicipalContext, type MunicipalExport, signalReport } from './municipal';

// Payloads for Signalen, the municipal reporting platform many Dutch municipalities run
// (github.com/Amsterdam/signals): one request body per signal for its public create endpoint,
// POST /signals/v1/public/signals/. Checked against the Signalen source:
// - PublicSignalCreateSerializer (app/signals/apps/api/serializers/signal.py) takes exactly
//   source, text, text_extra, location, category, reporter, incident_date_start,
//   incident_date_end, extra_properties and session, and refuses any other key;
// - location needs `geometrie` (GeoJSON Point, [longitude, latitude]); an `address` is checked
//   against the national address register, so none is sent (the place goes in text_extra);
// - category is {sub_category: the path of a sub category}, as in the API docs'
//   (docs/topics/api/v1/private/signals/01.creating_a_signal.md) minimal example
//   "/signals/v1/public/terms/categories/overig/sub_categories/overig";
// - reporter is required but may be empty: the person who sends it fills in their own details;
// - text is at most 3,000 characters and text_extra 10,000 (Signal model); the public endpoint
//   takes source "online" without further checks.
// The category comes from the taxonomy's Signalen main category (lib/data/taxonomy.json) and
// that main category's general sub category in Signalen's category list
// (app/signals/apps/signals/fixtures/categories.json): the municipality's staff pick a finer one.
// That list has no "wonen", which the taxonomy names for housing, so housing goes to overig.
// A signal that cannot be placed is left out and counted: Signalen needs coordinates.

/** Each main category's general ("overig …") sub category in Signalen's category list. */
const GENERAL_SUB_CATEGORIES: Readonly<Record<string, string>> = {
  afval: 'overig-afval',
  'wegen-verkeer-straatmeubilair': 'overig-wegen-verkeer-straatmeubilair',
  'overlast-in-de-openbare-ruimte': 'overig-openbare-ruimte',
  'openbaar-groen-en-water': 'overig-groen-en-water',
  'overlast-van-dieren': 'overig-dieren',
  'overlast-van-en-door-personen-of-groepen': 'overige-overlast-door-personen',
  'overlast-bedrijven-en-horeca': 'overig-horecabedrijven',
  'overlast-op-het-water': 'overig-boten',
  overig: 'overig',
};

const TEXT_LIMIT = 3000;
const TEXT_EXTRA_LIMIT = 10_000;

/** The path of the Signalen sub category a category is reported under. */
export function signalenSubCategory(category: CategoryId | undefined): string {
  const main = signalenMainCategory(category ?? 'other');
  const sub = GENERAL_SUB_CATEGORIES[main];
  return sub === undefined
    ? '/signals/v1/public/terms/categories/overig/sub_categories/overig'
    : `/signals/v1/public/terms/categories/${main}/sub_categories/${sub}`;
}

export interface SignalenPayload {
  source: 'online';
  text: string;
  text_extra: string;
  location: { geometrie: { type: 'Point'; coordinates: [number, number] } };
  category: { sub_category: string };
  reporter: Record<string, never>;
  incident_date_start: string;
}

export function signalenPayloads(
  collection: ExportCollection,
  options: ExportOptions,
  context: MunicipalContext,
): MunicipalExport<SignalenPayload> {
  const prepared = applyExportOptions(collection, options);
  const locate = locator(context.coordinates);
  const payloads: MunicipalExport<SignalenPayload>['payloads'] = [];
  const skipped: string[] = [];
  for (const signal of prepared.signals) {
    const point = locate.signal(signal);
    if (!point) {
      skipped.push(signal.id);
      continue;
    }
    const report = signalReport(signal, options.language, context.municipalities, {
      limit: TEXT_LIMIT,
      detailsInText: false,
    });
    payloads.push({
      signalId: signal.id,
      payload: {
        source: 'online',
        text: report.text,
        text_extra: fitted(report.details, TEXT_EXTRA_LIMIT),
        location: { geometrie: { type: 'Point', coordinates: [point.lon, point.lat] } },
        category: { sub_category: signalenSubCategory(signalCategory(signal)) },
        reporter: {},
        incident_date_start: signal.source.postedAt ?? signal.clippedAt,
      },
    });
  }
  return { payloads, skipped };
}
