import { asc, eq, inArray } from 'drizzle-orm';
import type { OverviewProposal } from '../../domain/rounds/overview.ts';
import type { ProposalRef } from '../../domain/workflow/decide.ts';
import type { Db } from '../db/database.ts';
import { economicRows, proposals } from '../db/schema.ts';

// What the round overview reads: each proposal's header and its Tabel 1 rows, for a whole round
// in two queries rather than one full proposal at a time.

export function documentStore(db: Db) {
  return {
    /** The round's proposals that `visible` lets through. */
    async roundProposals(
      roundId: string,
      visible: (proposal: ProposalRef) => boolean,
    ): Promise<OverviewProposal[]> {
      // One snapshot for both reads, so a save in between cannot pair old headers with new rows.
      return db.transaction(
        async (tx) => {
          const found = await tx
            .select({
              id: proposals.id,
              status: proposals.status,
              leadAdministration: proposals.leadAdministration,
              code: proposals.code,
              title: proposals.title,
              kind: proposals.kind,
              committee: proposals.committee,
              priceLevelYear: proposals.priceLevelYear,
              years: proposals.years,
            })
            .from(proposals)
            .where(eq(proposals.roundId, roundId));
          const headers = found.filter(visible);
          if (headers.length === 0) return [];
          const rows = await tx
            .select()
            .from(economicRows)
            .where(
              inArray(
                economicRows.proposalId,
                headers.map((h) => h.id),
              ),
            )
            .orderBy(asc(economicRows.proposalId), asc(economicRows.position));
          return headers.map(({ id, priceLevelYear, years, leadAdministration, ...header }) => ({
            proposalId: id,
            code: header.code,
            title: header.title,
            kind: header.kind,
            status: header.status,
            committee: header.committee,
            administration: leadAdministration,
            economy: {
              priceLevelYear,
              years,
              rows: rows
                .filter((row) => row.proposalId === id)
                .map(({ label, section, area, values }) => ({ label, section, area, values })),
            },
          }));
        },
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      );
    },
  };
}
