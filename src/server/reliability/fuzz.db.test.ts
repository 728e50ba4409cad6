import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../import/test-seeds.ts';
import { proposalContentInput } from '../../shared/proposal-schema.ts';
import type { RoleGrant } from '../auth/actor.ts';
import { multipartUpload } from '../imports/test-upload.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { fullProposal, givenMunicipality } from '../test/factories.ts';
import { storeProposal } from '../test/proposals.ts';
import { freshDatabase, type FreshDatabase } from '../test/fresh-database.ts';
import {
  expectSoundAnswer,
  operationsOf,
  requestsFor,
  type Known,
  type OpenApiDocument,
} from '../test/openapi-fuzz.ts';
import { givenUser, signIn, SECRETARIAT, type SignedIn, type TestUser } from '../test/users.ts';

// The harness of issue 10: every operation of the OpenAPI document, called with generated
// hostile requests (see openapi-fuzz.ts) as the pool secretariat and as an author, signed in
// with a valid CSRF token so that the requests reach validation and the handlers. No answer
// may be a 5xx, show a stack trace or a database error, or be a 4xx without a message.
//
// RUNS requests per operation and role: shortened under CI=true to keep the db project fast;
// FUZZ_RUNS sets it for a longer hunt; HARNESS_REPORT=1 prints the tally of answers.

const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.CI === 'true' ? 6 : 15));
const ROLES = ['secretariat', 'author'] as const;
type Role = (typeof ROLES)[number];

// A database of its own: the fuzzer writes price indices, steps and proposals at random.
describe.each(testDatabases())('fuzzing every operation on $name', (target) => {
  let fresh: FreshDatabase;
  let t: TestApp;
  let document: OpenApiDocument;
  const known: Known = {};
  const users = {} as Record<Role, TestUser>;
  const sessions = {} as Record<Role, SignedIn>;
  const tally = new Map<number, number>();

  beforeAll(async () => {
    fresh = await freshDatabase(target);
    t = await startTestApp({ name: target.name, options: fresh.options });
    document = (await t.app.inject('/api/openapi.json')).json<OpenApiDocument>();
    const m = await givenMunicipality(t.access);
    const grants: Record<Role, RoleGrant[]> = {
      secretariat: SECRETARIAT,
      author: [{ role: 'author', administration: m.administration }],
    };
    for (const role of ROLES) {
      users[role] = await givenUser(t.access, grants[role]);
      sessions[role] = await signIn(t.app, users[role]);
    }
    const decoy = await givenUser(t.access, [{ role: 'reader', administration: null }]);
    const proposal = await storeProposal(t.access, proposalContentInput.parse(fullProposal(m)));
    const upload = await t.api({
      method: 'POST',
      url: '/api/imports',
      ...multipartUpload('seed-002.txt', readSeed('002_')),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    // What a client would know and the fuzzer could not guess, by parameter or field name.
    Object.assign(known, {
      id: [proposal.id, upload.json<{ id: string }>().id, m.roundId],
      proposalId: [proposal.id],
      version: [1, 2],
      position: [0, 1],
      year: [2026, 2100],
      q: ['visitation', '"borgere i"', '-ord or x'],
      roundId: [m.roundId],
      leadAdministration: [m.administration],
      administration: [m.administration],
      round: [m.roundId],
      // Someone else's: the fuzzer's wrong passwords must not throttle the roles' own sign-in.
      username: [decoy.username],
    });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await fresh?.drop();
    if (process.env.HARNESS_REPORT) {
      const total = [...tally.values()].reduce((sum, n) => sum + n, 0);
      const byStatus = [...tally].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
      console.info(`fuzzing on ${target.name}: ${total} requests; ${byStatus.join(', ')}`);
    }
  });

  it('finds the operations in the OpenAPI document', () => {
    expect(operationsOf(document).length).toBeGreaterThan(30);
  });

  describe.each(ROLES)('as the %s', (role) => {
    it('never answers 5xx, a stack trace or a database error, and explains every 4xx', async () => {
      const answered = new Map<string, Set<number>>();
      for (const operation of operationsOf(document)) {
        const seen = new Set<number>();
        answered.set(operation.name, seen);
        await fc.assert(
          fc.asyncProperty(requestsFor(operation, document, known), async (request) => {
            const response = await t.app.inject({
              ...request,
              headers: { ...request.headers, ...sessions[role].headers },
            });
            seen.add(response.statusCode);
            tally.set(response.statusCode, (tally.get(response.statusCode) ?? 0) + 1);
            expectSoundAnswer(response, request);
            // Signing out ends the session the next requests need.
            if (operation.name === 'POST /api/auth/logout' && response.statusCode < 300) {
              sessions[role] = await signIn(t.app, users[role]);
            }
          }),
          { numRuns: RUNS, endOnFailure: true },
        );
      }
      // Signed in with the CSRF token, no request stopped at the door: all reached validation.
      const refused = [...answered]
        .filter(([name, statuses]) => name !== 'POST /api/auth/login' && statuses.has(401))
        .map(([name]) => name);
      expect(refused).toEqual([]);
    }, 600_000);
  });
});
