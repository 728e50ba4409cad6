import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContent } from '../../documents/test-support/demo.ts';
import { kronerToThousands, type Kroner } from '../../domain/money.ts';
import type { ProposalContent } from '../../domain/proposal.ts';
import type { RoundOverviewOutput } from '../../shared/overview-schema.ts';
import { givenRules, TEST_RULES } from '../decisions/test-round.ts';
import { demoPriceIndices } from '../demo/reference.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { givenMunicipality, type Municipality } from '../test/factories.ts';
import { storeProposal } from '../test/proposals.ts';
import { injectAs, signIn, givenUser, type Inject } from '../test/users.ts';

// The round's live overview and the codes the secretariat gives, through the API on the real
// database: seed 000's three innovation cases in a round of their own, at 2026 p/l.

describe.each(testDatabases())('round overview and codes on $name', (target) => {
  let t: TestApp;
  let m: Municipality;
  let reader: Inject;
  let author: Inject;

  const inRound = (code: string, overrides: Partial<ProposalContent> = {}): ProposalContent => ({
    ...demoContent(code),
    roundId: m.roundId,
    committee: m.committee,
    leadAdministration: m.administration,
    affectedAdministrations: [],
    ...overrides,
  });
  const overview = async (as: Inject = t.api) => {
    const response = await as(`/api/rounds/${m.roundId}/overview`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<RoundOverviewOutput>();
  };
  const entries = (o: RoundOverviewOutput) =>
    o.committees.flatMap((c) => c.administrations.flatMap((a) => a.entries));

  beforeAll(async () => {
    t = await startTestApp(target);
    m = await givenMunicipality(t.access);
    await t.access.reference.insertMissing({
      administrations: [],
      committees: [],
      rounds: [],
      hearingBodies: [],
      submissionRules: [],
      pools: [],
      priceIndices: demoPriceIndices,
    });
    await givenRules(t.access, m.roundId, 'locked');
    for (const code of ['BC01', 'BC02', 'BC39']) {
      await storeProposal(t.access, inRound(code), 'submitted');
    }
    await storeProposal(t.access, inRound('BC01', { code: null, title: 'Endnu en kladde' }));
    reader = injectAs(
      t.app,
      await signIn(t.app, await givenUser(t.access, [{ role: 'reader', administration: null }])),
    );
    author = injectAs(
      t.app,
      await signIn(
        t.app,
        await givenUser(t.access, [{ role: 'author', administration: m.administration }]),
      ),
    );
  });
  afterAll(() => t?.close());

  it('reproduces seed 000 at 2026 p/l, with the rounding difference between 4.952 and 4.951', async () => {
    const o = await overview();
    expect(o.priceLevelYear).toBe(2026);
    expect(o.rulesVersion).toBe(1);
    expect(entries(o).map((e) => [e.code, e.printed.total, e.overCap])).toEqual([
      ['BC01', 1017, false],
      ['BC02', 1989, false],
      ['BC39', 1946, false],
    ]);
    expect(o.sum.printed.total).toBe(4951);
    expect(o.sum.roundingDifference.total).toBe(1);
    expect(o.sum.total).toBe(4951.671);
    const innovation = o.pools.find((p) => p.key === 'innovation')!;
    expect(innovation.years.find((y) => y.year === 2026)).toEqual({
      year: 2026,
      budget: 15_000,
      granted: 2033.2,
      remaining: 12_966.8,
    });
    expect(o.exceeded).toEqual([]);
  });

  it('judges a cap in the editor and at submission as the overview does: at the round’s p/l', async () => {
    const judged = async (factor: number) => {
      const { economy } = inRound('BC02');
      const payload = {
        kind: 'innovationsforslag',
        roundId: m.roundId,
        priceLevelYear: economy.priceLevelYear,
        years: economy.years,
        rows: economy.rows.map((row) => ({
          ...row,
          values: row.values.map((v) =>
            v === null || row.section !== 'implementation'
              ? v && kronerToThousands(v)
              : kronerToThousands((v * factor) as Kroner),
          ),
        })),
      };
      const response = await t.api({ method: 'POST', url: '/api/economics/evaluate', payload });
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json<{ issues: { ruleId: string; message: string }[] }>();
      return body.issues.filter((issue) => issue.ruleId === 'cap-exceeded');
    };
    // BC02 asks 2.045.000 kr. at its own 2027 p/l: over the 2 mio. cap as written, 1.989.000 kr.
    // at the 2026 p/l the round pays in, where the overview shows it under the cap.
    expect(await judged(1)).toEqual([]);
    const [over] = await judged(2);
    expect(over?.message).toContain('4.090.000 kr. (2027 p/l)');
    expect(over?.message).toContain('i rundens prisniveau (2026 p/l)');
    expect(over?.message).toContain('højst søge 2.000.000 kr. (2026 p/l)');
  });

  it('shows a reader the same round, and an author only their own forvaltning’s proposals', async () => {
    expect(entries(await overview(reader)).map((e) => e.code)).toEqual(['BC01', 'BC02', 'BC39']);
    expect(entries(await overview(author))).toHaveLength(3);
  });

  it('gives codes in the order proposals came in, after the round’s highest, and never twice', async () => {
    const first = await storeProposal(
      t.access,
      inRound('BC01', { code: null, title: 'Først ind' }),
      'submitted',
    );
    const second = await storeProposal(
      t.access,
      inRound('BC39', { code: null, title: 'Dernæst' }),
      'submitted',
    );
    expect(
      (await author({ method: 'POST', url: `/api/rounds/${m.roundId}/codes` })).statusCode,
    ).toBe(403);
    const given = await t.api({ method: 'POST', url: `/api/rounds/${m.roundId}/codes` });
    expect(given.statusCode, given.body).toBe(200);
    expect(given.json()).toEqual({
      assigned: [
        { proposalId: first.id, code: 'BC40' },
        { proposalId: second.id, code: 'BC41' },
      ],
    });
    const again = await t.api({ method: 'POST', url: `/api/rounds/${m.roundId}/codes` });
    expect(again.json()).toEqual({ assigned: [] });
    const read = await t.api(`/api/proposals/${first.id}`);
    expect(read.json()).toMatchObject({ code: 'BC40', status: 'submitted' });
    const history = await t.api(`/api/proposals/${first.id}/history`);
    expect(JSON.stringify(history.json())).toContain('BC40');
    // The draft has not come in: it gets no code and is not in the overview.
    expect(entries(await overview()).map((e) => e.code)).toEqual([
      'BC01',
      'BC02',
      'BC39',
      'BC40',
      'BC41',
    ]);
  });

  it('marks a pool and a cap exceeded, and answers 404 for a round that does not exist', async () => {
    const big = inRound('BC02', { code: null, title: 'For stort' });
    const rows = big.economy.rows.map((row) =>
      row.section === 'implementation'
        ? { ...row, values: row.values.map((v) => (v === null ? v : ((v * 20) as typeof v))) }
        : row,
    );
    await storeProposal(t.access, { ...big, economy: { ...big.economy, rows } }, 'submitted');
    const o = await overview();
    const over = entries(o).find((e) => e.title === 'For stort')!;
    expect(over.overCap).toBe(true);
    expect(over.cap).toBe(TEST_RULES.caps.innovationsforslag! / 1000);
    expect(o.exceeded.map((e) => [e.poolKey, e.year])).toContainEqual(['innovation', 2026]);
    const missing = await t.api('/api/rounds/findes-ikke/overview');
    expect(missing.statusCode).toBe(404);
  });

  it('exports the overview as a workbook', async () => {
    const file = await reader(`/api/rounds/${m.roundId}/overview.xlsx`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
  });

  it('says why a proposal is not converted in the reader’s language: English for en, Danish without', async () => {
    const kept = (title: string, priceLevelYear: number | null) => {
      const content = inRound('BC01', { code: null, title });
      return storeProposal(
        t.access,
        { ...content, economy: { ...content.economy, priceLevelYear } },
        'submitted',
      );
    };
    await kept('Uden prisniveau', null);
    await kept('I 1990-priser', 1990);
    const why = async (language?: string) => {
      const response = await t.api({
        url: `/api/rounds/${m.roundId}/overview`,
        headers: language ? { 'accept-language': language } : {},
      });
      expect(response.statusCode, response.body).toBe(200);
      const listed = entries(response.json<RoundOverviewOutput>());
      return ['Uden prisniveau', 'I 1990-priser'].map(
        (title) => listed.find((e) => e.title === title)!.notConverted,
      );
    };
    expect(await why()).toEqual([
      'Forslaget har intet prisniveau (p/l-år).',
      'Prisindekset har ikke året 1990; det skal tilføjes før der kan omregnes.',
    ]);
    expect(await why('en')).toEqual([
      'The proposal has no price level (p/l year).',
      'The price index does not have the year 1990; it must be added before converting.',
    ]);
  });
});
