import { and, desc, eq } from 'drizzle-orm';
import type { RoundPhase } from '../../domain/rounds/rules.ts';
import type { Db } from '../db/database.ts';
import { roundRules, rounds } from '../db/schema.ts';
import type { RoundRulesContent } from './tables.ts';

// A round's rules, one row per version, and its phase.

export function roundStore(db: Db) {
  return {
    round: async (id: string) =>
      (await db.select().from(rounds).where(eq(rounds.id, id)))[0] ?? null,

    /** The round, its row locked until the transaction ends: one code giver at a time. */
    lock: async (id: string) =>
      (await db.select().from(rounds).where(eq(rounds.id, id)).for('update'))[0] ?? null,

    /** The given version, or the newest when `version` is left out. */
    rules: async (roundId: string, version?: number) =>
      (
        await db
          .select()
          .from(roundRules)
          .where(
            version === undefined
              ? eq(roundRules.roundId, roundId)
              : and(eq(roundRules.roundId, roundId), eq(roundRules.version, version)),
          )
          .orderBy(desc(roundRules.version))
          .limit(1)
      )[0] ?? null,

    insertRules: (row: {
      roundId: string;
      version: number;
      rules: RoundRulesContent;
      reason: string | null;
      createdBy: string;
    }) => db.insert(roundRules).values(row),

    /** Moves the round to `phase` if it is still at `version`; false when someone was first. */
    async setPhase(id: string, version: number, phase: RoundPhase): Promise<boolean> {
      const updated = await db
        .update(rounds)
        .set({ phase, version: version + 1 })
        .where(and(eq(rounds.id, id), eq(rounds.version, version)))
        .returning({ id: rounds.id });
      return updated.length === 1;
    },
  };
}
