// Our Tabel 1 engine against the same sheet in HyperFormula, the spreadsheet engine a finance
// office would otherwise reach for: subtotals by section and area, impact, cumulative and payback.
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { evaluateTable } from '../src/domain/economics/index.ts';
import type { Kroner } from '../src/domain/money.ts';
import type { Area, EconomicRow, EconomicTable, RowSection } from '../src/domain/proposal.ts';
import { medianMilliseconds, seededRandom, type BenchModule } from './lib.ts';

const TABLES = 100_000;
const SAMPLE = 2_000;
const REPEATS = 5;
const YEARS = [2026, 2027, 2028, 2029, 2030, 2031];

/** A typical proposal: 2-3 implementation rows, 2-3 running costs, 2 ramping savings. */
export function typicalTable(random: () => number): EconomicTable {
  const thousands = (min: number, max: number) =>
    (Math.round(min + random() * (max - min)) * 1000) as Kroner;
  const either = <T>(chance: number, a: T, b: T) => (random() < chance ? a : b);
  const cells = (...given: (Kroner | null)[]) => YEARS.map((_, i) => given[i] ?? null);
  const rows: EconomicRow[] = [];
  const add = (section: RowSection, area: Area, values: (Kroner | null)[]) =>
    rows.push({ label: `${section} ${rows.length + 1}`, section, area, values });
  for (let i = 0, n = either(0.5, 2, 3); i < n; i++) {
    const second = either(0.6, thousands(50, 1500), null);
    add('implementation', either(0.6, 'service', 'anlaeg'), cells(thousands(100, 2000), second));
  }
  for (let i = 0, n = either(0.5, 2, 3); i < n; i++) {
    const cost = thousands(50, 600);
    add(
      'lasting',
      either(0.8, 'service', 'overfoersler'),
      cells(null, cost, cost, cost, cost, cost),
    );
  }
  for (let i = 0; i < 2; i++) {
    const full = -thousands(300, 3000) as Kroner;
    const half = (Math.round(full / 2000) * 1000) as Kroner;
    add(
      'lasting',
      either(0.8, 'service', 'overfoersler'),
      cells(null, half, full, full, full, full),
    );
  }
  return { priceLevelYear: 2026, years: YEARS, rows };
}

const CAPACITY = 12;
const COLUMNS = ['C', 'D', 'E', 'F', 'G', 'H'];
const SECTIONS: RowSection[] = ['lasting', 'implementation', 'loan'];
const AREAS: Area[] = ['service', 'anlaeg', 'overfoersler', 'finans'];

/**
 * The sheet: rows 1-12 hold section (A), area (B) and six years (C-H); below come a subtotal
 * per section and area (SUMIFS, as a finance office would write it), section totals, impact,
 * service impact, both cumulative sums, a flag row each (the year index where the cumulative
 * sum is <= 0, else 99) and the two paybacks (0: never).
 */
function buildSheet() {
  const formulas: RawCellContent[][] = [];
  const rowOf = new Map<string, number>();
  const line = (key: string, cell: (column: string, i: number) => string) => {
    formulas.push(['', '', ...COLUMNS.map((c, i) => cell(c, i))]);
    rowOf.set(key, CAPACITY + formulas.length);
  };
  const range = (c: string) => `${c}$1:${c}$${CAPACITY}`;
  for (const section of SECTIONS) {
    for (const area of AREAS) {
      line(
        `${section}.${area}`,
        (c) => `=SUMIFS(${range(c)},${range('$A')},"${section}",${range('$B')},"${area}")`,
      );
    }
    line(
      section,
      (c) => `=${AREAS.map((area) => `${c}${rowOf.get(`${section}.${area}`)}`).join('+')}`,
    );
  }
  const at = (key: string, c: string) => `${c}${rowOf.get(key)}`;
  line('impact', (c) => `=${at('lasting', c)}+${at('implementation', c)}+${at('loan', c)}`);
  line(
    'serviceImpact',
    (c) => `=${at('lasting.service', c)}+${at('implementation', c)}+${at('loan.service', c)}`,
  );
  for (const series of ['impact', 'serviceImpact']) {
    const row = CAPACITY + formulas.length + 1;
    line(`${series}.cumulative`, (c, i) =>
      i === 0 ? `=${at(series, c)}` : `=${COLUMNS[i - 1]}${row}+${at(series, c)}`,
    );
    line(`${series}.flag`, (c, i) => `=IF(${at(`${series}.cumulative`, c)}<=0,${i + 1},99)`);
  }
  const paybackRow = CAPACITY + formulas.length + 1;
  const payback = (series: string) => {
    const flags = `C${rowOf.get(`${series}.flag`)}:H${rowOf.get(`${series}.flag`)}`;
    return `=IF(MIN(${flags})=99,0,MIN(${flags}))`;
  };
  formulas.push([payback('impact'), payback('serviceImpact')]);
  const empty: RawCellContent[][] = Array.from({ length: CAPACITY }, () => []);
  const hf = HyperFormula.buildFromArray([...empty, ...formulas], { licenseKey: 'gpl-v3' });
  return {
    hf,
    paybackRow: paybackRow - 1,
    lastCumulative: { row: (rowOf.get('impact.cumulative') as number) - 1, col: 7 },
  };
}

