import { kronerToThousands, type Kroner } from '../../domain/money.ts';
import { evaluateTable } from '../../domain/economics/evaluate.ts';
import {
  netSavingsOf,
  toCandidate,
  type Objective,
  type ProposalForPortfolio,
} from '../../domain/portfolio/candidates.ts';
import {
  breaches,
  buildModel,
  greedy,
  infeasibility,
  objectiveOf,
  usedBy,
} from '../../domain/portfolio/model.ts';
import type { ProposalStatus } from '../../domain/proposal.ts';
import type { RoundRules } from '../../domain/rounds/rules.ts';
import type { z } from 'zod';
import type { PortfolioOutput, portfolioInput } from '../../shared/portfolio-schema.ts';
import { entityChanged } from '../audit/entries.ts';
import type { SignedInUser } from '../auth/actor.ts';
import type { DataAccess } from '../data-access.ts';
import type { RoundDecisions } from '../decisions/service.ts';
import { formatThousands } from '../../shared/format.ts';
import { fail, ok, validationProblem, type ProblemIssue, type Result } from '../problems.ts';
import { portfolioPolicy } from './policy.ts';
import { solve } from './solver.ts';
import { say, type Words } from '../words.ts';

// The secretariat's workbench for choosing a round's proposals: scores per criterion, and the
// optimal set next to the simple one for the objective the secretariat picks, with a what-if
// (budgets changed, proposals forced in or out) that is calculated and never saved.

type ParsedInput = z.output<typeof portfolioInput>;
/** The choice as the route answers it, once the route has worded why nothing fits. */
export type PortfolioAnswer = Omit<PortfolioOutput, 'infeasible'> & { infeasible: Words[] };
type ListRound = (args: { roundId: string; user: SignedInUser }) => Promise<Result<RoundDecisions>>;

/** Submitted and not yet decided: the proposals the choice is about. */
const OPEN: readonly ProposalStatus[] = ['submitted', 'recommended', 'not_recommended'];
/** Already granted: their money is spent, so they are in every set. */
const GRANTED: readonly ProposalStatus[] = ['granted', 'in_implementation', 'closed'];

const forbidden = {
  error: 'Forbidden',
  message: say('problem.portfolio.forbidden'),
} as const;

function withBudgets(rules: RoundRules, input: ParsedInput): Result<RoundRules> {
  const issues = input.budgets.flatMap((b, i) =>
    rules.pools.some((p) => p.key === b.poolKey)
      ? []
      : [
          {
            field: `budgets.${i}.poolKey`,
            message: say('issue.decision.noPool', { pool: b.poolKey }),
          },
        ],
  );
  if (issues.length > 0) return fail(validationProblem(issues));
  const pools = rules.pools.map((pool) => {
    const changed = input.budgets.filter((b) => b.poolKey === pool.key);
    const budgets = pool.budgets.map((b) => {
      const change = changed.find((c) => c.year === b.year);
      return change ? { ...b, amount: change.amount } : b;
    });
    for (const c of changed) {
      if (!budgets.some((b) => b.year === c.year)) {
        budgets.push({ year: c.year, amount: c.amount, serviceLimit: null, anlaegLimit: null });
      }
    }
    return { ...pool, budgets };
  });
  return ok({ ...rules, pools });
}

function weightedScores(
  rules: RoundRules,
  scores: { proposalId: string; criterionKey: string; score: number }[],
) {
  const weight = new Map(rules.criteria.map((c) => [c.key, c.weight]));
  const sums = new Map<string, number>();
  for (const s of scores) {
    sums.set(
      s.proposalId,
      (sums.get(s.proposalId) ?? 0) + (weight.get(s.criterionKey) ?? 0) * s.score,
    );
  }
  return sums;
}

const thousands = (kroner: number) => kronerToThousands(kroner as Kroner);

