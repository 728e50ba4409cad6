import { sql, type SQL } from 'drizzle-orm';
import type { ProposalKind, ProposalStatus } from '../../domain/proposal.ts';
import type { ViewScope } from '../../domain/workflow/index.ts';
import type { Db } from '../db/database.ts';

// What the search's two queries share: the heading they answer with, who may see what, and
// reading rows of a raw query.

export interface ProposalHeading {
  id: string;
  code: string | null;
  title: string;
  kind: ProposalKind;
  leadAdministration: string | null;
  roundId: string | null;
  status: ProposalStatus;
}

/**
 * The proposals (alias `p`) a user with these scopes may see: those any one of them allows.
 * Null is no user at all, which only reaches the search while access is not enforced.
 */
export function visibleTo(scopes: ViewScope[] | null): SQL {
  if (scopes === null) return sql`true`;
  const allowed = scopes.map((view) => {
    switch (view.scope) {
      case 'all':
        return sql`true`;
      case 'administration':
        return sql`p.lead_administration is not distinct from ${view.administration}::text`;
      case 'statuses':
        return sql`p.status in (${sql.join(
          view.statuses.map((status) => sql`${status}`),
          sql`, `,
        )})`;
    }
  });
  return allowed.length > 0 ? sql`(${sql.join(allowed, sql` or `)})` : sql`false`;
}

/** Both drivers answer a raw query with its rows under `rows`. */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}
