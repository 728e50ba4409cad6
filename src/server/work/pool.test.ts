import { afterEach, describe, expect, it } from 'vitest';
import { xlsxOfRows } from '../../documents/test-support/hostile-files.ts';
import { workerPool, type PoolOptions, type WorkerPool } from './pool.ts';

// The worker pool's bounds, each met by real work in a real worker thread: a task that takes
// too long or needs too much memory ends its worker and answers why, the server's thread goes
// on, and tasks beyond the pool's size and queue are turned away at once.

const LIMITS: PoolOptions = {
  kinds: ['tabel1-xlsx', 'import-prepare'],
  size: 1,
  queue: 0,
  timeoutMs: 60_000,
  resourceLimits: { maxOldGenerationSizeMb: 256 },
};

const open: WorkerPool[] = [];
const pool = (options: Partial<PoolOptions>) => {
  const created = workerPool({ ...LIMITS, ...options });
  open.push(created);
  return created;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});

// Each test starts a worker or two, which takes a second here and ten times that on a 2-core
// machine that other test runs share.
describe('the worker pool', { timeout: 60_000 }, () => {
  it('reads a spreadsheet in a worker and answers what the reader found', async () => {
    const outcome = await pool({}).run({ kind: 'tabel1-xlsx', bytes: await xlsxOfRows(3) });
    expect(outcome).toMatchObject({ ok: true, value: { table: null } });
  });

  it('answers a limit the file passed as a refusal with its status, not as a fault', async () => {
    const outcome = await pool({}).run({ kind: 'tabel1-xlsx', bytes: await xlsxOfRows(10_001) });
    expect(outcome).toMatchObject({ ok: false, reason: 'refused', status: 413 });
  });

  it('turns a task away at once when every worker is taken and the queue is full', async () => {
    const work = pool({ size: 1, queue: 0 });
    const bytes = await xlsxOfRows(3);
    const [first, second] = await Promise.all([
      work.run({ kind: 'tabel1-xlsx', bytes }),
      work.run({ kind: 'tabel1-xlsx', bytes }),
    ]);
    expect(first.ok).toBe(true);
    expect(second).toEqual({ ok: false, reason: 'busy' });
  });

  it('queues a task while a worker is taken and runs it when the worker is free', async () => {
    const work = pool({ size: 1, queue: 1 });
    const bytes = await xlsxOfRows(3);
    const both = await Promise.all([
      work.run({ kind: 'tabel1-xlsx', bytes }),
      work.run({ kind: 'tabel1-xlsx', bytes }),
    ]);
    expect(both.map((outcome) => outcome.ok)).toEqual([true, true]);
  });

  it('ends a worker idle past its idle time and starts another for the next task', async () => {
    const work = pool({ idleMs: 50 });
    const bytes = await xlsxOfRows(3);
    expect((await work.run({ kind: 'tabel1-xlsx', bytes })).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await work.run({ kind: 'tabel1-xlsx', bytes })).ok).toBe(true);
  });

  it("gives a task that comes as a worker's idle time runs out to a new worker, not the ending one", async () => {
    const work = pool({ idleMs: 50 });
    const bytes = await xlsxOfRows(3);
    expect((await work.run({ kind: 'tabel1-xlsx', bytes })).ok).toBe(true);
    // Timers of one length run in the order they were set: this one right after the pool's idle
    // timer has told the worker to end, before the worker has ended.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await work.run({ kind: 'tabel1-xlsx', bytes })).toMatchObject({ ok: true });
  });

  it('ends a worker that passes the time limit and answers with the limit', async () => {
    const outcome = await pool({ timeoutMs: 20 }).run({
      kind: 'import-prepare',
      text: 'Kort resumé\n'.repeat(200_000),
    });
    expect(outcome).toEqual({ ok: false, reason: 'time', limitMs: 20 });
  });

  it('ends a worker that passes its memory limit and answers with the limit; the server goes on', async () => {
    const outcome = await pool({ resourceLimits: { maxOldGenerationSizeMb: 8 } }).run({
      kind: 'tabel1-xlsx',
      bytes: await xlsxOfRows(10_000),
    });
    expect(outcome).toEqual({ ok: false, reason: 'memory', limitMb: 8 });
    // A pool within its limits still reads.
    const after = await pool({}).run({ kind: 'tabel1-xlsx', bytes: await xlsxOfRows(3) });
    expect(after.ok).toBe(true);
  });
});
