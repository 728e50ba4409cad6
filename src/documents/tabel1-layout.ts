import type { TableEvaluation } from '../domain/economics/index.ts';
import type { Kroner } from '../domain/money.ts';
import {
  AREAS,
  ROW_SECTIONS,
  type Area,
  type EconomicTable,
  type RowSection,
} from '../domain/proposal.ts';
import { word } from './words.ts';

// Tabel 1 as the template prints it, line by line: each section's heading, its rows, its
// subtotals per styringsområde and in total, then the total impact and the running sums the
// paybacks are read from. Word and Excel exports render these same lines, so both show the
// template's order; every figure comes from the economics engine.

export type Tabel1Line =
  | { kind: 'heading'; section: RowSection; label: string }
  | {
      kind: 'row';
      section: RowSection;
      area: Area;
      label: string;
      values: (Kroner | null)[];
    }
  | { kind: 'areaTotal'; section: RowSection; area: Area; label: string; values: Kroner[] }
  | { kind: 'sectionTotal'; section: RowSection; label: string; values: Kroner[] }
  | { kind: 'impact' | 'cumulative' | 'serviceCumulative'; label: string; values: Kroner[] };

// The subtotal rows the template always prints, whether or not a row uses the area.
const TEMPLATE_AREAS: Record<RowSection, readonly Area[]> = {
  lasting: ['service', 'overfoersler', 'finans'],
  implementation: ['service', 'anlaeg'],
  loan: [],
};

const areaName = (area: Area) => word(`area.${area}`);

export function tabel1Lines(table: EconomicTable, evaluation: TableEvaluation): Tabel1Line[] {
  const lines: Tabel1Line[] = [];
  const width = table.years.length;
  for (const section of ROW_SECTIONS) {
    const rows = table.rows.filter((row) => row.section === section);
    // The template always has the lasting changes and the implementation costs.
    if (rows.length === 0 && section === 'loan') continue;
    lines.push({ kind: 'heading', section, label: word(`section.${section}`) });
    for (const row of rows) {
      lines.push({
        kind: 'row',
        section,
        area: row.area,
        label: row.label,
        values: Array.from({ length: width }, (_, i) => row.values[i] ?? null),
      });
    }
    const totals = evaluation.totals[section];
    for (const area of AREAS) {
      if (!TEMPLATE_AREAS[section].includes(area) && !rows.some((row) => row.area === area)) {
        continue;
      }
      lines.push({
        kind: 'areaTotal',
        section,
        area,
        label: word(`economy.areaTotal.${section}`, { area: areaName(area).toLowerCase() }),
        values: totals.byArea[area],
      });
    }
    lines.push({
      kind: 'sectionTotal',
      section,
      label: word(`economy.groupTotal.${section}`),
      values: totals.total,
    });
  }
  lines.push({ kind: 'impact', label: word('economy.totalImpact'), values: evaluation.impact });
  lines.push({
    kind: 'cumulative',
    label: word('economy.cumulative'),
    values: evaluation.cumulative,
  });
  lines.push({
    kind: 'serviceCumulative',
    label: word('economy.serviceCumulative'),
    values: evaluation.serviceCumulative,
  });
  return lines;
}

/** "1.000 kr., 2026 p/l", as the template writes the unit under the table's title. */
export function tabel1Unit(priceLevelYear: number | null): string {
  const priceLevel =
    priceLevelYear === null
      ? word('economy.noPriceLevel')
      : word('common.priceLevel', { year: priceLevelYear });
  return word('economy.unit', { priceLevel });
}

export function paybackText(years: number | null): string {
  return years === null ? word('economy.paybackNever') : word('economy.paybackYears', { n: years });
}

export const areaLabel = areaName;
