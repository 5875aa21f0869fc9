import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
} from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';

/**
 * A list that renders only the rows in view (plus a few either side), so a tracker with 100,000
 * signals scrolls like one with 100. Rows have a fixed height, which keeps scrolling free of
 * measuring.
 */
export function useVirtualList(count: number, rowHeight: number) {
  const scrollElement = useRef<HTMLDivElement>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [virtualizer] = useState(
    () =>
      new Virtualizer<HTMLDivElement, Element>({
        count,
        getScrollElement: () => scrollElement.current,
        estimateSize: () => rowHeight,
        overscan: 10,
        // Rows show on the first render, before the browser has measured the list.
        initialRect: { width: 0, height: 800 },
        observeElementRect,
        observeElementOffset,
        scrollToFn: elementScroll,
        onChange: () => rerender(0),
      }),
  );
  virtualizer.setOptions({ ...virtualizer.options, count });
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  return {
    scrollElement,
    rows: virtualizer.getVirtualItems(),
    totalHeight: virtualizer.getTotalSize(),
    scrollToIndex: (index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }),
  };
}
