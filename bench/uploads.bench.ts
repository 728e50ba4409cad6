// Hostile uploads against the real server, started as a process of its own for each case (so
// its memory can be measured, its death seen, and no case suffers from the one before) on a
// PostgreSQL database of its own: an .xlsx zip bomb to the Tabel 1 reader, two at once, a PDF
// whose content expands to 200 MiB, a PDF of 20.000 pages, and a text of almost 20 MiB read step
// by step. For each: how long the upload took and what it answered, the server's peak memory
// (RSS) meanwhile, and how fast its health endpoint answered at the same time (the baseline is
// health on the idle server).
import { readFile } from 'node:fs/promises';
import { seededRandom, syntheticDocument } from '../src/import/synthetic-document.ts';
import { manyPagePdf, pdfBomb, xlsxBomb } from '../src/documents/test-support/hostile-files.ts';
import pg from 'pg';
import { median, type BenchModule, type BenchRow } from './lib.ts';
import { signIn, startServer, type Server } from './server.ts';

const DATABASE = 'puljer_bench_uploads';

/** Longest a single upload or import may take here before it counts as hung. */
const CASE_LIMIT_MS = Number(process.env.UPLOAD_BENCH_LIMIT_MS ?? 150_000);
const HEALTH_TIMEOUT_MS = 5_000;

function serverUrl(): string {
  return (
    process.env.TEST_DATABASE_URL ??
    process.env.DATABASE_URL ??
    'postgres://root@127.0.0.1:5432/test'
  );
}

async function sql(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : 0;
}

function form(fileName: string, bytes: Uint8Array, type: string): FormData {
  const body = new FormData();
  body.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), fileName);
  return body;
}

interface Watch {
  stop(): Promise<{ peakRssMb: number; healthMs: number[]; healthFailures: number }>;
}

