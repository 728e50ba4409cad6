import { describe, expect, it } from 'vitest';
import { possibleDuplicates, sameRound, titleLikeness } from './duplicates.ts';

const existing = [
  {
    id: 'a',
    code: 'SOF12',
    title: 'Mobile teams på botilbud',
    leadAdministration: 'SOF',
    round: 'OFS 2024-2025',
  },
  {
    id: 'b',
    code: 'BUF07',
    title: 'Digital skoleindskrivning',
    leadAdministration: 'BUF',
    round: 'B2026',
  },
];

describe('possibleDuplicates', () => {
  it('finds a proposal with the same code in the same round', () => {
    const found = possibleDuplicates(
      { code: 'SOF12', title: 'Noget andet', leadAdministration: 'SOF', round: 'OFS 2024-2025' },
      existing,
    );
    expect(found).toEqual([
      { id: 'a', code: 'SOF12', title: 'Mobile teams på botilbud', reason: 'same-code' },
    ]);
  });

  it('leaves the same code in another round alone: codes start over each round', () => {
    expect(
      possibleDuplicates(
        { code: 'SOF12', title: 'Noget andet', leadAdministration: 'SOF', round: 'B2026' },
        existing,
      ),
    ).toEqual([]);
  });

  it('takes two unknown rounds for the same round', () => {
    const found = possibleDuplicates(
      { code: 'X1', title: 'Noget andet', leadAdministration: null, round: null },
      [{ ...existing[0]!, code: 'X1', round: null }],
    );
    expect(found.map((d) => d.reason)).toEqual(['same-code']);
  });

  it('finds a near-identical title in the same forvaltning whatever the code, not in another', () => {
    const candidate = {
      code: null,
      title: 'Mobile teams på botilbud.',
      leadAdministration: 'SOF',
      round: null,
    };
    expect(possibleDuplicates(candidate, existing).map((d) => d.reason)).toEqual(['same-title']);
    expect(possibleDuplicates({ ...candidate, leadAdministration: 'BUF' }, existing)).toEqual([]);
  });

  it('takes two codes of one round for two proposals, however alike their titles, and not across rounds', () => {
    const candidate = {
      code: 'SOF14',
      title: 'Mobile teams på botilbud',
      leadAdministration: 'SOF',
      round: 'OFS 2024-2025',
    };
    expect(possibleDuplicates(candidate, existing)).toEqual([]);
    const sentAgain = possibleDuplicates({ ...candidate, round: 'OFS 2025-2026' }, existing);
    expect(sentAgain.map((d) => d.reason)).toEqual(['same-title']);
  });

  it('leaves a different proposal alone', () => {
    expect(
      possibleDuplicates(
        {
          code: 'SOF13',
          title: 'Nye senge på plejecentre',
          leadAdministration: 'SOF',
          round: 'OFS 2024-2025',
        },
        existing,
      ),
    ).toEqual([]);
    expect(titleLikeness('Mobile teams på botilbud', 'Mobile teams i hjemmeplejen')).toBeLessThan(
      0.8,
    );
  });
});

describe('sameRound', () => {
  it('reads a round the same whatever its case, spacing or dash', () => {
    expect(sameRound('OFS 2024-2025', 'ofs  2024–2025')).toBe(true);
    expect(sameRound('OFS 2024-2025', 'Overførselssagen 2024-25')).toBe(true);
    expect(sameRound('B2027', 'Budget 2027')).toBe(true);
    expect(sameRound('B2027', 'Budgetforhandlingerne 2027')).toBe(true);
    expect(sameRound('B2027', 'OFS 2027')).toBe(false);
    expect(sameRound('OFS 2024-2025', 'OFS 2025-2026')).toBe(false);
    expect(sameRound(null, 'B2026')).toBe(false);
  });
});
