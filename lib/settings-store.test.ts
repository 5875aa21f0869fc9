import { describe, expect, it } from 'vitest';
import { MEMBER_ID_KEY, SETTINGS_KEY } from './settings';
import {
  actorOf,
  adoptMember,
  loadSettings,
  type SettingsArea,
  updateSettings,
} from './settings-store';

function memoryArea(initial: Record<string, unknown> = {}): SettingsArea & {
  items: Record<string, unknown>;
} {
  const items = { ...initial };
  return {
    items,
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (values) => {
      Object.assign(items, values);
    },
  };
}

describe('settings store', () => {
  it('makes the member id once and keeps it', async () => {
    const area = memoryArea();
    let ids = 0;
    const newId = () => `member-${++ids}`;
    expect((await loadSettings(area, newId)).memberId).toBe('member-1');
    expect((await loadSettings(area, newId)).memberId).toBe('member-1');
    expect(area.items[MEMBER_ID_KEY]).toBe('member-1');
  });

  it('never writes the settings when reading them, so a read cannot undo a save', async () => {
    const area = memoryArea({ [MEMBER_ID_KEY]: 'm' });
    await loadSettings(area, () => 'x');
    expect(area.items[SETTINGS_KEY]).toBeUndefined();
  });

  it('changes what is asked and keeps the rest, with the member id kept apart', async () => {
    const area = memoryArea({ [MEMBER_ID_KEY]: 'm', [SETTINGS_KEY]: { memberName: 'Anna' } });
    const settings = await updateSettings(area, () => 'x', { language: 'nl' });
    expect(settings).toMatchObject({ memberId: 'm', memberName: 'Anna', language: 'nl' });
    expect(area.items[SETTINGS_KEY]).not.toHaveProperty('memberId');
    expect(actorOf(settings)).toEqual({ id: 'm', name: 'Anna' });
  });

  it('adopts a workspace member: its id, and its name only when the user gave none', async () => {
    const unnamed = memoryArea({ [MEMBER_ID_KEY]: 'local' });
    await adoptMember(unnamed, () => 'x', { id: 'server-1', name: 'Anna' });
    expect(await loadSettings(unnamed, () => 'x')).toMatchObject({
      memberId: 'server-1',
      memberName: 'Anna',
    });
    const named = memoryArea({ [MEMBER_ID_KEY]: 'local', [SETTINGS_KEY]: { memberName: 'Bert' } });
    await adoptMember(named, () => 'x', { id: 'server-2', name: 'Anna' });
    expect(await loadSettings(named, () => 'x')).toMatchObject({
      memberId: 'server-2',
      memberName: 'Bert',
    });
  });
});
