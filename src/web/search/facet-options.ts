import type { FacetCount } from '../api/search.ts';

/**
 * A filter's choices: one per value the hits have, each with its count; the chosen value stays
 * listed with 0 when no hit has it any more, so the user can see and undo the choice.
 */
export function facetOptions(
  counts: FacetCount[],
  chosen: string | null,
  label: (value: string) => string,
  format: (n: number) => string,
): { value: string; label: string }[] {
  const all =
    chosen !== null && !counts.some((c) => c.value === chosen)
      ? [...counts, { value: chosen, count: 0 }]
      : counts;
  return all.map((c) => ({ value: c.value, label: `${label(c.value)} (${format(c.count)})` }));
}
