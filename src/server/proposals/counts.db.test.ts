import { and, eq, inArray, isNotNull, or, sql, TransactionRollbackError } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  type ProposalKind,
  type ProposalStatus,
} from '../../domain/proposal.ts';
import { proposalCounts, proposals } from '../db/schema.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { givenMunicipality, type Municipality } from '../test/factories.ts';

// The lists' totals are sums over proposal_counts, which triggers keep (migration 0025). Whatever
// statements change proposals, one row or many at once, the counts must equal counting the
// proposals themselves, or a list would show a total that its pages do not add up to.

interface Shape {
  kind: ProposalKind;
  /** Which of the test's two forvaltninger leads, or none; likewise its round. */
  lead: 0 | 1 | null;
  round: 0 | null;
  status: ProposalStatus;
}

const shape: fc.Arbitrary<Shape> = fc.record({
  kind: fc.constantFrom(...PROPOSAL_KINDS),
  lead: fc.constantFrom(0 as const, 1 as const, null),
  round: fc.constantFrom(0 as const, null),
  status: fc.constantFrom(...PROPOSAL_STATUSES),
});

/** Which of the proposals made so far a statement changes: positions, taken modulo their number. */
const some = fc.array(fc.nat(), { minLength: 1, maxLength: 6 });

const step = fc.oneof(
  fc.record({
    op: fc.constant('create' as const),
    shapes: fc.array(shape, { minLength: 1, maxLength: 5 }),
  }),
  fc.record({
    op: fc.constant('status' as const),
    some,
    to: fc.constantFrom(...PROPOSAL_STATUSES),
  }),
  fc.record({ op: fc.constant('place' as const), some, to: fc.constantFrom(0 as const, null) }),
  fc.record({
    op: fc.constant('lead' as const),
    some,
    to: fc.constantFrom(0 as const, 1 as const, null),
  }),
  fc.record({ op: fc.constant('title' as const), some }),
  fc.record({ op: fc.constant('delete' as const), some }),
);

type Tx = Parameters<Parameters<TestApp['database']['db']['transaction']>[0]>[0];

async function rolledBack(t: TestApp, work: (tx: Tx) => Promise<void>): Promise<void> {
  try {
    await t.database.db.transaction(async (tx) => {
      await work(tx);
      tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
}

describe.each(testDatabases())('proposal counts on $name', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t?.close());

  it('equal counting the proposals after any creates, status changes, placements, moves and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const m: Municipality = await givenMunicipality(t.access);
        // Rolled back at the end: the proposals are written without their audit entries, which
        // the audit log's verification on the database all tests share would miss.
        await rolledBack(t, async (db) => {
          const leads = [m.administration, m.otherAdministration];
          const leadOf = (i: 0 | 1 | null) => (i === null ? null : leads[i]!);
          const roundOf = (i: 0 | null) => (i === null ? null : m.roundId);
          // A proposal is the test's while its forvaltning or its round is; the one with neither
          // gets the round, so another test's proposals never mix into the comparison.
          const ids: string[] = [];
          const chosen = (positions: number[]) =>
            ids.length === 0 ? [] : [...new Set(positions.map((i) => ids[i % ids.length]!))];

          for (const s of steps) {
            if (s.op === 'create') {
              const rows = await db
                .insert(proposals)
                .values(
                  s.shapes.map((p) => ({
                    title: 'Tælles',
                    kind: p.kind,
                    status: p.status,
                    leadAdministration: leadOf(p.lead),
                    roundId: p.lead === null ? m.roundId : roundOf(p.round),
                    summary: '',
                    affectedAdministrations: [],
                    description: '',
                    economyNarrative: '',
                    years: [],
                    futureInvestmentNarrative: '',
                    implementationNarrative: '',
                    riskNarrative: '',
                    adminEfficiency: '',
                    financeApprovalNote: '',
                  })),
                )
                .returning({ id: proposals.id });
              ids.push(...rows.map((r) => r.id));
              continue;
            }
            const which = chosen(s.some);
            if (which.length === 0) continue;
            const these = inArray(proposals.id, which);
            switch (s.op) {
              case 'status':
                await db.update(proposals).set({ status: s.to }).where(these);
                break;
              case 'place':
                await db
                  .update(proposals)
                  .set({ roundId: roundOf(s.to) })
                  .where(
                    s.to === null ? and(these, isNotNull(proposals.leadAdministration)) : these,
                  );
                break;
              case 'lead':
                await db
                  .update(proposals)
                  .set({ leadAdministration: leadOf(s.to) })
                  .where(s.to === null ? and(these, isNotNull(proposals.roundId)) : these);
                break;
              case 'title':
                await db.update(proposals).set({ title: 'Omdøbt' }).where(these);
                break;
              case 'delete':
                await db.delete(proposals).where(these);
                ids.splice(0, ids.length, ...ids.filter((id) => !which.includes(id)));
                break;
            }
          }

          const key = sql`kind || '/' || coalesce(lead_administration, '-') || '/' || coalesce(round_id, '-') || '/' || status`;
          const ours = (table: typeof proposals | typeof proposalCounts) =>
            or(inArray(table.leadAdministration, leads), eq(table.roundId, m.roundId));
          const counted = await db
            .select({ key: sql<string>`${key}`, n: sql<number>`count(*)::int` })
            .from(proposals)
            .where(ours(proposals))
            .groupBy(sql`${key}`);
          const kept = await db
            .select({ key: sql<string>`${key}`, n: proposalCounts.n })
            .from(proposalCounts)
            .where(ours(proposalCounts));
          const byKey = (rows: { key: string; n: number }[]) =>
            Object.fromEntries(rows.map((r) => [r.key, r.n]));
          expect(byKey(kept)).toEqual(byKey(counted));
        });
      }),
      { numRuns: 30 },
    );
  });
});
