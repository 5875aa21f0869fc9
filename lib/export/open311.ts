import type { CategoryId } from '../classify/taxonomy';
import { applyExportOptions, type ExportCollection, type ExportOptions } from './collection';
import { signalCategory, signalenMainCategory } from './labels';
import { locator } from './locate';
import { type MunicipalContext, type MunicipalExport, signalReport } from './municipal';

// Open311 GeoReport v2 service requests, one per signal: the arguments of "POST Service
// Request" (requests.[format], sent as application/x-www-form-urlencoded; see open311FormBody),
// as the specification lists them (wiki.open311.org/GeoReport_v2, "POST Service Request"):
// - service_code (required): a code from the jurisdiction's own service list (GET services).
//   Codes differ per jurisdiction, so the caller may give one per category; without one, the
//   category's Signalen main category (lib/data/taxonomy.json) stands in, the closest thing to a
//   shared Dutch list;
// - a location (required): lat and long (WGS 84) where the signal can be placed, else
//   address_string ("written from most specific to most general": place, municipality); a
//   signal with neither is left out and counted;
// - description: free text of at most 4,000 characters, line breaks allowed, no HTML: the post's
//   text (cut to fit) and where it comes from;
// - media_url: the post's first image, if it has one;
// - jurisdiction_id: only for endpoints that serve several jurisdictions, when the caller gives it.
// Who submits (email, first_name, …) and api_key are the sender's, so they are not filled in.

export interface Open311ServiceRequest {
  jurisdiction_id?: string;
  service_code: string;
  lat?: number;
  long?: number;
  address_string?: string;
  description: string;
  media_url?: string;
}

export interface Open311Options {
  serviceCodes?: Partial<Record<CategoryId, string>>;
  jurisdictionId?: string;
}

const DESCRIPTION_LIMIT = 4000;

export function open311Requests(
  collection: ExportCollection,
  options: ExportOptions & Open311Options,
  context: MunicipalContext,
): MunicipalExport<Open311ServiceRequest> {
  const prepared = applyExportOptions(collection, options);
  const locate = locator(context.coordinates);
  const payloads: MunicipalExport<Open311ServiceRequest>['payloads'] = [];
  const skipped: string[] = [];
  for (const signal of prepared.signals) {
    const point = locate.signal(signal);
    const category = signalCategory(signal) ?? 'other';
    const report = signalReport(signal, options.language, context.municipalities, {
      limit: DESCRIPTION_LIMIT,
      detailsInText: true,
    });
    if (!point && report.address === undefined) {
      skipped.push(signal.id);
      continue;
    }
    const media = signal.media?.[0];
    payloads.push({
      signalId: signal.id,
      payload: {
        ...(options.jurisdictionId === undefined
          ? {}
          : { jurisdiction_id: options.jurisdictionId }),
        service_code: options.serviceCodes?.[category] ?? signalenMainCategory(category),
        ...(point ? { lat: point.lat, long: point.lon } : { address_string: report.address }),
        description: report.text,
        ...(media === undefined ? {} : { media_url: media }),
      },
    });
  }
  return { payloads, skipped };
}

/** A request as the body of the POST: form-encoded, as GeoReport v2 prescribes. */
export function open311FormBody(request: Open311ServiceRequest): string {
  const fields = Object.entries(request).flatMap(([name, value]) =>
    value === undefined ? [] : [[name, String(value)] as [string, string]],
  );
  return new URLSearchParams(fields).toString();
}
