// npm run test:load: simulated users against the real server over loopback on PostgreSQL, on an
// archive of 1.100 proposals. 50 users for 60 s (15 s under CI=true) must see no error, no
// timeout and no 503; then 200 users for as long may be answered 503 with Retry-After for what
// the server cannot take on, but nothing else: no error, no timeout. p50/p95/p99 per endpoint.
import { freshServerDatabase } from '../../bench/app.ts';
import { buildArchive } from '../../bench/archive.ts';
import { startServer } from '../../bench/server.ts';
import { reportTable, runUsers, usersWithDrafts, type LoadReport } from './users.ts';

const CI = process.env.CI === 'true';
const SECONDS = Number(process.env.LOAD_SECONDS ?? (CI ? 15 : 60));
// How long a request may wait for its answer before it counts as a timeout: 10 s, and 30 s in
// CI, whose machine other runs share (the server sheds by how much it is working on at once,
// not by time, so a slow machine makes slow answers, not 503s).
const TIMEOUT_MS = 1000 * Number(process.env.LOAD_TIMEOUT_SECONDS ?? (CI ? 30 : 10));
// A fifth of the archive is drafts, and each of the 200 users saves a draft of its own: 1.000
// proposals made 199 drafts, one too few.
const PROPOSALS = 1_100;
const PHASES = [
  { users: 50, shedAllowed: false },
  { users: 200, shedAllowed: true },
];

function violations(report: LoadReport, shedAllowed: boolean): string[] {
  return Object.entries(report.byEndpoint).flatMap(([endpoint, f]) => [
    ...(f.errors > 0 ? [`${endpoint}: ${f.errors} errors`] : []),
    ...(f.failures > 0
      ? [`${endpoint}: ${f.failures} without an answer (timeout or connection)`]
      : []),
    ...(f.shed > 0 && !shedAllowed ? [`${endpoint}: ${f.shed} answered 503`] : []),
    ...(f.withoutRetryAfter > 0
      ? [`${endpoint}: ${f.withoutRetryAfter} 503 without Retry-After`]
      : []),
  ]);
}

// The load test is of the PostgreSQL deployment, as the integration tests on PostgreSQL are: in
// the check chain it runs where TEST_DATABASE_URL names a server (CI sets it) and says why not
// elsewhere.
if (!process.env.TEST_DATABASE_URL) {
  console.log('test:load skipped: it needs PostgreSQL; set TEST_DATABASE_URL to run it');
  process.exit(0);
}
// A database of its own beside the tests' (puljer_ci_load beside puljer_ci), made anew, so runs
// against different test databases on one server do not drop each other's.
const testDatabase = new URL(process.env.TEST_DATABASE_URL).pathname.slice(1);
const options = await freshServerDatabase(
  process.env.LOAD_DATABASE ?? `${testDatabase.replace(/\W/g, '_') || 'puljer'}_load`,
);
if (options?.driver !== 'postgres') {
  console.error(`test:load: no PostgreSQL answers at TEST_DATABASE_URL`);
  process.exit(1);
}
console.error(`building an archive of ${PROPOSALS} proposals ...`);
await buildArchive(options, { proposals: PROPOSALS, users: 200 });
const users = await usersWithDrafts(options.url, 200);
// Behind the municipality's proxy each user has an address of their own (X-Forwarded-For), so
// the per-address sign-in limit sees colleagues apart, as it would in production.
const server = await startServer({ DATABASE_URL: options.url, TRUST_PROXY: 'true' });
let failed = false;
try {
  for (const { users: count, shedAllowed } of PHASES) {
    const report = await runUsers({
      urls: [server.url],
      users: users.slice(0, count),
      seconds: SECONDS,
      timeoutMs: TIMEOUT_MS,
    });
    console.log(`\n${reportTable(report)}\n`);
    const found = violations(report, shedAllowed);
    if (found.length > 0) {
      failed = true;
      console.error(
        `FAILED with ${count} users:\n  ${found.join('\n  ')}\n  ${report.problems.join('\n  ')}`,
      );
    }
  }
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
