import { eq } from 'drizzle-orm';
import { kroner } from '../../domain/money.ts';
import type { RoundPhase } from '../../domain/rounds/rules.ts';
import type { DataAccess } from '../data-access.ts';
import { roundRules, rounds } from '../db/schema.ts';
import type { RoundRulesContent } from '../rounds/tables.ts';
import { unique } from '../test/factories.ts';

// A round with its pools, in the phase a test needs, written straight to the tables: the rules
// editor is another capability's, and these tests are about what is decided under the rules.

const budget = (year: number, thousands: number) => ({
  year,
  amount: kroner(thousands * 1000),
  serviceLimit: null,
  anlaegLimit: null,
});

/** SPEC.md section 3's 2026 pools, for 2026 and 2027, in thousands: 375 = 360 + 15 (4). */
export const TEST_RULES: RoundRulesContent = {
  paybackLimitYears: 6,
  caps: {
    foranalyse: kroner(1_000_000),
    innovationsforslag: kroner(2_000_000),
    investeringsforslag: null,
  },
  pools: [
    {
      key: 'total',
      name: 'Puljen i alt',
      parentKey: null,
      kinds: [],
      budgets: [budget(2026, 375_000), budget(2027, 375_000)],
    },
    {
      key: 'investment',
      name: 'Investeringspuljen',
      parentKey: 'total',
      kinds: ['investeringsforslag'],
      budgets: [budget(2026, 360_000), budget(2027, 360_000)],
    },
    {
      key: 'innovation',
      name: 'Innovationspuljen',
      parentKey: 'total',
      kinds: ['innovationsforslag'],
      budgets: [budget(2026, 15_000), budget(2027, 15_000)],
    },
    {
      key: 'pre',
      name: 'Foranalyser',
      parentKey: 'innovation',
      kinds: ['foranalyse'],
      budgets: [budget(2026, 4_000), budget(2027, 4_000)],
    },
  ],
  criteria: [],
};

/** Gives `roundId` the test rules as version 1 and puts it in `phase`. */
export async function givenRules(
  access: DataAccess,
  roundId: string,
  phase: RoundPhase = 'locked',
  rules: RoundRulesContent = TEST_RULES,
): Promise<void> {
  await access.db.insert(roundRules).values({ roundId, version: 1, rules }).onConflictDoNothing();
  await access.db.update(rounds).set({ phase }).where(eq(rounds.id, roundId));
}

/** A later round of its own, open for proposals, to postpone to. */
export async function givenLaterRound(access: DataAccess, year = 2027): Promise<string> {
  const id = unique('b-');
  await access.db.insert(rounds).values({ id, name: `B${year} ${id}`, kind: 'budget', year });
  return id;
}
