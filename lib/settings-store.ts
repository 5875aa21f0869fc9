import type { Actor } from './db/store';
import { MEMBER_ID_KEY, SETTINGS_KEY, type Settings, settingsFrom } from './settings';

/** The part of `browser.storage.local` the settings need; the test fake and both browsers have it. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * This browser's member id, made the first time it is asked for. It is kept under a key of its
 * own, so that making it never writes over a setting another page is saving at that moment.
 */
async function memberId(area: SettingsArea, newId: () => string): Promise<string> {
  const stored = (await area.get(MEMBER_ID_KEY))[MEMBER_ID_KEY];
  if (typeof stored === 'string' && stored !== '') return stored;
  const id = newId();
  await area.set({ [MEMBER_ID_KEY]: id });
  return id;
}

/** Reads the settings; what is missing or invalid reads as its default. Never writes a setting. */
export async function loadSettings(area: SettingsArea, newId: () => string): Promise<Settings> {
  const id = await memberId(area, newId);
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  return settingsFrom(stored, id);
}

/** Changes some settings; what the change leaves invalid falls back as settingsFrom describes. */
export async function updateSettings(
  area: SettingsArea,
  newId: () => string,
  change: Partial<Omit<Settings, 'memberId'>>,
): Promise<Settings> {
  const current = await loadSettings(area, newId);
  const { memberId: _, ...choices } = settingsFrom({ ...current, ...change }, current.memberId);
  await area.set({ [SETTINGS_KEY]: choices });
  return { ...choices, memberId: current.memberId };
}

export function actorOf(settings: Settings): Actor {
  return { id: settings.memberId, ...(settings.memberName ? { name: settings.memberName } : {}) };
}

/**
 * Makes a workspace member this browser's member, on creating or joining a workspace: its id
 * becomes the actor of every event made here, so the workspace sees who did what; its name
 * becomes the user's name when they have not given one.
 */
export async function adoptMember(
  area: SettingsArea,
  newId: () => string,
  member: { id: string; name: string },
): Promise<void> {
  const current = await loadSettings(area, newId);
  if (current.memberId !== member.id) await area.set({ [MEMBER_ID_KEY]: member.id });
  if (!current.memberName) await updateSettings(area, newId, { memberName: member.name });
}
