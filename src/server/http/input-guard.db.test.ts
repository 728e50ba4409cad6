import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartUpload } from '../imports/test-upload.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { fullProposal, givenMunicipality, unique } from '../test/factories.ts';
import { signedInAs } from '../test/users.ts';
import { logSerializers } from './logging.ts';

// Issue 10, item 6: a NUL character anywhere in a request reached PostgreSQL and answered 500;
// and the error log held the request's parameters. Every part of a request is checked here,
// with the other values the database refused as a 500 before the boundary refused them.

describe.each(testDatabases())('NUL characters and the log on $name', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t?.close());

  it('answers 400 naming q to a search for a NUL character', async () => {
    const body = expectProblem(await t.api('/api/search?q=%00'), 400, 'ValidationError', 'q');
    expect(body.message).toContain('NUL');
  });

  it('answers 400 naming the field to a NUL in a nested field of a new proposal, and saves nothing', async () => {
    const m = await givenMunicipality(t.access);
    const title = unique('Nul-forslag ');
    const input = fullProposal(m, { title });
    const economy = input.economy!;
    const rows = economy.rows!.map((row, i) => (i === 1 ? { ...row, label: 'Drift\u0000' } : row));
    const response = await t.api({
      method: 'POST',
      url: '/api/proposals',
      payload: { ...input, economy: { ...economy, rows } },
    });
    expectProblem(response, 400, 'ValidationError', 'economy.rows.1.label');
    const listed = await t.api(`/api/proposals?administration=${m.administration}`);
    expect(listed.json<{ items: { title: string }[] }>().items).toEqual([]);
  });

  it('names a key that holds NUL, made visible', async () => {
    const response = await t.api({
      method: 'POST',
      url: '/api/economics/evaluate',
      payload: { 'rows\u0000': [] },
    });
    expectProblem(response, 400, 'ValidationError', 'rows\\u0000');
  });

  it('answers 400 naming the path parameter and the comment body that hold NUL', async () => {
    expectProblem(await t.api('/api/rounds/R%00/overview.docx'), 400, 'ValidationError', 'id');
    const m = await givenMunicipality(t.access);
    const created = await t.api({
      method: 'POST',
      url: '/api/proposals',
      payload: fullProposal(m),
    });
    const comment = await t.api({
      method: 'POST',
      url: `/api/proposals/${created.json<{ id: string }>().id}/comments`,
      payload: { body: 'Se\u0000her' },
    });
    expectProblem(comment, 400, 'ValidationError', 'body');
  });

  it('answers 400 naming the file name of an upload that holds NUL', async () => {
    const response = await t.api({
      method: 'POST',
      url: '/api/imports',
      ...multipartUpload('forslag\u0000.txt', 'Forslag 1\nTitel'),
    });
    expectProblem(response, 400, 'ValidationError', 'file.filename');
  });

  // Found by the fuzzer (reliability/fuzz.db.test.ts): versions are 32-bit in the database.
  it('answers 400 naming version to a version the database cannot count', async () => {
    const m = await givenMunicipality(t.access);
    const created = await t.api({
      method: 'POST',
      url: '/api/proposals',
      payload: fullProposal(m),
    });
    const id = created.json<{ id: string }>().id;
    const tooLarge = 2 ** 31;
    const answers = [
      await t.api({ method: 'DELETE', url: `/api/price-indices/2026?version=${tooLarge}` }),
      await t.api({
        method: 'PUT',
        url: `/api/proposals/${id}`,
        payload: { ...fullProposal(m), version: tooLarge },
      }),
      await t.api({
        method: 'POST',
        url: `/api/proposals/${id}/steps`,
        payload: { step: 'request_finance_approval', version: tooLarge },
      }),
    ];
    for (const answer of answers) expectProblem(answer, 400, 'ValidationError', 'version');
  });

  // Found by the fuzzer: Fastify answered these itself, without the API's error shape.
  it('answers an address with bad %-encoding or an overlong path value in the API error shape', async () => {
    expectProblem(await t.api('/api/proposals/%ED%A0%80'), 400, 'BadRequest', 'url');
    const long = await t.api(`/api/proposals/${'a'.repeat(200)}/history`);
    expectProblem(long, 400, 'BadRequest', 'params');
  });

  it('logs route, status and error class of requests, never their query, body or path values', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'info', serializers: logSerializers },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    );
    const logged = await startTestApp(target, { logger });
    const secret = unique('hemmelig-');
    try {
      const api = await signedInAs(logged);
      await api(`/api/search?q=${secret}%00`);
      await api({ method: 'POST', url: '/api/auth/login', payload: { username: secret } });
      await api({
        method: 'POST',
        url: '/api/proposals',
        headers: { 'content-type': 'application/json' },
        payload: `{"title": "${secret}"`,
      });
      await api(`/api/rounds/${secret}/overview.docx`);
      // With the database gone, the session lookup fails: a 500 whose query error would carry
      // the query's parameters in its message.
      await logged.database.close();
      const failed = await api(`/api/search?q=${secret}`);
      expect(failed.statusCode).toBe(500);
    } finally {
      await logged.app.close();
    }
    const log = lines.join('');
    expect(log).not.toContain(secret);
    const failure = lines.map((line) => JSON.parse(line)).find((e) => e.msg === 'request failed');
    expect(failure).toMatchObject({
      route: '/api/search',
      status: 500,
      err: { type: 'DrizzleQueryError' },
    });
    expect(log).toContain('"route":"/api/rounds/:id/overview.docx"');
  });
});
