import { nextCodes } from '../../domain/rounds/codes.ts';
import { isReceived } from '../../domain/rounds/overview.ts';
import { canKeepRounds } from '../../domain/workflow/permissions.ts';
import { proposalSaved } from '../audit/entries.ts';
import { anyRole, type SignedInUser } from '../auth/actor.ts';
import type { DataAccess } from '../data-access.ts';
import { fail, ok, type Result } from '../problems.ts';
import { say } from '../words.ts';

// The secretariat gives the round's proposals that have come in their codes, in the order they
// came in, after the highest code the round has given. Each code is a new version of its
// proposal with an audit entry; the round's row is locked meanwhile, so two secretaries at once
// never give one code twice.

export interface AssignedCode {
  proposalId: string;
  code: string;
}

export function codeService({ rounds, transaction }: DataAccess) {
  return {
    async assignCodes({
      roundId,
      user,
    }: {
      roundId: string;
      user: SignedInUser;
    }): Promise<Result<{ assigned: AssignedCode[] }>> {
      if (!anyRole(user, canKeepRounds)) {
        return fail({
          error: 'Forbidden',
          message: say('problem.round.codesForbidden'),
        });
      }
      if (!(await rounds.round(roundId))) {
        return fail({ error: 'NotFound', message: say('problem.round.notFound', { id: roundId }) });
      }
      return transaction(async (tx) => {
        await tx.rounds.lock(roundId);
        const inRound = await tx.proposals.list({ roundId });
        const waiting = inRound
          .filter((p) => p.code === null && isReceived(p.status))
          .sort(
            (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
          );
        const codes = nextCodes(
          inRound.map((p) => p.code),
          waiting.length,
        );
        const assigned: AssignedCode[] = [];
        for (const [i, summary] of waiting.entries()) {
          const current = await tx.proposals.lock(summary.id);
          if (!current) continue;
          const content = { ...current.content, code: codes[i]! };
          const saved = await tx.proposals.update({
            id: current.id,
            version: current.version,
            content,
            before: current.content,
          });
          if (saved.outcome !== 'updated') continue;
          await tx.audit.append(
            proposalSaved({
              actor: user,
              proposalId: current.id,
              version: saved.proposal.version,
              before: current.content,
              after: content,
              fromState: current.status,
              toState: current.status,
            }),
          );
          assigned.push({ proposalId: current.id, code: codes[i]! });
        }
        return ok({ assigned });
      });
    },
  };
}
