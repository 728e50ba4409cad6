import { describe, expect, it } from 'vitest';
import { readRealisedCsv } from './realised-read.ts';

// The accounting export's usual layouts: the reader finds the header below title rows, reads
// the columns in any order and Danish or English numbers by the separator, and names the cell
// of whatever it cannot read.

const lines = (csv: string) =>
  readRealisedCsv(csv).lines.map((l) => [l.code, l.year, l.row, l.amount, l.cells.amount]);

describe('readRealisedCsv', () => {
  it('reads a semicolon file with title rows and Danish numbers ("1.234,5", "- 2.950")', () => {
    const csv =
      'Regnskab 2026;;;\n\nBeløb (1.000 kr.);Projektnr;År;Konto\n"1.234,5";BC01;2026;Drift\n- 2.950;BC01;2026;2\n';
    expect(lines(csv)).toEqual([
      ['BC01', 2026, 'Drift', 1_234_500, 'A4'],
      ['BC01', 2026, '2', -2_950_000, 'A5'],
    ]);
  });

  it('reads a comma file with a point for decimals, and a tab file, and quoted fields', () => {
    expect(lines('Forslag,År,Række,Beløb\n"BC,01",2026,Drift,1234.5\n')).toEqual([
      ['BC,01', 2026, 'Drift', 1_234_500, 'D2'],
    ]);
    expect(lines('Forslag\tÅr\tRække\tBeløb\r\nBC01\t2027\t"Drift ""ny"""\t7\r\n')).toEqual([
      ['BC01', 2027, 'Drift "ny"', 7_000, 'D2'],
    ]);
  });

  it('takes whole kroner when the amount’s heading says kr., and skips sum rows', () => {
    const csv = 'Forslag;År;Konto;Beløb i kr.\nBC01;2026;Drift;1.234.567\nI alt;;;1.234.567\n';
    expect(lines(csv)).toEqual([['BC01', 2026, 'Drift', 1_234_567, 'D2']]);
    const øre = readRealisedCsv('Forslag;År;Konto;Beløb kr.\nBC01;2026;Drift;12,5\n');
    expect(øre.errors).toEqual([{ cell: 'D2', message: 'beløbet skal være hele kroner' }]);
  });

  it('names the cell: a year that is none, a missing row, more than three decimals', () => {
    const csv =
      'Forslag;År;Konto;Beløb\nBC01;tyve;Drift;1\nBC01;2026;;1\nBC01;2026;Drift;1,0005\n;2026;Drift;1\n';
    expect(readRealisedCsv(csv).errors.map((e) => e.cell)).toEqual(['B2', 'C3', 'D4', 'A5']);
  });

  it('says which columns it looked for when there is no header row', () => {
    const reading = readRealisedCsv('a;b;c\n1;2;3\n');
    expect(reading.errors[0]).toMatchObject({ cell: null });
    expect(reading.errors[0]!.message).toContain('forslag (kode), år, konto/række og beløb');
  });
});
