import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWeb } from './web.ts';
import { precompress, sourceFingerprint } from './web-build.ts';

// The web app's files go out compressed, and the hashed ones are cached for a year.

const script = `export const app = ${JSON.stringify('x'.repeat(20_000))};\n`;

describe('serving the built web app', () => {
  let root: string;
  const app = Fastify();
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'puljer-web-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(join(root, 'assets', 'index-AbC123.js'), script);
    precompress(root);
    await registerWeb(app, root);
  });
  afterAll(async () => {
    await app.close();
    await rm(root, { recursive: true, force: true });
  });

  it('sends brotli to a browser that accepts it, gzip to one that accepts only that', async () => {
    const br = await app.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const gz = await app.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await app.inject({ url: '/assets/index-AbC123.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('has the browser ask again for index.html, which names the current assets', async () => {
    const page = await app.inject({ url: '/forslag/ny', headers: { 'accept-encoding': 'br' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
  });
});

describe('whether npm start must build the web app', () => {
  it('sees a changed source, and nothing when nothing changed', async () => {
    const root = await mkdtemp(join(tmpdir(), 'puljer-src-'));
    await mkdir(join(root, 'src', 'web'), { recursive: true });
    await writeFile(join(root, 'src', 'web', 'main.tsx'), 'one');
    const first = sourceFingerprint(root);
    expect(sourceFingerprint(root)).toBe(first);
    await writeFile(join(root, 'src', 'web', 'main.tsx'), 'two');
    expect(sourceFingerprint(root)).not.toBe(first);
    await rm(root, { recursive: true, force: true });
  });
});
