import { eq } from 'drizzle-orm';
import type { EconomicTable, ProposalStatus } from '../../../domain/proposal.ts';
import type { Db } from '../../db/database.ts';
import { proposalPlans, proposals } from '../../db/schema.ts';

// Every granted proposal's plan with whose it is: the frames are computed from all of them.

export interface GrantedPlan {
  proposalId: string;
  code: string | null;
  title: string;
  status: ProposalStatus;
  administration: string | null;
  table: EconomicTable;
}

export const frameStore = (db: Db) => ({
  grantedPlans: (): Promise<GrantedPlan[]> =>
    db
      .select({
        proposalId: proposals.id,
        code: proposals.code,
        title: proposals.title,
        status: proposals.status,
        administration: proposals.leadAdministration,
        table: proposalPlans.table,
      })
      .from(proposalPlans)
      .innerJoin(proposals, eq(proposals.id, proposalPlans.proposalId)),
});
