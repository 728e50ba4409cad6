import { convertPriceLevel, type PriceIndex, type PriceLevelError } from '../economics/index.ts';
import type { Kroner } from '../money.ts';
import type { EconomicTable, ProposalKind, ProposalStatus } from '../proposal.ts';
import { allocate, type PoolAllocation } from './allocation.ts';
import { askedPerYear, poolForKind } from './decisions-plan.ts';
import type { RoundRules } from './rules.ts';

// A round's overview of what came in (seed 000, "Oversigt over indkomne ansøgninger"), live:
// grouped by committee, then forvaltning, what each proposal asks of its pool per year at the
// round's price level, the totals, what is left in each pool, and where a pool or a cap is
// exceeded. The docx appendix, the spreadsheet and the web page all show this one value.
//
// Amounts are exact kroner inside. The municipality prints whole thousands: a proposal's total
// rounded on its own, a total row as its rounded years added up. So a printed total can differ
// from the printed rows above it (seed 000: 1.017 + 1.989 + 1.946 = 4.952; its years, 2.033 +
// 2.383 + 535, print as 4.951). The difference is carried and shown, not hidden.

/** A proposal of the round, as the overview reads it. */
export interface OverviewProposal {
  proposalId: string;
  code: string | null;
  title: string;
  kind: ProposalKind;
  status: ProposalStatus;
  committee: string | null;
  administration: string | null;
  economy: EconomicTable;
}

/** The round's price level and the index to convert to it. */
export interface OverviewPriceLevel {
  year: number;
  index: PriceIndex;
}

/** Figures as printed: whole thousands, each rounded on its own, half away from zero. */
export interface Printed {
  perYear: number[];
  total: number;
}

export interface OverviewAmounts {
  /** One per year of the overview, exact kroner at the round's price level. */
  perYear: Kroner[];
  total: Kroner;
  printed: Printed;
}

export interface OverviewSum extends OverviewAmounts {
  /**
   * The printed rows added up, less the printed total, per year and in total: what rounding each
   * figure on its own does to the column. Zero when the printed figures add up.
   */
  roundingDifference: Printed;
}

export interface OverviewEntry extends OverviewAmounts {
  proposalId: string;
  code: string | null;
  title: string;
  kind: ProposalKind;
  status: ProposalStatus;
  poolKey: string | null;
  /** The cap of the proposal's kind in this round, at the round's price level. */
  cap: Kroner | null;
  overCap: boolean;
  /** Why the amounts are in the proposal's own price level rather than the round's. */
  notConverted: PriceLevelError | null;
}

export interface AdministrationGroup {
  administration: string | null;
  entries: OverviewEntry[];
  sum: OverviewSum;
}

export interface CommitteeGroup {
  committee: string | null;
  administrations: AdministrationGroup[];
  sum: OverviewSum;
}

export interface ExceededPool {
  poolKey: string;
  year: number;
  /** How much more is asked than the pool holds that year. */
  over: Kroner;
}

export interface LiveOverview {
  priceLevelYear: number;
  /** The version of the round's rules the pools, caps and marks were computed under. */
  rulesVersion: number | null;
  years: number[];
  committees: CommitteeGroup[];
  sum: OverviewSum;
  /** Each pool's budget, what is asked of it and what is left, per year; pools nest. */
  pools: PoolAllocation[];
  exceeded: ExceededPool[];
}

/** Statuses of a proposal the round has received: submitted, and everything after. */
const RECEIVED: readonly ProposalStatus[] = [
  'submitted',
  'recommended',
  'not_recommended',
  'granted',
  'rejected',
  'in_implementation',
  'closed',
];

/** Whether the overview lists the proposal: it has come in and has not moved to a later round. */
export const isReceived = (status: ProposalStatus): boolean => RECEIVED.includes(status);

/** A rejected proposal is listed but draws nothing on the pools. */
const drawsOnPool = (status: ProposalStatus): boolean => status !== 'rejected';

/** Whole thousands, rounded half away from zero, as the municipality prints them. */
export function wholeThousands(value: Kroner): number {
  const magnitude = Math.floor((Math.abs(value) + 500) / 1000);
  return value < 0 ? -magnitude : magnitude;
}

const danish = new Intl.Collator('da', { numeric: true });
const lastIfNull = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : danish.compare(a, b);

