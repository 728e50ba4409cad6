import { convertPriceLevel, type PriceIndex } from '../../domain/economics/index.ts';
import type { Kroner } from '../../domain/money.ts';
import type { EconomicTable } from '../../domain/proposal.ts';
import { allocate, type Allocation } from '../../domain/rounds/allocation.ts';
import type { GrantedYear, Plan } from '../../domain/rounds/decisions.ts';
import {
  askedPerYear,
  decidedTable,
  planMismatch,
  poolForKind,
} from '../../domain/rounds/decisions-plan.ts';
import {
  isLaterRound,
  OUTCOME_STEP,
  RECOMMENDATION_STEP,
} from '../../domain/rounds/decisions-steps.ts';
import { roundPriceLevel, type RoundRules } from '../../domain/rounds/rules.ts';
import { WORKFLOW, type Step } from '../../domain/workflow/index.ts';
import type { z } from 'zod';
import type { decisionInput, recommendationInput } from '../../shared/decisions-schema.ts';
import type { SignedInUser } from '../auth/actor.ts';
import { allocationXlsx } from '../../documents/allocation-xlsx.ts';
import { proposalStepTaken } from '../audit/entries.ts';
import { contentDisposition } from '../documents/download-name.ts';
import type { DataAccess } from '../data-access.ts';
import { fail, ok, validationProblem, type Problem, type Result } from '../problems.ts';
import { proposalRef } from '../proposals/policy.ts';
import { notFound, staleVersion } from '../proposals/service.ts';
import type { StoredProposal } from '../proposals/store.ts';
import { stepRefused } from '../workflow/service.ts';
import { say, type Words } from '../words.ts';
import { decisionPolicy } from './policy.ts';
import type { DecisionRecord, PlanRecord, RoundRecord } from './store.ts';
import { priceLevelMessage } from '../../shared/i18n/price-level-messages.ts';

// Recording what is decided about a proposal in a round: the secretariat's recommendation, then
// the political body's decision. Each is the workflow's step (one rule for the UI and the API),
// written with what it records, the proposal's next version and its audit entry in one
// transaction: a grant with its plan, a postponement with the proposal's move to the later
// round (its history goes with it; the audit entry shows the round it left).

type ParsedRecommendation = z.output<typeof recommendationInput>;
type ParsedDecision = z.output<typeof decisionInput>;

/** A round's decisions as the service hands them to the presenter. */
export interface DecisionItem {
  proposal: StoredProposal;
  inRound: boolean;
  asked: GrantedYear[];
  /** Tabel 1 at the round's price level, or as it is when it cannot be converted. */
  table: EconomicTable;
  poolKey: string | null;
  decision: DecisionRecord | null;
  plan: Plan | null;
}

export interface RoundDecisions {
  round: RoundRecord;
  priceLevelYear: number;
  rules: RoundRules | null;
  laterRounds: { id: string; name: string }[];
  items: DecisionItem[];
}

export interface RoundAllocation {
  round: RoundRecord;
  priceLevelYear: number;
  rules: RoundRules | null;
  complete: boolean;
  allocation: Allocation;
}

const roundNotFound = (id: string): Problem => ({
  error: 'NotFound',
  message: say('problem.round.notFound', { id }),
});

const invalid = (field: string, message: Words): Problem => validationProblem([{ field, message }]);

/** Tabel 1 at `year`'s p/l; a table without a price level cannot be converted and is kept. */
export function atPriceLevel(
  table: EconomicTable,
  year: number,
  index: PriceIndex,
): Result<EconomicTable> {
  if (table.priceLevelYear === null || table.priceLevelYear === year) return ok(table);
  const converted = convertPriceLevel(table, year, index);
  return converted.ok
    ? ok(converted.value)
    : fail(invalid('priceIndex', priceLevelMessage(converted.error)));
}

