// npm run bench [-- name...]: runs the benchmark modules (all, or those named) one after another
// and prints one Markdown table.
import { availableParallelism, cpus, loadavg } from 'node:os';
import { audit } from './audit.bench.ts';
import { documents } from './documents.bench.ts';
import { economics } from './economics.bench.ts';
import { followup } from './followup.bench.ts';
import { http } from './http.bench.ts';
import { importing } from './import.bench.ts';
import { portfolio } from './portfolio.bench.ts';
import { markdownTable, type BenchModule, type BenchRow } from './lib.ts';
import { overview } from './overview.bench.ts';
import { save } from './save.bench.ts';
import { search } from './search.bench.ts';
import { uploads } from './uploads.bench.ts';
import { web } from './web.bench.ts';

const modules: BenchModule[] = [
  economics,
  search,
  documents,
  importing,
  audit,
  save,
  uploads,
  portfolio,
  overview,
  followup,
  web,
  http,
];

const wanted = process.argv.slice(2);
const selected = modules.filter((module) => wanted.length === 0 || wanted.includes(module.name));
if (selected.length === 0) {
  console.error(
    `No benchmark named ${wanted.join(', ')}; there are: ${modules.map((m) => m.name).join(', ')}`,
  );
  process.exit(2);
}

// Figures depend on the machine and on what else runs on it, so the output says where it ran.
const [load] = loadavg();
const results: { name: string; rows: BenchRow[] }[] = [];
for (const module of selected) {
  console.error(`running ${module.name} ...`);
  results.push({ name: module.name, rows: await module.run() });
}
console.log(
  `Node ${process.version}, ${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${load?.toFixed(1)} at the start\n`,
);
console.log(markdownTable(results));
