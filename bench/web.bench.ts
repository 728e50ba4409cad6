import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BenchModule, BenchRow } from './lib.ts';

// What a browser downloads on its first visit: the scripts index.html loads and preloads, and
// the stylesheets, as sent (gzip), against the target of 300 kB of script; and all the
// scripts, with those loaded only with a page that needs them (the charts). Needs a build
// (`npm start` or `npm run build:web`) first.

const webRoot = fileURLToPath(new URL('../dist/web/', import.meta.url));
const assets = join(webRoot, 'assets');
const TARGET_JS_KB = 300;

function kilobytes(names: readonly string[], compress: boolean): number {
  const bytes = names
    .map((name) => readFileSync(join(assets, name)))
    .reduce(
      (sum, content) => sum + (compress ? gzipSync(content, { level: 9 }) : content).length,
      0,
    );
  return Math.round(bytes / 102.4) / 10;
}

/** The scripts the page itself names: its module and the modules it preloads. */
function firstVisitScripts(): string[] {
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
}

export const web: BenchModule = {
  name: 'web',
  async run(): Promise<BenchRow[]> {
    const all = readdirSync(assets);
    const scripts = all.filter((name) => name.endsWith('.js'));
    const styles = all.filter((name) => name.endsWith('.css'));
    const first = kilobytes(firstVisitScripts(), true);
    const css = kilobytes(styles, true);
    return [
      {
        metric: 'web app JS of the first visit, gzip, vs the target',
        value: first,
        unit: 'kB',
        baseline: TARGET_JS_KB,
        ratio: first / TARGET_JS_KB,
      },
      {
        metric: 'all web app JS, gzip, with the chunks pages load when needed (the charts)',
        value: kilobytes(scripts, true),
        unit: 'kB',
      },
      { metric: 'all web app JS, uncompressed', value: kilobytes(scripts, false), unit: 'kB' },
      {
        metric: 'web app CSS, gzip',
        value: css,
        unit: 'kB',
        baseline: kilobytes(styles, false),
        ratio: css / kilobytes(styles, false),
      },
    ];
  },
};
