// Full-text search over 10,000 generated proposals on PostgreSQL: the API's whole search (ranked
// hits with snippets, the total and four facets) against the scan a search without an index
// would do, ILIKE over the same text. Runs in a database of its own, which it creates and drops,
// so the test data on the same server is left alone.
import pg from 'pg';
import { demoProposals } from '../src/server/demo/index.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { searchStore } from '../src/server/search/store.ts';
import { median, percentile, type BenchModule, type BenchRow } from './lib.ts';

const PROPOSALS = 10_000;
const REPEATS = 5;
const SIMILAR_SAMPLE = 20;
const DATABASE = 'puljer_bench_search';
const QUERIES = [
  'borgeren',
  'tolkning',
  'visitationen',
  'samtykke',
  'digitale løsninger',
  'datadeling',
  'jobcentrene',
  'døgntilbud',
  'kunstig intelligens',
  '"AI-tolk"',
  'medarbejdernes arbejdsgange',
  'leverandøren',
  'effektiviseringer',
  'psykiatri',
  'integrationen',
  'licenser',
  'beskæftigelsesreformen',
  'fagsystemer',
  'ledige borgere',
  'sagsbehandlingstid',
];
// The words each query must contain, for the baseline.
const likePatterns = (query: string) =>
  query
    .replace(/"/g, '')
    .split(/\s+/)
    .map((word) => `%${word}%`);

function serverUrl(): string {
  return (
    process.env.TEST_DATABASE_URL ??
    process.env.DATABASE_URL ??
    'postgres://root@127.0.0.1:5432/test'
  );
}

/** The demo proposals' sentences and Tabel 1 labels, the material the generated ones are cut from. */
function material() {
  const sentences = demoProposals.flatMap((p) =>
    [p.summary, p.description, p.economyNarrative, p.implementationNarrative, p.riskNarrative]
      .join(' ')
      .split(/(?<=[.!?])\s+/)
      .filter((s) => s.length > 20),
  );
  const labels = demoProposals.flatMap((p) => (p.economy?.rows ?? []).map((row) => row.label));
  return { sentences, labels };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Set-based generation: each proposal's texts are sentences of the demo proposals picked by a
 * hash of its number, so every run builds the same 10,000 proposals in seconds.
 */
async function generate(client: pg.Client): Promise<void> {
  const { sentences, labels } = material();
  await client.query(`insert into administrations (code, name)
    select 'F' || i, 'Forvaltning ' || i from generate_series(1, 7) i`);
  await client.query(`insert into rounds (id, name, kind, year)
    select 'r' || i, 'Runde ' || i, 'ofs', 2020 + i from generate_series(1, 6) i`);
  await client.query('create temporary table sentence (n int primary key, s text not null)');
  await client.query(
    'insert into sentence select n - 1, s from unnest($1::text[]) with ordinality as t(s, n)',
    [sentences],
  );
  await client.query('create temporary table label (n int primary key, s text not null)');
  await client.query(
    'insert into label select n - 1, s from unnest($1::text[]) with ordinality as t(s, n)',
    [labels],
  );
  const pick = (seed: string, count: number) => `(select string_agg(s, ' ' order by k)
      from generate_series(1, ${count}) k
      join sentence on sentence.n = abs(hashint4(g * 97 + k * ${seed})::bigint) % ${sentences.length})`;
  await client.query(`
    insert into proposals (code, title, kind, status, summary, lead_administration,
      affected_administrations, round_id, description, economy_narrative, years,
      future_investment_narrative, implementation_narrative, risk_narrative, admin_efficiency,
      finance_approval_note)
    select 'G' || g,
      (select array_to_string((string_to_array(s, ' '))[1:9], ' ') from sentence
        where n = abs(hashint4(g)::bigint) % ${sentences.length}),
      (array['foranalyse', 'innovationsforslag', 'investeringsforslag'])[1 + g % 3],
      (array['draft', 'submitted', 'granted', 'rejected'])[1 + g % 4],
      ${pick('11', 2)}, 'F' || (1 + g % 7), '{}', 'r' || (1 + g % 6), ${pick('13', 8)},
      ${pick('17', 3)}, '{2026,2027,2028,2029}', '', ${pick('19', 3)}, ${pick('23', 2)}, '', ''
    from generate_series(1, ${PROPOSALS}) g`);
  await client.query(`
    insert into economic_rows (proposal_id, position, label, section, area, values)
    select p.id, k - 1, label.s, 'lasting', 'service', '{null, 100000, 100000, 100000}'
    from proposals p cross join generate_series(1, 4) k
    join label on label.n = abs(hashtext(p.code || ':' || k)::bigint) % ${labels.length}`);
  // The same function every save calls builds the search documents.
  await client.query('select refresh_proposal_search(id) from proposals');
  // What autovacuum does to a table at rest: statistics, and the visibility map that lets the
  // search read the proposals' headings from their index alone.
  await client.query('vacuum analyze');
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export const search: BenchModule = {
  name: 'search',
  async run(): Promise<BenchRow[]> {
    const server = serverUrl();
    try {
      await withClient(server, (client) => client.query('select 1'));
    } catch (error) {
      console.error(`search: skipped, no PostgreSQL at ${server} (${String(error)})`);
      return [];
    }
    const benchUrl = new URL(server);
    benchUrl.pathname = `/${DATABASE}`;
    await withClient(server, async (client) => {
      await client.query(`drop database if exists ${DATABASE} with (force)`);
      await client.query(`create database ${DATABASE}`);
    });
    const database = await openDatabase({ driver: 'postgres', url: benchUrl.toString() });
    try {
      const started = performance.now();
      await withClient(benchUrl.toString(), generate);
      console.error(
        `search: generated ${PROPOSALS} proposals in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      const store = searchStore(database.db);
      const ours: number[] = [];
      const baseline: number[] = [];
      // Each query's median too: on a busy machine a single run can wait for a core, and the
      // p95 of all runs then says more about the machine than about the query.
      const oursPerQuery: number[] = [];
      const baselinePerQuery: number[] = [];
      let hits = 0;
      await withClient(benchUrl.toString(), async (client) => {
        const scan = (query: string) =>
          client.query(
            `select p.id, p.title, count(*) over () as total
             from proposals p join proposal_search_text s on s.proposal_id = p.id
             where (p.title || ' ' || s.body) ilike all ($1::text[])
             order by p.title limit 20`,
            [likePatterns(query)],
          );
        for (const query of QUERIES) {
          const run = () =>
            store.search({ q: query, filter: {}, limit: 20, offset: 0, scopes: null });
          hits += (await run()).total;
          await scan(query);
          const mine: number[] = [];
          const theirs: number[] = [];
          for (let i = 0; i < REPEATS; i++) {
            mine.push(await timed(run));
            theirs.push(await timed(() => scan(query)));
          }
          ours.push(...mine);
          baseline.push(...theirs);
          oursPerQuery.push(median(mine));
          baselinePerQuery.push(median(theirs));
        }
      });
      console.error(`search: ${QUERIES.length} queries found ${hits} hits in all`);
      const ids = await withClient(benchUrl.toString(), async (client) =>
        (
          await client.query<{ id: string }>('select id from proposals order by code limit $1', [
            SIMILAR_SAMPLE,
          ])
        ).rows.map((r) => r.id),
      );
      const similar: number[] = [];
      for (const id of ids) {
        similar.push(
          await timed(() =>
            store.similar({ id, limit: 5, otherAdministrationsOnly: true, scopes: null }),
          ),
        );
      }
      const row = (metric: string, value: number, base: number): BenchRow => ({
        metric,
        value,
        unit: 'ms',
        baseline: base,
        ratio: value / base,
      });
      return [
        row(`median, ${PROPOSALS} proposals, vs ILIKE scan`, median(ours), median(baseline)),
        row(
          `p95 of all runs, ${PROPOSALS} proposals, vs ILIKE scan`,
          percentile(ours, 0.95),
          percentile(baseline, 0.95),
        ),
        row(
          `p95 of the queries' medians, vs ILIKE scan`,
          percentile(oursPerQuery, 0.95),
          percentile(baselinePerQuery, 0.95),
        ),
        // No baseline and no target: shown so a slow-down is seen.
        {
          metric: `similar proposals, median of ${SIMILAR_SAMPLE}`,
          value: median(similar),
          unit: 'ms',
        },
        {
          metric: `similar proposals, p95 of ${SIMILAR_SAMPLE}`,
          value: percentile(similar, 0.95),
          unit: 'ms',
        },
      ];
    } finally {
      await database.close();
      await withClient(server, (client) =>
        client.query(`drop database if exists ${DATABASE} with (force)`),
      );
    }
  },
};
