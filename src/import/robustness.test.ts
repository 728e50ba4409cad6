import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COPENHAGEN_ADMINISTRATIONS } from './copenhagen.ts';
import { importDocument } from './import-document.ts';
import { readSeed } from './test-seeds.ts';
import type { ImportResult } from './types.ts';

// Garbled, truncated and random input: the importer answers with an error result or partial
// proposals that say what is missing, never with an exception or a malformed proposal.

const options = { administrations: COPENHAGEN_ADMINISTRATIONS };
const SEEDS = [readSeed('000_'), readSeed('002_')];

/** The result is one of the two typed shapes, and every proposal is well-formed. */
function expectWellFormed(result: ImportResult): void {
  if (!result.ok) {
    expect(['empty', 'binary', 'no-proposal']).toContain(result.error.code);
    expect(result.error.message).not.toBe('');
    return;
  }
  expect(result.proposals.length).toBeGreaterThan(0);
  for (const proposal of result.proposals) {
    const { economy } = proposal.content;
    for (const row of economy.rows) {
      expect(row.values).toHaveLength(economy.years.length);
      for (const value of row.values) {
        if (value !== null) expect(Number.isSafeInteger(value)).toBe(true);
      }
    }
    for (const total of proposal.stated.totals)
      expect(total.values).toHaveLength(economy.years.length);
    for (const payback of [proposal.stated.payback, proposal.computed?.payback]) {
      for (const years of Object.values(payback ?? {})) {
        if (years !== null) expect(Number.isInteger(years)).toBe(true);
      }
    }
    expect(proposal.source.startLine).toBeLessThanOrEqual(proposal.source.endLine);
  }
}

function shuffle<T>(list: readonly T[], seed: number): T[] {
  const result = [...list];
  let state = seed;
  for (let i = result.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

describe('input that is not a proposal document', () => {
  it('answers an empty document with an error result', () => {
    expect(importDocument('  \n\n ', options)).toMatchObject({
      ok: false,
      error: { code: 'empty' },
    });
  });

  it('answers binary data with an error result', () => {
    const bytes = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 256));
    expect(importDocument(bytes.join(''), options)).toMatchObject({
      ok: false,
      error: { code: 'binary' },
    });
  });

  it('answers text without a proposal (the pool slides) with an error result', () => {
    expect(importDocument(readSeed('001_'), options)).toMatchObject({
      ok: false,
      error: { code: 'no-proposal' },
    });
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), (text) => {
        expectWellFormed(importDocument(text, options));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on random bytes read as text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        expectWellFormed(importDocument(new TextDecoder('windows-1252').decode(bytes), options));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on template words in random order with random numbers', () => {
    const words = fc.constantFrom(
      'Kort resumé:',
      'Fremstillende forvaltning:',
      'Socialforvaltningen',
      '1. Beskrivelse af forslag',
      '2. Økonomi',
      'Tabel 1. Forslagets samlede økonomiske konsekvenser',
      '1.000 kr. 2026 p/l',
      'Styringsområde   2025   2026   2027',
      'Varige ændringer',
      'Implementeringsomkostninger',
      'Service',
      'Anlæg',
      'Efterspørgselsstyred',
      'e overførsler',
      'Samlet varig ændring, service',
      'Samlede implementeringsomkostninger',
      'Samlet økonomisk påvirkning',
      'Tilbagebetalingstid baseret på totaløkonomi',
      'Tabel 2. Kriterier til prioritering.',
      'Tabel 3. Opfølgningsmål',
      'Tabel 6. Høring og inddragelse af kredse og udvalg',
      'Ja',
      'X',
      '1.40',
      '-',
      '',
      '   ',
    );
    const line = fc.oneof(
      words,
      fc.integer({ min: -99_999_999, max: 99_999_999 }).map(String),
      fc
        .array(fc.oneof(words, fc.integer().map(String)), { maxLength: 6 })
        .map((parts) => parts.join('   ')),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 120 }), (lines) => {
        expectWellFormed(importDocument(lines.join('\n'), options));
      }),
      { numRuns: 300 },
    );
  });
});

describe('damaged seed documents', () => {
  it.each(SEEDS.map((text, i) => [i, text] as const))(
    'seed %i cut at twenty points gives an error or partial proposals, and says what is missing',
    (_i, text) => {
      const full = importDocument(text, options);
      if (!full.ok) throw new Error('the whole seed must import');
      for (let k = 1; k <= 20; k++) {
        const cut = text.slice(0, Math.floor((text.length * k) / 21));
        const result = importDocument(cut, options);
        expectWellFormed(result);
        if (!result.ok) continue;
        expect(result.proposals.length).toBeLessThanOrEqual(full.proposals.length);
        // The proposal the cut falls in has lost its last section at least.
        const last = result.proposals.at(-1)!;
        expect(last.unread.length).toBeGreaterThan(0);
      }
    },
  );

  it.each(SEEDS.map((text, i) => [i, text] as const))(
    'seed %i with its lines shuffled does not throw',
    (_i, text) => {
      const lines = text.split('\n');
      for (let seed = 1; seed <= 10; seed++) {
        expectWellFormed(importDocument(shuffle(lines, seed).join('\n'), options));
      }
    },
  );

  it('a seed with random lines removed, doubled or replaced does not throw', () => {
    const lines = SEEDS[1]!.split('\n');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.nat({ max: lines.length - 1 }),
            action: fc.constantFrom('drop', 'double', 'replace'),
            text: fc.string({ maxLength: 40 }),
          }),
          { maxLength: 40 },
        ),
        (edits) => {
          const edited = [...lines];
          for (const { at, action, text } of edits) {
            if (at >= edited.length) continue;
            if (action === 'drop') edited.splice(at, 1);
            else if (action === 'double') edited.splice(at, 0, edited[at]!);
            else edited[at] = text;
          }
          expectWellFormed(importDocument(edited.join('\n'), options));
        },
      ),
      { numRuns: 60 },
    );
    // Sixty whole-document imports take seconds on a shared machine; no timing is asserted.
  }, 60_000);

  it('a Tabel 1 whose figures are cut off keeps what it read and flags the rest', () => {
    const text = SEEDS[1]!;
    const at = text.indexOf('Samlet økonomisk påvirkning');
    const result = importDocument(text.slice(0, at), options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [loeft] = result.proposals;
    expect(loeft!.content.economy.rows).toHaveLength(12);
    expect(loeft!.unread.map((u) => u.field)).toContain('heard');
    expect(loeft!.stated.payback).toEqual({ service: null, total: null });
  });
});
