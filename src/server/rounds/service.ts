import { kronerToThousands, type Kroner } from '../../domain/money.ts';
import { validateRules } from '../../domain/rounds/validate-rules.ts';
import type { z } from 'zod';
import type { lockInput, rulesInput, RulesOutput } from '../../shared/rounds-schema.ts';
import { entityChanged } from '../audit/entries.ts';
import type { SignedInUser } from '../auth/actor.ts';
import type { DataAccess } from '../data-access.ts';
import { roundPriceLevel } from '../../domain/rounds/rules.ts';
import type { RoundRecord } from '../decisions/store.ts';
import {
  fail,
  ok,
  validationProblem,
  type Problem,
  type ProblemIssue,
  type Result,
} from '../problems.ts';
import { roundPolicy } from './policy.ts';
import type { roundRules, RoundRulesContent } from './tables.ts';
import { say } from '../words.ts';

type RulesRow = typeof roundRules.$inferSelect;

// The secretariat keeps each round's rules. A change is a new version, never an edit in place;
// once the round is opened for decision its rules are frozen, and a change must say why, in
// the audit log, so every figure can name the version it was computed under.

const forbidden: Problem = {
  error: 'Forbidden',
  message: say('problem.round.forbidden'),
};
const noRound = (id: string): Problem => ({
  error: 'NotFound',
  message: say('problem.round.notFound', { id }),
});

const thousands = (value: Kroner | null) => (value === null ? null : kronerToThousands(value));

function present(
  round: RoundRecord,
  row: { version: number; reason: string | null; createdAt: Date; rules: RoundRulesContent },
): RulesOutput {
  const { rules } = row;
  return {
    roundId: round.id,
    phase: round.phase,
    round: {
      name: round.name,
      kind: round.kind,
      year: round.year,
      opensOn: round.opensOn,
      deadline: round.deadline,
      decisionOn: round.decisionOn,
      priceLevelYear: roundPriceLevel(round),
      version: round.version,
    },
    version: row.version,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
    rules: {
      paybackLimitYears: rules.paybackLimitYears,
      caps: {
        foranalyse: thousands(rules.caps.foranalyse),
        innovationsforslag: thousands(rules.caps.innovationsforslag),
        investeringsforslag: thousands(rules.caps.investeringsforslag),
      },
      pools: rules.pools.map((pool) => ({
        ...pool,
        budgets: pool.budgets.map((b) => ({
          year: b.year,
          amount: kronerToThousands(b.amount),
          serviceLimit: thousands(b.serviceLimit),
          anlaegLimit: thousands(b.anlaegLimit),
        })),
      })),
      criteria: rules.criteria,
    },
  };
}

export function roundService(access: DataAccess) {
  return {
    async roundRules({
      roundId,
      version,
    }: {
      roundId: string;
      version?: number;
    }): Promise<Result<RulesOutput>> {
      const round = await access.rounds.round(roundId);
      if (!round) return fail(noRound(roundId));
      const row = await access.rounds.rules(roundId, version);
      if (!row) {
        return fail({
          error: 'NotFound',
          message:
            version === undefined
              ? say('problem.round.noRules', { id: roundId })
              : say('problem.round.noRulesVersion', { id: roundId, version }),
        });
      }
      return ok(present(round, row));
    },

    async saveRoundRules({
      roundId,
      user,
      input,
    }: {
      roundId: string;
      user: SignedInUser;
      input: z.output<typeof rulesInput>;
    }): Promise<Result<RulesOutput>> {
      if (!roundPolicy.keepRules(user)) return fail(forbidden);
      const round = await access.rounds.round(roundId);
      if (!round) return fail(noRound(roundId));
      const findings: ProblemIssue[] = validateRules(input.rules).map((f) => ({
        field: `rules.${f.field}`,
        message: say(`issue.rules.${f.kind}`, f.values),
      }));
      if (round.phase !== 'open' && input.reason === '') {
        findings.push({
          field: 'reason',
          message: say('issue.round.reasonLocked'),
        });
      }
      if (findings.length > 0) return fail(validationProblem(findings));
      const saved = await access.transaction(async (tx): Promise<Result<RulesRow | null>> => {
        const current = await tx.rounds.rules(roundId);
        if ((current?.version ?? null) !== input.version) {
          return fail<RulesRow | null>({
            error: 'Conflict',
            message: say('problem.round.rulesStale'),
            currentVersion: current?.version ?? 0,
          });
        }
        const version = (current?.version ?? 0) + 1;
        const reason = input.reason === '' ? null : input.reason;
        if (version > 1 && reason === null) {
          return fail<RulesRow | null>(
            validationProblem([{ field: 'reason', message: say('issue.round.reasonNewVersion') }]),
          );
        }
        await tx.rounds.insertRules({
          roundId,
          version,
          rules: input.rules,
          reason,
          createdBy: user.id,
        });
        await tx.audit.append(
          entityChanged({
            actor: user,
            action: 'round.rules',
            entity: { type: 'round', id: roundId },
            details: { version, reason },
          }),
        );
        return ok(await tx.rounds.rules(roundId, version));
      });
      if (!saved.ok) return saved;
      return ok(present(round, saved.value!));
    },

    async lockRound({
      roundId,
      user,
      input,
    }: {
      roundId: string;
      user: SignedInUser;
      input: z.output<typeof lockInput>;
    }): Promise<Result<RulesOutput>> {
      if (!roundPolicy.keepRules(user)) return fail(forbidden);
      const round = await access.rounds.round(roundId);
      if (!round) return fail(noRound(roundId));
      const rules = await access.rounds.rules(roundId);
      if (!rules) {
        return fail(
          validationProblem([{ field: 'id', message: say('issue.round.noRulesToLock') }]),
        );
      }
      if (round.phase !== 'open') {
        return fail(validationProblem([{ field: 'id', message: say('issue.round.alreadyOpen') }]));
      }
      const locked = await access.transaction(async (tx) => {
        if (!(await tx.rounds.setPhase(roundId, input.version, 'locked'))) return false;
        await tx.audit.append(
          entityChanged({
            actor: user,
            action: 'round.lock',
            entity: { type: 'round', id: roundId },
            details: { rulesVersion: rules.version },
          }),
        );
        return true;
      });
      if (!locked) {
        return fail({
          error: 'Conflict',
          message: say('problem.round.stale'),
          currentVersion: round.version,
        });
      }
      return ok(present({ ...round, phase: 'locked', version: round.version + 1 }, rules));
    },
  };
}
