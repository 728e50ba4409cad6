import type { Database } from './db/database.ts';
import { proposalStore } from './proposals/store.ts';
import { referenceStore } from './reference/store.ts';

/** Everything that reads or writes the database, over whichever driver the root opened. */
export function dataAccess(database: Database) {
  return {
    db: database.db,
    ping: database.ping,
    proposals: proposalStore(database.db),
    reference: referenceStore(database.db),
  };
}

export type DataAccess = ReturnType<typeof dataAccess>;
