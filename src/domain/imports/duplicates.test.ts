import { describe, expect, it } from 'vitest';
import { possibleDuplicates, titleLikeness } from './duplicates.ts';

const existing = [
  { id: 'a', code: 'SOF12', title: 'Mobile teams på botilbud', leadAdministration: 'SOF' },
  { id: 'b', code: 'BUF07', title: 'Digital skoleindskrivning', leadAdministration: 'BUF' },
];

describe('possibleDuplicates', () => {
  it('finds a proposal with the same code', () => {
    const found = possibleDuplicates(
      { code: 'SOF12', title: 'Noget andet', leadAdministration: 'SOF' },
      existing,
    );
    expect(found).toEqual([
      { id: 'a', code: 'SOF12', title: 'Mobile teams på botilbud', reason: 'same-code' },
    ]);
  });

  it('finds a near-identical title in the same forvaltning, not in another', () => {
    const candidate = { code: null, title: 'Mobile teams på botilbud.', leadAdministration: 'SOF' };
    expect(possibleDuplicates(candidate, existing).map((d) => d.reason)).toEqual(['same-title']);
    expect(possibleDuplicates({ ...candidate, leadAdministration: 'BUF' }, existing)).toEqual([]);
  });

  it('leaves a different proposal alone', () => {
    expect(
      possibleDuplicates(
        { code: 'SOF13', title: 'Nye senge på plejecentre', leadAdministration: 'SOF' },
        existing,
      ),
    ).toEqual([]);
    expect(titleLikeness('Mobile teams på botilbud', 'Mobile teams i hjemmeplejen')).toBeLessThan(
      0.8,
    );
  });
});
