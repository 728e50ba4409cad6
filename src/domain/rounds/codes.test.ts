import { describe, expect, it } from 'vitest';
import { codeNumber, nextCodes } from './codes.ts';

describe('round codes', () => {
  it('continue after the highest code, so withdrawing BC02 never gives its code again', () => {
    expect(nextCodes(['BC01', 'BC03', null], 2)).toEqual(['BC04', 'BC05']);
    expect(nextCodes(['BC39', 'BC01'], 1)).toEqual(['BC40']);
  });

  it('start at BC01, keep two digits, and ignore codes of another form', () => {
    expect(nextCodes([], 2)).toEqual(['BC01', 'BC02']);
    expect(nextCodes(['UD/SI01', 'TV01', 'BC9'], 2)).toEqual(['BC10', 'BC11']);
    expect(nextCodes(['BC99'], 1)).toEqual(['BC100']);
  });

  it('read the number of a code of the round’s form only', () => {
    expect([
      codeNumber('BC07'),
      codeNumber(' BC12 '),
      codeNumber('TV01'),
      codeNumber(null),
    ]).toEqual([7, 12, null, null]);
  });
});
