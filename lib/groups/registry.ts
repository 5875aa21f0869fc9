import { z } from 'zod';
import type { CategoryId } from '../classify/taxonomy';
import type { VliegwielDatabase } from '../db/database';
import type { Clock } from '../db/signals';
import { type Group, groupSchema } from '../schema/contacts';
import { GroupError } from './errors';

export type GroupArea = Group['area'];

/**
 * A group as the tracker's form gives it. A blank text is no value, so an empty form field does
 * not fail as an invalid website or become an empty contact.
 */
export interface GroupInput {
  name: string;
  area?: GroupArea;
  topics?: readonly CategoryId[];
  website?: string;
  contact?: string;
  description?: string;
}

/** Fields to change; a blank text removes the field, `area` is replaced whole. */
export type GroupChange = Partial<GroupInput>;

export interface GroupFilter {
  /** GM code. */
  municipality?: string;
  topic?: CategoryId;
}

/** Adds a group to the directory; one with the same name in the same municipality is refused. */
export async function registerGroup(
  db: VliegwielDatabase,
  clock: Pick<Clock, 'newId'>,
  input: GroupInput,
): Promise<Group> {
  const group = validGroup({ id: clock.newId(), ...input });
  return db.transaction('rw', db.groups, async () => {
    await refuseDuplicate(db, group);
    await db.groups.add(group);
    return group;
  });
}

/** Changes a group's fields; a change that changes nothing writes nothing. */
export async function updateGroup(
  db: VliegwielDatabase,
  id: string,
  change: GroupChange,
): Promise<Group> {
  return db.transaction('rw', db.groups, async () => {
    const current = await loadGroup(db, id);
    const given = Object.fromEntries(
      Object.entries(change).filter(([, value]) => value !== undefined),
    );
    const updated = validGroup({ ...current, ...given, id });
    if (JSON.stringify(updated) === JSON.stringify(current)) return current;
    await refuseDuplicate(db, updated);
    await db.groups.put(updated);
    return updated;
  });
}

export async function removeGroup(db: VliegwielDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.groups, async () => {
    await loadGroup(db, id);
    await db.groups.delete(id);
  });
}

/** The groups in a municipality and/or on a topic (all without a filter), by name. */
export async function listGroups(
  db: VliegwielDatabase,
  filter: GroupFilter = {},
): Promise<Group[]> {
  const { municipality, topic } = filter;
  const groups =
    municipality !== undefined
      ? await db.groups.where('area.municipality').equals(municipality).toArray()
      : topic !== undefined
        ? await db.groups.where('topics').equals(topic).toArray()
        : await db.groups.toArray();
  const collator = new Intl.Collator('nl', { ignorePunctuation: true });
  return groups
    .filter((group) => topic === undefined || group.topics.includes(topic))
    .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

/**
 * What makes two groups the same group for the directory: the name (any case and spacing) in the
 * same municipality. Two "Buurtvereniging Centrum" in different municipalities are different groups.
 */
export function groupIdentity(group: Pick<Group, 'name' | 'area'>): string {
  const name = group.name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return `${group.area.municipality ?? ''}\n${name}`;
}

/** A group record from form-like input: blank texts left out, topics once each, then checked. */
export function validGroup(input: GroupInput & { id: string }): Group {
  const area = Object.fromEntries(
    Object.entries(input.area ?? {}).filter(([, value]) => !isBlank(value)),
  );
  const record = {
    id: input.id,
    name: input.name,
    area,
    topics: [...new Set(input.topics ?? [])],
    ...(isBlank(input.website) ? {} : { website: input.website }),
    ...(isBlank(input.contact) ? {} : { contact: input.contact }),
    ...(isBlank(input.description) ? {} : { description: input.description }),
  };
  const result = groupSchema.safeParse(record);
  if (!result.success) {
    throw new GroupError('invalid-input', `invalid group: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

async function loadGroup(db: VliegwielDatabase, id: string): Promise<Group> {
  const group = await db.groups.get(id);
  if (!group) throw new GroupError('group-not-found', `no group ${id}`);
  return group;
}

async function refuseDuplicate(db: VliegwielDatabase, group: Group) {
  const identity = groupIdentity(group);
  const candidates =
    group.area.municipality === undefined
      ? await db.groups.filter((other) => other.area.municipality === undefined).toArray()
      : await db.groups.where('area.municipality').equals(group.area.municipality).toArray();
  const same = candidates.find(
    (other) => other.id !== group.id && groupIdentity(other) === identity,
  );
  if (same) {
    throw new GroupError(
      'duplicate-group',
      `a group named "${same.name}" is already registered in this municipality`,
    );
  }
}

function isBlank(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}