function sumOf(parts: readonly OverviewAmounts[], years: number): OverviewSum {
  const perYear = Array.from(
    { length: years },
    (_, i) => parts.reduce((sum, p) => sum + p.perYear[i]!, 0) as Kroner,
  );
  const total = parts.reduce((sum, p) => sum + p.total, 0) as Kroner;
  // The total row is printed as its printed years added up, as the municipality's appendix does.
  const printedYears = perYear.map(wholeThousands);
  const printed = { perYear: printedYears, total: printedYears.reduce((a, b) => a + b, 0) };
  const printedRows = (pick: (p: Printed) => number) =>
    parts.reduce((sum, p) => sum + pick(p.printed), 0);
  return {
    perYear,
    total,
    printed,
    roundingDifference: {
      perYear: printed.perYear.map((value, i) => printedRows((p) => p.perYear[i]!) - value),
      total: printedRows((p) => p.total) - printed.total,
    },
  };
}

function converted(
  economy: EconomicTable,
  target: OverviewPriceLevel,
): { table: EconomicTable; notConverted: PriceLevelError | null } {
  if (economy.priceLevelYear === target.year) return { table: economy, notConverted: null };
  const result = convertPriceLevel(economy, target.year, target.index);
  return result.ok
    ? { table: result.value, notConverted: null }
    : { table: economy, notConverted: result.error };
}

export function liveOverview(
  proposals: readonly OverviewProposal[],
  target: OverviewPriceLevel,
  rules: RoundRules | null,
): LiveOverview {
  const received = proposals.filter((p) => isReceived(p.status));
  const asked = received.map((p) => {
    const { table, notConverted } = converted(p.economy, target);
    return { proposal: p, table, notConverted, asked: askedPerYear(table) };
  });
  const usage = allocate(
    { pools: rules?.pools ?? [] },
    asked.flatMap(({ proposal, table, asked: years }) => {
      const poolKey = rules && poolForKind(rules, proposal.kind);
      return poolKey && drawsOnPool(proposal.status)
        ? [{ ...proposal, poolKey, granted: years, table }]
        : [];
    }),
  );
  const years = [...new Set([...usage.years, ...asked.flatMap((a) => a.table.years)])].sort(
    (a, b) => a - b,
  );

  const placed = asked.map(({ proposal: p, asked: perYearAsked, notConverted }) => {
    const perYear = years.map(
      (year) => (perYearAsked.find((a) => a.year === year)?.amount ?? 0) as Kroner,
    );
    const total = perYear.reduce((sum, v) => sum + v, 0) as Kroner;
    const cap = rules?.caps[p.kind] ?? null;
    const entry: OverviewEntry = {
      proposalId: p.proposalId,
      code: p.code,
      title: p.title,
      kind: p.kind,
      status: p.status,
      poolKey: rules && poolForKind(rules, p.kind),
      perYear,
      total,
      printed: { perYear: perYear.map(wholeThousands), total: wholeThousands(total) },
      cap,
      overCap: cap !== null && total > cap,
      notConverted,
    };
    return { entry, committee: p.committee, administration: p.administration };
  });
  const byCode = (a: OverviewEntry, b: OverviewEntry) =>
    lastIfNull(a.code, b.code) || danish.compare(a.title, b.title);
  const groupBy = <T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> => {
    const groups = new Map<K, T[]>();
    for (const item of items) {
      const k = key(item);
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
    return groups;
  };

  const committees = [...groupBy(placed, (p) => p.committee)]
    .sort(([a], [b]) => lastIfNull(a, b))
    .map(([committee, inCommittee]): CommitteeGroup => {
      const administrations = [...groupBy(inCommittee, (p) => p.administration)]
        .sort(([a], [b]) => lastIfNull(a, b))
        .map(([administration, own]): AdministrationGroup => {
          const entries = own.map((p) => p.entry).sort(byCode);
          return { administration, entries, sum: sumOf(entries, years.length) };
        });
      const entries = inCommittee.map((p) => p.entry);
      return { committee, administrations, sum: sumOf(entries, years.length) };
    });

  const exceeded = usage.pools.flatMap((pool) =>
    pool.years.flatMap((y) =>
      y.remaining !== null && y.remaining < 0
        ? [{ poolKey: pool.key, year: y.year, over: -y.remaining as Kroner }]
        : [],
    ),
  );
  return {
    priceLevelYear: target.year,
    rulesVersion: rules?.version ?? null,
    years,
    committees,
    sum: sumOf(
      placed.map((p) => p.entry),
      years.length,
    ),
    pools: usage.pools,
    exceeded,
  };
}
