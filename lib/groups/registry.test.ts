import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VliegwielDatabase } from '../db/database';
import { fixedClock } from '../testing/factories';
import { GroupError, type GroupErrorCode } from './errors';
import { listGroups, registerGroup, removeGroup, updateGroup } from './registry';

let db: VliegwielDatabase;
let clock: ReturnType<typeof fixedClock>;

beforeEach(() => {
  db = new VliegwielDatabase(`groups-${crypto.randomUUID()}`);
  clock = fixedClock();
});
afterEach(async () => {
  await db.delete();
});

async function expectRefused(write: () => Promise<unknown>, code: GroupErrorCode) {
  const before = await db.groups.orderBy('id').toArray();
  const refusal = await write().then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(refusal).toBeInstanceOf(GroupError);
  expect((refusal as GroupError).code).toBe(code);
  expect(await db.groups.orderBy('id').toArray()).toEqual(before);
  return refusal as GroupError;
}

describe('registerGroup', () => {
  it('stores a group with a new id, leaving blank form fields out', async () => {
    const group = await registerGroup(db, clock, {
      name: '  Bewonerscommissie Lombok ',
      area: { municipality: 'GM0344', neighbourhood: 'Lombok', place: '' },
      topics: ['green', 'traffic', 'green'],
      website: '',
      contact: 'lombok@example.nl',
      description: ' ',
    });
    expect(group).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      name: 'Bewonerscommissie Lombok',
      area: { municipality: 'GM0344', neighbourhood: 'Lombok' },
      topics: ['green', 'traffic'],
      contact: 'lombok@example.nl',
    });
    expect(await db.groups.get(group.id)).toEqual(group);
  });

  it('refuses invalid input with a message naming the field, and writes nothing', async () => {
    const refusal = await expectRefused(
      () => registerGroup(db, clock, { name: 'Buurtpreventie', website: 'not a website' }),
      'invalid-input',
    );
    expect(refusal.message).toMatch(/website/);
    await expectRefused(() => registerGroup(db, clock, { name: ' ' }), 'invalid-input');
    await expectRefused(
      () => registerGroup(db, clock, { name: 'Wijkraad', area: { municipality: 'Utrecht' } }),
      'invalid-input',
    );
    await expectRefused(
      () => registerGroup(db, clock, { name: 'Wijkraad', area: { postcode: '3511 AB' } }),
      'invalid-input',
    );
  });

  it('refuses a second group of the same name in the same municipality, in any case and spacing', async () => {
    await registerGroup(db, clock, { name: 'Wijkraad Oost', area: { municipality: 'GM0344' } });
    await expectRefused(
      () => registerGroup(db, clock, { name: 'wijkraad  oost', area: { municipality: 'GM0344' } }),
      'duplicate-group',
    );
    await registerGroup(db, clock, { name: 'Wijkraad Oost', area: { municipality: 'GM0363' } });
    await registerGroup(db, clock, { name: 'Wijkraad Oost' });
    await expectRefused(
      () => registerGroup(db, clock, { name: 'Wijkraad Oost' }),
      'duplicate-group',
    );
  });
});

describe('updateGroup', () => {
  it('changes the given fields; a blank text removes a field', async () => {
    const group = await registerGroup(db, clock, {
      name: 'Groen Dorp',
      area: { municipality: 'GM0344' },
      website: 'https://groendorp.example.nl',
    });
    const updated = await updateGroup(db, group.id, {
      topics: ['green'],
      website: '',
      description: 'Geveltuintjes en boomspiegels',
    });
    expect(updated).toEqual({
      id: group.id,
      name: 'Groen Dorp',
      area: { municipality: 'GM0344' },
      topics: ['green'],
      description: 'Geveltuintjes en boomspiegels',
    });
    expect(await db.groups.get(group.id)).toEqual(updated);
  });

  it('refuses an unknown group, invalid input and a rename onto another group', async () => {
    const first = await registerGroup(db, clock, {
      name: 'Eerste',
      area: { municipality: 'GM0344' },
    });
    await registerGroup(db, clock, { name: 'Tweede', area: { municipality: 'GM0344' } });
    await expectRefused(() => updateGroup(db, 'no-such-group', { name: 'X' }), 'group-not-found');
    await expectRefused(() => updateGroup(db, first.id, { name: '' }), 'invalid-input');
    await expectRefused(() => updateGroup(db, first.id, { name: 'TWEEDE' }), 'duplicate-group');
    expect(await updateGroup(db, first.id, { name: 'eerste' })).toMatchObject({ name: 'eerste' });
  });
});

describe('removeGroup', () => {
  it('removes a group; an unknown one is refused', async () => {
    const group = await registerGroup(db, clock, { name: 'Buurtbus' });
    await removeGroup(db, group.id);
    expect(await db.groups.count()).toBe(0);
    await expectRefused(() => removeGroup(db, group.id), 'group-not-found');
  });
});

describe('listGroups', () => {
  beforeEach(async () => {
    await registerGroup(db, clock, {
      name: 'Zwerfvuilbrigade',
      area: { municipality: 'GM0344' },
      topics: ['cleanliness', 'green'],
    });
    await registerGroup(db, clock, {
      name: 'Fietsersbond Utrecht',
      area: { municipality: 'GM0344' },
      topics: ['traffic'],
    });
    await registerGroup(db, clock, {
      name: 'Amsterdam Groen',
      area: { municipality: 'GM0363' },
      topics: ['green'],
    });
    await registerGroup(db, clock, { name: 'Landelijk netwerk', topics: ['green'] });
  });

  const names = (groups: { name: string }[]) => groups.map((group) => group.name);

  it('lists every group by name without a filter', async () => {
    expect(names(await listGroups(db))).toEqual([
      'Amsterdam Groen',
      'Fietsersbond Utrecht',
      'Landelijk netwerk',
      'Zwerfvuilbrigade',
    ]);
  });

  it('filters by municipality, by topic, and by both', async () => {
    expect(names(await listGroups(db, { municipality: 'GM0344' }))).toEqual([
      'Fietsersbond Utrecht',
      'Zwerfvuilbrigade',
    ]);
    expect(names(await listGroups(db, { topic: 'green' }))).toEqual([
      'Amsterdam Groen',
      'Landelijk netwerk',
      'Zwerfvuilbrigade',
    ]);
    expect(names(await listGroups(db, { municipality: 'GM0344', topic: 'green' }))).toEqual([
      'Zwerfvuilbrigade',
    ]);
    expect(await listGroups(db, { municipality: 'GM0599' })).toEqual([]);
  });
});
