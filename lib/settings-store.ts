import type { Actor } from './db/store';
import { SETTINGS_KEY, type Settings, settingsFrom } from './settings';

/** The part of `browser.storage.local` the settings need; the test fake and both browsers have it. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Reads the settings, completing and storing them the first time (so the member id this browser
 * acts under is made once and then kept).
 */
export async function loadSettings(area: SettingsArea, newId: () => string): Promise<Settings> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  const settings = settingsFrom(stored, newId);
  if (JSON.stringify(stored) !== JSON.stringify(settings)) {
    await area.set({ [SETTINGS_KEY]: settings });
  }
  return settings;
}

/** Changes some settings; what the change leaves invalid falls back as settingsFrom describes. */
export async function updateSettings(
  area: SettingsArea,
  newId: () => string,
  change: Partial<Settings>,
): Promise<Settings> {
  const current = await loadSettings(area, newId);
  const settings = settingsFrom({ ...current, ...change }, newId);
  await area.set({ [SETTINGS_KEY]: settings });
  return settings;
}

export function actorOf(settings: Settings): Actor {
  return { id: settings.memberId, ...(settings.memberName ? { name: settings.memberName } : {}) };
}
