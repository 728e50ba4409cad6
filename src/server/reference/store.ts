import { asc, inArray } from 'drizzle-orm';
import type { Kroner } from '../../domain/money.ts';
import type { SubmissionRules, YearRules } from '../../domain/rules.ts';
import type { RoundKind } from '../../shared/api-schemas.ts';
import type { Db } from '../db/database.ts';
import {
  administrations,
  committees,
  hearingBodies,
  pools,
  priceIndices,
  rounds,
  submissionRules,
} from '../db/schema.ts';

// The municipality's own names: forvaltninger, committees, rounds and hearing bodies, and the
// rules, pools and price index of each year. They are data: another municipality brings its own.

export interface ReferenceData {
  administrations: { code: string; name: string }[];
  committees: { code: string; name: string }[];
  rounds: { id: string; name: string; kind: RoundKind; year: number }[];
  hearingBodies: { name: string }[];
  submissionRules: { year: number; rules: SubmissionRules }[];
  /** Parents before or beside their children. */
  pools: {
    id: string;
    name: string;
    parentId: string | null;
    year: number;
    amountKroner: Kroner;
  }[];
  /** The price index in hundredths of a point; optional, a database may start without one. */
  priceIndices?: { year: number; points: number }[];
}

/** Which of `wanted` exist, found with one query. */
async function existing(
  db: Db,
  wanted: readonly string[],
  lookup: (values: string[]) => Promise<{ key: string }[]>,
): Promise<Set<string>> {
  const unique = [...new Set(wanted)];
  if (unique.length === 0) return new Set();
  return new Set((await lookup(unique)).map((row) => row.key));
}

export function referenceStore(db: Db) {
  return {
    administrations: () => db.select().from(administrations).orderBy(asc(administrations.code)),
    committees: () => db.select().from(committees).orderBy(asc(committees.code)),
    rounds: () => db.select().from(rounds).orderBy(asc(rounds.year), asc(rounds.id)),
    hearingBodies: () => db.select().from(hearingBodies).orderBy(asc(hearingBodies.name)),

    async submissionRules(): Promise<YearRules[]> {
      const rows = await db.select().from(submissionRules).orderBy(asc(submissionRules.year));
      return rows.map((row) => ({
        year: row.year,
        rules: {
          paybackLimitYears: row.paybackLimitYears,
          capByKind: {
            foranalyse: row.capForanalyse,
            innovationsforslag: row.capInnovationsforslag,
            investeringsforslag: row.capInvesteringsforslag,
          },
        },
      }));
    },

    existingAdministrations: (codes: readonly string[]) =>
      existing(db, codes, (values) =>
        db
          .select({ key: administrations.code })
          .from(administrations)
          .where(inArray(administrations.code, values)),
      ),
    existingCommittees: (codes: readonly string[]) =>
      existing(db, codes, (values) =>
        db
          .select({ key: committees.code })
          .from(committees)
          .where(inArray(committees.code, values)),
      ),
    existingRounds: (ids: readonly string[]) =>
      existing(db, ids, (values) =>
        db.select({ key: rounds.id }).from(rounds).where(inArray(rounds.id, values)),
      ),

    /** Adds what is missing and leaves what is there, so it can run on a partly filled database. */
    async insertMissing(data: ReferenceData): Promise<void> {
      await db.transaction(async (tx) => {
        const add = async <T>(rows: T[], insert: (rows: T[]) => Promise<unknown>) => {
          if (rows.length > 0) await insert(rows);
        };
        await add(data.administrations, (rows) =>
          tx.insert(administrations).values(rows).onConflictDoNothing(),
        );
        await add(data.committees, (rows) =>
          tx.insert(committees).values(rows).onConflictDoNothing(),
        );
        await add(data.rounds, (rows) => tx.insert(rounds).values(rows).onConflictDoNothing());
        await add(data.hearingBodies, (rows) =>
          tx.insert(hearingBodies).values(rows).onConflictDoNothing(),
        );
        await add(data.submissionRules, (rows) =>
          tx
            .insert(submissionRules)
            .values(
              rows.map(({ year, rules }) => ({
                year,
                paybackLimitYears: rules.paybackLimitYears,
                capForanalyse: rules.capByKind.foranalyse,
                capInnovationsforslag: rules.capByKind.innovationsforslag,
                capInvesteringsforslag: rules.capByKind.investeringsforslag,
              })),
            )
            .onConflictDoNothing(),
        );
        await add(data.pools, (rows) =>
          tx
            .insert(pools)
            .values(rows.map(({ amountKroner, ...pool }) => ({ ...pool, amount: amountKroner })))
            .onConflictDoNothing(),
        );
        await add(data.priceIndices ?? [], (rows) =>
          tx.insert(priceIndices).values(rows).onConflictDoNothing(),
        );
      });
    },
  };
}

export type ReferenceStore = ReturnType<typeof referenceStore>;
