import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// `npm start` builds the web app only when what it is built from changed since the last build
// (or there is none, as after an install): a start with nothing changed goes straight to the
// server. The built assets are compressed once here, so the server sends .br or .gz files as
// they are (@fastify/static's preCompressed) instead of compressing on every request.

/** What the bundle is built from; a change to any of these makes the next start rebuild. */
const SOURCES = ['src/web', 'src/shared', 'src/domain', 'vite.config.ts', 'package-lock.json'];
const STAMP = '.built-from';

function files(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(root, join(path, name)));
}

/** A hash of the sources' names and contents. */
export function sourceFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const path of SOURCES.flatMap((p) => files(root, p))) {
    if (path.includes('.test.')) continue;
    hash
      .update(path)
      .update('\0')
      .update(readFileSync(join(root, path)))
      .update('\0');
  }
  return hash.digest('hex');
}

const COMPRESSIBLE = /\.(js|css|html|svg|json|ttf|eot)$/;

/** Writes `name.br` and `name.gz` beside every compressible file of the build. */
export function precompress(webRoot: string): void {
  for (const path of files(webRoot, '.')) {
    if (!COMPRESSIBLE.test(path)) continue;
    const content = readFileSync(join(webRoot, path));
    writeFileSync(join(webRoot, `${path}.gz`), gzipSync(content, { level: 9 }));
    writeFileSync(
      join(webRoot, `${path}.br`),
      brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
  }
}

/** Builds and compresses the web app into `webRoot` unless it was built from these sources. */
export function buildWebIfChanged(
  root: string,
  webRoot: string,
  { always = false } = {},
): 'built' | 'unchanged' {
  const fingerprint = sourceFingerprint(root);
  const stamp = join(webRoot, STAMP);
  const current = existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint;
  if (current && !always) return 'unchanged';
  const vite = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
    { cwd: root, stdio: 'inherit' },
  );
  if (vite.status !== 0) throw new Error(`vite build failed (exit ${vite.status})`);
  precompress(webRoot);
  writeFileSync(stamp, fingerprint);
  return 'built';
}
