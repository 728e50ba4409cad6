// A tiny benchmark harness: each module measures something and returns rows; run.ts prints them
// all as one Markdown table that can be pasted into the README.

export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
  /** What the value is compared with, in the same unit (e.g. a reference implementation). */
  baseline?: number;
  /** value / baseline. */
  ratio?: number;
}

export interface BenchModule {
  name: string;
  run(): Promise<BenchRow[]>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) throw new RangeError('median of nothing');
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The value `share` of the way up (0.95: the 95th percentile), by the nearest rank. */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) throw new RangeError('percentile of nothing');
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] as number;
}

/** Median wall time in milliseconds of `repeats` runs, after one unmeasured warm-up run. */
export function medianMilliseconds(repeats: number, work: () => void): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** As medianMilliseconds, for work that is asynchronous. */
export async function medianMillisecondsAsync(
  repeats: number,
  work: () => Promise<void>,
): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** mulberry32: a small seeded PRNG, so generated inputs are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function markdownTable(results: readonly { name: string; rows: BenchRow[] }[]): string {
  const lines = [
    '| benchmark | metric | value | unit | baseline | ratio |',
    '|---|---|--:|---|--:|--:|',
  ];
  for (const { name, rows } of results) {
    for (const row of rows) {
      const optional = (value: number | undefined) =>
        value === undefined ? '' : number.format(value);
      lines.push(
        `| ${name} | ${row.metric} | ${number.format(row.value)} | ${row.unit} | ${optional(row.baseline)} | ${optional(row.ratio)} |`,
      );
    }
  }
  return lines.join('\n');
}
