import type { z } from 'zod';
import { convertAmount, type PriceIndex } from '../../../domain/economics/index.ts';
import { isReporting } from '../../../domain/followup/realised.ts';
import {
  DEFAULT_FOLLOW_UP_SETTINGS,
  dateInCopenhagen,
  type FollowUpSettings,
  realisationFlags,
  reportedSavings,
} from '../../../domain/followup/realised-flags.ts';
import {
  portfolioSavings,
  savingsAtPriceLevel,
  savingsByYear,
  type FollowedProposal,
  type PortfolioSavings,
} from '../../../domain/followup/realised-portfolio.ts';
import {
  realisationRatio,
  realismCheck,
  type RealisationHistory,
} from '../../../domain/followup/realised-realism.ts';
import { evaluateTable } from '../../../domain/economics/evaluate.ts';
import type { Kroner } from '../../../domain/money.ts';
import type {
  followUpSettingsInput,
  realisedReportInput,
} from '../../../shared/followup-realised-schema.ts';
import type { SignedInUser } from '../../auth/actor.ts';
import { entityChanged } from '../../audit/entries.ts';
import type { DataAccess } from '../../data-access.ts';
import { fail, ok, validationProblem, type Problem, type Result } from '../../problems.ts';
import { proposalRef } from '../../proposals/policy.ts';
import { notFound, staleVersion } from '../../proposals/service.ts';
import type { StoredProposal } from '../../proposals/store.ts';
import type { UploadWork } from '../../work/index.ts';
import { matchLines } from './import-match.ts';
import { readRealisedFile } from './import-file.ts';
import { realisedPolicy } from './policy.ts';
import {
  realisedYearOf,
  type FollowedPlan,
  type ReportRecord,
  type StoredSettings,
} from './store.ts';
import { say, type Words } from '../../words.ts';
import { priceLevelMessage } from '../../../shared/i18n/price-level-messages.ts';

// Reporting realised figures against a granted proposal's plan, and what follows from them:
// the flags, the portfolio's savings per year and the realism check. Every write goes with its
// audit entry in one transaction, on top of the version the user saw.

type ParsedReport = z.output<typeof realisedReportInput>;
type ParsedSettings = z.output<typeof followUpSettingsInput>;

const invalid = (field: string, message: Words): Problem => validationProblem([{ field, message }]);
const thousands = (kroner: number) => kroner / 1000;

export interface RealisedView {
  proposal: StoredProposal;
  plan: FollowedPlan;
  reports: ReportRecord[];
  settings: StoredSettings;
  mayReport: boolean;
  today: string;
}

/** One row's cell to write: at the plan's price level, as reported, and why it deviates. */
interface WrittenCell {
  row: number;
  amount: Kroner | null;
  reported: Kroner | null;
  comment?: string;
}

export interface DashboardData {
  priceLevelYear: number | null;
  complete: boolean;
  savings: PortfolioSavings;
  /** Forvaltning code -> name. */
  names: Map<string, string>;
}

export interface ImportedReport {
  proposalId: string;
  code: string | null;
  year: number;
  rows: number;
}

/** Carries a refusal out of a transaction, so that nothing of it is written. */
class Refusal extends Error {
  constructor(readonly problem: Problem) {
    super(problem.error);
  }
}

/** The price level most plans are at (the newest on a tie): the fewest conversions. */
function commonLevel(levels: readonly (number | null)[]): number | null {
  const counts = new Map<number, number>();
  for (const level of levels) if (level !== null) counts.set(level, (counts.get(level) ?? 0) + 1);
  let best: number | null = null;
  for (const [level, count] of counts) {
    const bestCount = best === null ? 0 : counts.get(best)!;
    if (count > bestCount || (count === bestCount && level > best!)) best = level;
  }
  return best;
}

/**
 * `defaults` hold until the secretariat first saves the settings; the composition root gives
 * them the configured due day (REPORT_DUE), which the reminders count from as well.
 */
