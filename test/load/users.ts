// Simulated users of the API over HTTP, as the load test and the two-server test drive it: each
// signs in from an address of its own, then, without pausing, reads a page of the list, the
// inbox, a proposal from the page, now and then a search, and saves an edit of a draft of its
// own. Every answer's time is kept per endpoint; what is not an answer (a timeout, a refused
// connection) is counted as such.
import pg from 'pg';
import { LOAD_PASSWORD, loadUsers } from '../../bench/archive.ts';
import { percentile } from '../../bench/lib.ts';

export interface SimulatedUser {
  username: string;
  password: string;
  /** A draft this user may edit that no other simulated user edits. */
  draftId: string;
}

export interface EndpointFigures {
  count: number;
  /** Answers other than 2xx, other than 503. */
  errors: number;
  /** 503s; each with Retry-After, or counted in `withoutRetryAfter`. */
  shed: number;
  withoutRetryAfter: number;
  /** Requests that got no answer within the timeout, or no connection. */
  failures: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface LoadReport {
  seconds: number;
  users: number;
  requests: number;
  byEndpoint: Record<string, EndpointFigures>;
  /** Example messages of what went wrong, for the log. */
  problems: string[];
}

/** How long a request may go unanswered before it counts as a failure, unless told otherwise. */
const TIMEOUT_MS = 10_000;
const SEARCH_WORDS = ['borgere', 'digital', 'data', 'tolkning', 'samtykke', 'medarbejdere'];
const SORTS = ['code', 'title', 'updatedAt', 'amount'];

interface Recorder {
  times: Map<string, number[]>;
  figures: Map<string, Omit<EndpointFigures, 'p50' | 'p95' | 'p99'>>;
  problems: string[];
  timeoutMs: number;
}

function figuresOf(recorder: Recorder, endpoint: string) {
  let figures = recorder.figures.get(endpoint);
  if (!figures) {
    figures = { count: 0, errors: 0, shed: 0, withoutRetryAfter: 0, failures: 0 };
    recorder.figures.set(endpoint, figures);
    recorder.times.set(endpoint, []);
  }
  return figures;
}

/** One request, timed and counted under `endpoint`; the response, or null when none came. */
async function call(
  recorder: Recorder,
  endpoint: string,
  url: string,
  init: RequestInit,
): Promise<Response | null> {
  const figures = figuresOf(recorder, endpoint);
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(recorder.timeoutMs) });
    // The body belongs to the answer's time: a browser waits for it too.
    const body = await response.arrayBuffer();
    recorder.times.get(endpoint)!.push(performance.now() - started);
    figures.count++;
    if (response.status === 503) {
      figures.shed++;
      if (!response.headers.get('retry-after')) figures.withoutRetryAfter++;
    } else if (!response.ok) {
      figures.errors++;
      if (recorder.problems.length < 10) {
        recorder.problems.push(
          `${endpoint}: ${response.status} ${new TextDecoder().decode(body).slice(0, 200)}`,
        );
      }
    }
    return new Response(response.status === 204 ? null : body, {
      status: response.status,
      headers: response.headers,
    });
  } catch (error) {
    figures.count++;
    figures.failures++;
    if (recorder.problems.length < 10) recorder.problems.push(`${endpoint}: ${String(error)}`);
    return null;
  }
}

/** Waits as long as a 503 asks; true when the answer was one. */
async function backedOff(response: Response | null): Promise<boolean> {
  if (response?.status !== 503) return false;
  const seconds = Number(response.headers.get('retry-after') ?? 1);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  return true;
}

