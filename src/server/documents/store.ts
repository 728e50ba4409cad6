import { eq, sql } from 'drizzle-orm';
import type { EconomicRow } from '../../domain/proposal.ts';
import type { OverviewProposal } from '../../domain/rounds/overview.ts';
import type { ProposalRef } from '../../domain/workflow/decide.ts';
import type { Db } from '../db/database.ts';
import { economicRows, proposals } from '../db/schema.ts';

// What the round overview reads: each proposal's header and its Tabel 1 rows, for a whole round
// in one statement (so one snapshot) rather than one full proposal at a time.

/** A proposal's Tabel 1 rows in order as one JSON text: one value per proposal to parse, not
 * ten rows of arrays, which is where reading a round of a thousand proposals spent its time. */
const rowsJson = sql<string>`coalesce((
  select json_agg(json_build_array(${economicRows.label}, ${economicRows.section},
    ${economicRows.area}, ${economicRows.values}) order by ${economicRows.position})
  from ${economicRows} where ${economicRows.proposalId} = ${proposals.id}), '[]')::text`;

type RowTuple = [
  EconomicRow['label'],
  EconomicRow['section'],
  EconomicRow['area'],
  EconomicRow['values'],
];

export function documentStore(db: Db) {
  return {
    /** The round's proposals that `visible` lets through. */
    async roundProposals(
      roundId: string,
      visible: (proposal: ProposalRef) => boolean,
    ): Promise<OverviewProposal[]> {
      const found = await db
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
          rows: rowsJson,
        })
        .from(proposals)
        .where(eq(proposals.roundId, roundId));
      return found
        .filter(visible)
        .map(({ id, priceLevelYear, years, leadAdministration, rows, ...header }) => ({
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
            rows: (JSON.parse(rows) as RowTuple[]).map(([label, section, area, values]) => ({
              label,
              section,
              area,
              values,
            })),
          },
        }));
    },
  };
}
