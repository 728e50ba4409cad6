import { describe, expect, it } from 'vitest';
import type { Area, ProposalKind, RowSection } from '../proposal.ts';
import { correctReading as correct, type Corrected } from './corrections.ts';

interface Reading {
  code: string | null;
  kind: ProposalKind;
  leadAdministration: string | null;
  title: string;
  economy: {
    priceLevelYear: number;
    years: number[];
    rows: { label: string; section: RowSection; area: Area; values: (number | null)[] }[];
  };
}

const correctReading = (content: Reading, corrected: Corrected<number>) =>
  correct<number, Reading>(content, corrected);

const read: Reading = {
  code: null,
  kind: 'innovationsforslag',
  leadAdministration: 'SOF',
  title: 'Digital visitation',
  economy: {
    priceLevelYear: 2025,
    years: [2025, 2026],
    rows: [
      {
        label: 'Effektivisering',
        section: 'implementation',
        area: 'service',
        values: [-100, -200],
      },
    ],
  },
};

describe('correctReading', () => {
  it('applies the code, kind, forvaltning and a row, and names each change in order', () => {
    const result = correctReading(read, {
      code: ' BC07 ',
      kind: 'investeringsforslag',
      leadAdministration: 'SOF',
      rows: [{ section: 'lasting', area: 'service', values: [-100, null] }],
    });
    if (!result.ok) throw new Error(result.message.key);
    expect(result.content).toMatchObject({
      code: 'BC07',
      kind: 'investeringsforslag',
      title: 'Digital visitation',
      economy: {
        rows: [
          { label: 'Effektivisering', section: 'lasting', area: 'service', values: [-100, null] },
        ],
      },
    });
    expect(result.corrections).toEqual([
      { field: 'code', from: null, to: 'BC07' },
      { field: 'kind', from: 'innovationsforslag', to: 'investeringsforslag' },
      { field: 'economy.rows.0.section', from: 'implementation', to: 'lasting' },
      { field: 'economy.rows.0.values.1', from: -200, to: null },
    ]);
  });

  it('records nothing when the reviewer leaves everything as read, and reads a blank code as none', () => {
    const same = correctReading(read, { code: '  ', rows: [{ ...read.economy.rows[0]! }] });
    expect(same.ok && same.corrections).toEqual([]);
  });

  it('refuses rows that do not match the table read, naming the field', () => {
    expect(correctReading(read, { rows: [] })).toMatchObject({
      ok: false,
      field: 'corrections.rows',
    });
    expect(
      correctReading(read, { rows: [{ section: 'lasting', area: 'service', values: [1] }] }),
    ).toMatchObject({ ok: false, field: 'corrections.rows.0.values' });
  });
});
