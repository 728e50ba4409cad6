import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COPENHAGEN_ADMINISTRATIONS } from './copenhagen.ts';
import { importDocument } from './import-document.ts';
import { presentProposal } from './present.ts';

// Generated proposals written in each older generation's layout (with the dashes for empty
// cells and the placeholder in the subtotals' area cell) must read back exactly.

type Cell = number | null;
interface Row {
  label: string;
  area: 'Service' | 'Anlæg';
  values: Cell[];
}
interface Generated {
  code: string;
  title: string;
  lead: [string, string];
  first: number;
  implementation: Row[];
  lasting: Row[];
}

const WORDS = ['Projektledelse', 'Licenser', 'Uddannelse', 'Rådgivning', 'Vikarer', 'Husleje'];
const LEADS: [string, string][] = [
  ['SOF', 'Socialforvaltningen'],
  ['BUF', 'Børne- og Ungdomsforvaltningen'],
  ['TMF', 'Teknik- og Miljøforvaltningen'],
];

const row = fc.record({
  label: fc.constantFrom(...WORDS),
  area: fc.constantFrom('Service' as const, 'Anlæg' as const),
  values: fc.array(fc.option(fc.integer({ min: -9999, max: 9999 }), { nil: null }), {
    minLength: 6,
    maxLength: 6,
  }),
});
const proposal: fc.Arbitrary<Generated> = fc.record({
  code: fc
    .tuple(fc.constantFrom('SOF', 'BC', 'KFF'), fc.integer({ min: 1, max: 99 }))
    .map(([letters, n]) => `${letters}${String(n).padStart(2, '0')}`),
  title: fc.constantFrom('Fælles vagtplan', 'Digital indskrivning', 'Ny ruteplan'),
  lead: fc.constantFrom(...LEADS),
  first: fc.integer({ min: 2016, max: 2020 }),
  implementation: fc.array(row, { minLength: 1, maxLength: 3 }),
  lasting: fc.array(row, { minLength: 1, maxLength: 3 }),
});

const danish = (value: Cell) =>
  value === null ? '-' : value.toLocaleString('da-DK', { useGrouping: true });
const sums = (rows: Row[]) =>
  Array.from({ length: 6 }, (_, y) => rows.reduce((sum, r) => sum + (r.values[y] ?? 0), 0));
const line = (cells: string[]) => cells.join('   ');
const years = (p: Generated) => Array.from({ length: 6 }, (_, y) => String(p.first + y));
const rowLines = (rows: Row[]) => rows.map((r) => line([r.label, r.area, ...r.values.map(danish)]));

const LAYOUTS: [string, (p: Generated) => string][] = [
  [
    '2018-2021',
    (p) =>
      [
        'INVESTERINGSFORSLAG',
        `Forslagets titel: ${p.code} ${p.title}`,
        'Resumé:',
        'Et kort resumé.',
        'Der søges om midler fra: ☒ Investeringspuljen',
        `Fremstillende forvaltning: ☒ ${p.lead[1]}`,
        `Angiv p/l: ${p.first}`,
        '',
        'Tabel 1. Forslagets samlede økonomiske konsekvenser',
        line([`1.000 kr. (${p.first} p/l)`, 'Styringsområde', ...years(p)]),
        'Implementeringsomkostninger',
        ...rowLines(p.implementation),
        line(['Samlede implementeringsomkostninger', '-', ...sums(p.implementation).map(danish)]),
        'Varige ændringer (effektiviseringer og drift)',
        ...rowLines(p.lasting),
        line(['Samlet varig ændring', '-', ...sums(p.lasting).map(danish)]),
      ].join('\n'),
  ],
  [
    '2016-2019',
    (p) =>
      [
        'EFFEKTIVISERINGSFORSLAG',
        `${p.code} ${p.title}`,
        'Kort resumé: Et kort resumé.',
        `Fremstillende forvaltning: ${p.lead[1]}`,
        '',
        '1.1 FORSLAGETS SAMLEDE ØKONOMISKE KONSEKVENSER',
        line(['1.000 kr p/l Styringsområde', ...years(p)]),
        'Implementeringsomkostninger',
        ...rowLines(p.implementation),
        line(['Samlede implementeringsomkostninger', '-', ...sums(p.implementation).map(danish)]),
        'Varige ændringer (effektiviseringer og drift)',
        ...rowLines(p.lasting),
        line(['Samlet varig ændring', '-', ...sums(p.lasting).map(danish)]),
        `Note: Beløbene er angivet i ${p.first} p/l.`,
      ].join('\n'),
  ],
  [
    '2016-2017',
    (p) =>
      [
        'BUSINESS CASE',
        line(['Forslag', `${p.code} ${p.title}`]),
        line(['Fremstillende forvaltning', p.lead[1]]),
        line(['Type', 'Investering']),
        'Resumé: Et kort resumé.',
        '',
        'Tabel 1. Forslagets samlede økonomi',
        line(['1000 kr p/l', ...years(p)]),
        'Implementeringsomkostninger',
        ...rowLines(p.implementation),
        'Driftseffektiviseringer',
        ...rowLines(p.lasting),
        line(['Samlet driftsændring (varig)', '-', ...sums(p.lasting).map(danish)]),
        `Note: Alle beløb er angivet i ${p.first} p/l.`,
      ].join('\n'),
  ],
];

describe.each(LAYOUTS)('a generated proposal in the %s layout', (_name, render) => {
  it('reads back exactly', () => {
    fc.assert(
      fc.property(proposal, (p) => {
        const result = importDocument(render(p), { administrations: COPENHAGEN_ADMINISTRATIONS });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.proposals).toHaveLength(1);
        const read = presentProposal(result.proposals[0]!);
        expect(read.code).toBe(p.code);
        expect(read.title).toBe(p.title);
        expect(read.kind).toBe('investeringsforslag');
        expect(read.leadAdministration).toBe(p.lead[0]);
        expect(read.priceLevelYear).toBe(p.first);
        expect(read.years).toEqual(years(p).map(Number));
        const expected = [
          ...p.implementation.map((r) => [r.label, 'implementation', r, r.values] as const),
          ...p.lasting.map((r) => [r.label, 'lasting', r, r.values] as const),
        ].map(([label, section, r, values]) => ({
          label,
          section,
          area: r.area === 'Service' ? 'service' : 'anlaeg',
          values,
        }));
        expect(read.rows).toEqual(expected);
        expect(read.mismatches.filter((m) => !m.field.startsWith('payback'))).toEqual([]);
      }),
      { numRuns: 60, seed: 15 },
    );
  });
});
