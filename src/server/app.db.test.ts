import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testDatabases, type TestApp } from './test/app.ts';
import { expectProblem } from './test/expect.ts';

describe.each(testDatabases())('the app on $name', (target) => {
  let t: TestApp;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'puljer-web-'));
    await mkdir(join(webRoot, 'assets'));
    await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>Puljer</title>');
    await writeFile(join(webRoot, 'assets', 'app-1a2b.js'), 'console.log(1)');
    t = await startTestApp(target, { webRoot });
  });
  afterAll(async () => {
    await t?.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  it('reports healthy once the database is migrated', async () => {
    const response = await t.api('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  describe('OpenAPI', () => {
    it('documents every proposal operation with its schemas', async () => {
      const response = await t.api('/api/openapi.json');
      expect(response.statusCode).toBe(200);
      const doc = response.json();
      expect(doc.openapi).toMatch(/^3\./);
      expect(doc.info.title).toBeTruthy();
      const operations = Object.entries(doc.paths as Record<string, object>).flatMap(
        ([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
      );
      expect(operations).toEqual(
        expect.arrayContaining([
          'GET /api/proposals',
          'POST /api/proposals',
          'GET /api/proposals/{id}',
          'PUT /api/proposals/{id}',
          'GET /api/proposals/{id}/versions',
          'GET /api/proposals/{id}/versions/{version}',
          'GET /api/administrations',
          'GET /api/committees',
          'GET /api/rounds',
          'GET /api/hearing-bodies',
          'GET /api/health',
        ]),
      );
      expect(operations).not.toContain('GET /api/openapi.json');

      const create = doc.paths['/api/proposals'].post;
      const body = create.requestBody.content['application/json'].schema;
      expect(body.required).toEqual(['title', 'kind']);
      expect(body.properties.economy).toBeDefined();
      expect(create.responses['201'].content['application/json'].schema.$ref).toBe(
        '#/components/schemas/Proposal',
      );
      expect(doc.paths['/api/proposals/{id}'].put.responses['409']).toBeDefined();
      expect(doc.components.schemas.Proposal.properties.version).toBeDefined();
      expect(doc.components.schemas.ApiError.properties.issues).toBeDefined();
    });

    it('serves a readable page at /api/docs', async () => {
      const response = await t.api('/api/docs/');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.body).toContain('swagger');
    });
  });

  describe('the web app', () => {
    it('serves the built files', async () => {
      const response = await t.api('/assets/app-1a2b.js');
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe('console.log(1)');
      expect(response.headers['cache-control']).toContain('immutable');
    });

    it.each(['/', '/forslag/123', '/forslag/ny?type=investeringsforslag'])(
      'answers the page %s with index.html for the browser app to route',
      async (url) => {
        const response = await t.api(url);
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toMatch(/text\/html/);
        expect(response.body).toContain('<title>Puljer</title>');
        expect(response.headers['cache-control']).toBe('no-cache');
      },
    );

    it('says how to build the web app when it has not been built', async () => {
      const bare = await startTestApp(target, { webRoot: join(webRoot, 'missing') });
      try {
        const response = await bare.app.inject('/');
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toMatch(/text\/plain/);
        expect(response.body).toContain('npm run build:web');
        expect((await bare.app.inject('/api/health')).statusCode).toBe(200);
      } finally {
        await bare.close();
      }
    });
  });

  describe('what is not there', () => {
    it.each([
      ['GET', '/api/nothing'],
      ['GET', '/api'],
      ['POST', '/api/proposals/00000000-0000-4000-8000-000000000000/approve'],
      ['DELETE', '/api/proposals'],
      ['POST', '/forslag'],
    ] as const)('answers %s %s with a JSON 404', async (method, url) => {
      const body = expectProblem(await t.api({ method, url }), 404, 'NotFound');
      expect(body.message).toContain(url);
    });
  });

  describe('when the database stops answering', () => {
    it('reports unhealthy and answers requests with a general error, no details', async () => {
      const broken = await startTestApp(target);
      await broken.database.close();
      try {
        expectProblem(await broken.app.inject('/api/health'), 503, 'Unavailable');
        const response = await broken.api('/api/proposals');
        const body = expectProblem(response, 500, 'InternalError');
        expect(body.message).not.toMatch(/pglite|pool|closed|select|proposals/i);
      } finally {
        await broken.app.close();
      }
    });
  });
});