function cells(table: EconomicTable): RawCellContent[][] {
  if (table.rows.length > CAPACITY) throw new Error(`the sheet holds ${CAPACITY} rows`);
  return Array.from({ length: CAPACITY }, (_, i) => {
    const row = table.rows[i];
    return row
      ? [row.section, row.area, ...YEARS.map((_, y) => row.values[y] ?? null)]
      : Array(8).fill(null);
  });
}

export const economics: BenchModule = {
  name: 'economics',
  async run() {
    const random = seededRandom(20260101);
    const tables = Array.from({ length: TABLES }, () => typicalTable(random));

    let checksum = 0;
    const ours = medianMilliseconds(REPEATS, () => {
      checksum = 0;
      for (const table of tables) checksum += evaluateTable(table).payback.total ?? 0;
    });

    const { hf, paybackRow, lastCumulative } = buildSheet();
    const sample = tables.slice(0, SAMPLE);
    const sheet = sample.map(cells);
    const results: { total: number; service: number; last: number }[] = [];
    const read = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col }) as number;
    const theirs = medianMilliseconds(REPEATS, () => {
      results.length = 0;
      for (const content of sheet) {
        hf.setCellContents({ sheet: 0, row: 0, col: 0 }, content);
        results.push({
          total: read(paybackRow, 0),
          service: read(paybackRow, 1),
          last: read(lastCumulative.row, lastCumulative.col),
        });
      }
    });

    sample.forEach((table, i) => {
      const e = evaluateTable(table);
      const expected = {
        total: e.payback.total ?? 0,
        service: e.payback.service ?? 0,
        last: e.cumulative.at(-1),
      };
      const got = results[i];
      if (
        !got ||
        got.total !== expected.total ||
        got.service !== expected.service ||
        got.last !== expected.last
      ) {
        throw new Error(
          `HyperFormula and our engine disagree on table ${i}: ${JSON.stringify({ got, expected })}`,
        );
      }
    });
    if (checksum === 0) throw new Error('no table paid back: the generator is broken');

    const ourRate = TABLES / (ours / 1000);
    const theirRate = SAMPLE / (theirs / 1000);
    return [
      {
        metric: `Tabel 1 evaluations, our engine (${TABLES} tables, median of ${REPEATS})`,
        value: ourRate,
        unit: 'tables/s',
        baseline: theirRate,
        ratio: ourRate / theirRate,
      },
      {
        metric: `Tabel 1 evaluations, HyperFormula 3.5 (${SAMPLE} tables, median of ${REPEATS})`,
        value: theirRate,
        unit: 'tables/s',
      },
      {
        metric: 'time per typical table, our engine (target < 5)',
        value: 1e6 / ourRate,
        unit: 'µs',
      },
      {
        metric: 'HyperFormula paybacks and final cumulative sums agreeing with ours',
        value: SAMPLE,
        unit: 'tables',
      },
    ];
  },
};
