import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COPENHAGEN_ADMINISTRATIONS } from './copenhagen.ts';
import type { GenerationId } from './generations.ts';
import { importDocument, prepareDocument } from './import-document.ts';
import { presentProposal } from './present.ts';
import {
  evaluateGenerated,
  expectedRows,
  fits,
  generatedProposal,
  mess,
  renderAppendix,
  type GeneratedProposal,
} from './test-appendix.ts';

// Appendices of generated proposals, written in each generation's layout with the mess of PDF
// extraction drawn at random, read back exactly: every proposal found once with its code,
// title, kind, lead, price level and years, every row of Tabel 1 in its section, area and years,
// the stated paybacks equal to the computed ones, no mismatch, and no line of one proposal in
// another.

const GENERATIONS: GenerationId[] = ['2022-2026', '2018-2021', '2016-2019', '2016-2017'];

const appendix = fc
  .record({
    generation: fc.constantFrom(...GENERATIONS),
    proposals: fc.array(generatedProposal, { minLength: 1, maxLength: 4 }),
    mess,
  })
  .filter(({ generation, mess: m }) => fits(generation, m))
  .map(({ generation, proposals, mess: m }) => ({
    generation,
    mess: m,
    // Codes are the secretariat's: unique in a round.
    proposals: proposals.map((p, i): GeneratedProposal => ({
      ...p,
      code: `${p.lead[0]}${10 + i}`,
    })),
  }));

const options = { administrations: COPENHAGEN_ADMINISTRATIONS };

describe('a generated appendix in every generation layout, with extraction mess', () => {
  it('reads back every proposal exactly', () => {
    fc.assert(
      fc.property(appendix, ({ generation, proposals, mess: m }) => {
        const { text, starts } = renderAppendix(proposals, generation, m);
        const result = importDocument(text, options);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.proposals).toHaveLength(proposals.length);
        proposals.forEach((p, i) => {
          const read = presentProposal(result.proposals[i]!);
          const { payback } = evaluateGenerated(p);
          expect(read.generation).toBe(generation);
          expect([read.code, read.title, read.kind, read.leadAdministration]).toEqual([
            p.code,
            p.title,
            'investeringsforslag',
            p.lead[0],
          ]);
          expect(read.priceLevelYear).toBe(p.first);
          expect(read.years).toEqual(Array.from({ length: 6 }, (_, y) => p.first + y));
          expect(read.rows).toEqual(expectedRows(p, generation, m));
          expect(read.stated.payback).toEqual(
            generation === '2016-2017' ? { service: null, total: payback.total } : payback,
          );
          expect(read.computed.payback).toEqual(payback);
          expect(read.mismatches).toEqual([]);
          // Its lines are its own: from its first line to before the next proposal's.
          const { startLine, endLine } = result.proposals[i]!.source;
          expect(startLine).toBe(starts[i]);
          expect(endLine).toBeLessThan(starts[i + 1] ?? Infinity);
        });
      }),
      { numRuns: 150, seed: 1515 },
    );
  }, 120_000);

  it('splits a document without losing or repeating a line', () => {
    fc.assert(
      fc.property(appendix, ({ generation, proposals, mess: m }) => {
        const { text, starts } = renderAppendix(proposals, generation, m);
        const prepared = prepareDocument(text);
        expect(prepared.ok).toBe(true);
        if (!prepared.ok) return;
        const { segments } = prepared.document.split;
        const lineCount = prepared.document.lines.length;
        // From the first proposal on, every line lies in exactly one segment.
        const owners = new Array<number>(lineCount).fill(0);
        for (const segment of segments)
          for (let i = segment.start; i <= segment.end; i++) owners[i]!++;
        expect(owners.slice(starts[0]! - 1)).toEqual(
          new Array<number>(lineCount - starts[0]! + 1).fill(1),
        );
        expect(owners.slice(0, starts[0]! - 1).every((count) => count === 0)).toBe(true);
      }),
      { numRuns: 150, seed: 1516 },
    );
  }, 60_000);
});
