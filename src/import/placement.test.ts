import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COPENHAGEN_ADMINISTRATIONS } from './copenhagen.ts';
import { readEconomicTable } from './economic-table.ts';
import { importDocument } from './import-document.ts';
import { toLines } from './lines.ts';
import { placeCells } from './placement.ts';
import { seededRandom, syntheticProposal, type Layout } from './synthetic-document.ts';

// Which year a printed value belongs to, when a row prints only its non-empty cells.

const options = { administrations: COPENHAGEN_ADMINISTRATIONS };

function place(text: string) {
  const read = readEconomicTable(toLines(text));
  if (!read) throw new Error('no table');
  const placement = placeCells(read);
  return {
    ...placement,
    values: placement.rows.map((row) => row.values.map((v) => (v === null ? null : v / 1000))),
    totals: placement.totals.map((t) => t.values.map((v) => (v === null ? null : v / 1000))),
    payback: read.payback,
  };
}

const header = 'Tabel 1. Forslagets samlede økonomiske konsekvenser\n1.000 kr. 2026 p/l\n';

describe('placing values in year columns', () => {
  it('follows the stated subtotal when the whitespace says nothing', () => {
    // Each row's value stands on a line of its own, so only the subtotal tells the years.
    const { values, totals, unread } = place(
      header +
        'Styringsområde   2026   2027   2028\n' +
        'Implementeringsomkostninger\n' +
        'Projektledelse   Service\n100\n' +
        'Licenser   Service\n200   50\n' +
        'Test   Service\n70\n' +
        'Samlede implementeringsomkostninger   Service   300   120\n',
    );
    // Test with 70 in 2026 would make 370; only 2027 adds up to the stated 120.
    expect(values).toEqual([
      [100, null, null],
      [200, 50, null],
      [null, 70, null],
    ]);
    expect(totals).toEqual([[300, 120, null]]);
    expect(unread).toEqual([]);
  });

  it('reads a wide gap as empty years before the value', () => {
    const { values } = place(
      header +
        'Styringsområde   2026   2027   2028   2029\n' +
        'Varige ændringer\n' +
        'Drift   Service         400   400\n' +
        'Gevinst   Service      -300   -600   -600\n',
    );
    expect(values).toEqual([
      [null, null, 400, 400],
      [null, -300, -600, -600],
    ]);
  });

  it('uses the stated payback when the subtotals fit a shifted reading as well', () => {
    // One cost in 2026 and a lasting saving in two years: starting in 2026 it pays back in
    // year 1, starting in 2027 in year 2. Only the stated payback tells them apart.
    const table = (payback: number) =>
      place(
        header +
          'Styringsområde   2026   2027   2028\n' +
          'Varige ændringer\n' +
          'Gevinst   Service\n-500   -500\n' +
          'Samlet varig ændring\n-500   -500\n' +
          'Implementeringsomkostninger\n' +
          'Projekt   Service   400\n' +
          `Tilbagebetalingstid baseret på totaløkonomi   ${payback}\n`,
      );
    expect(table(1).values[0]).toEqual([-500, -500, null]);
    expect(table(2).values[0]).toEqual([null, -500, -500]);
  });

  it('reports a row that neither subtotals nor layout can place', () => {
    const { values, unread } = place(
      header + 'Styringsområde   2026   2027   2028\n' + 'Varige ændringer\nDrift   Service\n400\n',
    );
    expect(values).toEqual([[null, null, 400]]);
    expect(unread.map((u) => u.field)).toEqual(['economy.rows.Drift']);
  });

  it('does not report zeros whose year makes no difference', () => {
    const { unread } = place(
      header +
        'Styringsområde   2026   2027   2028\n' +
        'Implementeringsomkostninger\n' +
        'Projekt   Anlæg   300\n' +
        'Samlede implementeringsomkostninger, service\n   0   0\n' +
        'Samlede implementeringsomkostninger, anlæg      300\n',
    );
    expect(unread).toEqual([]);
  });

  it('joins a number split over two lines and a minus set apart from its number', () => {
    const { totals } = place(
      header +
        'Styringsområde   2026   2027   2028\n' +
        'Varige ændringer\nGevinst   Service   1.400   - 2.950   -100\n' +
        'Samlet varig ændring\n   1.40\n\n0   - 2.950   -100\n',
    );
    expect(totals).toEqual([[1400, -2950, -100]]);
  });
});

describe('synthetic proposals in both layouts', () => {
  const layouts: Layout[] = ['wide', 'narrow'];

  it.each(layouts)(
    'reads back every figure of a %s table, or names the row it is unsure of',
    (layout) => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.boolean(), (seed, noise) => {
          const proposal = syntheticProposal(seededRandom(seed), { layout, noise });
          const result = importDocument(proposal.text, options);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.proposals).toHaveLength(1);
          const imported = result.proposals[0]!;
          const { content } = imported;
          expect(content.code).toBe(proposal.code);
          expect(content.title).toBe(proposal.title);
          expect(content.kind).toBe(proposal.kind);
          expect(content.leadAdministration).toBe(proposal.lead);
          expect(content.economy.priceLevelYear).toBe(proposal.priceLevelYear);
          expect(content.economy.years).toEqual(proposal.years);
          expect(imported.stated.payback).toEqual(proposal.payback);
          const unsure = new Set(
            imported.unread
              .filter((u) => u.field.startsWith('economy.rows.'))
              .map((u) => u.field.slice('economy.rows.'.length)),
          );
          expect(content.economy.rows.map((r) => [r.label, r.section, r.area])).toEqual(
            proposal.rows.map((r) => [r.label, r.section, r.area]),
          );
          content.economy.rows.forEach((row, i) => {
            if (unsure.has(row.label)) return;
            expect(row.values.map((v) => (v === null ? null : v / 1000))).toEqual(
              proposal.rows[i]!.values,
            );
          });
          if (unsure.size === 0) expect(imported.mismatches).toEqual([]);
          // Without noise the layout is exact, and nothing may be left unsure.
          if (!noise) expect(unsure.size).toBe(0);
        }),
        { numRuns: 150 },
      );
    },
    // 150 documents each way: seconds on a shared machine under load.
    60_000,
  );

  it('finds the arithmetic error of a document and reports it, not repeats it', () => {
    const proposal = syntheticProposal(seededRandom(7), {
      layout: 'wide',
      kind: 'investeringsforslag',
    });
    const line = proposal.text
      .split('\n')
      .find((l) => l.startsWith('Samlet økonomisk påvirkning'))!;
    const last = /(-?[\d.]+)\s*$/.exec(line)!;
    const wrong = line.slice(0, last.index) + '1' + last[1]!.replace('-', '') + '   ';
    const result = importDocument(proposal.text.replace(line, wrong), options);
    if (!result.ok) throw new Error('must import');
    const [imported] = result.proposals;
    const lastYear = proposal.years.at(-1)!;
    expect(imported!.mismatches).toContainEqual(
      expect.objectContaining({ field: `Samlet økonomisk påvirkning ${lastYear}` }),
    );
    expect(imported!.content.economy.rows.map((r) => r.values.map((v) => v && v / 1000))).toEqual(
      proposal.rows.map((r) => r.values),
    );
  });
});
