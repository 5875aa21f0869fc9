/**
 * An ISO time from a page's machine-readable timestamp (`<time datetime>`, an attribute), only
 * when it is a full timestamp with a zone: a bare date or local time would shift with the reader.
 */
export function zonedIsoTime(raw: string | null): string | undefined {
  if (!raw || !/(?:Z|[+-]\d{2}:?\d{2})$/i.test(raw.trim())) return undefined;
  const time = Date.parse(raw.trim());
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
