import { comparePlan } from '../../../domain/followup/realised.ts';
import { realisationFlags, reportDueOn } from '../../../domain/followup/realised-flags.ts';
import {
  realisedPercent,
  type PortfolioSavings,
  type PortfolioYear,
} from '../../../domain/followup/realised-portfolio.ts';
import type { RealismCheck } from '../../../domain/followup/realised-realism.ts';
import type { Kroner } from '../../../domain/money.ts';
import type { EconomicTable } from '../../../domain/proposal.ts';
import type {
  DashboardOutput,
  DeviationsOutput,
  FollowUpSettingsOutput,
  RealisationFlagOutput,
  RealismOutput,
  RealisedOutput,
} from '../../../shared/followup-realised-schema.ts';
import type { RealisationFlag, ReportedSavings } from '../../../domain/followup/realised-flags.ts';
import { realisedYearOf, type FollowedPlan, type StoredSettings } from './store.ts';
import type { RealisedView } from './service.ts';

// Follow-up as the API speaks it: amounts in thousands of kroner, exact to the krone.

const th = (kroner: number) => kroner / 1000;
const thOrNull = (kroner: number | null) => (kroner === null ? null : th(kroner));

function presentFlag(flag: RealisationFlag): RealisationFlagOutput {
  return flag.kind === 'lag'
    ? {
        ...flag,
        plannedSavings: th(flag.plannedSavings),
        realisedSavings: th(flag.realisedSavings),
        shortfall: th(flag.shortfall),
      }
    : flag;
}

const sums = (s: { lasting: Kroner; implementation: Kroner; loan: Kroner; savings: Kroner }) => ({
  lasting: th(s.lasting),
  implementation: th(s.implementation),
  loan: th(s.loan),
  savings: th(s.savings),
});

export function presentRealised(view: RealisedView): RealisedOutput {
  const { proposal, plan, reports, settings, today } = view;
  const realised = reports.map(realisedYearOf);
  const byYear = new Map(reports.map((r) => [r.year, r]));
  return {
    proposalId: proposal.id,
    code: proposal.content.code,
    title: proposal.content.title,
    status: proposal.status,
    leadAdministration: proposal.content.leadAdministration,
    priceLevelYear: plan.table.priceLevelYear,
    mayReport: view.mayReport,
    years: comparePlan(plan.table, realised).map((y) => {
      const report = byYear.get(y.year);
      return {
        year: y.year,
        dueOn: reportDueOn(y.year, settings),
        reported: y.reported,
        version: report?.version ?? null,
        reportedPriceLevelYear: report?.reportedPriceLevelYear ?? null,
        updatedAt: report ? report.updatedAt.toISOString() : null,
        rows: y.rows.map((r) => ({
          ...r,
          planned: thOrNull(r.planned),
          realised: thOrNull(r.realised),
          deviation: thOrNull(r.deviation),
        })),
        planned: sums(y.planned),
        realised: y.realised && sums(y.realised),
      };
    }),
    flags: realisationFlags(plan.table, proposal.status, realised, settings, today).map(
      presentFlag,
    ),
  };
}

export const presentSettings = (s: StoredSettings): FollowUpSettingsOutput => ({
  version: s.version,
  lagThresholdPercent: s.lagThresholdPercent,
  reportDueMonth: s.reportDueMonth,
  reportDueDay: s.reportDueDay,
  targets: s.targets.map((t) => ({ ...t, amount: th(t.amount) })),
});

const portfolioYears = (years: PortfolioYear[]) =>
  years.map((y) => ({
    ...y,
    planned: th(y.planned),
    realised: th(y.realised),
    plannedReported: th(y.plannedReported),
    percent: y.reported > 0 ? realisedPercent(y.realised, y.plannedReported) : null,
    target: thOrNull(y.target),
  }));

export function presentDashboard({
  priceLevelYear,
  complete,
  savings,
  names,
}: {
  priceLevelYear: number | null;
  complete: boolean;
  savings: PortfolioSavings;
  names: Map<string, string>;
}): DashboardOutput {
  return {
    priceLevelYear,
    complete,
    years: savings.years,
    portfolio: portfolioYears(savings.portfolio),
    byAdministration: savings.byAdministration.map((a) => ({
      administration: a.administration,
      name: a.administration === null ? '' : (names.get(a.administration) ?? a.administration),
      years: portfolioYears(a.years),
    })),
    byPool: savings.byPool.map((p) => ({ poolKey: p.poolKey, years: portfolioYears(p.years) })),
  };
}

export function presentDeviations(list: {
  today: string;
  lagThresholdPercent: number;
  items: { plan: FollowedPlan; savings: ReportedSavings; flags: RealisationFlag[] }[];
}): DeviationsOutput {
  return {
    today: list.today,
    lagThresholdPercent: list.lagThresholdPercent,
    items: list.items.map(({ plan, savings, flags }) => ({
      proposalId: plan.proposalId,
      code: plan.code,
      title: plan.title,
      leadAdministration: plan.administration,
      status: plan.status,
      priceLevelYear: plan.table.priceLevelYear,
      savings: {
        years: savings.years,
        planned: th(savings.planned),
        realised: th(savings.realised),
      },
      flags: flags.map(presentFlag),
    })),
  };
}

export function presentRealism({
  table,
  check,
  promisedPayback,
}: {
  table: EconomicTable;
  check: RealismCheck | null;
  promisedPayback: number | null;
}): RealismOutput {
  if (!check) {
    return {
      ratio: null,
      priceLevelYear: table.priceLevelYear,
      years: table.years,
      promisedSavings: [],
      likelySavings: [],
      payback: { promised: promisedPayback, likely: null },
    };
  }
  const { ratio } = check;
  return {
    ratio: {
      ...ratio,
      realised: th(ratio.realised),
      promised: th(ratio.promised),
      // The ratio rests on savings promised above zero, so there is always a percentage.
      percent: realisedPercent(ratio.realised, ratio.promised)!,
    },
    priceLevelYear: table.priceLevelYear,
    years: check.years,
    promisedSavings: check.promisedSavings.map(th),
    likelySavings: check.likelySavings.map(th),
    payback: check.payback,
  };
}
