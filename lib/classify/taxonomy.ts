/**
 * Category ids of the taxonomy (contract 3 in DESIGN.md, `lib/data/taxonomy.json`). They are
 * repeated here rather than imported from the JSON so the content script does not carry the
 * category descriptions; a test keeps the two lists equal.
 */
export const CATEGORY_IDS = [
  'cleanliness',
  'roads',
  'traffic',
  'sewer-water',
  'green',
  'nuisance',
  'animals',
  'safety',
  'housing',
  'plans',
  'amenities',
  'environment',
  'transit',
  'other',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Categories that have their own vocabulary; `other` is what a local issue falls back to. */
export type TopicCategoryId = Exclude<CategoryId, 'other'>;

export const TOPIC_CATEGORY_IDS = CATEGORY_IDS.filter(
  (id): id is TopicCategoryId => id !== 'other',
);
