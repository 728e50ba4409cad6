// The API under load over loopback, as browsers use it: the real server in a process of its own
// over an archive of proposals (10.000 on PostgreSQL, 1.000 on embedded PGlite), driven by
// autocannon with 10 connections for each endpoint: the proposal list (first page as it opens,
// filtered by forvaltning and kind, sorted by title), the inbox, the search, a proposal's page
// and a save. Each is compared with GET /api/health in the same run, the ceiling of what the
// server answers at all. Lists, searches and pages are answered from what the server keeps while
// no change is made (src/server/db/answers.ts); the list, the search and the page are measured
// again on a server that keeps nothing, as every request costs right after a change. Before the
// load, each list query the server runs is EXPLAINed: none may read the whole proposals table.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import autocannon from 'autocannon';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { ProposalSummary } from '../src/shared/api-schemas.ts';
import type { SignedInUser } from '../src/server/auth/actor.ts';
import { dataAccess } from '../src/server/data-access.ts';
import type { Database, DatabaseOptions } from '../src/server/db/database.ts';
import * as schema from '../src/server/db/schema.ts';
import { services } from '../src/server/services.ts';
import { dropServerDatabase, freshServerDatabase } from './app.ts';
import { buildArchive } from './archive.ts';
import { percentile, type BenchModule, type BenchRow } from './lib.ts';
import { signIn, startServer } from './server.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const DATABASE = process.env.HTTP_BENCH_DATABASE ?? 'puljer_bench_http';

interface Target {
  name: string;
  proposals: number;
  options: DatabaseOptions;
  /** The server's environment that points it at the database. */
  env: Record<string, string>;
}

interface Statement {
  sql: string;
  params: unknown[];
}

/** A database opened with every statement recorded, and a way to EXPLAIN them on it. */
async function recording(options: DatabaseOptions) {
  const statements: Statement[] = [];
  const logger = {
    logQuery: (sql: string, params: unknown[]) => void statements.push({ sql, params }),
  };
  if (options.driver === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url });
    const database: Database = {
      db: drizzlePg({ client: pool, schema, logger }),
      ping: async () => undefined,
      close: () => pool.end(),
    };
    const explain = async (s: Statement) =>
      (await pool.query(`explain (format json) ${s.sql}`, s.params)).rows[0]['QUERY PLAN'];
    return { database, statements, explain };
  }
  const client = await PGlite.create(options.dataDir ?? undefined);
  const database: Database = {
    db: drizzlePglite({ client, schema, logger }),
    ping: async () => undefined,
    close: () => client.close(),
  };
  const explain = async (s: Statement) =>
    (
      (await client.query(`explain (format json) ${s.sql}`, s.params)).rows[0] as Record<
        string,
        unknown
      >
    )['QUERY PLAN'];
  return { database, statements, explain };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function seqScansOfProposals(node: PlanNode): number {
  const own = node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'proposals' ? 1 : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + seqScansOfProposals(child), 0);
}

const as = (
  role: 'secretariat' | 'author' | 'reader',
  administration: string | null = null,
): SignedInUser => ({
  id: '00000000-0000-4000-8000-000000000000',
  username: role,
  name: role,
  roles: [{ role, administration }],
});

/**
 * EXPLAINs each statement the lists run, as the secretariat, an author and a reader ask them;
 * answers the number of sequential scans of proposals, and drafts for the saves to edit.
 */
