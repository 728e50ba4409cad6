import { convertPriceLevel, sectionTotals, type TableEvaluation } from '../economics/index.ts';
import type { Kroner } from '../money.ts';
import type { EconomicTable, ProposalKind } from '../proposal.ts';
import type { SubmissionRules } from '../rules.ts';
import type { Finding, Rule } from './rule.ts';
import { KIND_NAMES, kr, rowName, yearName } from './wording.ts';

/** Tabel 1 alone; kind and rules are null when a bare table is checked. */
export interface TableContext {
  table: EconomicTable;
  evaluation: TableEvaluation;
  kind: ProposalKind | null;
  rules: SubmissionRules | null;
}

function cellFindings(
  { table }: TableContext,
  select: (row: EconomicTable['rows'][number]) => boolean,
  flag: (value: number) => boolean,
  say: (row: string, year: string, amount: string) => string,
): Finding[] {
  const findings: Finding[] = [];
  table.rows.forEach((row, r) => {
    if (!select(row)) return;
    row.values.forEach((value, column) => {
      if (value === null || !flag(value)) return;
      const year = yearName(table.years, column);
      findings.push({
        field: `rows.${r}.values.${column}`,
        message: say(rowName(row, r), year, kr(value)),
        params: { row: r, label: row.label, year, amount: value },
      });
    });
  });
  return findings;
}

function isEfficiencyRow(row: EconomicTable['rows'][number]): boolean {
  if (row.section !== 'lasting') return false;
  let balance = 0;
  for (const value of row.values) if (value) balance += value < 0 ? 1 : -1;
  return balance > 0;
}

/**
 * What the table asks of the pool at the p/l the caps are stated in, converted cell by cell as
 * the round overview converts it; null when no conversion is due or the index cannot make one.
 */
function askedAtCapsLevel(table: EconomicTable, rules: SubmissionRules): Kroner | null {
  const at = rules.capsAt;
  if (!at || table.priceLevelYear === null || table.priceLevelYear === at.year) return null;
  const converted = convertPriceLevel(table, at.year, at.index);
  if (!converted.ok) return null;
  return sectionTotals(converted.value).implementation.total.reduce((a, b) => a + b, 0) as Kroner;
}

export const TABLE_RULES: readonly Rule<TableContext>[] = [
  {
    id: 'price-level-missing',
    severity: 'error',
    check: ({ table }) =>
      table.priceLevelYear === null
        ? [
            {
              field: 'priceLevelYear',
              message:
                'Prisniveau (p/l-år) i Tabel 1 mangler: angiv hvilket års priser beløbene er i.',
            },
          ]
        : [],
  },
  {
    id: 'years-missing',
    severity: 'error',
    check: ({ table }) =>
      table.years.length === 0
        ? [{ field: 'years', message: 'Årskolonner i Tabel 1 mangler: tabellen har ingen år.' }]
        : [],
  },
  {
    id: 'years-not-contiguous',
    severity: 'error',
    check: ({ table }) =>
      table.years.flatMap((year, i) => {
        const previous = table.years[i - 1];
        if (previous === undefined || year === previous + 1) return [];
        return [
          {
            field: `years.${i}`,
            message: `Årskolonner i Tabel 1 skal være på hinanden følgende år, men ${year} følger efter ${previous}.`,
            params: { year, previous },
          },
        ];
      }),
  },
  {
    id: 'table-empty',
    severity: 'error',
    check: ({ table }) =>
      table.rows.some((row) => row.values.some((value) => value !== null && value !== 0))
        ? []
        : [{ field: 'rows', message: 'Tabel 1 er tom: der skal være mindst én række med beløb.' }],
  },
  {
    id: 'payback-limit',
    severity: 'error',
    check: ({ evaluation, kind, rules }) => {
      if (kind !== 'investeringsforslag' || rules === null) return [];
      const limit = rules.paybackLimitYears;
      const measures = [
        ['total', 'totaløkonomi'],
        ['service', 'serviceeffektivisering'],
      ] as const;
      return measures.flatMap(([measure, basis]) => {
        const payback = evaluation.payback[measure];
        if (payback !== null && payback <= limit) return [];
        const when =
          payback === null
            ? `bliver ikke tilbagebetalt inden for tabellens ${evaluation.years.length} år`
            : `tilbagebetales først i år ${payback}`;
        return [
          {
            field: `payback.${measure}`,
            message: `Tilbagebetalingstid baseret på ${basis}: forslaget ${when}, men et investeringsforslag skal være tilbagebetalt inden for ${limit} år.`,
            params: { payback, limit },
          },
        ];
      });
    },
  },
  {
    id: 'cap-exceeded',
    severity: 'error',
    check: ({ table, evaluation, kind, rules }) => {
      const cap = kind && rules ? rules.capByKind[kind] : null;
      if (kind === null || rules === null || cap === null) return [];
      const stated = evaluation.requestedFromPool;
      const converted = askedAtCapsLevel(table, rules);
      const requested = converted ?? stated;
      if (requested <= cap) return [];
      const level = (year: number | null | undefined) => (year == null ? '' : ` (${year} p/l)`);
      const capsYear = rules.capsAt?.year ?? table.priceLevelYear;
      const atCapsLevel =
        converted === null ? '' : `, ${kr(converted)} i rundens prisniveau${level(capsYear)}`;
      return [
        {
          field: 'totals.implementation',
          message: `Samlede implementeringsomkostninger er ${kr(stated)}${level(table.priceLevelYear)}${atCapsLevel}, men ${KIND_NAMES[kind]} må højst søge ${kr(cap)}${level(capsYear)}`,
          params: { requested, cap, stated, capsYear },
        },
      ];
    },
  },
  {
    id: 'efficiency-row-positive',
    severity: 'warning',
    check: (context) =>
      cellFindings(
        context,
        isEfficiencyRow,
        (value) => value > 0,
        (row, year, amount) =>
          `Tabel 1, ${row} er en effektivisering (mest negative beløb), men er positiv i ${year} (${amount}). Besparelser skrives med minus.`,
      ),
  },
  {
    id: 'cost-row-negative',
    severity: 'warning',
    check: (context) =>
      cellFindings(
        context,
        (row) => row.section === 'implementation',
        (value) => value < 0,
        (row, year, amount) =>
          `Tabel 1, ${row} er en implementeringsomkostning, men er negativ i ${year} (${amount}). Omkostninger skrives med plus.`,
      ),
  },
];
