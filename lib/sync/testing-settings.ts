import type { SettingsArea } from '../settings-store';

/** The part of browser.storage.local the settings use, in memory, for tests. */
export function memorySettings(initial: Record<string, unknown> = {}): SettingsArea {
  const items: Record<string, unknown> = { ...initial };
  return {
    get: async (key) => (key in items ? { [key]: structuredClone(items[key]) } : {}),
    set: async (values) => {
      Object.assign(items, structuredClone(values));
    },
  };
}
