import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { apiNotFound } from './errors.ts';

// The web app is static files from `vite build`. Its router owns every path outside /api, so
// a GET that matches no file is answered with index.html and the browser app takes it from there.

const NOT_BUILT =
  'Webappen er ikke bygget endnu. Kør `npm run build:web` (eller `npm start`), og genindlæs siden.\n' +
  'API: /api/docs\n';

export async function registerWeb(app: FastifyInstance, webRoot: string | null): Promise<void> {
  const built = webRoot !== null && existsSync(join(webRoot, 'index.html'));

  if (built) {
    const assets = join(webRoot, 'assets');
    await app.register(fastifyStatic, {
      root: webRoot,
      // The build writes .br and .gz beside each asset (web-build.ts): sent as they are to a
      // browser that accepts them, so nothing is compressed per request.
      preCompressed: true,
      cacheControl: false,
      setHeaders(res, path) {
        // Vite names assets by content hash, so they never change; index.html names the current ones.
        res.setHeader(
          'cache-control',
          path.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  } else {
    app.get('/', { schema: { hide: true } }, (_request, reply) =>
      reply.type('text/plain; charset=utf-8').send(NOT_BUILT),
    );
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isPage = request.method === 'GET' || request.method === 'HEAD';
    if (path === '/api' || path.startsWith('/api/') || !isPage) {
      return apiNotFound(reply, request.method, request.url);
    }
    if (!built) return reply.code(404).type('text/plain; charset=utf-8').send(NOT_BUILT);
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
