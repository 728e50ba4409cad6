import { useEffect, type RefObject } from 'react';

/**
 * Keeps the field the user moves to clear of the sticky save bar (WCAG 2.4.11, focus not
 * obscured): the page's bottom scroll padding follows the bar's height as it grows with its
 * messages, and a field that the browser left partly beneath the bar (it scrolls only what is
 * wholly out of view) is scrolled up above it.
 */
export function useClearOfBar(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.scrollPaddingBottom = `${element.offsetHeight}px`;
    });
    observer.observe(element);
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || element.contains(target)) return;
      if (target.getBoundingClientRect().bottom > element.getBoundingClientRect().top) {
        target.scrollIntoView({ block: 'nearest' });
      }
    };
    document.addEventListener('focusin', onFocus);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', onFocus);
      root.style.scrollPaddingBottom = '';
    };
  }, [bar]);
}
