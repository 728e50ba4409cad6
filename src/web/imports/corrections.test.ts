import { describe, expect, it } from 'vitest';
import type { MismatchOutput, OverviewLineOutput } from '../../shared/import-schemas.ts';
import type { ProposalContentOutput } from '../../shared/proposal-schema.ts';
import { correctedView, NO_EDITS } from './corrections.ts';

const read = {
  code: 'BC01',
  kind: 'investeringsforslag',
  leadAdministration: 'SOF',
  economy: {
    priceLevelYear: 2025,
    years: [2025, 2026],
    rows: [{ label: 'Husleje', section: 'implementation', area: 'service', values: [100, null] }],
  },
  stated: {
    payback: { service: null, total: null },
    totals: [
      {
        label: 'Samlede implementeringsomkostninger',
        scope: { section: 'implementation', area: null },
        values: [100, null],
      },
    ],
  },
} as unknown as ProposalContentOutput;

describe('correctedView', () => {
  it('changes nothing until the reviewer types', () => {
    const view = correctedView(read, [], NO_EDITS);
    expect(view.corrections).toEqual([]);
    expect(view.content.economy.rows).toEqual(read.economy.rows);
  });

  it('reads typed cells in Danish, and keeps a cell that is not a number as read, marked', () => {
    const view = correctedView(read, [], {
      rows: { 0: { section: 'lasting', values: { 0: '1.250,5', 1: 'x' } } },
    });
    expect(view.content.economy.rows[0]).toMatchObject({
      section: 'lasting',
      values: [1250.5, null],
    });
    expect(view.invalid).toEqual(['0.1']);
    expect(view.corrections.map((c) => c.field)).toEqual([
      'economy.rows.0.section',
      'economy.rows.0.values.0',
    ]);
  });

  it('compares the stated subtotals again once a row is corrected, in thousands', () => {
    const overview: MismatchOutput = {
      field: 'Oversigt: Investering',
      unit: 'thousands',
      stated: 1,
      computed: 2,
    };
    expect(correctedView(read, [overview], NO_EDITS).mismatches).toEqual([overview]);
    const view = correctedView(read, [overview], { rows: { 0: { values: { 0: '100,5' } } } });
    expect(view.mismatches).toEqual([
      {
        field: 'Samlede implementeringsomkostninger 2025',
        unit: 'thousands',
        stated: 100,
        computed: 100.5,
      },
      overview,
    ]);
  });

  it("compares the reading's line in the round's overview again, as the overview rounds", () => {
    // The overview states an investment of 0,1 mio. kr.: 100 read, rounded; 160 is 0,2.
    const overviewLine: OverviewLineOutput = {
      code: 'BC01',
      title: 'Husleje',
      service: 100,
      anlaeg: null,
      investment: null,
      efficiency: null,
      payback: null,
      columns: ['service'],
      precision: 100,
      priceLevelYear: 2025,
    };
    const asRead = correctedView(read, [], { rows: { 0: { values: { 0: '120' } } } }, overviewLine);
    expect(asRead.mismatches.filter((m) => m.field.startsWith('Oversigt'))).toEqual([]);
    const view = correctedView(read, [], { rows: { 0: { values: { 0: '160' } } } }, overviewLine);
    expect(view.mismatches.filter((m) => m.field.startsWith('Oversigt'))).toEqual([
      { field: 'Oversigt: investering, service', unit: 'thousands', stated: 100, computed: 160 },
    ]);
  });

  it('empties a cell that is cleared', () => {
    const view = correctedView(read, [], { rows: { 0: { values: { 0: '' } } } });
    expect(view.corrections).toEqual([{ field: 'economy.rows.0.values.0', from: 100, to: null }]);
  });
});
