import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateTable } from '../domain/economics/index.ts';
import { table } from '../domain/economics/fixtures/arbitraries.ts';
import { kronerToThousands, type Kroner } from '../domain/money.ts';
import { formatDanishNumber } from '../shared/danish-number.ts';
import { wordFile } from './docx-parts.ts';
import { tabel1Docx } from './tabel1-docx.ts';
import { docxText } from './test-support/unzip.ts';

const danish = (value: Kroner) => formatDanishNumber(kronerToThousands(value));

describe('Tabel 1 in Word', () => {
  it('holds every cell, every subtotal and the total impact of any table, in Danish format (property)', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (economy) => {
        const text = docxText(await wordFile('Tabel 1', tabel1Docx(economy)));
        const cells = new Set(text.split(/[\t\n]+/).map((cell) => cell.trim()));
        const evaluation = evaluateTable(economy);
        const wanted = [
          ...economy.rows.flatMap((row) => row.values.flatMap((v) => (v === null ? [] : [v]))),
          ...evaluation.totals.lasting.total,
          ...evaluation.totals.implementation.total,
          ...evaluation.impact,
          ...evaluation.cumulative,
        ];
        for (const value of wanted) expect(cells, danish(value)).toContain(danish(value));
      }),
      { numRuns: 25 },
    );
  });
});
