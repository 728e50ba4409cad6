import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../import/test-seeds.ts';
import { auditHistory } from '../../shared/audit-schema.ts';
import {
  importOverviewOutput,
  readIntoRoundOutput,
  roundImportedOverviews,
  type ImportOverviewOutput,
} from '../../shared/import-overview-schema.ts';
import { importDetail, importedProposalOutput, importOutput } from '../../shared/import-schemas.ts';
import { proposalOutput } from '../../shared/proposal-schema.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { budgetAppendix } from './test-overview.ts';
import { multipartUpload } from './test-upload.ts';

// A round's overview (bilag) read from a document into a round: its lines linked by code to the
// proposals imported under its round, those placed in the round (audited), the round showing
// the overview, and every wrong request answered with a 4xx that names what is wrong.

describe.each(testDatabases())('a round overview read into a round, on $name', (target) => {
  let t: TestApp;
  const year = 2200 + Math.floor(Math.random() * 700);
  const roundId = `b${year}-overview`;
  const otherRoundId = `b${year}-other`;
  const { whole, overviewAlone } = budgetAppendix(year);

  beforeAll(async () => {
    t = await startTestApp(target);
    await t.access.reference.insertMissing({
      administrations: [],
      committees: [],
      rounds: [
        { id: roundId, name: `Budget ${year}`, kind: 'budget', year },
        { id: otherRoundId, name: `Anden runde ${year}`, kind: 'budget', year },
      ],
      hearingBodies: [],
      submissionRules: [],
      pools: [],
    });
  });
  afterAll(() => t?.close());

  async function imported(fileName: string, text: string) {
    const upload = await t.api({
      method: 'POST',
      url: '/api/imports',
      ...multipartUpload(fileName, text),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    let progress = importOutput.parse(upload.json());
    for (let i = 0; progress.status !== 'done' && i < 50; i++) {
      const step = await t.api({ method: 'POST', url: `/api/imports/${progress.id}/steps` });
      progress = importOutput.parse(step.json());
    }
    return progress;
  }

  async function overviewOf(id: string): Promise<ImportOverviewOutput | null> {
    const response = await t.api(`/api/imports/${id}/overview`);
    expect(response.statusCode, response.body).toBe(200);
    return importOverviewOutput.nullable().parse(response.json());
  }

  const readInto = (id: string, payload: object) =>
    t.api({ method: 'POST', url: `/api/imports/${id}/overview/round`, payload });

  it('keeps an overview alone as an import of no proposals, with its lines and round', async () => {
    const alone = await imported('bilag.txt', overviewAlone);
    expect(alone).toMatchObject({ total: 0, done: 0, status: 'done' });
    const overview = await overviewOf(alone.id);
    expect(overview).toMatchObject({
      round: `B${year}`,
      suggestedRoundId: roundId,
      readInto: null,
      priceLevelYear: 2021,
      totals: { service: 7800, anlaeg: 3700, efficiency: -6200 },
      mismatches: [],
    });
    expect(overview!.lines.map((line) => [line.code, line.service, line.payback])).toEqual([
      ['ØKF03', 1800, 4],
      ['BUF11', 2600, 5],
      ['SOF21', 3000, 4],
      ['TMF05', 400, 4],
    ]);
    // Nothing of its round is in the system yet.
    expect(overview!.lines.every((line) => line.proposals.length === 0)).toBe(true);
  });

  it('answers null for a document without an overview, and 404 for an unknown import', async () => {
    const seed = await imported('seed-002.txt', readSeed('002_'));
    expect(await overviewOf(seed.id)).toBeNull();
    const missing = await t.api(`/api/imports/${crypto.randomUUID()}/overview`);
    expectProblem(missing, 404, 'NotFound');
    expectProblem(await readInto(seed.id, { roundId }), 400, 'ValidationError', 'id');
  });

  it('links the lines to the proposals imported under its round, places them, and the round shows it', async () => {
    const alone = await imported('bilag.txt', overviewAlone);
    const both = await imported('bilag-og-forslag.txt', whole);
    // Held as copies of an earlier run's (their titles), when the database is shared: created.
    for (const position of [0, 1, 2, 3]) {
      await t.api({
        method: 'POST',
        url: `/api/imports/${both.id}/proposals/${position}/create`,
        payload: { createAnyway: true },
      });
    }
    const detail = importDetail.parse((await t.api(`/api/imports/${both.id}`)).json());
    expect(detail.proposals.map((p) => p.state)).toEqual(['draft', 'draft', 'draft', 'draft']);
    const drafts = detail.proposals.map((p) => p.proposalId!);

    // The overview read first finds the proposals imported after it, by code in its round.
    const linked = (await overviewOf(alone.id))!;
    expect(linked.lines.map((line) => line.proposals.map((p) => p.id))).toEqual(
      drafts.map((id) => [id]),
    );
    expect(linked.lines.every((line) => line.proposals[0]!.roundId === null)).toBe(true);
    // SOF21's own Tabel 1 pays back in 5 years; its line says 4.
    expect(linked.lines.map((line) => line.mismatches)).toEqual([
      [],
      [],
      [{ field: 'Oversigt: tilbagebetalingstid', unit: 'years', stated: 4, computed: 5 }],
      [],
    ]);

    // One of them is already in another round: it stays there, and the answer says so.
    const { id, status, createdAt, updatedAt, ...tmf } = proposalOutput.parse(
      (await t.api(`/api/proposals/${drafts[3]}`)).json(),
    );
    expect([id, status, createdAt, updatedAt]).not.toContain(undefined);
    const moved = await t.api({
      method: 'PUT',
      url: `/api/proposals/${drafts[3]}`,
      payload: { ...tmf, roundId: otherRoundId },
    });
    expect(moved.statusCode, moved.body).toBe(200);

    const read = await readInto(alone.id, { roundId });
    expect(read.statusCode, read.body).toBe(200);
    const answer = readIntoRoundOutput.parse(read.json());
    expect(answer.placed.toSorted()).toEqual(drafts.slice(0, 3).toSorted());
    expect(answer.elsewhere).toEqual([
      { id: drafts[3], code: 'TMF05', title: 'Sensorer i affaldsbeholdere', roundId: otherRoundId },
    ]);
    expect(answer.readInto).toMatchObject({ roundId, name: `Budget ${year}` });
    for (const id of drafts.slice(0, 3)) {
      const proposal = proposalOutput.parse((await t.api(`/api/proposals/${id}`)).json());
      expect(proposal.roundId).toBe(roundId);
      const history = auditHistory.parse((await t.api(`/api/proposals/${id}/history`)).json());
      const placed = history.items.find((entry) => entry.action === 'import.place');
      expect(placed?.changes).toContainEqual({ path: 'roundId', before: null, after: roundId });
      expect(placed?.comment).toMatch(/i oversigten i bilag\.txt$/);
    }

    const round = roundImportedOverviews.parse(
      (await t.api(`/api/rounds/${roundId}/imported-overviews`)).json(),
    );
    expect(round.map((o) => o.importId)).toEqual([alone.id]);
    expect(round[0]!.lines.map((line) => line.proposals.map((p) => p.roundId))).toEqual([
      [roundId],
      [roundId],
      [roundId],
      [otherRoundId],
    ]);

    // Again into the same round: nothing more to place. Into another: refused.
    const again = readIntoRoundOutput.parse((await readInto(alone.id, { roundId })).json());
    expect(again.placed).toEqual([]);
    expectProblem(await readInto(alone.id, { roundId: otherRoundId }), 409, 'Conflict', 'roundId');
  });

  it("compares a proposal's line in the overview anew when the reviewer corrects its table", async () => {
    const both = await imported('bilag-og-forslag.txt', whole);
    const url = `/api/imports/${both.id}/proposals/2`;
    const before = importedProposalOutput.parse((await t.api(url)).json());
    expect(before.overviewLine).toMatchObject({ code: 'SOF21', service: 3000, payback: 4 });
    const field = (m: { field: string }) => m.field;
    expect(before.mismatches.map(field)).toContain('Oversigt: tilbagebetalingstid');
    expect(before.mismatches.map(field)).not.toContain('Oversigt: investering, service');
    // 500 more in the first implementation cost: 3,5 mio. kr. where the overview says 3,0.
    const { rows } = before.proposal.economy;
    const first = rows.findIndex((row) => row.section === 'implementation');
    const corrected = rows.map((row, r) => ({
      section: row.section,
      area: row.area,
      values: row.values.map((value, y) =>
        r === first && y === row.values.findIndex((v) => v !== null) ? value! + 500 : value,
      ),
    }));
    const action = before.state === 'held' ? 'create' : 'accept';
    const saved = await t.api({
      method: 'POST',
      url: `${url}/${action}`,
      payload: {
        ...(action === 'create' && { createAnyway: true }),
        corrections: { rows: corrected },
      },
    });
    expect(saved.statusCode, saved.body).toBeLessThan(300);
    const after = importedProposalOutput.parse((await t.api(url)).json());
    expect(after.mismatches).toContainEqual({
      field: 'Oversigt: investering, service',
      unit: 'thousands',
      stated: 3000,
      computed: 3500,
    });
  });

  it('refuses an unknown round, a missing one, and an unknown import or round', async () => {
    const alone = await imported('bilag.txt', overviewAlone);
    expectProblem(
      await readInto(alone.id, { roundId: 'ingen-runde' }),
      400,
      'ValidationError',
      'roundId',
    );
    expectProblem(await readInto(alone.id, {}), 400, 'ValidationError', 'roundId');
    expectProblem(await readInto(crypto.randomUUID(), { roundId }), 404, 'NotFound');
    const rounds = await t.api(`/api/rounds/ingen-runde/imported-overviews`);
    expectProblem(rounds, 404, 'NotFound');
  });
});
