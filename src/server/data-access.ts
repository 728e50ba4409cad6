import { DEVELOPMENT_AUDIT_KEY } from './audit/key.ts';
import { auditStore } from './audit/store.ts';
import { userStore } from './auth/store.ts';
import { commentStore } from './comments/store.ts';
import { decisionStore } from './decisions/store.ts';
import { answerCache, DEFAULT_ANSWER_CACHE_MB } from './db/answers.ts';
import type { Database, Db } from './db/database.ts';
import { documentStore } from './documents/store.ts';
import { importStore } from './imports/store.ts';
import { loanStore } from './followup/loans/store.ts';
import { frameStore } from './followup/frames/store.ts';
import { goalStore } from './followup/goals/store.ts';
import { reminderStore } from './followup/reminders/store.ts';
import { portfolioStore } from './portfolio/store.ts';
import { priceIndexStore } from './price-indices/store.ts';
import { proposalStore, proposalWrites } from './proposals/store.ts';
import { roundStore } from './rounds/store.ts';
import { realisedStore } from './followup/realised/store.ts';
import { referenceStore } from './reference/store.ts';
import { searchStore } from './search/store.ts';

/** The stores a change that spans tables uses, bound to the transaction it runs in. */
function transactionStores(db: Db, auditKey: string) {
  return {
    proposals: { ...proposalStore(db), ...proposalWrites(db) },
    audit: auditStore(db, auditKey),
    comments: commentStore(db),
    priceIndices: priceIndexStore(db),
    imports: importStore(db),
    users: userStore(db),
    decisions: decisionStore(db),
    portfolio: portfolioStore(db),
    rounds: roundStore(db),
    reference: referenceStore(db),
    loans: loanStore(db),
    goals: goalStore(db),
    realised: realisedStore(db),
  };
}

export type TransactionStores = ReturnType<typeof transactionStores>;

/**
 * Everything that reads or writes the database, over whichever driver the root opened.
 * `auditKey` signs the audit log; the composition root passes the configured one.
 */
export function dataAccess(
  database: Database,
  auditKey: string = DEVELOPMENT_AUDIT_KEY,
  answerCacheMegabytes = DEFAULT_ANSWER_CACHE_MB,
) {
  return {
    db: database.db,
    /** Answers to lists and searches, kept while the data they were read from stands. */
    answers: answerCache(database.db, answerCacheMegabytes),
    ping: database.ping,
    users: userStore(database.db),
    audit: auditStore(database.db, auditKey),
    /** Runs `work` in one transaction: what it writes commits, or rolls back, as a whole. */
    transaction: <T>(work: (stores: TransactionStores) => Promise<T>) =>
      database.db.transaction((tx) => work(transactionStores(tx, auditKey))),
    proposals: proposalStore(database.db),
    comments: commentStore(database.db),
    documents: documentStore(database.db),
    imports: importStore(database.db),
    priceIndices: priceIndexStore(database.db),
    reference: referenceStore(database.db),
    search: searchStore(database.db),
    decisions: decisionStore(database.db),
    portfolio: portfolioStore(database.db),
    rounds: roundStore(database.db),
    loans: loanStore(database.db),
    frames: frameStore(database.db),
    goals: goalStore(database.db),
    reminders: reminderStore(database.db),
    realised: realisedStore(database.db),
  };
}

export type DataAccess = ReturnType<typeof dataAccess>;
