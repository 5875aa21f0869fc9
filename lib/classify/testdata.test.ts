import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analysePost } from '../places/analyse';
import { loadGazetteerFromDirectory } from '../places/load-node';
import { type OwnPost, readOwnPosts } from './own-posts';
import { CATEGORY_IDS } from './taxonomy';

/*
 * The project's own evaluation posts (testdata/README.md): their shape, and the targets of issue
 * 3 measured on them the same way `npm run eval` does.
 */

const gazetteer = loadGazetteerFromDirectory(fileURLToPath(new URL('../data/', import.meta.url)));

function measure(posts: readonly OwnPost[]) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let categoryRight = 0;
  let municipalityFound = 0;
  for (const post of posts) {
    const { classification, municipality } = analysePost(post.text, gazetteer);
    const gold = post.label === 'local';
    if (gold && classification.local) truePositives += 1;
    else if (classification.local) falsePositives += 1;
    else if (gold) falseNegatives += 1;
    const category = classification.category;
    if (post.accept && category && post.accept.includes(category)) categoryRight += 1;
    if (post.municipality && municipality?.code === post.municipality) municipalityFound += 1;
  }
  const precision = truePositives / (truePositives + falsePositives);
  const recall = truePositives / (truePositives + falseNegatives);
  return {
    f1: (2 * precision * recall) / (precision + recall),
    // Over every post with `accept`: one judged not local counts when its category is right.
    categoryAccuracy: categoryRight / posts.filter((p) => p.accept).length,
    municipalityFound: municipalityFound / posts.filter((p) => p.municipality).length,
  };
}

describe.each([
  ['nl-posts.jsonl', 'nl', 300],
  ['en-posts.jsonl', 'en', 80],
])('%s', (file, lang, minimum) => {
  const posts = readOwnPosts([file]);

  it(`has at least ${minimum} well-formed ${lang} posts, about half of them hard negatives`, () => {
    expect(posts.length).toBeGreaterThanOrEqual(minimum);
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
    for (const post of posts) {
      expect(post.lang).toBe(lang);
      expect(post.text.length).toBeGreaterThan(0);
      if (post.label === 'local') {
        expect(post.accept?.length).toBeGreaterThan(0);
        for (const category of post.accept ?? []) expect(CATEGORY_IDS).toContain(category);
      } else {
        expect(post.accept).toBeNull();
      }
      if (post.municipality !== null)
        expect(gazetteer.municipalities.has(post.municipality)).toBe(true);
    }
    const negatives = posts.filter((p) => p.label === 'other').length;
    expect(negatives / posts.length).toBeGreaterThanOrEqual(0.45);
    expect(negatives / posts.length).toBeLessThanOrEqual(0.55);
  });

  it('covers every category', () => {
    const covered = new Set(posts.flatMap((p) => p.accept?.slice(0, 1) ?? []));
    expect([...covered].sort()).toEqual(
      [...CATEGORY_IDS].filter((id) => lang === 'nl' || id !== 'other').sort(),
    );
  });
});

describe('targets of issue 3 on the own Dutch set', () => {
  const posts = readOwnPosts(['nl-posts.jsonl']);

  it('names many municipalities, ambiguous ones included', () => {
    const named = new Set(posts.map((p) => p.municipality).filter(Boolean));
    expect(named.size).toBeGreaterThanOrEqual(50);
    // Bergen (NH.) and (L.), Hengelo (O.) and Bronckhorst's Hengelo (Gld).
    for (const code of ['GM0373', 'GM0893', 'GM0164', 'GM1876']) expect(named).toContain(code);
  });

  it('meets F1 ≥ 0.92, category accuracy ≥ 0.85 and municipality found ≥ 0.90', () => {
    const result = measure(posts);
    expect(result.f1).toBeGreaterThanOrEqual(0.92);
    expect(result.categoryAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(result.municipalityFound).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the sets written after the lexicon (a check that it generalises)', () => {
  it.each([
    'nl-holdout.jsonl',
    'en-holdout.jsonl',
    'en-posts.jsonl',
    'nl-holdout2.jsonl',
    'en-holdout2.jsonl',
    'nl-holdout3.jsonl',
    'en-holdout3.jsonl',
  ])('%s: F1 ≥ 0.9', (file) => {
    expect(measure(readOwnPosts([file])).f1).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['nl-holdout2.jsonl', 'en-holdout2.jsonl', 'nl-holdout3.jsonl', 'en-holdout3.jsonl'])(
    '%s: well-formed, half of it hard negatives, no text repeated from another set',
    (file) => {
      const posts = readOwnPosts([file]);
      const others = new Set(
        ['nl-posts.jsonl', 'en-posts.jsonl', 'nl-holdout.jsonl', 'en-holdout.jsonl']
          .flatMap((other) => readOwnPosts([other]))
          .map((post) => post.text),
      );
      expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
      for (const post of posts) {
        expect(others.has(post.text)).toBe(false);
        expect(post.label === 'local').toBe(post.accept !== null);
        for (const category of post.accept ?? []) expect(CATEGORY_IDS).toContain(category);
      }
      expect(posts.filter((p) => p.label === 'other').length * 2).toBe(posts.length);
    },
  );
});