export function realisedService(
  access: DataAccess,
  work: UploadWork,
  defaults: FollowUpSettings = DEFAULT_FOLLOW_UP_SETTINGS,
) {
  const { realised, proposals, priceIndices, transaction } = access;
  type Tx = Parameters<Parameters<typeof transaction>[0]>[0];

  /** Runs `work` in one transaction; a refusal it answers rolls back what it wrote. */
  async function inOneTransaction<T>(work: (tx: Tx) => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await transaction(async (tx) => {
        const result = await work(tx);
        if (!result.ok) throw new Refusal(result.problem);
        return result;
      });
    } catch (error) {
      if (error instanceof Refusal) return fail(error.problem);
      throw error;
    }
  }

  async function settings(): Promise<StoredSettings> {
    return (await realised.settings()) ?? { ...defaults, version: null, targets: [] };
  }

  /** The proposal as the user may see it, or 404. */
  async function readable(proposalId: string, user: SignedInUser): Promise<Result<StoredProposal>> {
    const proposal = await proposals.find(proposalId);
    if (!proposal || !realisedPolicy.read(user, proposalRef(proposal))) {
      return fail(notFound(proposalId));
    }
    return ok(proposal);
  }

  /** The plan of a granted proposal; a proposal not granted is named as the field at fault. */
  async function planOf(proposal: StoredProposal): Promise<Result<FollowedPlan>> {
    const plan = isReporting(proposal.status) ? await realised.plan(proposal.id) : null;
    if (!plan) {
      return fail(invalid('id', say('issue.realised.notGranted', { status: proposal.status })));
    }
    return ok(plan);
  }

  /** An amount at `from` p/l brought to the plan's; the field is named when it cannot be. */
  function toPlanLevel(
    amount: Kroner | null,
    from: number | null,
    plan: FollowedPlan,
    index: PriceIndex,
    field: string,
  ): Result<Kroner | null> {
    const level = plan.table.priceLevelYear;
    if (amount === null || from === null || from === level) return ok(amount);
    if (level === null) {
      return fail(invalid(field, say('issue.realised.noPriceLevel')));
    }
    const converted = convertAmount(amount, from, level, index);
    return converted.ok
      ? ok(converted.value)
      : fail(invalid(field, priceLevelMessage(converted.error)));
  }

  /**
   * Writes the cells of one year's report over what is there (`replace`: the year's report is
   * these cells alone), with its audit entry; in the caller's transaction.
   */
  async function writeYear(
    tx: Tx,
    {
      plan,
      year,
      cells,
      priceLevelYear,
      expectedVersion,
      replace,
      user,
      source,
    }: {
      plan: FollowedPlan;
      year: number;
      cells: WrittenCell[];
      priceLevelYear: number | null;
      expectedVersion: number | null | 'current';
      replace: boolean;
      user: SignedInUser;
      source: string;
    },
  ): Promise<Result<ReportRecord>> {
    const current = await tx.realised.report(plan.proposalId, year);
    const size = plan.table.rows.length;
    const keep = <T>(values: readonly T[] | undefined, empty: T) =>
      Array.from({ length: size }, (_, i) => (replace ? empty : (values?.[i] ?? empty)));
    const amounts = keep(current?.amounts, null as Kroner | null);
    const reported = keep(current?.reported, null as Kroner | null);
    const comments = keep(current?.comments, '');
    for (const cell of cells) {
      amounts[cell.row] = cell.amount;
      reported[cell.row] = cell.reported;
      if (cell.comment !== undefined) comments[cell.row] = cell.comment;
    }
    const saved = await tx.realised.saveReport({
      proposalId: plan.proposalId,
      year,
      expectedVersion: expectedVersion === 'current' ? (current?.version ?? null) : expectedVersion,
      amounts,
      reported,
      reportedPriceLevelYear: priceLevelYear,
      comments,
      userId: user.id,
    });
    if (saved.outcome === 'stale') {
      return fail(staleVersion(Number(expectedVersion ?? 0), saved.currentVersion));
    }
    await tx.audit.append(
      entityChanged({
        actor: user,
        action: 'followup.realised',
        entity: { type: 'realised-report', id: `${plan.proposalId}:${year}` },
        proposalId: plan.proposalId,
        details: {
          year,
          version: saved.report.version,
          comment: source,
          priceLevelYear: priceLevelYear ?? plan.table.priceLevelYear,
          rows: cells.map((c) => ({
            row: c.row,
            label: plan.table.rows[c.row]!.label,
            before: current?.amounts[c.row] == null ? null : thousands(current.amounts[c.row]!),
            after: c.amount === null ? null : thousands(c.amount),
          })),
        },
      }),
    );
    return ok(saved.report);
  }

  /** Every followed plan the user may see, with its reports, and whether that is all of them. */
  async function followed(user: SignedInUser) {
    const [plans, reports] = await Promise.all([realised.followedPlans(), realised.allRealised()]);
    const byProposal = new Map<string, ReturnType<typeof realisedYearOf>[]>();
    for (const r of reports) {
      const list = byProposal.get(r.proposalId);
      const year = realisedYearOf({ ...r, comments: [] });
      if (list) list.push(year);
      else byProposal.set(r.proposalId, [year]);
    }
    const seen = plans.filter((p) =>
      realisedPolicy.read(user, { status: p.status, leadAdministration: p.administration }),
    );
    return {
      plans: seen.map((plan) => ({ plan, realised: byProposal.get(plan.proposalId) ?? [] })),
      all: plans.map((plan) => ({ plan, realised: byProposal.get(plan.proposalId) ?? [] })),
      complete: seen.length === plans.length,
    };
  }

  return {
    followUpSettings: settings,

    async saveFollowUpSettings({
      user,
      input,
    }: {
      user: SignedInUser;
      input: ParsedSettings;
    }): Promise<Result<StoredSettings>> {
      if (!realisedPolicy.setSettings(user)) {
        return fail({ error: 'Forbidden', message: say('problem.realised.settingsForbidden') });
      }
      const before = await settings();
      const targets = input.targets.map((t) => ({ ...t, amount: t.amount as Kroner }));
      const values = {
        lagThresholdPercent: input.lagThresholdPercent,
        reportDueMonth: input.reportDueMonth,
        reportDueDay: input.reportDueDay,
        targets,
      };
      const saved = await transaction(async (tx) => {
        const written = await tx.realised.saveSettings(input.version, {
          ...values,
          userId: user.id,
        });
        if (!written) return null;
        await tx.audit.append(
          entityChanged({
            actor: user,
            action: 'followup.settings',
            entity: { type: 'follow-up-settings', id: 'settings' },
            details: {
              version: written.version,
              before: {
                lagThresholdPercent: before.lagThresholdPercent,
                reportDueMonth: before.reportDueMonth,
                reportDueDay: before.reportDueDay,
                targets: before.targets.map((t) => ({ ...t, amount: thousands(t.amount) })),
              },
              after: {
                ...values,
                targets: targets.map((t) => ({ ...t, amount: thousands(t.amount) })),
              },
            },
          }),
        );
        return written;
      });
      if (!saved) return fail(staleVersion(input.version ?? 0, before.version ?? 0));
      return ok({ ...values, version: saved.version });
    },

    async realisedOf({
      proposalId,
      user,
      now = new Date(),
    }: {
      proposalId: string;
      user: SignedInUser;
      now?: Date;
    }): Promise<Result<RealisedView>> {
      const proposal = await readable(proposalId, user);
      if (!proposal.ok) return proposal;
      const plan = await planOf(proposal.value);
      if (!plan.ok) return plan;
      return ok({
        proposal: proposal.value,
        plan: plan.value,
        reports: await realised.reportsOf(proposalId),
        settings: await settings(),
        mayReport: realisedPolicy.report(user, proposalRef(proposal.value)),
        today: dateInCopenhagen(now),
      });
    },

    async reportRealised({
      proposalId,
      year,
      user,
      input,
    }: {
      proposalId: string;
      year: number;
      user: SignedInUser;
      input: ParsedReport;
    }): Promise<Result<ReportRecord>> {
      const proposal = await readable(proposalId, user);
      if (!proposal.ok) return proposal;
      if (!realisedPolicy.reportsFor(user, proposalRef(proposal.value))) {
        return fail({
          error: 'Forbidden',
          message: say('problem.realised.reportForbidden'),
        });
      }
      const plan = await planOf(proposal.value);
      if (!plan.ok) return plan;
      const { table } = plan.value;
      if (!table.years.includes(year)) {
        return fail(
          invalid(
            'year',
            say('issue.realised.notAYear', {
              year: String(year),
              first: String(table.years[0]),
              last: String(table.years.at(-1)),
            }),
          ),
        );
      }
      const index = await priceIndices.index();
      const cells: WrittenCell[] = [];
      for (const [i, r] of input.rows.entries()) {
        if (r.row >= table.rows.length) {
          return fail(
            invalid(
              `rows.${i}.row`,
              say('issue.realised.noRow', { rows: table.rows.length, row: r.row }),
            ),
          );
        }
        const amount = toPlanLevel(
          r.amount as Kroner | null,
          input.priceLevelYear ?? null,
          plan.value,
          index,
          'priceLevelYear',
        );
        if (!amount.ok) return amount;
        cells.push({
          row: r.row,
          amount: amount.value,
          reported: r.amount as Kroner | null,
          comment: r.comment,
        });
      }
      return inOneTransaction((tx) =>
        writeYear(tx, {
          plan: plan.value,
          year,
          cells,
          priceLevelYear: input.priceLevelYear ?? null,
          expectedVersion: input.version,
          replace: true,
          user,
          source: `Realiserede tal for ${year} indberettet`,
        }),
      );
    },

    async followUpDashboard({
      user,
      priceLevelYear,
    }: {
      user: SignedInUser;
      priceLevelYear?: number | undefined;
    }): Promise<Result<DashboardData>> {
      const [{ plans, complete }, index, stored, names] = await Promise.all([
        followed(user),
        priceIndices.index(),
        settings(),
        access.reference.administrations(),
      ]);
      const level =
        priceLevelYear ?? commonLevel(plans.map(({ plan }) => plan.table.priceLevelYear));
      const items: FollowedProposal[] = [];
      let left = 0;
      for (const { plan, realised: reports } of plans) {
        const savings = savingsByYear(plan.table, reports);
        const converted =
          level === null
            ? { ok: true as const, value: savings }
            : savingsAtPriceLevel(savings, plan.table.priceLevelYear, level, index);
        if (!converted.ok) {
          // A level asked for must hold for all; the default leaves out what the index cannot bring to it.
          if (priceLevelYear !== undefined) {
            return fail(invalid('priceLevelYear', priceLevelMessage(converted.error)));
          }
          left++;
          continue;
        }
        items.push({
          proposalId: plan.proposalId,
          administration: plan.administration,
          poolKey: plan.poolKey,
          savings: converted.value,
        });
      }
      return ok({
        priceLevelYear: level,
        complete: complete && left === 0,
        savings: portfolioSavings(items, stored.targets),
        names: new Map(names.map((a) => [a.code, a.name])),
      });
    },

    async deviationList({ user, now = new Date() }: { user: SignedInUser; now?: Date }) {
      const [{ plans }, stored] = await Promise.all([followed(user), settings()]);
      const today = dateInCopenhagen(now);
      const items = plans
        .map(({ plan, realised: reports }) => ({
          plan,
          savings: reportedSavings(plan.table, reports),
          flags: realisationFlags(plan.table, plan.status, reports, stored, today),
        }))
        .filter((item) => item.flags.length > 0);
      const danish = new Intl.Collator('da', { numeric: true });
      items.sort(
        (a, b) =>
          Number(b.flags[0]!.kind === 'lag') - Number(a.flags[0]!.kind === 'lag') ||
          danish.compare(a.plan.code ?? '~', b.plan.code ?? '~') ||
          danish.compare(a.plan.title, b.plan.title),
      );
      return { today, lagThresholdPercent: stored.lagThresholdPercent, items };
    },

    async realismOf({ proposalId, user }: { proposalId: string; user: SignedInUser }) {
      const proposal = await readable(proposalId, user);
      if (!proposal.ok) return proposal;
      const { content } = proposal.value;
      const { all } = await followed(user);
      // Aggregated over every granted proposal, whoever may see each one: only sums and a count leave.
      const histories: RealisationHistory[] = all
        .filter(({ plan }) => plan.proposalId !== proposalId)
        .map(({ plan, realised: reports }) => ({
          proposalId: plan.proposalId,
          administration: plan.administration,
          kind: plan.kind,
          savings: savingsByYear(plan.table, reports),
        }));
      const ratio = realisationRatio(histories, content.leadAdministration, content.kind);
      const table = content.economy;
      if (ratio) return ok({ table, check: realismCheck(table, ratio), promisedPayback: null });
      return ok({ table, check: null, promisedPayback: evaluateTable(table).payback.total });
    },

    async importRealised({
      user,
      file,
      priceLevelYear,
    }: {
      user: SignedInUser;
      file: { bytes: Uint8Array; fileName: string };
      priceLevelYear?: number | undefined;
    }): Promise<Result<ImportedReport[]>> {
      if (!realisedPolicy.reportsAny(user)) {
        return fail({
          error: 'Forbidden',
          message: say('problem.realised.importForbidden'),
        });
      }
      const reading = await readRealisedFile(file, work);
      if (!reading.ok) return reading;
      const plans = await realised.proposalsByCode([...new Set(reading.value.map((l) => l.code))]);
      const matched = matchLines(reading.value, plans, {
        mayRead: (p) => realisedPolicy.read(user, p),
        mayReport: (p) => realisedPolicy.report(user, p),
      });
      if (!matched.ok) return matched;
      const index = await priceIndices.index();
      const groups: { plan: FollowedPlan; year: number; cells: WrittenCell[] }[] = [];
      for (const group of matched.value) {
        const cells: WrittenCell[] = [];
        for (const cell of group.cells) {
          const amount = toPlanLevel(
            cell.amount,
            priceLevelYear ?? null,
            group.plan,
            index,
            cell.where,
          );
          if (!amount.ok) return amount;
          cells.push({ row: cell.row, amount: amount.value, reported: cell.amount });
        }
        groups.push({ ...group, cells });
      }
      return inOneTransaction(async (tx) => {
        for (const group of groups) {
          const written = await writeYear(tx, {
            plan: group.plan,
            year: group.year,
            cells: group.cells,
            priceLevelYear: priceLevelYear ?? null,
            expectedVersion: 'current',
            replace: false,
            user,
            source: `Realiserede tal for ${group.year} indlæst fra ${file.fileName}`,
          });
          if (!written.ok) return written;
        }
        return ok(
          groups.map((g) => ({
            proposalId: g.plan.proposalId,
            code: g.plan.code,
            year: g.year,
            rows: g.cells.length,
          })),
        );
      });
    },
  };
}
