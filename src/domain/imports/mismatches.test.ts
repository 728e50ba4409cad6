import { describe, expect, it } from 'vitest';
import { evaluateTable } from '../economics/index.ts';
import type { Mismatch } from '../import-findings.ts';
import { kroner, type Kroner } from '../money.ts';
import type { EconomicTable, StatedFigures } from '../proposal.ts';
import { correctedMismatches, tableMismatches } from './mismatches.ts';
import { compareWithOverview, type OverviewLine } from './overview-line.ts';

const k = (values: (number | null)[]) => values.map((v) => (v === null ? null : kroner(v)));

/** 300.000 kr. spent in 2025 and 200.000 kr. saved a year from 2026: paid back in its third year. */
function table(lasting: (number | null)[]): EconomicTable {
  return {
    priceLevelYear: 2025,
    years: [2025, 2026, 2027],
    rows: [
      { label: 'Projektleder', section: 'implementation', area: 'service', values: k([300_000]) },
      { label: 'Færre vikarer', section: 'lasting', area: 'service', values: k(lasting) },
    ],
  };
}

const stated: StatedFigures = {
  payback: { service: 3, total: 3 },
  totals: [
    {
      label: 'Varige ændringer i alt',
      scope: { section: 'lasting', area: null },
      values: k([null, -200_000, -200_000]),
    },
    { label: 'Heraf service', scope: null, values: k([1, 2, 3]) },
  ],
};

const asRead = (mismatch: Mismatch) => mismatch;

describe('tableMismatches', () => {
  it('finds none where every summing subtotal and payback is reproduced', () => {
    expect(tableMismatches(stated, evaluateTable(table([null, -200_000, -200_000])))).toEqual([]);
  });

  it('names each year of a subtotal the rows do not sum to, and a payback they do not give', () => {
    const evaluation = evaluateTable(table([null, -20_000, -200_000]));
    expect(tableMismatches(stated, evaluation)).toEqual([
      {
        field: 'Varige ændringer i alt 2026',
        unit: 'kroner',
        stated: -200_000,
        computed: -20_000,
      },
      { field: 'payback.service', unit: 'years', stated: 3, computed: null },
      { field: 'payback.total', unit: 'years', stated: 3, computed: null },
    ]);
  });

  it('leaves out a subtotal that is informative only', () => {
    const evaluation = evaluateTable(table([null, -200_000, -200_000]));
    expect(tableMismatches(stated, evaluation).map((m) => m.field)).not.toContain(
      'Heraf service 2025',
    );
  });
});

describe('correctedMismatches', () => {
  const misread = evaluateTable(table([null, -20_000, -200_000]));
  const read = [
    ...tableMismatches(stated, misread),
    { field: 'Oversigt: Tilbagebetalingstid', unit: 'years', stated: 3, computed: 2 } as const,
  ];

  it("drops the mismatches a corrected row fixes and keeps the overview's as read", () => {
    const corrected = evaluateTable(table([null, -200_000, -200_000]));
    expect(correctedMismatches({ read, stated, evaluation: corrected, present: asRead })).toEqual([
      { field: 'Oversigt: Tilbagebetalingstid', unit: 'years', stated: 3, computed: 2 },
    ]);
  });

  it('adds the mismatch a correction causes', () => {
    const corrected = evaluateTable(table([-1_000, -200_000, -200_000]));
    expect(
      correctedMismatches({ read: [], stated, evaluation: corrected, present: asRead }),
    ).toEqual([
      {
        field: 'Varige ændringer i alt 2025',
        unit: 'kroner',
        stated: null,
        computed: -1_000,
      },
    ]);
  });

  it('keeps a subtotal of a reading made before its scope was kept, as it was read', () => {
    const unscoped: StatedFigures = {
      ...stated,
      totals: stated.totals.map(({ label, values }) => ({ label, values })),
    };
    const corrected = evaluateTable(table([null, -200_000, -200_000]));
    expect(
      correctedMismatches({ read, stated: unscoped, evaluation: corrected, present: asRead }),
    ).toEqual(read.filter((m) => !m.field.startsWith('payback.')));
  });

  it("compares the proposal's line in the round's overview anew when it is kept", () => {
    // The overview says 3 years, as the document does; the misread table pays back in none.
    const line: OverviewLine = {
      entry: {
        code: 'BC01',
        title: 'Færre vikarer',
        committee: null,
        crossCutting: false,
        investment: { service: kroner(300_000), anlaeg: null, total: null },
        efficiency: kroner(-200_000),
        payback: 3,
        line: 1,
      },
      format: { columns: ['service', 'payback'], precision: 100_000, priceLevelYear: 2025 },
    };
    const misreadLine = compareWithOverview(line.entry, line.format, misread);
    expect(misreadLine.map((m) => m.field)).toEqual(['Oversigt: tilbagebetalingstid']);
    const corrected = evaluateTable(table([null, -200_000, -200_000]));
    expect(
      correctedMismatches({
        read: [...tableMismatches(stated, misread), ...misreadLine],
        stated,
        evaluation: corrected,
        present: asRead,
        overview: line,
      }),
    ).toEqual([]);
  });

  it('keeps every mismatch as read when the table cannot be summed', () => {
    expect(correctedMismatches({ read, stated, evaluation: null, present: asRead })).toEqual(read);
  });

  it('gives the new mismatches in the form the caller keeps them', () => {
    const corrected = evaluateTable(table([-1_000, -200_000, -200_000]));
    const inThousands = (m: Mismatch) => ({
      field: m.field,
      computed: m.computed === null ? null : (m.computed as Kroner) / 1000,
    });
    expect(
      correctedMismatches({ read: [], stated, evaluation: corrected, present: inThousands }),
    ).toEqual([{ field: 'Varige ændringer i alt 2025', computed: -1 }]);
  });
});
