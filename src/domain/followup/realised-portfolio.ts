import { convertAmount, type PriceIndex, type PriceLevelError } from '../economics/price-level.ts';
import { divideRounded } from '../economics/rounding.ts';
import type { Kroner } from '../money.ts';
import type { EconomicTable } from '../proposal.ts';
import { plannedSums, realisedSums, type RealisedYear } from './realised.ts';

// Promised against realised savings for the portfolio, per forvaltning and per pool, year by
// year (SPEC.md section 9, as Aarhus draws its expected savings against the efficiency target).
// Plans are decided at their rounds' price levels, so each proposal's yearly savings are first
// brought to one price level (rounded per proposal and year) and then summed exactly.

/** One year of one proposal's savings: planned, and realised where the year is reported. */
export interface SavingsYear {
  year: number;
  planned: Kroner;
  realised: Kroner | null;
}

/** A proposal's savings year by year, at its plan's price level. */
export function savingsByYear(
  table: EconomicTable,
  realised: readonly RealisedYear[],
): SavingsYear[] {
  const planned = plannedSums(table);
  return table.years.map((year, i) => {
    const report = realised.find((r) => r.year === year);
    return {
      year,
      planned: planned[i]!.savings,
      realised: report ? realisedSums(table, report).savings : null,
    };
  });
}

/** The same savings at another price level, each amount converted by the index. */
export function savingsAtPriceLevel(
  savings: readonly SavingsYear[],
  from: number | null,
  to: number,
  index: PriceIndex,
): { ok: true; value: SavingsYear[] } | { ok: false; error: PriceLevelError } {
  if (from === null || from === to) return { ok: true, value: [...savings] };
  const value: SavingsYear[] = [];
  for (const s of savings) {
    const planned = convertAmount(s.planned, from, to, index);
    if (!planned.ok) return planned;
    let realised: Kroner | null = null;
    if (s.realised !== null) {
      const converted = convertAmount(s.realised, from, to, index);
      if (!converted.ok) return converted;
      realised = converted.value;
    }
    value.push({ year: s.year, planned: planned.value, realised });
  }
  return { ok: true, value };
}

/**
 * Realised as a percentage of promised with one decimal, rounded half away from zero; null when
 * nothing above zero was promised, where a percentage says nothing.
 */
export function realisedPercent(realised: Kroner, promised: Kroner): number | null {
  if (promised <= 0) return null;
  return Number(divideRounded(BigInt(realised) * 1000n, BigInt(promised))) / 10;
}

export interface FollowedProposal {
  proposalId: string;
  administration: string | null;
  poolKey: string;
  /** At the portfolio's price level. */
  savings: readonly SavingsYear[];
}

export interface PortfolioYear {
  year: number;
  /** What every proposal's plan promises that year. */
  planned: Kroner;
  /** What the proposals that reported the year realised. */
  realised: Kroner;
  /** What those same proposals promised that year: realised is measured against this. */
  plannedReported: Kroner;
  /** Proposals that reported the year, of those with a plan in it. */
  reported: number;
  proposals: number;
  /** The secretariat's savings target for the year; null where none is set. */
  target: Kroner | null;
}

export interface SavingsTarget {
  /** Null for the portfolio as a whole. */
  administration: string | null;
  year: number;
  amount: Kroner;
}

export interface PortfolioSavings {
  years: number[];
  portfolio: PortfolioYear[];
  byAdministration: { administration: string | null; years: PortfolioYear[] }[];
  byPool: { poolKey: string; years: PortfolioYear[] }[];
}

function range(years: Iterable<number>): number[] {
  const list = [...new Set(years)];
  if (list.length === 0) return [];
  const first = Math.min(...list);
  return Array.from({ length: Math.max(...list) - first + 1 }, (_, i) => first + i);
}

function accumulate(
  years: readonly number[],
  proposals: readonly FollowedProposal[],
  targetOf: (year: number) => Kroner | null,
): PortfolioYear[] {
  const first = years[0] ?? 0;
  const rows = years.map((year) => ({
    year,
    planned: 0,
    realised: 0,
    plannedReported: 0,
    reported: 0,
    proposals: 0,
  }));
  for (const proposal of proposals) {
    for (const s of proposal.savings) {
      const row = rows[s.year - first];
      if (!row) continue;
      row.planned += s.planned;
      row.proposals++;
      if (s.realised === null) continue;
      row.realised += s.realised;
      row.plannedReported += s.planned;
      row.reported++;
    }
  }
  return rows.map((row) => ({
    ...row,
    planned: row.planned as Kroner,
    realised: row.realised as Kroner,
    plannedReported: row.plannedReported as Kroner,
    target: targetOf(row.year),
  }));
}

function groupBy<K>(items: readonly FollowedProposal[], key: (p: FollowedProposal) => K) {
  const groups = new Map<K, FollowedProposal[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The portfolio's savings per year, and the same per forvaltning and per pool. */
export function portfolioSavings(
  proposals: readonly FollowedProposal[],
  targets: readonly SavingsTarget[],
): PortfolioSavings {
  const years = range([
    ...proposals.flatMap((p) => p.savings.map((s) => s.year)),
    ...targets.map((t) => t.year),
  ]);
  const target = (administration: string | null) => (year: number) =>
    targets.find((t) => t.administration === administration && t.year === year)?.amount ?? null;
  const danish = new Intl.Collator('da');
  const byAdministration = [...groupBy(proposals, (p) => p.administration)]
    .sort(([a], [b]) => danish.compare(a ?? '', b ?? ''))
    .map(([administration, own]) => ({
      administration,
      years: accumulate(years, own, administration === null ? () => null : target(administration)),
    }));
  const byPool = [...groupBy(proposals, (p) => p.poolKey)]
    .sort(([a], [b]) => danish.compare(a, b))
    .map(([poolKey, own]) => ({ poolKey, years: accumulate(years, own, () => null) }));
  return {
    years,
    portfolio: accumulate(years, proposals, target(null)),
    byAdministration,
    byPool,
  };
}
