import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateTable } from '../../domain/economics/index.ts';
import { table as arbitraryTable } from '../../domain/economics/fixtures/arbitraries.ts';
import { bc01, loeft } from '../../domain/economics/fixtures/seed-tables.ts';
import { kroner, kronerToThousands } from '../../domain/money.ts';
import type { EconomicTable } from '../../domain/proposal.ts';
import type { SubmissionRules } from '../../domain/rules.ts';
import { demoPriceIndices } from '../demo/index.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { givenReference, unique } from '../test/factories.ts';
import { evaluationOutput, type EvaluationOutput } from './schema.ts';

// Rules and the price index are keyed by year and shared by every test on a database, so each
// year used here always holds the same figures: Copenhagen's 2026 rules, a made-up year 2062
// with a longer payback limit, and the demo index.
const copenhagen: SubmissionRules = {
  paybackLimitYears: 6,
  capByKind: {
    foranalyse: kroner(1_000_000),
    innovationsforslag: kroner(2_000_000),
    investeringsforslag: null,
  },
};
const lenient: SubmissionRules = { ...copenhagen, paybackLimitYears: 8 };

/** A seed table as a client sends it: thousands of kroner. */
function wire(table: EconomicTable) {
  return {
    priceLevelYear: table.priceLevelYear,
    years: table.years,
    rows: table.rows.map((row) => ({
      ...row,
      values: row.values.map((v) => (v === null ? null : kronerToThousands(v))),
    })),
  };
}

const YEARS8 = [2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033];

/** An investment of 3.000 saving 500 a year from its second year: cumulative 0 in year 7. */
const sevenYears = {
  priceLevelYear: 2026,
  years: YEARS8,
  rows: [
    { label: 'System', section: 'implementation', area: 'service', values: [3000] },
    {
      label: 'Færre timer',
      section: 'lasting',
      area: 'service',
      values: [null, -500, -500, -500, -500, -500, -500, -500],
    },
  ],
};

