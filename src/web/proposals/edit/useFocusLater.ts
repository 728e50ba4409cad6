import { useEffect, useRef } from 'react';

/**
 * Moves keyboard focus to an element once it exists: to the first input of an item just added,
 * or to the add button after an item is removed, so focus never falls back to the page top.
 */
export function useFocusLater(): (id: string) => void {
  const target = useRef<string | null>(null);
  useEffect(() => {
    if (target.current === null) return;
    document.getElementById(target.current)?.focus();
    target.current = null;
  });
  return (id) => {
    target.current = id;
  };
}