async function simulate(
  recorder: Recorder,
  urls: string[],
  user: SimulatedUser,
  index: number,
  deadline: number,
  rounds: number,
): Promise<void> {
  // Each user talks to one of the servers (behind a proxy, one address), from an address of its
  // own, as colleagues at their own desks do.
  const base = urls[index % urls.length]!;
  const address = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
  let headers: Record<string, string> = { 'x-forwarded-for': address };
  for (;;) {
    if (performance.now() > deadline) return;
    const login = await call(recorder, 'POST /api/auth/login', `${base}/api/auth/login`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ username: user.username, password: user.password }),
    });
    if (await backedOff(login)) continue;
    if (!login?.ok) return;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    headers = { ...headers, cookie, 'x-csrf-token': csrfToken };
    break;
  }
  const get = (endpoint: string, path: string) =>
    call(recorder, endpoint, `${base}${path}`, { headers });
  for (let round = 0; round < rounds && performance.now() < deadline; round++) {
    const sort = SORTS[(index + round) % SORTS.length]!;
    const list = await get(
      'GET /api/proposals',
      `/api/proposals?sort=${sort}&offset=${50 * (round % 4)}`,
    );
    if (await backedOff(list)) continue;
    const items = list?.ok ? ((await list.json()) as { items: { id: string }[] }).items : [];
    if (await backedOff(await get('GET /api/inbox', '/api/inbox?limit=10'))) continue;
    const some = items[(index + round) % Math.max(items.length, 1)];
    if (
      some &&
      (await backedOff(await get('GET /api/proposals/:id', `/api/proposals/${some.id}`)))
    ) {
      continue;
    }
    if (round % 3 === 0) {
      const word = SEARCH_WORDS[(index + round) % SEARCH_WORDS.length]!;
      if (await backedOff(await get('GET /api/search', `/api/search?q=${word}`))) continue;
    }
    const draft = await get('GET /api/proposals/:id', `/api/proposals/${user.draftId}`);
    if (await backedOff(draft)) continue;
    if (!draft?.ok) continue;
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      status: _s,
      ...body
    } = (await draft.json()) as Record<string, unknown> & {
      economy: { rows: { values: (number | null)[] }[] };
    };
    const row = body.economy.rows[0];
    if (row) row.values[0] = round;
    await backedOff(
      await call(recorder, 'PUT /api/proposals/:id', `${base}/api/proposals/${user.draftId}`, {
        method: 'PUT',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
  }
}

/**
 * `users` simulated users spread over `urls` (one server, or several), each for `seconds` or
 * `rounds` rounds of reading and saving, whichever ends first; a round saves the draft's first
 * Tabel 1 cell as the round's number (0, 1, ...). A request unanswered after `timeoutMs` counts
 * as a failure.
 */
export async function runUsers({
  urls,
  users,
  seconds = Infinity,
  rounds = Infinity,
  timeoutMs = TIMEOUT_MS,
}: {
  urls: string[];
  users: SimulatedUser[];
  seconds?: number;
  rounds?: number;
  timeoutMs?: number;
}): Promise<LoadReport> {
  if (seconds === Infinity && rounds === Infinity) throw new RangeError('unbounded load');
  const recorder: Recorder = { times: new Map(), figures: new Map(), problems: [], timeoutMs };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(users.map((user, i) => simulate(recorder, urls, user, i, deadline, rounds)));
  const elapsed = (performance.now() - started) / 1000;
  const byEndpoint: Record<string, EndpointFigures> = {};
  let requests = 0;
  for (const [endpoint, figures] of recorder.figures) {
    const times = recorder.times.get(endpoint)!;
    requests += figures.count;
    byEndpoint[endpoint] = {
      ...figures,
      p50: times.length ? percentile(times, 0.5) : 0,
      p95: times.length ? percentile(times, 0.95) : 0,
      p99: times.length ? percentile(times, 0.99) : 0,
    };
  }
  return {
    seconds: Math.min(seconds, elapsed),
    users: users.length,
    requests,
    byEndpoint,
    problems: recorder.problems,
  };
}

/**
 * The accounts `buildArchive` made for `count` simulated users, each with a draft of its own in
 * a forvaltning it may edit, none shared, read from the archive's database at `url`.
 */
export async function usersWithDrafts(url: string, count: number): Promise<SimulatedUser[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; lead_administration: string }>(
      `select id, lead_administration from proposals where status = 'draft' order by id`,
    );
    const taken = new Set<string>();
    const all = loadUsers(count);
    // Authors first: they may edit only their own forvaltning's, the secretariat any.
    const byUser = new Map<string, string>();
    for (const user of [
      ...all.filter((u) => u.administration),
      ...all.filter((u) => !u.administration),
    ]) {
      const draft = rows.find(
        (row) =>
          !taken.has(row.id) &&
          (user.administration === null || row.lead_administration === user.administration),
      );
      if (!draft) throw new Error(`no draft left for ${user.username}`);
      taken.add(draft.id);
      byUser.set(user.username, draft.id);
    }
    return all.map((user) => ({
      username: user.username,
      password: LOAD_PASSWORD,
      draftId: byUser.get(user.username)!,
    }));
  } finally {
    await client.end();
  }
}

const ms = (value: number) => value.toFixed(1).replace('.', ',');

/** The report as a Markdown table, per endpoint. */
export function reportTable(report: LoadReport): string {
  const lines = [
    `${report.users} users, ${report.seconds.toFixed(1)} s: ${report.requests} requests, ${(report.requests / report.seconds).toFixed(1)} per second`,
    '',
    '| endpoint | requests | p50 ms | p95 ms | p99 ms | errors | 503 | no answer |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const [endpoint, f] of Object.entries(report.byEndpoint)) {
    lines.push(
      `| ${endpoint} | ${f.count} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | ${f.errors} | ${f.shed} | ${f.failures} |`,
    );
  }
  return lines.join('\n');
}
