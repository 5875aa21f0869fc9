import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  CATEGORY_VOCABULARY,
  FAR_AWAY,
  GENERAL_VOCABULARY,
  METAPHOR_SUBJECTS,
  OTHER_ISSUES,
  PRIVATE_OBJECTS,
} from './lexicon';

/** An item without its markers and weight: "overlast!=2" → "overlast". */
const entryOf = (item: string) => item.replace(/[!~]?(=[\d.]+)?$/, '');

function repeatedIn(section: string): string[] {
  const entries = section.split(/\s+/).filter(Boolean).map(entryOf);
  return entries.filter((entry, index) => entries.indexOf(entry) !== index);
}

describe('lexicon', () => {
  // The matcher keeps only the strongest of an entry listed twice in one section; a second
  // listing is dead weight that hides which weight counts.
  it('lists every entry once in each section', () => {
    const sections: Record<string, string> = {
      OTHER_ISSUES,
      FAR_AWAY,
      METAPHOR_SUBJECTS,
      PRIVATE_OBJECTS,
      ...Object.fromEntries(
        Object.entries(CATEGORY_VOCABULARY).flatMap(([category, { issue, object }]) => [
          [`${category}.issue`, issue],
          [`${category}.object`, object],
        ]),
      ),
      ...Object.fromEntries(
        Object.entries(GENERAL_VOCABULARY).map(([kind, items]) => [`general.${kind}`, items]),
      ),
      ...Object.fromEntries(
        Object.entries(ACTIONS).map(([category, items]) => [`actions.${category}`, items]),
      ),
    };
    const repeated = Object.entries(sections)
      .map(([name, items]) => [name, repeatedIn(items)] as const)
      .filter(([, entries]) => entries.length > 0);
    expect(repeated).toEqual([]);
  });

  // A word listed both as an issue and as a thing of one category would count twice for it.
  it('lists a word of a category as an issue or as a thing, not both', () => {
    const both = Object.entries(CATEGORY_VOCABULARY).flatMap(([category, { issue, object }]) => {
      const issues = new Set(issue.split(/\s+/).filter(Boolean).map(entryOf));
      return object
        .split(/\s+/)
        .filter(Boolean)
        .map(entryOf)
        .filter((entry) => issues.has(entry))
        .map((entry) => `${category}: ${entry}`);
    });
    expect(both).toEqual([]);
  });
});
