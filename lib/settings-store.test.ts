import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from './settings';
import { actorOf, loadSettings, type SettingsArea, updateSettings } from './settings-store';

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
    const first = await loadSettings(area, newId);
    const again = await loadSettings(area, newId);
    expect(first.memberId).toBe('member-1');
    expect(again.memberId).toBe('member-1');
    expect(area.items[SETTINGS_KEY]).toMatchObject({ memberId: 'member-1' });
  });

  it('changes what is asked and keeps the rest', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { memberId: 'm', memberName: 'Anna' } });
    const settings = await updateSettings(area, () => 'x', { language: 'nl' });
    expect(settings).toMatchObject({ memberId: 'm', memberName: 'Anna', language: 'nl' });
    expect(actorOf(settings)).toEqual({ id: 'm', name: 'Anna' });
  });
});
