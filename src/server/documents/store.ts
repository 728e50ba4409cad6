import { asc, eq, inArray } from 'drizzle-orm';
import type { OverviewProposal } from '../../documents/round-overview.ts';
import type { Db } from '../db/database.ts';
import { economicRows, proposals } from '../db/schema.ts';

// What the round overview reads: each proposal's header and its Tabel 1 rows, for a whole round
// in two queries rather than one full proposal at a time.

export function documentStore(db: Db) {
  return {
    async roundProposals(roundId: string): Promise<OverviewProposal[]> {
      // One snapshot for both reads, so a save in between cannot pair old headers with new rows.
      return db.transaction(
        async (tx) => {
          const headers = await tx
            .select({
              id: proposals.id,
              code: proposals.code,
              title: proposals.title,
              kind: proposals.kind,
              committee: proposals.committee,
              priceLevelYear: proposals.priceLevelYear,
              years: proposals.years,
            })
            .from(proposals)
            .where(eq(proposals.roundId, roundId));
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
          return headers.map(({ id, priceLevelYear, years, ...header }) => ({
            ...header,
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
