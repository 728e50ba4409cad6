import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Task, TaskKind, TaskReply, TaskResult } from './tasks.ts';

// Heavy work on uploaded files (unpacking and parsing a spreadsheet, reading a PDF, cutting a
// document into proposals) runs in worker threads, never on the thread that answers requests:
// each worker has a memory limit of its own, each task a time limit, and a worker that passes
// either is ended, not the server. Only `size` workers run at once and only `queue` tasks wait,
// so many uploads at once cannot add up to more memory than the pool's bound; the rest are
// turned away at once, to be tried again.

const BOOT = new URL('./boot.mjs', import.meta.url);
const ENTRY = new URL('./worker.ts', import.meta.url).href;

export interface PoolOptions {
  /** The kinds of task this pool runs; a worker loads their libraries as it starts. */
  kinds: readonly TaskKind[];
  /** Workers that may run at once. */
  size: number;
  /** Tasks that may wait for a worker; more are refused as busy. */
  queue: number;
  /** Longest a task may run, from when the worker takes it up (after it has started). */
  timeoutMs: number;
  resourceLimits: ResourceLimits;
  /** A worker idle this long is ended, giving its memory back. */
  idleMs?: number;
}

/** Why a task has no result: a refusal of the input (in Danish), or the pool's limits. */
export type WorkFailure =
  | { reason: 'refused'; message: string; status: 400 | 413 }
  | { reason: 'busy' }
  | { reason: 'time'; limitMs: number }
  | { reason: 'memory'; limitMb: number };

export type WorkOutcome<T> = { ok: true; value: T } | ({ ok: false } & WorkFailure);

interface Slot {
  worker: Worker;
  idle: NodeJS.Timeout | null;
}

interface Waiting {
  start(slot: Slot): void;
}

export interface WorkerPool {
  run<K extends TaskKind>(task: Extract<Task, { kind: K }>): Promise<WorkOutcome<TaskResult<K>>>;
  /** Ends every worker; tasks under way fail. */
  close(): Promise<void>;
}

/** Time a new worker may take to load its libraries (tsx compiles them on a first start). */
const START_MS = 60_000;

export function workerPool({
  kinds,
  size,
  queue,
  timeoutMs,
  resourceLimits,
  idleMs = 30_000,
}: PoolOptions): WorkerPool {
  const idle: Slot[] = [];
  const all = new Set<Worker>();
  const waiting: Waiting[] = [];
  let running = 0;
  let nextId = 0;

  function spawn(): Slot {
    const worker = new Worker(BOOT, { workerData: { entry: ENTRY, kinds }, resourceLimits });
    const slot: Slot = { worker, idle: null };
    all.add(worker);
    worker.on('exit', () => {
      all.delete(worker);
      // One that ended while idle (at its idle time, or by a fault) takes no more tasks.
      if (slot.idle) clearTimeout(slot.idle);
      if (idle.includes(slot)) idle.splice(idle.indexOf(slot), 1);
    });
    // An idle worker must not keep the process alive.
    worker.unref();
    return slot;
  }

  function release(slot: Slot | null) {
    const next = waiting.shift();
    if (next) {
      next.start(slot ?? spawn());
      return;
    }
    running--;
    if (!slot) return;
    slot.idle = setTimeout(() => {
      // Out of the idle list before it is told to end: a worker ending takes no task, and its
      // exit comes later (a task given it meanwhile failed with 'the worker exited with 1').
      const at = idle.indexOf(slot);
      if (at >= 0) idle.splice(at, 1);
      void slot.worker.terminate();
    }, idleMs).unref();
    idle.push(slot);
  }

  function execute(slot: Slot, task: Task): Promise<WorkOutcome<unknown>> {
    const { worker } = slot;
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = null;
    const id = nextId++;
    worker.ref();
    return new Promise((resolve, reject) => {
      let settled = false;
      /** A worker that overran or failed is ended; a sound one waits for the next task. */
      const finish = (settle: () => void, sound: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (sound) {
          worker.unref();
          release(slot);
        } else {
          void worker.terminate();
          release(null);
        }
        settle();
      };
      const outOfMemory = {
        ok: false,
        reason: 'memory',
        limitMb: resourceLimits.maxOldGenerationSizeMb ?? 0,
      } as const;
      const onMessage = (reply: TaskReply) => {
        if (reply.id !== id) return;
        if ('started' in reply) {
          clearTimeout(timer);
          timer = setTimeout(overran, timeoutMs);
        } else if (reply.ok) finish(() => resolve({ ok: true, value: reply.value }), true);
        else if ('refused' in reply) {
          const refused = {
            ok: false,
            reason: 'refused',
            message: reply.refused,
            status: reply.status,
          } as const;
          finish(() => resolve(refused), true);
        }
        // A fault of ours in the worker fails the request as any other fault does.
        else finish(() => reject(new Error(`${task.kind} in a worker: ${reply.error}`)), false);
      };
      const onError = (error: NodeJS.ErrnoException) =>
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? finish(() => resolve(outOfMemory), false)
          : finish(() => reject(error), false);
      const onExit = (code: number) =>
        finish(() => reject(new Error(`${task.kind}: the worker exited with ${code}`)), false);
      const overran = () =>
        finish(() => resolve({ ok: false, reason: 'time', limitMs: timeoutMs }), false);
      // Until the worker has taken the task up, it may still be starting.
      let timer = setTimeout(overran, START_MS + timeoutMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ id, task });
    });
  }

  return {
    run<K extends TaskKind>(task: Extract<Task, { kind: K }>) {
      let outcome: Promise<WorkOutcome<unknown>>;
      if (running < size) {
        running++;
        outcome = execute(idle.pop() ?? spawn(), task);
      } else if (waiting.length >= queue) {
        outcome = Promise.resolve({ ok: false, reason: 'busy' });
      } else {
        outcome = new Promise((resolve) => {
          waiting.push({ start: (slot) => resolve(execute(slot, task)) });
        });
      }
      // The worker answers each kind of task with that kind's result (worker.ts).
      return outcome as Promise<WorkOutcome<TaskResult<K>>>;
    },
    async close() {
      waiting.length = 0;
      for (const slot of idle) if (slot.idle) clearTimeout(slot.idle);
      idle.length = 0;
      await Promise.all([...all].map((worker) => worker.terminate()));
    },
  };
}
