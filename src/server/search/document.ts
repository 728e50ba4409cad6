import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';

/**
 * Rebuilds a proposal's search document from its saved rows. The document's definition lives in
 * the database (refresh_proposal_search, migration 0003), so saves and the backfill of existing
 * proposals cannot drift apart. Call it inside the saving transaction, after the rows are written.
 */
export async function refreshSearchDocument(tx: Db, proposalId: string): Promise<void> {
  await tx.execute(sql`select refresh_proposal_search(${proposalId}::uuid)`);
}
