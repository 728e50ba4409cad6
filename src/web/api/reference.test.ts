import { describe, expect, it } from 'vitest';
import { hearingBodyNames } from './reference.ts';

describe('hearingBodyNames', () => {
  it('accepts plain names and objects with a name, once each', () => {
    expect(
      hearingBodyNames(['IT-kredsen', { name: 'MED-udvalg', code: 'MED' }, { name: 'IT-kredsen' }]),
    ).toEqual(['IT-kredsen', 'MED-udvalg']);
  });

  it('skips items without a name and answers an empty list to anything but a list', () => {
    expect(hearingBodyNames([{ code: 'X' }, 3, null])).toEqual([]);
    expect(hearingBodyNames({ items: [] })).toEqual([]);
  });
});
