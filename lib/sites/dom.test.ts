// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { childMatching, documentOrder, first, follows, matchingIn, outsideAll } from './dom';
import { htmlPage } from './fixture-testing';

const doc = htmlPage(
  '<main><article id="a"><p id="a1"></p><article id="b"><p id="b1"></p></article></article>' +
    '<article id="c"></article></main>',
);
const byId = (id: string) => doc.getElementById(id) as Element;

describe('matchingIn', () => {
  it('gives the root first when it matches, then its matching descendants in order', () => {
    expect(matchingIn(byId('a'), 'article').map((element) => element.id)).toEqual(['a', 'b']);
    expect(matchingIn(doc, 'article').map((element) => element.id)).toEqual(['a', 'b', 'c']);
    expect(matchingIn(byId('c'), 'p')).toEqual([]);
  });
});

describe('element helpers', () => {
  it('finds the first accepted element and the first matching child', () => {
    const outsideB = outsideAll([byId('b')]);
    expect(first(doc.querySelectorAll('p'), outsideB)?.id).toBe('a1');
    expect(first(doc.querySelectorAll('#b p'), outsideB)).toBeNull();
    expect(childMatching(byId('a'), 'article')?.id).toBe('b');
    expect(childMatching(byId('a'), 'section')).toBeNull();
  });

  it('orders elements as the document does, descendants after their ancestors', () => {
    expect(follows(byId('b1'), byId('a'))).toBe(true);
    expect(follows(byId('a'), byId('c'))).toBe(false);
    const shuffled = [byId('c'), byId('b1'), byId('a')];
    expect(shuffled.sort(documentOrder).map((element) => element.id)).toEqual(['a', 'b1', 'c']);
  });
});
