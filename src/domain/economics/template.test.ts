import { describe, expect, it } from 'vitest';
import { templateTable } from './template.ts';

describe('templateTable', () => {
  it('gives an investment case the template’s rows and six empty years from the round’s first', () => {
    const table = templateTable('investeringsforslag', 2027);
    expect(table.years).toEqual([2027, 2028, 2029, 2030, 2031, 2032]);
    expect(table.rows.map((r) => [r.label, r.section, r.area])).toEqual([
      ['Effektiviseringsgevinst', 'lasting', 'service'],
      ['Øgede driftsudgifter', 'lasting', 'service'],
      ['Projektledelse og interne ressourcer', 'implementation', 'service'],
      ['Udvikling og anskaffelse', 'implementation', 'anlaeg'],
    ]);
    expect(
      table.rows.every((r) => r.values.length === 6 && r.values.every((v) => v === null)),
    ).toBe(true);
  });

  it('gives an innovation case and a pre-analysis only what the pool pays', () => {
    for (const kind of ['innovationsforslag', 'foranalyse'] as const) {
      expect(templateTable(kind, 2027).rows.every((r) => r.section === 'implementation')).toBe(
        true,
      );
    }
  });

  it('has the rows but no year columns when no round is open to start from', () => {
    const table = templateTable('foranalyse', null);
    expect(table.years).toEqual([]);
    expect(table.rows.map((r) => r.values)).toEqual([[], []]);
  });
});
