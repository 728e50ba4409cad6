import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposalList } from '../../shared/api-schemas.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { fullProposal, givenMunicipality, type Municipality } from '../test/factories.ts';

// Compression is the HTTP layer's, the same over either database: run on the embedded one.
describe.each(testDatabases().slice(0, 1))('compressed answers on $name', (target) => {
  let t: TestApp;
  let m: Municipality;
  beforeAll(async () => {
    t = await startTestApp(target);
    m = await givenMunicipality(t.access);
    for (let i = 0; i < 5; i++) {
      await t.api({ method: 'POST', url: '/api/proposals', payload: fullProposal(m) });
    }
  });
  afterAll(() => t?.close());

  const list = (encoding?: string) =>
    t.api({
      url: `/api/proposals?administration=${m.administration}`,
      headers: encoding ? { 'accept-encoding': encoding } : {},
    });

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)(
    'sends a list as %s to a client that accepts it, a fraction of its size',
    async (encoding, inflate) => {
      const plain = await list();
      expect(plain.headers['content-encoding']).toBeUndefined();
      const packed = await list(encoding);
      expect(packed.headers['content-encoding']).toBe(encoding);
      const body = inflate(packed.rawPayload).toString('utf8');
      expect(proposalList.parse(JSON.parse(body)).items).toHaveLength(5);
      expect(body).toBe(plain.body);
      expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    },
  );

  it('refuses a request body sent compressed instead of inflating it', async () => {
    const response = await t.api({
      method: 'POST',
      url: '/api/proposals',
      headers: { 'content-encoding': 'gzip', 'content-type': 'application/json' },
      payload: gzipSync(JSON.stringify(fullProposal(m))),
    });
    expectProblem(response, 400, 'BadRequest');
  });
});
