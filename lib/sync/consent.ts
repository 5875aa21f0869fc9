/**
 * The data collection permissions a manifest lists as optional: Firefox's built-in consent to
 * sending data, which covers what a workspace receives. None in Chromium, which has no such
 * permission: there the choice to create or join a workspace is the consent.
 */
export function optionalDataCollection(manifest: unknown): string[] {
  const optional = (
    manifest as {
      browser_specific_settings?: {
        gecko?: { data_collection_permissions?: { optional?: unknown } };
      };
    }
  )?.browser_specific_settings?.gecko?.data_collection_permissions?.optional;
  return Array.isArray(optional) ? optional.filter((item) => typeof item === 'string') : [];
}
