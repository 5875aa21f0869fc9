export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
const DOCUMENT_POSITION_FOLLOWING = 4;

/**
 * `root` itself when it matches `selector`, then its matching descendants, in document order:
 * a newly added subtree may be a post itself.
 */
export function matchingIn(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  if (root.nodeType === ELEMENT_NODE && (root as Element).matches(selector)) {
    found.unshift(root as Element);
  }
  return found;
}

export function first(
  elements: Iterable<Element>,
  accept: (element: Element) => boolean,
): Element | null {
  for (const element of elements) if (accept(element)) return element;
  return null;
}

export function childMatching(parent: Element, selector: string): Element | null {
  for (const child of parent.children) if (child.matches(selector)) return child;
  return null;
}

/** Whether an element lies outside every one of `regions` (a post's quote cards, say). */
export function outsideAll(regions: readonly Element[]): (element: Element) => boolean {
  return (element) => !regions.some((region) => region.contains(element));
}

/** Whether `node` comes after `reference` in document order; a descendant comes after it too. */
export function follows(node: Node, reference: Node): boolean {
  return (reference.compareDocumentPosition(node) & DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** Comparator for sorting elements into document order. */
export function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return follows(b, a) ? -1 : 1;
}
