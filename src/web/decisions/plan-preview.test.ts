import { describe, expect, it } from 'vitest';
import { kroner } from '../../domain/money.ts';
import { parseGranted, previewPlan, tableInThousands } from './plan-preview.ts';

describe('the grant as the secretariat types it', () => {
  it('reads Danish amounts in thousands to whole kroner, leaving out empty and zero years', () => {
    expect(parseGranted({ 2026: '1.200,5', 2027: '', 2028: '0' })).toEqual({
      ok: true,
      granted: [{ year: 2026, amount: 1_200_500 }],
    });
  });

  it('names the first year that is not an amount of whole kroner at or above zero', () => {
    expect(parseGranted({ 2026: '1,0001' })).toEqual({ ok: false, year: 2026 });
    expect(parseGranted({ 2026: '10', 2027: '-5' })).toEqual({ ok: false, year: 2027 });
  });

  it('previews the plan the server will store, back in thousands', () => {
    const table = {
      priceLevelYear: 2026,
      years: [2026],
      rows: [
        { label: 'PL', section: 'implementation' as const, area: 'service' as const, values: [3] },
        { label: 'IT', section: 'implementation' as const, area: 'anlaeg' as const, values: [1] },
      ],
    };
    const plan = previewPlan(table, [{ year: 2026, amount: kroner(2001) }]);
    expect(tableInThousands(plan).rows.map((r) => r.values)).toEqual([[1.501], [0.5]]);
  });
});
