import type { SQL } from 'drizzle-orm';
import type { ProposalKind, ProposalStatus } from '../../domain/proposal.ts';
import type { Db } from '../db/database.ts';

// What the search's two queries share: the heading they answer with and reading rows of a raw
// query. Who may see what is the proposals' (../proposals/scopes.ts).

export interface ProposalHeading {
  id: string;
  code: string | null;
  title: string;
  kind: ProposalKind;
  leadAdministration: string | null;
  roundId: string | null;
  status: ProposalStatus;
}

/** Both drivers answer a raw query with its rows under `rows`. */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}