describe.each(testDatabases())('POST /api/economics/evaluate on $name', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
    await givenReference(t.access, {
      submissionRules: [
        { year: 2026, rules: copenhagen },
        { year: 2062, rules: lenient },
      ],
      priceIndices: demoPriceIndices,
    });
  });
  afterAll(() => t?.close());

  const evaluate = (payload: object) =>
    t.api({ method: 'POST', url: '/api/economics/evaluate', payload });

  async function evaluated(payload: object): Promise<EvaluationOutput> {
    const response = await evaluate(payload);
    expect(response.statusCode, response.body).toBe(200);
    return evaluationOutput.parse(response.json());
  }

  it('reproduces LØFT’s Tabel 1: every subtotal the document prints and payback 4 and 4', async () => {
    const result = await evaluated({ ...wire(loeft.table), kind: 'investeringsforslag' });
    expect(result.payback).toEqual({ service: 4, total: 4 });
    expect(result.impact).toEqual([1400, 5100, -2950, -14850, -20500, -20500]);
    expect(result.cumulative.slice(0, 4)).toEqual([1400, 6500, 3550, -11300]);
    expect(result.totals.lasting.total).toEqual([0, -4100, -3850, -14950, -20500, -20500]);
    expect(result.totals.lasting.byArea.service).toEqual([0, -4400, -4450, -15550, -21100, -21100]);
    expect(result.totals.implementation.total).toEqual([1400, 9200, 900, 100, 0, 0]);
    expect(result.requestedFromPool).toBe(11600);
    expect(result.rules).toMatchObject({ year: 2026, paybackLimitYears: 6 });
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('blocks an investment case that pays back in year 7 by the database’s limit of 6 years', async () => {
    const result = await evaluated({ ...sevenYears, kind: 'investeringsforslag' });
    expect(result.payback).toEqual({ service: 7, total: 7 });
    const errors = result.issues.filter((issue) => issue.ruleId === 'payback-limit');
    expect(errors.map((issue) => [issue.severity, issue.field])).toEqual([
      ['error', 'payback.total'],
      ['error', 'payback.service'],
    ]);
    expect(errors[0]?.message).toContain('tilbagebetales først i år 7');
    expect(errors[0]?.message).toContain('inden for 6 år');
  });

  it('takes the limit from the rules of the year asked for: 8 years in 2062 lets year 7 pass', async () => {
    const result = await evaluated({
      ...sevenYears,
      kind: 'investeringsforslag',
      rulesYear: 2062,
    });
    expect(result.rules).toMatchObject({ year: 2062, paybackLimitYears: 8 });
    expect(result.issues.filter((issue) => issue.ruleId === 'payback-limit')).toEqual([]);
  });

  it('applies the cap of the kind: an innovation case asking 1 krone over 2 mio. is blocked', async () => {
    const result = await evaluated({
      priceLevelYear: 2026,
      years: [2026, 2027],
      rows: [
        { label: 'Pilot', section: 'implementation', area: 'service', values: [1500, 500.001] },
      ],
      kind: 'innovationsforslag',
    });
    expect(result.requestedFromPool).toBe(2000.001);
    const cap = result.issues.find((issue) => issue.ruleId === 'cap-exceeded');
    expect(cap).toMatchObject({ severity: 'error', field: 'totals.implementation' });
    expect(cap?.message).toContain('2.000.001 kr.');
  });

  it('judges by the rules of the round’s year, as the edit form does, and refuses an unknown round', async () => {
    const roundId = unique('ofs-');
    await givenReference(t.access, {
      rounds: [{ id: roundId, name: `OFS ${roundId}`, kind: 'ofs', year: 2062 }],
    });
    const result = await evaluated({ ...sevenYears, kind: 'investeringsforslag', roundId });
    expect(result.rules).toMatchObject({ year: 2062, paybackLimitYears: 8 });
    const unknown = await evaluate({ ...sevenYears, roundId: unique('ingen-') });
    expectProblem(unknown, 400, 'ValidationError', 'roundId');
  });

  it('warns, rather than passing silently, when no rules are configured that early', async () => {
    const result = await evaluated({ ...sevenYears, kind: 'investeringsforslag', rulesYear: 1995 });
    expect(result.rules).toBeNull();
    expect(result.issues).toContainEqual(
      expect.objectContaining({ ruleId: 'rules-missing', severity: 'warning', field: 'rulesYear' }),
    );
  });

  it('words its findings in the client’s language: English for en, Danish without', async () => {
    const payload = { ...sevenYears, kind: 'investeringsforslag', rulesYear: 1995 };
    const inEnglish = await t.api({
      method: 'POST',
      url: '/api/economics/evaluate',
      payload,
      headers: { 'accept-language': 'en' },
    });
    expect(inEnglish.statusCode, inEnglish.body).toBe(200);
    const english = evaluationOutput.parse(inEnglish.json()).issues;
    expect(english.find((issue) => issue.ruleId === 'rules-missing')?.message).toBe(
      'There are no submission rules for 1995 or an earlier year, so the payback limit and caps are not checked.',
    );
    const danish = (await evaluated(payload)).issues;
    expect(danish.find((issue) => issue.ruleId === 'rules-missing')?.message).toBe(
      'Der er ingen indsendelsesregler for 1995 eller tidligere år, så tilbagebetalingsgrænse og loft er ikke kontrolleret.',
    );
    const late = await t.api({
      method: 'POST',
      url: '/api/economics/evaluate',
      payload: { ...sevenYears, kind: 'investeringsforslag' },
      headers: { 'accept-language': 'en' },
    });
    const payback = evaluationOutput
      .parse(late.json())
      .issues.find((i) => i.field === 'payback.total');
    expect(payback?.message).toBe(
      'Payback based on the total economy: the proposal pays back only in year 7, but an investment case must pay back within 6 years.',
    );
  });

  it('names the cell of a saving written as a cost, and the column that breaks the year sequence', async () => {
    const result = await evaluated({
      priceLevelYear: 2026,
      years: [2026, 2028],
      rows: [{ label: 'Drift', section: 'implementation', area: 'anlaeg', values: [-100, 50] }],
    });
    expect(result.issues.map((issue) => [issue.ruleId, issue.field])).toEqual([
      ['years-not-contiguous', 'years.1'],
      ['cost-row-negative', 'rows.0.values.0'],
    ]);
  });

  it('gives the sensitivity: savings 20 % lower, one year later, and both', async () => {
    const result = await evaluated({
      priceLevelYear: 2026,
      years: YEARS8.slice(0, 6),
      rows: [
        { label: 'Løsning', section: 'implementation', area: 'service', values: [1000] },
        {
          label: 'Gevinst',
          section: 'lasting',
          area: 'service',
          values: [null, -500, -500, -500, -500, -500],
        },
      ],
    });
    expect(result.payback.total).toBe(3);
    const { savingsLower, savingsLater, both } = result.sensitivity;
    expect(savingsLower).toMatchObject({ savingsReductionPercent: 20, delayYears: 0 });
    expect(savingsLower.cumulative.slice(0, 4)).toEqual([1000, 600, 200, -200]);
    expect(savingsLower.payback.total).toBe(4);
    expect(savingsLater).toMatchObject({ savingsReductionPercent: 0, delayYears: 1 });
    expect(savingsLater.payback.total).toBe(4);
    expect(both.payback.total).toBe(5);
  });

  it('discounts at the rate asked for: at 0 % the present value is the plain sum', async () => {
    const table = {
      priceLevelYear: 2026,
      years: [2026, 2027],
      rows: [{ label: 'Gevinst', section: 'lasting', area: 'service', values: [-1000, -1035] }],
    };
    expect((await evaluated({ ...table, discountRate: 0 })).npv).toEqual({
      discountRate: 0,
      total: -2035,
    });
    // 1.035 kr. a year from now at 3,5 % is worth 1.000 kr. now.
    expect((await evaluated(table)).npv).toEqual({ discountRate: 3.5, total: -2000 });
  });

  it('converts to another price level with the index before evaluating', async () => {
    const result = await evaluated({ ...wire(bc01.table), targetPriceLevelYear: 2026 });
    expect(result.conversion).toEqual({
      fromPriceLevelYear: 2027,
      toPriceLevelYear: 2026,
      fromIndex: 124.74,
      toIndex: 121.35,
    });
    expect(result.table.priceLevelYear).toBe(2026);
    // 345.000 kr. x 121,35 / 124,74 = 335.624,1 kr., rounded per cell to whole kroner.
    expect(result.table.rows[0]?.values[0]).toBe(335.624);
    expect(Math.round(result.requestedFromPool)).toBe(1017);
  });

  it('answers, for any table, what the engine computes in whole kroner, exactly in thousands', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryTable, async (table) => {
        const result = await evaluated(wire(table));
        const engine = evaluateTable(table);
        const kroner = (values: readonly number[]) => values.map((v) => Math.round(v * 1000));
        expect(kroner(result.impact)).toEqual(engine.impact);
        expect(kroner(result.cumulative)).toEqual(engine.cumulative);
        expect(kroner(result.totals.lasting.byArea.service)).toEqual(
          engine.totals.lasting.byArea.service,
        );
        expect(result.payback).toEqual(engine.payback);
        // Thousands with at most three decimals: the JSON text is the amount itself.
        for (const value of result.cumulative) expect(String(value)).toMatch(/^-?\d+(\.\d{1,3})?$/);
      }),
      { numRuns: 40 },
    );
  });

  describe('inconsistent input is a 400 naming the field', () => {
    const row = { label: 'Løn', section: 'lasting', area: 'service', values: [100] };
    const base = { priceLevelYear: 2026, years: [2026], rows: [row] };

    it('a row with more values than the table has years', async () => {
      const response = await evaluate({ ...base, rows: [{ ...row, values: [100, 200] }] });
      const body = expectProblem(response, 400, 'ValidationError', 'rows.0.values');
      expect(body.issues?.[0]?.message).toBe('rækken har 2 værdier, men tabellen har 1 år');
      const english = await t.api({
        method: 'POST',
        url: '/api/economics/evaluate',
        payload: { ...base, rows: [{ ...row, values: [100, 200] }] },
        headers: { 'accept-language': 'en' },
      });
      expect(expectProblem(english, 400, 'ValidationError').issues?.[0]?.message).toBe(
        'the row has 2 values, but the table has 1 year',
      );
    });

    it('an unknown styringsområde', async () => {
      const response = await evaluate({ ...base, rows: [{ ...row, area: 'drift' }] });
      expectProblem(response, 400, 'ValidationError', 'rows.0.area');
    });

    it('an amount with more than three decimals (less than whole kroner)', async () => {
      const response = await evaluate({ ...base, rows: [{ ...row, values: [100.0005] }] });
      const body = expectProblem(response, 400, 'ValidationError', 'rows.0.values.0');
      expect(body.message).toContain('tre decimaler');
    });

    it('a missing part of the table, instead of a guessed default', async () => {
      const { years: _years, ...noYears } = base;
      expectProblem(await evaluate(noYears), 400, 'ValidationError', 'years');
    });

    it('a field the endpoint does not know', async () => {
      expectProblem(await evaluate({ ...base, rate: 4 }), 400, 'ValidationError', 'rate');
    });

    it('a discount rate finer than hundredths of a percent', async () => {
      const response = await evaluate({ ...base, discountRate: 3.505 });
      expectProblem(response, 400, 'ValidationError', 'discountRate');
    });

    it('a target price level the index does not have', async () => {
      const response = await evaluate({ ...base, targetPriceLevelYear: 1991 });
      const body = expectProblem(response, 400, 'ValidationError', 'targetPriceLevelYear');
      expect(body.message).toContain('1991');
    });

    it('amounts too large to add up exactly in whole kroner', async () => {
      const huge = { ...row, values: [1e12] };
      const response = await evaluate({ ...base, rows: Array.from({ length: 10 }, () => huge) });
      expectProblem(response, 400, 'ValidationError', 'rows');
    });
  });
});

describe.each(testDatabases())('GET /api/submission-rules on $name', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
    await givenReference(t.access, {
      submissionRules: [{ year: 2026, rules: copenhagen }],
    });
  });
  afterAll(() => t?.close());

  it('lists each year’s payback limit and caps in thousands of kroner', async () => {
    const response = await t.api({ method: 'GET', url: '/api/submission-rules' });
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toContainEqual({
      year: 2026,
      paybackLimitYears: 6,
      capByKind: { foranalyse: 1000, innovationsforslag: 2000, investeringsforslag: null },
    });
  });
});
