import { describe, expect, it } from 'vitest';
import { readPastedRows } from './paste.ts';

describe('readPastedRows', () => {
  it('splits a row of amounts copied from Excel or a Word table at the tabs, keeping "- 2.950" whole', () => {
    expect(readPastedRows('400\t- 2.950\t\t-1.200\r\n')).toEqual([
      { label: null, area: null, amounts: ['400', '- 2.950', '', '-1.200'] },
    ]);
  });

  it('splits text copied from a PDF at runs of spaces, a lone dash being an empty cell', () => {
    expect(readPastedRows('  1.400   -   -16.700  -27.800 ')).toEqual([
      { label: null, area: null, amounts: ['1.400', '', '-16.700', '-27.800'] },
    ]);
  });

  it('reads a whole template row from Excel: its text, its styringsområde and its amounts', () => {
    expect(readPastedRows('Effektiviseringsgevinst\tService\t\t-750\t-800\t-800\n')).toEqual([
      { label: 'Effektiviseringsgevinst', area: 'service', amounts: ['', '-750', '-800', '-800'] },
    ]);
  });

  it('reads several rows, one per line, and keeps an amount it cannot read as typed', () => {
    expect(
      readPastedRows(
        'Husleje\tEfterspørgselsstyrede overførsler\t300\t600\nLedelse\tAnlæg\t8OO\t800\n',
      ),
    ).toEqual([
      { label: 'Husleje', area: 'overfoersler', amounts: ['300', '600'] },
      { label: 'Ledelse', area: 'anlaeg', amounts: ['8OO', '800'] },
    ]);
  });

  it('reads a row copied from a PDF, keeping a number inside its text', () => {
    expect(readPastedRows('§ 85 vejledere Service - 7.550 7.550')).toEqual([
      { label: '§ 85 vejledere', area: 'service', amounts: ['', '7.550', '7.550'] },
    ]);
    expect(readPastedRows('Huslejetilskud Efterspørgselsstyrede overførsler 300 600')).toEqual([
      { label: 'Huslejetilskud', area: 'overfoersler', amounts: ['300', '600'] },
    ]);
  });

  it('leaves a single value and plain text to the ordinary paste', () => {
    expect(readPastedRows('-942')).toBeNull();
    expect(readPastedRows('1.234,5\n')).toBeNull();
    expect(readPastedRows('Projektledelse og interne ressourcer')).toBeNull();
  });
});
