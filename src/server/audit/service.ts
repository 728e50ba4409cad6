import type { DataAccess } from '../data-access.ts';
import { fail, ok, type Result } from '../problems.ts';
import { notFound } from '../proposals/service.ts';
import { ChainWalk, type ChainVerdict } from './hash-chain.ts';
import type { AuditRecord } from './store.ts';

export function auditService({ audit, proposals }: DataAccess) {
  return {
    async verifyAudit(): Promise<ChainVerdict> {
      const walk = new ChainWalk();
      const head = await audit.readChain((entries) => walk.add(entries));
      return walk.finish(head);
    },

    async proposalHistory({ id }: { id: string }): Promise<Result<AuditRecord[]>> {
      const entries = await audit.forProposal(id);
      if (entries.length === 0 && !(await proposals.exists(id))) {
        return fail(notFound(id));
      }
      return ok(entries);
    },
  };
}
