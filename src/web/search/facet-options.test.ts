import { describe, expect, it } from 'vitest';
import { formatDanishNumber } from '../../shared/danish-number.ts';
import { facetOptions } from './facet-options.ts';

const label = (value: string) => value.toUpperCase();

describe('a filter’s choices from the facet counts', () => {
  it('labels each value with its count in Danish number format, in the order given', () => {
    const counts = [
      { value: 'sof', count: 1234 },
      { value: 'bif', count: 2 },
    ];
    expect(facetOptions(counts, null, label, formatDanishNumber)).toEqual([
      { value: 'sof', label: 'SOF (1.234)' },
      { value: 'bif', label: 'BIF (2)' },
    ]);
  });

  it('keeps the chosen value listed with 0 when no hit has it any more', () => {
    const counts = [{ value: 'sof', count: 3 }];
    expect(facetOptions(counts, 'bif', label, formatDanishNumber)).toEqual([
      { value: 'sof', label: 'SOF (3)' },
      { value: 'bif', label: 'BIF (0)' },
    ]);
    expect(facetOptions(counts, 'sof', label, formatDanishNumber)).toHaveLength(1);
  });
});