export function decisionService(access: DataAccess) {
  const { proposals, decisions, priceIndices, transaction } = access;

  async function roundOf(id: string): Promise<Result<RoundRecord>> {
    const round = await decisions.round(id);
    return round ? ok(round) : fail(roundNotFound(id));
  }

  /**
   * The checks every recording shares, in the order that tells the user most: a proposal they
   * may not see does not exist (404), a role that may not record is 403, a proposal that is not
   * in the round names `proposalId`, a stale version is 409, then the step's own state and
   * comment rules.
   */
  async function gate(
    round: RoundRecord,
    proposalId: string,
    user: SignedInUser,
    step: Step,
    comment: { field: string; text: string },
    version: number,
  ): Promise<Result<StoredProposal>> {
    const current = await proposals.find(proposalId);
    if (!current || !decisionPolicy.read(user, proposalRef(current))) {
      return fail(notFound(proposalId));
    }
    const refusal = decisionPolicy.refusal(user, proposalRef(current), step, comment.text);
    if (refusal?.reason === 'noRole') {
      return fail({ error: 'Forbidden', message: say('problem.decision.noRole') });
    }
    if (refusal?.reason === 'role') return fail(stepRefused(refusal, current)!);
    if (current.content.roundId !== round.id) {
      const other = current.content.roundId;
      return fail(
        invalid(
          'proposalId',
          other
            ? say('issue.decision.notInRoundIn', { round: round.name, other })
            : say('issue.decision.notInRound', { round: round.name }),
        ),
      );
    }
    if (version !== current.version) return fail(staleVersion(version, current.version));
    if (refusal?.reason === 'state') return fail(stepRefused(refusal, current)!);
    if (refusal?.reason === 'comment') {
      return fail(invalid(comment.field, say('issue.decision.comment')));
    }
    return ok(current);
  }

  /** Writes the step: the proposal's next version, the decision, the plan and the audit entry. */
  async function commit({
    current,
    version,
    step,
    comment,
    user,
    write,
    moveTo = null,
  }: {
    current: StoredProposal;
    version: number;
    step: Step;
    comment: string;
    user: SignedInUser;
    write: (tx: Parameters<Parameters<typeof transaction>[0]>[0]) => Promise<void>;
    moveTo?: string | null;
  }): Promise<Result<StoredProposal>> {
    const content = moveTo ? { ...current.content, roundId: moveTo } : current.content;
    const status = WORKFLOW[step].to ?? current.status;
    const outcome = await transaction(async (tx) => {
      const saved = await tx.proposals.update({
        id: current.id,
        version,
        content,
        status,
        before: current.content,
      });
      if (saved.outcome !== 'updated') return saved;
      await write(tx);
      await tx.audit.append(
        proposalStepTaken(
          {
            actor: user,
            proposalId: current.id,
            version: saved.proposal.version,
            before: current.content,
            after: content,
            fromState: current.status,
            toState: status,
          },
          step,
          comment,
        ),
      );
      return saved;
    });
    switch (outcome.outcome) {
      case 'updated':
        return ok(outcome.proposal);
      case 'missing':
        return fail(notFound(current.id));
      case 'stale':
        return fail(staleVersion(version, outcome.currentVersion));
    }
  }

  /** The plan a grant writes: Tabel 1 at the round's p/l, shared out over the granted years. */
  async function planFor(
    round: RoundRecord,
    current: StoredProposal,
    input: ParsedDecision,
  ): Promise<Result<Plan>> {
    const rules = await decisions.currentRules(round.id);
    if (!rules) {
      return fail(invalid('roundId', say('issue.decision.noPools', { round: round.name })));
    }
    const poolKey = input.poolKey ?? poolForKind(rules, current.content.kind);
    if (!poolKey || !rules.pools.some((p) => p.key === poolKey)) {
      return fail(
        invalid(
          'poolKey',
          poolKey
            ? say('issue.decision.noPool', { pool: poolKey })
            : say('issue.decision.choosePool', { kind: current.content.kind }),
        ),
      );
    }
    const level = roundPriceLevel(round);
    const table = atPriceLevel(current.content.economy, level, await priceIndices.index());
    if (!table.ok) return table;
    const granted = (input.granted ?? askedPerYear(table.value)).filter((g) => g.amount !== 0);
    if (granted.length === 0) {
      return fail(invalid('granted', say('issue.decision.nothingGranted')));
    }
    let decided = decidedTable(table.value, granted);
    if (input.table) {
      if (input.table.priceLevelYear !== level) {
        return fail(invalid('table.priceLevelYear', say('issue.decision.priceLevel', { level })));
      }
      const mismatch = planMismatch(input.table, granted);
      if (mismatch) {
        return fail(
          invalid(
            'table',
            say('issue.decision.planMismatch', {
              year: mismatch.year,
              planned: String(mismatch.planned / 1000),
              granted: String(mismatch.granted / 1000),
            }),
          ),
        );
      }
      decided = input.table;
    }
    return ok({
      proposalId: current.id,
      roundId: round.id,
      poolKey,
      rulesVersion: rules.version,
      decidedOn: input.decidedOn,
      table: decided,
      granted: granted.map(({ year, amount }) => ({ year, amount: amount as Kroner })),
    });
  }

  async function listRound(roundId: string, user: SignedInUser): Promise<Result<RoundDecisions>> {
    const found = await roundOf(roundId);
    if (!found.ok) return found;
    const round = found.value;
    const level = roundPriceLevel(round);
    const [rules, rows, index, summaries, allRounds, plans] = await Promise.all([
      decisions.currentRules(roundId),
      decisions.forRound(roundId),
      priceIndices.index(),
      proposals.list({ roundId }),
      access.reference.rounds(),
      decisions.plansOfRound(roundId),
    ]);
    const ids = [...new Set([...summaries.map((s) => s.id), ...rows.map((r) => r.proposalId)])];
    const items: DecisionItem[] = [];
    for (const proposal of await proposals.findMany(ids)) {
      if (!decisionPolicy.read(user, proposalRef(proposal))) continue;
      const id = proposal.id;
      const converted = atPriceLevel(proposal.content.economy, level, index);
      const table = converted.ok ? converted.value : proposal.content.economy;
      items.push({
        proposal,
        inRound: proposal.content.roundId === roundId,
        asked: askedPerYear(table),
        table,
        poolKey: rules && poolForKind(rules, proposal.content.kind),
        decision: rows.find((r) => r.proposalId === id) ?? null,
        plan: plans.find((p) => p.proposalId === id) ?? null,
      });
    }
    const danish = new Intl.Collator('da', { numeric: true });
    items.sort(
      (a, b) =>
        danish.compare(a.proposal.content.code ?? '~', b.proposal.content.code ?? '~') ||
        danish.compare(a.proposal.content.title, b.proposal.content.title),
    );
    const later = allRounds.filter((r) =>
      isLaterRound(
        { id: round.id, year: round.year, decisionOn: round.decisionOn },
        { id: r.id, year: r.year, decisionOn: r.decisionOn ?? null },
      ),
    );
    return ok({
      round,
      priceLevelYear: level,
      rules,
      laterRounds: later.map((r) => ({ id: r.id, name: r.name })),
      items,
    });
  }

  async function roundAllocation({
    roundId,
    user,
  }: {
    roundId: string;
    user: SignedInUser;
  }): Promise<Result<RoundAllocation>> {
    const found = await roundOf(roundId);
    if (!found.ok) return found;
    const [rules, plans] = await Promise.all([
      decisions.currentRules(roundId),
      decisions.plansOfRound(roundId),
    ]);
    const seen = plans.filter((p: PlanRecord) =>
      decisionPolicy.read(user, { status: p.status, leadAdministration: p.administration }),
    );
    return ok({
      round: found.value,
      priceLevelYear: roundPriceLevel(found.value),
      rules,
      complete: seen.length === plans.length,
      allocation: allocate({ pools: rules?.pools ?? [] }, seen),
    });
  }

  return {
    listRoundDecisions: ({ roundId, user }: { roundId: string; user: SignedInUser }) =>
      listRound(roundId, user),

    async recordRecommendation({
      roundId,
      proposalId,
      user,
      input,
    }: {
      roundId: string;
      proposalId: string;
      user: SignedInUser;
      input: ParsedRecommendation;
    }): Promise<Result<StoredProposal>> {
      const round = await roundOf(roundId);
      if (!round.ok) return round;
      const step = RECOMMENDATION_STEP[input.recommendation];
      const comment = { field: 'note', text: input.note };
      const current = await gate(round.value, proposalId, user, step, comment, input.version);
      if (!current.ok) return current;
      return commit({
        current: current.value,
        version: input.version,
        step,
        comment: input.note,
        user,
        write: (tx) =>
          tx.decisions.recommend({
            roundId,
            proposalId,
            recommendation: input.recommendation,
            note: input.note,
            userId: user.id,
          }),
      });
    },

    async recordDecision({
      roundId,
      proposalId,
      user,
      input,
    }: {
      roundId: string;
      proposalId: string;
      user: SignedInUser;
      input: ParsedDecision;
    }): Promise<Result<StoredProposal>> {
      const found = await roundOf(roundId);
      if (!found.ok) return found;
      const round = found.value;
      const step = OUTCOME_STEP[input.outcome];
      const comment = { field: 'decisionText', text: input.decisionText };
      const current = await gate(round, proposalId, user, step, comment, input.version);
      if (!current.ok) return current;
      if (round.phase === 'open') {
        return fail({
          error: 'Conflict',
          message: say('problem.decision.notOpen', { round: round.name }),
          currentVersion: current.value.version,
        });
      }

      let moveTo: string | null = null;
      if (input.outcome === 'postponed') {
        const target = await decisions.round(input.postponedToRoundId ?? '');
        if (!target) {
          return fail(
            invalid(
              'postponedToRoundId',
              say('issue.unknownRound', { id: input.postponedToRoundId ?? '' }),
            ),
          );
        }
        if (!isLaterRound(round, target) || target.phase === 'decided') {
          return fail(
            invalid(
              'postponedToRoundId',
              say('issue.decision.notLater', { target: target.name, round: round.name }),
            ),
          );
        }
        moveTo = target.id;
      }
      let plan: Plan | null = null;
      if (input.outcome === 'granted') {
        const planned = await planFor(round, current.value, input);
        if (!planned.ok) return planned;
        plan = planned.value;
      }
      const rules = plan ? null : await decisions.currentRules(roundId);
      const said = input.decisionText.trim();
      return commit({
        current: current.value,
        version: input.version,
        step,
        comment: `${input.decidingBody}, ${input.decidedOn}${said ? `: ${said}` : ''}`,
        user,
        moveTo,
        write: async (tx) => {
          await tx.decisions.decide({
            roundId,
            proposalId,
            outcome: input.outcome,
            decidedOn: input.decidedOn,
            decidingBody: input.decidingBody,
            decisionText: input.decisionText,
            postponedToRoundId: moveTo,
            rulesVersion: plan?.rulesVersion ?? rules?.version ?? null,
            userId: user.id,
          });
          if (plan) await tx.decisions.insertPlan(plan);
        },
      });
    },

    async exportAllocationXlsx({
      roundId,
      user,
    }: {
      roundId: string;
      user: SignedInUser;
    }): Promise<Result<{ body: Buffer; disposition: string }>> {
      const found = await roundAllocation({ roundId, user });
      if (!found.ok) return found;
      const { round, priceLevelYear, rules, allocation } = found.value;
      const names = await access.reference.administrations();
      const body = await allocationXlsx({
        roundName: round.name,
        priceLevelYear,
        rulesVersion: rules?.version ?? null,
        allocation,
        administrationNames: Object.fromEntries(names.map((a) => [a.code, a.name])),
      });
      return ok({ body, disposition: contentDisposition([round.name, 'fordeling'], 'xlsx') });
    },

    roundAllocation,
  };
}
