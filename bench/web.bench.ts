import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BenchModule, BenchRow } from './lib.ts';

// What a browser downloads on its first visit: the built web app's scripts and stylesheets as
// sent (gzip), against the target of 300 kB of script. Needs a build (`npm start` or
// `npm run build:web`) first.

const assets = fileURLToPath(new URL('../dist/web/assets/', import.meta.url));
const TARGET_JS_KB = 300;

function kilobytes(extension: string, compress: boolean): number {
  const bytes = readdirSync(assets)
    .filter((name) => name.endsWith(extension))
    .map((name) => readFileSync(join(assets, name)))
    .reduce(
      (sum, content) => sum + (compress ? gzipSync(content, { level: 9 }) : content).length,
      0,
    );
  return Math.round(bytes / 102.4) / 10;
}

export const web: BenchModule = {
  name: 'web',
  async run(): Promise<BenchRow[]> {
    const js = kilobytes('.js', true);
    const css = kilobytes('.css', true);
    return [
      {
        metric: 'web app JS, gzip',
        value: js,
        unit: 'kB',
        baseline: TARGET_JS_KB,
        ratio: js / TARGET_JS_KB,
      },
      { metric: 'web app JS, uncompressed', value: kilobytes('.js', false), unit: 'kB' },
      {
        metric: 'web app CSS, gzip',
        value: css,
        unit: 'kB',
        baseline: kilobytes('.css', false),
        ratio: css / kilobytes('.css', false),
      },
    ];
  },
};
