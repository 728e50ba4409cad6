import { describe, expect, it } from 'vitest';
import { splitPastedRow } from './paste.ts';

describe('splitPastedRow', () => {
  it('splits a row copied from Excel or a Word table at the tabs, keeping "- 2.950" whole', () => {
    expect(splitPastedRow('400\t- 2.950\t\t-1.200\r\n')).toEqual(['400', '- 2.950', '', '-1.200']);
  });

  it('splits text copied from a PDF at runs of spaces, a lone dash being an empty cell', () => {
    expect(splitPastedRow('  1.400   -   -16.700  -27.800 ')).toEqual([
      '1.400',
      '',
      '-16.700',
      '-27.800',
    ]);
  });

  it('takes the first line that has anything on it', () => {
    expect(splitPastedRow('\n300\t600\n1\t2')).toEqual(['300', '600']);
  });

  it('leaves a single value to the ordinary paste', () => {
    expect(splitPastedRow('-942')).toBeNull();
    expect(splitPastedRow('1.234,5\n')).toBeNull();
  });
});