export function portfolioService(access: DataAccess, listRound: ListRound) {
  return {
    /** The round's criteria, each open proposal's scores and weighted score, best first. */
    async listScores({ roundId, user }: { roundId: string; user: SignedInUser }) {
      const listed = await listRound({ roundId, user });
      if (!listed.ok) return listed;
      const { rules, items } = listed.value;
      const stored = await access.portfolio.scoresOfRound(roundId);
      const sums = rules ? weightedScores(rules, stored) : new Map<string, number>();
      const danish = new Intl.Collator('da', { numeric: true });
      const ranked = items
        .filter((item) => item.inRound && [...OPEN, ...GRANTED].includes(item.proposal.status))
        .map((item) => ({
          proposalId: item.proposal.id,
          code: item.proposal.content.code,
          title: item.proposal.content.title,
          scores: Object.fromEntries(
            stored
              .filter((s) => s.proposalId === item.proposal.id)
              .map((s) => [s.criterionKey, s.score]),
          ),
          weightedScore: sums.get(item.proposal.id) ?? 0,
          requested: thousands(item.asked.reduce((sum, a) => sum + a.amount, 0)),
          netSavings: thousands(netSavingsOf(evaluateTable(item.table))),
        }))
        .sort(
          (a, b) =>
            b.weightedScore - a.weightedScore ||
            danish.compare(a.code ?? '~', b.code ?? '~') ||
            danish.compare(a.title, b.title),
        );
      return ok({
        roundId,
        rulesVersion: rules?.version ?? null,
        criteria: rules?.criteria ?? [],
        proposals: ranked.map((p, i) => ({ ...p, rank: i + 1 })),
      });
    },

    /** Replaces the secretariat's scores of one proposal; each within its criterion's scale. */
    async scoreProposal({
      roundId,
      proposalId,
      user,
      scores,
    }: {
      roundId: string;
      proposalId: string;
      user: SignedInUser;
      scores: { criterionKey: string; score: number }[];
    }): Promise<Result<null>> {
      if (!portfolioPolicy.prioritise(user)) return fail(forbidden);
      const listed = await listRound({ roundId, user });
      if (!listed.ok) return listed;
      const { rules, items } = listed.value;
      if (!items.some((item) => item.inRound && item.proposal.id === proposalId)) {
        return fail({
          error: 'NotFound',
          message: say('problem.portfolio.notInRound', { id: proposalId }),
        });
      }
      const issues = scores.flatMap((s, i): ProblemIssue[] => {
        const criterion = rules?.criteria.find((c) => c.key === s.criterionKey);
        if (!criterion) {
          return [
            {
              field: `scores.${i}.criterionKey`,
              message: say('issue.portfolio.noCriterion', { key: s.criterionKey }),
            },
          ];
        }
        if (s.score < criterion.scaleMin || s.score > criterion.scaleMax) {
          return [
            {
              field: `scores.${i}.score`,
              message: say('issue.portfolio.scale', {
                min: criterion.scaleMin,
                max: criterion.scaleMax,
                criterion: criterion.name,
              }),
            },
          ];
        }
        return [];
      });
      const keys = scores.map((s) => s.criterionKey);
      keys.forEach((key, i) => {
        if (keys.indexOf(key) !== i)
          issues.push({ field: `scores.${i}.criterionKey`, message: say('issue.portfolio.twice') });
      });
      if (issues.length > 0) return fail(validationProblem(issues));
      await access.transaction(async (tx) => {
        await tx.portfolio.setScores(
          roundId,
          proposalId,
          scores.map((s) => ({ proposalId, ...s })),
          user.id,
        );
        await tx.audit.append(
          entityChanged({
            actor: user,
            action: 'portfolio.score',
            entity: { type: 'round', id: roundId },
            proposalId,
            details: { scores },
          }),
        );
      });
      return ok(null);
    },

    async optimisePortfolio({
      roundId,
      user,
      input,
    }: {
      roundId: string;
      user: SignedInUser;
      input: ParsedInput;
    }): Promise<Result<PortfolioAnswer>> {
      if (!portfolioPolicy.prioritise(user)) return fail(forbidden);
      const listed = await listRound({ roundId, user });
      if (!listed.ok) return listed;
      const { rules: stored, items } = listed.value;
      if (!stored) {
        return fail(validationProblem([{ field: 'id', message: say('issue.portfolio.noPools') }]));
      }
      const rules = withBudgets(stored, input);
      if (!rules.ok) return rules;
      const scores = weightedScores(stored, await access.portfolio.scoresOfRound(roundId));
      const inRound = items.filter(
        (item) =>
          item.inRound &&
          (OPEN.includes(item.proposal.status) || GRANTED.includes(item.proposal.status)),
      );
      const known = new Set(inRound.map((item) => item.proposal.id));
      const unknown = [...input.forcedIn, ...input.forcedOut].find((id) => !known.has(id));
      if (unknown) {
        const field = input.forcedIn.includes(unknown) ? 'forcedIn' : 'forcedOut';
        return fail(
          validationProblem([
            { field, message: say('issue.portfolio.notPrioritised', { id: unknown }) },
          ]),
        );
      }
      const proposals: ProposalForPortfolio[] = inRound.map((item) => ({
        id: item.proposal.id,
        code: item.proposal.content.code,
        title: item.proposal.content.title,
        kind: item.proposal.content.kind,
        // A grant spends what was granted (its plan, perhaps less or in other years, from the
        // pool it names), not what was asked: that is what leaves the rest of the money.
        table: item.plan?.table ?? item.table,
        ...(item.plan && { poolKey: item.plan.poolKey }),
        // An investment case built on an innovation case in the same round needs it.
        requires: item.proposal.content.originProposalId
          ? [item.proposal.content.originProposalId]
          : [],
        weightedScore: scores.get(item.proposal.id) ?? 0,
      }));
      const objective: Objective = input.objective;
      const candidates = proposals.map((p) => toCandidate(p, rules.value, objective));
      const granted = inRound
        .filter((i) => GRANTED.includes(i.proposal.status))
        .map((i) => i.proposal.id);
      const model = buildModel(candidates, rules.value, {
        in: [...new Set([...granted, ...input.forcedIn])],
        out: input.forcedOut.filter((id) => !granted.includes(id)),
      });
      const simple = greedy(model);
      const result = await solve(model, { timeLimitSeconds: 10 });
      const optimum =
        result.chosen && breaches(model, result.chosen).length === 0 ? result.chosen : null;
      const money = objective !== 'score';
      const shown = (value: number) => (money ? thousands(value) : value);
      const why = optimum ? null : infeasibility(model);
      const named = (i: number) => candidates[i]!.code ?? candidates[i]!.title;
      const infeasible: Words[] = why
        ? [
            ...why.breaches.map((b) =>
              say('note.portfolio.poolFull', {
                pool: b.constraint.poolName,
                year: String(b.constraint.year),
                used: formatThousands(b.used),
                limit: formatThousands(b.constraint.limit),
              }),
            ),
            ...why.dependencies.map((d) =>
              say('note.portfolio.requires', {
                dependent: named(d.dependent),
                required: named(d.required),
              }),
            ),
          ]
        : [];
      if (why && infeasible.length === 0)
        infeasible.push(say('note.portfolio.noChoice', { status: result.status }));
      return ok({
        roundId,
        rulesVersion: stored.version,
        objective,
        proven: result.proven,
        solverStatus: result.status,
        optimum: optimum ? shown(objectiveOf(model, optimum)) : null,
        simple: shown(objectiveOf(model, simple)),
        difference: optimum
          ? shown(objectiveOf(model, optimum) - objectiveOf(model, simple))
          : null,
        infeasible,
        candidates: candidates.map((c, i) => ({
          proposalId: c.id,
          code: c.code,
          title: c.title,
          kind: c.kind,
          poolKey: c.poolKey,
          requested: thousands(c.requested),
          value: shown(c.value),
          forcedIn: model.forcedIn.has(i),
          excluded: !model.excluded.has(i)
            ? null
            : input.forcedOut.includes(c.id)
              ? 'forced_out'
              : c.poolKey === null
                ? 'no_pool'
                : 'over_cap',
          inOptimum: optimum?.has(i) ?? false,
          inSimple: simple.has(i),
        })),
        lines: model.constraints.map((line) => ({
          poolKey: line.poolKey,
          poolName: line.poolName,
          year: line.year,
          measure: line.measure,
          limit: thousands(line.limit),
          usedByOptimum: optimum ? thousands(usedBy(line, optimum)) : null,
          usedBySimple: thousands(usedBy(line, simple)),
        })),
      });
    },
  };
}