async function explainLists(
  options: DatabaseOptions,
): Promise<{ seqScans: number; drafts: string[] }> {
  const { database, statements, explain } = await recording(options);
  try {
    const verbs = services(dataAccess(database));
    const page = { limit: 50, offset: 0 };
    const secretariat = as('secretariat');
    for (const user of [secretariat, as('author', 'SOF'), as('reader')]) {
      await verbs.proposals.list(user, { sort: 'code', order: 'asc', ...page });
      await verbs.proposals.list(user, {
        administration: 'SOF',
        kind: 'investeringsforslag',
        sort: 'code',
        order: 'asc',
        ...page,
      });
      await verbs.proposals.list(user, { sort: 'title', order: 'desc', ...page });
      await verbs.proposals.list(user, { sort: 'amount', order: 'desc', ...page });
      await verbs.proposals.list(user, { sort: 'updatedAt', order: 'desc', ...page });
      await verbs.proposals.inbox(user, page);
      await verbs.searchProposals({ q: 'borgere', user, ...page });
    }
    let seqScans = 0;
    for (const statement of statements) {
      const [plan] = (await explain(statement)) as { Plan: PlanNode }[];
      const scans = seqScansOfProposals(plan!.Plan);
      seqScans += scans;
      if (scans > 0) console.error(`http: sequential scan of proposals in: ${statement.sql}`);
    }
    console.error(
      `http: ${statements.length} list statements explained, ${seqScans} sequential scans of proposals`,
    );
    const drafts = await verbs.proposals.list(secretariat, {
      kind: 'investeringsforslag',
      sort: 'updatedAt',
      order: 'asc',
      limit: 200,
      offset: 0,
    });
    const { items } = JSON.parse(drafts) as { items: ProposalSummary[] };
    return { seqScans, drafts: items.filter((p) => p.status === 'draft').map((p) => p.id) };
  } finally {
    await database.close();
  }
}

interface Measured {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

/** autocannon's percentiles stop at 97.5 and 99; each answer's time is kept for the 95th. */
async function load(options: autocannon.Options): Promise<Measured> {
  const times: number[] = [];
  let failed = 0;
  const statuses = new Map<number, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { connections: CONNECTIONS, duration: SECONDS, ...options },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      if (status >= 300) {
        failed++;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
      times.push(responseTime);
    });
  });
  if (failed > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `${options.url}: ${failed} answers not 2xx (${[...statuses].map(([s, n]) => `${n} × ${s}`).join(', ')}), ` +
        `${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return {
    rps: result.requests.average,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
  };
}

/** An endpoint's requests per second and p95, each beside health's from the same run. */
function againstHealth(name: string, m: Measured, health: Measured): BenchRow[] {
  return [
    {
      metric: `${name}, vs health`,
      value: m.rps,
      unit: 'req/s',
      baseline: health.rps,
      ratio: m.rps / health.rps,
    },
    {
      metric: `${name}, p95 (p50 ${m.p50}, p99 ${m.p99})`,
      value: m.p95,
      unit: 'ms',
      baseline: health.p95,
      ratio: m.p95 / health.p95,
    },
  ];
}

/** A proposal's page, each request the next of `ids` in turn. */
function proposalPages(
  url: string,
  headers: Record<string, string>,
  ids: string[],
): autocannon.Options {
  let next = 0;
  return {
    url,
    headers,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          path: `/api/proposals/${ids[next++ % ids.length]}`,
        }),
      },
    ],
  };
}

async function measure(target: Target): Promise<BenchRow[]> {
  const started = performance.now();
  await buildArchive(target.options, { proposals: target.proposals, users: 0 });
  console.error(
    `http: ${target.name}, ${target.proposals} proposals built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const { seqScans, drafts } = await explainLists(target.options);
  const ids = drafts.slice(0, CONNECTIONS);
  const rows: BenchRow[] = [];
  let health: Measured | undefined;
  const server = await startServer(target.env);
  try {
    const headers = await signIn(server.url, 'sekretariat');
    const url = server.url;
    const proposals = await Promise.all(
      ids.map(async (id) => {
        const response = await fetch(`${url}/api/proposals/${id}`, { headers });
        const {
          createdAt: _c,
          updatedAt: _u,
          status: _s,
          id: _id,
          ...body
        } = (await response.json()) as Record<string, unknown>;
        return { id, body, busy: false };
      }),
    );
    health = await load({ url: `${url}/api/health` });
    const runs: [string, autocannon.Options][] = [
      ['GET /api/health signed in', { url: `${url}/api/health`, headers }],
      ['GET /api/proposals (first page)', { url: `${url}/api/proposals`, headers }],
      [
        'GET /api/proposals?administration=SOF&kind=investeringsforslag',
        { url: `${url}/api/proposals?administration=SOF&kind=investeringsforslag`, headers },
      ],
      [
        'GET /api/proposals?sort=title&order=desc',
        { url: `${url}/api/proposals?sort=title&order=desc`, headers },
      ],
      ['GET /api/inbox', { url: `${url}/api/inbox`, headers }],
      ['GET /api/search?q=borgere', { url: `${url}/api/search?q=borgere`, headers }],
      ['GET /api/proposals/:id', proposalPages(url, headers, ids)],
      [
        'PUT /api/proposals/:id (each connection its own draft)',
        {
          url,
          headers: { ...headers, 'content-type': 'application/json' },
          requests: [
            {
              method: 'PUT',
              // autocannon starts each request's context afresh, so a connection takes a draft
              // no other is saving, and gives it back with the version its save made.
              setupRequest: (request, context: { mine?: (typeof proposals)[number] }) => {
                const mine = proposals.find((p) => !p.busy)!;
                mine.busy = true;
                context.mine = mine;
                // One Tabel 1 cell changed, as a user editing the table saves.
                const economy = mine.body.economy as { rows: { values: (number | null)[] }[] };
                economy.rows[0]!.values[0] = (economy.rows[0]!.values[0] ?? 0) + 1;
                return {
                  ...request,
                  path: `/api/proposals/${mine.id}`,
                  body: JSON.stringify(mine.body),
                };
              },
              onResponse: (status, body, context: { mine?: (typeof proposals)[number] }) => {
                const mine = context.mine!;
                if (status === 200) {
                  mine.body.version = (JSON.parse(body) as { version: number }).version;
                }
                mine.busy = false;
              },
            },
          ],
        },
      ],
    ];
    rows.push({
      metric: `${target.name} ${target.proposals}: GET /api/health (the ceiling), p95 ${health.p95} ms`,
      value: health.rps,
      unit: 'req/s',
    });
    for (const [name, options] of runs) {
      rows.push(
        ...againstHealth(
          `${target.name} ${target.proposals}: ${name}`,
          await load(options),
          health,
        ),
      );
    }
    rows.push({
      metric: `${target.name} ${target.proposals}: sequential scans of proposals in the lists' EXPLAIN`,
      value: seqScans,
      unit: 'scans',
    });
  } finally {
    await server.stop();
  }
  // After the first server has stopped: PGlite's directory is one process's at a time.
  rows.push(...(await measureUnkept(target, health, ids)));
  return rows;
}

