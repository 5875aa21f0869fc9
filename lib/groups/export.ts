import Papa from 'papaparse';
import type { Group } from '../schema/contacts';
import {
  FORMULA_START,
  GROUP_COLUMNS,
  type GroupColumn,
  type GroupFileFormat,
  TOPIC_SEPARATOR,
} from './file-format';

/**
 * The groups as a file that parseGroupsFile reads back as the same groups (lib/groups/file-format.ts).
 * The CSV starts with a byte order mark, without which Excel reads UTF-8 as another encoding
 * ("FryslÃ¢n"); the municipality is its GM code and the topics are category ids, which stay the
 * same when names or the user's language change.
 */
export function exportGroups(groups: readonly Group[], format: GroupFileFormat): string {
  if (format === 'json') return `${JSON.stringify(groups, null, 2)}\n`;
  const csv = Papa.unparse(
    { fields: [...GROUP_COLUMNS], data: groups.map(csvRow) },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return `\uFEFF${csv}`;
}

function csvRow(group: Group): string[] {
  const cells: Record<GroupColumn, string | undefined> = {
    name: group.name,
    municipality: group.area.municipality,
    place: group.area.place,
    neighbourhood: group.area.neighbourhood,
    postcode: group.area.postcode,
    topics: group.topics.join(TOPIC_SEPARATOR),
    website: group.website,
    contact: group.contact,
    description: group.description,
    id: group.id,
  };
  return GROUP_COLUMNS.map((column) => cells[column] ?? '');
}
