import { describe, expect, it } from 'vitest';
import { evaluateEconomy, thousands, type WireEconomy } from './economy.ts';

// LØFT (seed 002), Tabel 1 in 1.000 kr.; the document states payback 4 and 4.
const loeft: WireEconomy = {
  priceLevelYear: 2026,
  years: [2025, 2026, 2027, 2028, 2029, 2030],
  rows: [
    {
      label: '§ 85 vejledere',
      section: 'lasting',
      area: 'service',
      values: [null, null, 7550, 7550, 7550, 7550],
    },
    {
      label: 'Huslejetilskud',
      section: 'lasting',
      area: 'overfoersler',
      values: [null, 300, 600, 600, 600, 600],
    },
    {
      label: 'Husleje',
      section: 'lasting',
      area: 'service',
      values: [null, 600, 600, 600, 600, 600],
    },
    {
      label: 'Sagsbehandling',
      section: 'lasting',
      area: 'service',
      values: [null, null, 650, 650, 650, 650],
    },
    {
      label: 'Ledelse',
      section: 'lasting',
      area: 'service',
      values: [null, null, 800, 800, 800, 800],
    },
    {
      label: 'Nattevagter',
      section: 'lasting',
      area: 'service',
      values: [null, null, 2650, 2650, 2650, 2650],
    },
    {
      label: 'Besparelse på § 107',
      section: 'lasting',
      area: 'service',
      values: [null, -5000, -16700, -27800, -33350, -33350],
    },
    {
      label: 'Projektledelse',
      section: 'implementation',
      area: 'service',
      values: [400, 800, 800, null, null, null],
    },
    {
      label: 'Etablering',
      section: 'implementation',
      area: 'service',
      values: [300, null, null, null, null, null],
    },
    {
      label: 'Kompetenceudvikling',
      section: 'implementation',
      area: 'service',
      values: [null, 100, 100, 100, null, null],
    },
    {
      label: 'Elcykler',
      section: 'implementation',
      area: 'service',
      values: [150, 100, null, null, null, null],
    },
    {
      label: 'Driftsudgifter',
      section: 'implementation',
      area: 'service',
      values: [550, 8200, null, null, null, null],
    },
  ],
};

describe('evaluateEconomy on the wire form of Tabel 1', () => {
  it('computes the subtotals in thousands as the document shows them', () => {
    const result = evaluateEconomy(loeft)!;
    expect(result.totals.lasting.byArea.service.map(thousands)).toEqual([
      0, -4400, -4450, -15550, -21100, -21100,
    ]);
    expect(result.totals.implementation.total.map(thousands)).toEqual([1400, 9200, 900, 100, 0, 0]);
  });

  it('pays LØFT back in year 4 on both the total and the service economy', () => {
    expect(evaluateEconomy(loeft)?.payback).toEqual({ service: 4, total: 4 });
  });

  it('sums thousands with decimals exactly (0,1 + 0,2 is 0,3)', () => {
    const result = evaluateEconomy({
      priceLevelYear: 2026,
      years: [2026],
      rows: [
        { label: 'a', section: 'implementation', area: 'service', values: [0.1] },
        { label: 'b', section: 'implementation', area: 'service', values: [0.2] },
      ],
    });
    expect(result?.impact.map(thousands)).toEqual([0.3]);
  });

  it('answers null instead of throwing when the sums would leave exact whole kroner', () => {
    const huge = {
      label: 'x',
      section: 'lasting' as const,
      area: 'service' as const,
      values: [1e12],
    };
    expect(
      evaluateEconomy({ priceLevelYear: 2026, years: [2026], rows: Array(10).fill(huge) }),
    ).toBeNull();
  });
});