/** Samples the server's RSS and calls its health endpoint, one call after another. */
function watch(server: Server): Watch {
  let running = true;
  let peakRssMb = 0;
  const healthMs: number[] = [];
  let healthFailures = 0;
  const sampling = (async () => {
    while (running) {
      peakRssMb = Math.max(peakRssMb, await rssMb(server.pid));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const probing = (async () => {
    while (running) {
      const started = performance.now();
      const ok = await fetch(`${server.url}/api/health`, {
        signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS),
      }).then(
        (r) => r.ok,
        () => false,
      );
      healthMs.push(performance.now() - started);
      if (!ok) {
        healthFailures++;
        if (!server.alive()) break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await Promise.all([sampling, probing]);
      return { peakRssMb, healthMs, healthFailures };
    },
  };
}

interface Outcome {
  answer: string;
  ms: number;
  extra?: BenchRow[];
}

export const uploads: BenchModule = {
  name: 'uploads',
  async run() {
    const rows: BenchRow[] = [];
    const postgres = serverUrl();
    try {
      await sql(postgres, 'select 1');
    } catch (error) {
      console.error(`uploads: skipped, no PostgreSQL at ${postgres} (${String(error)})`);
      return [];
    }
    const benchUrl = new URL(postgres);
    benchUrl.pathname = `/${DATABASE}`;
    await sql(postgres, `drop database if exists ${DATABASE} with (force)`);
    await sql(postgres, `create database ${DATABASE}`);
    let server = await startServer({ DATABASE_URL: benchUrl.toString() });
    try {
      const idle = watch(server);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const baseline = await idle.stop();
      const idleHealth = median(baseline.healthMs);
      rows.push({ metric: 'idle server: RSS', value: baseline.peakRssMb, unit: 'MB' });

      const post = async (path: string, user: string, body: FormData) => {
        const headers = await signIn(server.url, user);
        const response = await fetch(`${server.url}${path}`, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.timeout(CASE_LIMIT_MS),
        });
        return {
          status: response.status,
          json: (await response.json()) as Record<string, unknown>,
        };
      };
      const answerOf = (r: { status: number; json: Record<string, unknown> }) =>
        `${r.status} ${String(r.json.message ?? '').slice(0, 60)}`;

      const cases: [string, () => Promise<Outcome>][] = [];
      const bomb = await xlsxBomb({ expandedMb: 300 });
      const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      const readXlsx = () =>
        post('/api/economics/import-xlsx', 'laeser', form('bombe.xlsx', bomb, xlsxType));
      cases.push([
        `.xlsx zip bomb (${(bomb.length / 1024).toFixed(0)} kB, sheet of 300 MB)`,
        async () => {
          const started = performance.now();
          const r = await readXlsx();
          return { answer: answerOf(r), ms: performance.now() - started };
        },
      ]);
      cases.push([
        'two .xlsx zip bombs at once',
        async () => {
          const started = performance.now();
          const both = await Promise.allSettled([readXlsx(), readXlsx()]);
          const answer = both
            .map((r) => (r.status === 'fulfilled' ? answerOf(r.value) : 'no answer'))
            .join(' / ');
          return { answer, ms: performance.now() - started };
        },
      ]);
      const importFile = async (
        name: string,
        bytes: Uint8Array,
        type: string,
      ): Promise<Outcome> => {
        const started = performance.now();
        const r = await post('/api/imports', 'sekretariat', form(name, bytes, type));
        if (r.status !== 201) return { answer: answerOf(r), ms: performance.now() - started };
        const headers = await signIn(server.url, 'sekretariat');
        const stepMs: number[] = [];
        let done = false;
        let answer = '201, all read';
        while (!done && performance.now() - started < CASE_LIMIT_MS) {
          const stepStarted = performance.now();
          const step = await fetch(`${server.url}/api/imports/${String(r.json.id)}/steps`, {
            method: 'POST',
            headers,
            signal: AbortSignal.timeout(CASE_LIMIT_MS),
          });
          stepMs.push(performance.now() - stepStarted);
          const progress = (await step.json()) as {
            status?: string;
            done?: number;
            total?: number;
          };
          if (!step.ok) return { answer: `step ${step.status}`, ms: performance.now() - started };
          done = progress.status === 'done';
          if (!done && performance.now() - started >= CASE_LIMIT_MS) {
            answer = `read ${progress.done} of ${progress.total} when stopped`;
          }
        }
        return {
          answer,
          ms: performance.now() - started,
          extra: [
            {
              metric: `${name}: longest of ${stepMs.length} read steps (budget 250)`,
              value: Math.max(...stepMs),
              unit: 'ms',
            },
          ],
        };
      };
      const pdfBombBytes = await pdfBomb(200);
      cases.push([
        `PDF bomb (${(pdfBombBytes.length / 1024).toFixed(0)} kB, content of 200 MiB)`,
        () => importFile('bombe.pdf', pdfBombBytes, 'application/pdf'),
      ]);
      const pages = manyPagePdf(20_000);
      cases.push([
        `PDF of 20.000 pages (${(pages.length / 1024 / 1024).toFixed(1)} MB)`,
        () => importFile('sider.pdf', pages, 'application/pdf'),
      ]);
      const { text, proposals } = syntheticDocument(seededRandom(20), 19 * 1024 * 1024);
      cases.push([
        `text of ${(text.length / 1024 / 1024).toFixed(1)} MB, ${proposals.length} proposals`,
        () => importFile('arkiv.txt', new TextEncoder().encode(text), 'text/plain'),
      ]);

      for (const [name, work] of cases) {
        console.error(`  ${name} ...`);
        await server.stop();
        server = await startServer({ DATABASE_URL: benchUrl.toString() });
        const watching = watch(server);
        const outcome: Outcome = await work().catch((error: unknown) => ({
          answer: `no answer (${(error as Error).name})`,
          ms: CASE_LIMIT_MS,
        }));
        const seen = await watching.stop();
        const died = !server.alive();
        rows.push(
          {
            metric: `${name}: ${outcome.answer}${died ? '; the server DIED' : ''}`,
            value: outcome.ms,
            unit: 'ms',
          },
          { metric: `${name}: peak RSS`, value: seen.peakRssMb, unit: 'MB' },
          {
            metric: `${name}: health, slowest of ${seen.healthMs.length} (${seen.healthFailures} failed) vs idle median`,
            value: Math.max(...seen.healthMs),
            unit: 'ms',
            baseline: idleHealth,
            ratio: Math.max(...seen.healthMs) / idleHealth,
          },
          ...(outcome.extra ?? []),
        );
      }
    } finally {
      await server.stop();
      await sql(postgres, `drop database if exists ${DATABASE} with (force)`);
    }
    return rows;
  },
};
