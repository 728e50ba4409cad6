// The follow-up dashboard on PostgreSQL: 1.000 granted proposals, each with its plan (a typical
// Tabel 1 over six years) and six years of realised figures, summed per year for the portfolio,
// per forvaltning and per pool through GET /api/followup/dashboard as the secretariat, against
// reading the same rows alone (every followed plan and every report, the two queries the
// dashboard starts from) in the same run. The proposals are written to the database of
// TEST_DATABASE_URL or DATABASE_URL under a run's own round and removed afterwards.
import { randomUUID } from 'node:crypto';
import { inArray, like } from 'drizzle-orm';
import pg from 'pg';
import { proposalContentInput } from '../src/shared/proposal-schema.ts';
import type { Kroner } from '../src/domain/money.ts';
import { createApp } from '../src/server/app.ts';
import { hashPassword } from '../src/server/auth/passwords.ts';
import { dataAccess } from '../src/server/data-access.ts';
import { openDatabase } from '../src/server/db/database.ts';
import {
  administrations,
  proposalPlans,
  proposals,
  realisedReports,
  rounds,
} from '../src/server/db/schema.ts';
import { demoProposals } from '../src/server/demo/index.ts';
import { services } from '../src/server/services.ts';
import { typicalTable } from './economics.bench.ts';
import { median, seededRandom, type BenchModule, type BenchRow } from './lib.ts';

const PROPOSALS = 1_000;
const ADMINISTRATIONS = 7;
const REPEATS = 20;
const TARGET_MS = 100;
const USER = { username: 'bench-followup', password: 'bench-kodeord-lang-nok-1' };

function serverUrl(): string {
  return (
    process.env.TEST_DATABASE_URL ??
    process.env.DATABASE_URL ??
    'postgres://root@127.0.0.1:5432/test'
  );
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    console.error(`followup: skipped, no PostgreSQL at ${url} (${String(error)})`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const chunks = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );

export const followup: BenchModule = {
  name: 'followup',
  async run(): Promise<BenchRow[]> {
    const url = serverUrl();
    if (!(await reachable(url))) return [];
    const database = await openDatabase({ driver: 'postgres', url });
    const access = dataAccess(database);
    const verbs = services(access);
    const app = await createApp({ services: verbs });
    const { db } = database;
    const run = randomUUID().slice(0, 6);
    const roundId = `bench-followup-${run}`;
    const codes = Array.from({ length: ADMINISTRATIONS }, (_, i) => `BA${run}${i}`);
    try {
      await access.reference.insertMissing({
        administrations: codes.map((code) => ({ code, name: `Forvaltning ${code}` })),
        committees: [],
        rounds: [{ id: roundId, name: roundId, kind: 'ofs', year: 2026 }],
        hearingBodies: [],
        submissionRules: [],
        pools: [],
      });
      await access.users.insertMissing([
        {
          username: USER.username,
          name: 'Bench',
          passwordHash: await hashPassword(USER.password),
          oidcSubject: null,
          roles: [{ role: 'secretariat', administration: null }],
        },
      ]);

      const started = performance.now();
      const random = seededRandom(13);
      const source = demoProposals[0]!;
      const ids: string[] = [];
      await access.transaction(async (tx) => {
        for (let i = 0; i < PROPOSALS; i++) {
          const content = proposalContentInput.parse({
            ...source,
            code: `BF${run}-${i}`,
            title: `Opfølgning ${i}`,
            leadAdministration: codes[i % ADMINISTRATIONS],
            affectedAdministrations: [codes[i % ADMINISTRATIONS]],
            committee: null,
            roundId,
            financeApproval: undefined,
            hearings: [],
          });
          ids.push((await tx.proposals.insert(content)).id);
        }
      });
      await db
        .update(proposals)
        .set({ status: 'in_implementation' })
        .where(inArray(proposals.id, ids));
      const tables = ids.map(() => typicalTable(random));
      for (const part of chunks(ids, 200)) {
        await db.insert(proposalPlans).values(
          part.map((proposalId) => ({
            proposalId,
            roundId,
            poolKey: random() < 0.8 ? 'investering' : 'innovation',
            rulesVersion: 1,
            decidedOn: '2025-12-01',
            table: tables[ids.indexOf(proposalId)]!,
            granted: [],
          })),
        );
      }
      // Six years each: every cell realised at 50-110 % of the plan, to the krone.
      const reports = ids.flatMap((proposalId, p) =>
        tables[p]!.years.map((year, column) => {
          const amounts = tables[p]!.rows.map((row) => {
            const planned = row.values[column];
            return planned == null
              ? null
              : (Math.round((planned * (50 + Math.floor(random() * 61))) / 100) as Kroner);
          });
          return {
            proposalId,
            year,
            amounts,
            reported: amounts,
            comments: amounts.map(() => ''),
          };
        }),
      );
      for (const part of chunks(reports, 500)) await db.insert(realisedReports).values(part);
      await database.db.execute('analyze');
      console.error(
        `followup: wrote ${PROPOSALS} proposals and ${reports.length} reports in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );

      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: USER });
      const token = login.cookies.find((c) => c.name === 'puljer_session')?.value;
      const headers = { cookie: `puljer_session=${token}` };
      const dashboard = async () => {
        const response = await app.inject({ url: '/api/followup/dashboard', headers });
        if (response.statusCode !== 200) throw new Error(`dashboard: ${response.body}`);
        return response;
      };
      const rows = () =>
        Promise.all([access.realised.followedPlans(), access.realised.allRealised()]);
      const [plans, realised] = await rows();
      await dashboard();
      // Alternating, so both meet the same caches and the same load.
      const ours: number[] = [];
      const baseline: number[] = [];
      for (let i = 0; i < REPEATS; i++) {
        let start = performance.now();
        await dashboard();
        ours.push(performance.now() - start);
        start = performance.now();
        await rows();
        baseline.push(performance.now() - start);
      }
      const value = median(ours);
      const read = median(baseline);
      const what = `${plans.length} granted proposals, ${realised.length} yearly reports`;
      return [
        {
          metric: `dashboard, ${what} (median of ${REPEATS}) vs reading the same rows`,
          value,
          unit: 'ms',
          baseline: read,
          ratio: value / read,
        },
        {
          metric: `dashboard, ${what}, vs the target`,
          value,
          unit: 'ms',
          baseline: TARGET_MS,
          ratio: value / TARGET_MS,
        },
      ];
    } finally {
      // Cascades to the plans and the reports.
      await db.delete(proposals).where(like(proposals.code, `BF${run}-%`));
      await db.delete(rounds).where(inArray(rounds.id, [roundId]));
      await db.delete(administrations).where(inArray(administrations.code, codes));
      await app.close();
      await database.close();
    }
  },
};
