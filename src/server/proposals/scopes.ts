import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { ProposalStatus } from '../../domain/proposal.ts';
import type { ViewScope, WaitScope } from '../../domain/workflow/index.ts';

// The domain's rules of who sees a proposal and whose turn it is, as SQL conditions on a
// proposal's status and lead forvaltning, so lists select, count and page in the database
// exactly what the policies allow.

export interface ProposalColumns {
  status: SQLWrapper;
  leadAdministration: SQLWrapper;
}

/** Columns of the proposals table under the alias `p`, as the search's raw queries name it. */
export const aliasP: ProposalColumns = {
  status: sql`p.status`,
  leadAdministration: sql`p.lead_administration`,
};

const anyOf = (conditions: SQL[]) =>
  conditions.length > 0 ? sql`(${sql.join(conditions, sql` or `)})` : sql`false`;

const statusIn = (p: ProposalColumns, statuses: readonly ProposalStatus[]) =>
  statuses.length === 0
    ? sql`false`
    : sql`${p.status} in (${sql.join(
        statuses.map((status) => sql`${status}`),
        sql`, `,
      )})`;

// `=` rather than `is not distinct from`, which no index serves.
const ownedBy = (p: ProposalColumns, administration: string | null) =>
  administration === null
    ? sql`${p.leadAdministration} is null`
    : sql`${p.leadAdministration} = ${administration}`;

/**
 * The proposals a user with these scopes may see: those any one of them allows. Null is no user
 * at all, which only reaches a list while access is not enforced.
 */
export function visibleTo(scopes: ViewScope[] | null, p: ProposalColumns = aliasP): SQL {
  if (scopes === null) return sql`true`;
  return anyOf(
    scopes.map((view) => {
      switch (view.scope) {
        case 'all':
          return sql`true`;
        case 'administration':
          return ownedBy(p, view.administration);
        case 'statuses':
          return statusIn(p, view.statuses);
      }
    }),
  );
}

/** The proposals waiting for a user with these scopes, in any of their roles. */
export function waitingFor(scopes: WaitScope[], p: ProposalColumns): SQL {
  return anyOf(
    scopes.flatMap((wait) => [
      ...(wait.anyAdministration.length > 0 ? [statusIn(p, wait.anyAdministration)] : []),
      ...(wait.ownAdministration.length > 0
        ? [sql`(${statusIn(p, wait.ownAdministration)} and ${ownedBy(p, wait.administration)})`]
        : []),
    ]),
  );
}