/**
 * The list, the search and a proposal's page on a server that keeps no answers
 * (ANSWER_CACHE_MB=0): what every request costs when a change has just moved the data version
 * on, as saves do during a rush.
 */
async function measureUnkept(target: Target, health: Measured, ids: string[]): Promise<BenchRow[]> {
  const server = await startServer({ ...target.env, ANSWER_CACHE_MB: '0' });
  try {
    const headers = await signIn(server.url, 'sekretariat');
    const rows: BenchRow[] = [];
    const reads: [string, autocannon.Options][] = [
      ['/api/proposals', { url: `${server.url}/api/proposals`, headers }],
      ['/api/search?q=borgere', { url: `${server.url}/api/search?q=borgere`, headers }],
      ['/api/proposals/:id', proposalPages(server.url, headers, ids)],
    ];
    for (const [path, options] of reads) {
      const name = `${target.name} ${target.proposals}: GET ${path}, no answers kept`;
      rows.push(...againstHealth(name, await load(options), health));
    }
    return rows;
  } finally {
    await server.stop();
  }
}

export const http: BenchModule = {
  name: 'http',
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    const server = await freshServerDatabase(DATABASE);
    if (server?.driver === 'postgres') {
      try {
        rows.push(
          ...(await measure({
            name: 'PostgreSQL',
            proposals: 10_000,
            options: server,
            env: { DATABASE_URL: server.url },
          })),
        );
      } finally {
        await dropServerDatabase(DATABASE);
      }
    }
    const dir = await mkdtemp(join(tmpdir(), 'puljer-bench-http-'));
    try {
      rows.push(
        ...(await measure({
          name: 'PGlite',
          proposals: 1_000,
          options: { driver: 'pglite', dataDir: join(dir, 'pglite') },
          env: { DATA_DIR: dir, DEMO_MODE: 'true' },
        })),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
