import { describe, expect, it } from 'vitest';
import { recogniseGeneration } from './generations.ts';
import type { ExpectedProposal } from './test-generations.ts';
import {
  checkFields,
  expectEveryFieldRead,
  investmentCase,
  readFixture,
} from './test-generations.ts';

const _ = null;

const INVESTERINGSFORSLAG_2018 = [
  investmentCase({
    code: 'SOF12',
    title: 'Mobile teams på botilbud',
    lead: 'SOF',
    priceLevelYear: 2019,
    rows: [
      ['Projektledelse', 'implementation', 'service', [500, 400, _, _, _, _]],
      ['Biler til mobilt team', 'implementation', 'anlaeg', [300, _, _, _, _, _]],
      ['Drift af biler', 'lasting', 'service', [_, 100, 100, 100, 100, 100]],
      ['Færre nattevagter', 'lasting', 'service', [_, -600, -900, -900, -900, -900]],
    ],
    totals: [
      ['Samlede implementeringsomkostninger', [800, 400, 0, 0, 0, 0]],
      ['Samlet varig ændring', [0, -500, -800, -800, -800, -800]],
    ],
    payback: { service: 3, total: 3 },
  }),
  investmentCase({
    code: 'BUF07',
    title: 'Digital skoleindskrivning',
    lead: 'BUF',
    priceLevelYear: 2019,
    rows: [
      ['Løsning og tilpasning', 'implementation', 'service', [1200, _, _, _, _, _]],
      ['Licens', 'lasting', 'service', [_, 150, 150, 150, 150, 150]],
      ['Sparet sagsbehandling', 'lasting', 'service', [_, -450, -750, -750, -750, -750]],
    ],
    totals: [
      ['Samlede implementeringsomkostninger', [1200, 0, 0, 0, 0, 0]],
      ['Samlet varig ændring', [0, -300, -600, -600, -600, -600]],
    ],
    payback: { service: 4, total: 4 },
  }),
];

const EFFEKTIVISERINGSFORSLAG_2016 = [
  investmentCase({
    code: 'KFF04',
    title: 'Fælles booking af idrætshaller',
    lead: 'KFF',
    priceLevelYear: 2018,
    rows: [
      ['Bookingsystem', 'implementation', 'service', [650, _, _, _, _, _]],
      ['Uddannelse af haludvalg', 'implementation', 'service', [120, 40, _, _, _, _]],
      ['Licens og drift', 'lasting', 'service', [_, 80, 80, 80, 80, 80]],
      ['Færre tilskud til lokaleleje', 'lasting', 'overfoersler', [_, -40, -40, -40, -40, -40]],
      ['Mindre administration', 'lasting', 'service', [_, -250, -400, -400, -400, -400]],
    ],
    totals: [
      ['Samlede implementeringsomkostninger', [770, 40, 0, 0, 0, 0]],
      ['Samlet varig ændring', [0, -210, -360, -360, -360, -360]],
    ],
    payback: { service: 4, total: 4 },
  }),
  investmentCase({
    code: 'TMF09',
    title: 'Ladestandere i egen drift',
    lead: 'TMF',
    priceLevelYear: 2018,
    rows: [
      ['Overtagelse og opsætning', 'implementation', 'anlaeg', [2400, _, _, _, _, _]],
      ['Egen drift', 'lasting', 'service', [_, 300, 300, 300, 300, 300]],
      ['Sparet serviceaftale', 'lasting', 'service', [_, -1100, -1100, -1100, -1100, -1100]],
    ],
    totals: [
      ['Samlede implementeringsomkostninger', [2400, 0, 0, 0, 0, 0]],
      ['Samlet varig ændring', [0, -800, -800, -800, -800, -800]],
    ],
    payback: { service: null, total: 4 },
  }),
];

const BUSINESS_CASE_2016 = [
  investmentCase({
    code: 'BIF21',
    title: 'Selvbooking af møder i jobcentret',
    lead: 'BIF',
    priceLevelYear: 2017,
    rows: [
      ['Projektleder', 'implementation', 'service', [400, 200, _, _, _, _]],
      ['Færre aflyste møder', 'lasting', 'service', [_, -300, -450, -450, -450, -450]],
      ['Licens til bookingmodul', 'lasting', 'service', [_, 50, 50, 50, 50, 50]],
    ],
    totals: [['Samlet driftsændring (varig)', [0, -250, -400, -400, -400, -400]]],
    payback: { service: null, total: 3 },
  }),
  investmentCase({
    code: 'SUF02',
    title: 'Sensorer i plejeboliger',
    lead: 'SUF',
    priceLevelYear: 2017,
    rows: [
      ['Sensorer', 'implementation', 'anlaeg', [1500, _, _, _, _, _]],
      ['Opsætning', 'implementation', 'service', [300, _, _, _, _, _]],
      ['Færre natlige runder', 'lasting', 'service', [_, -700, -700, -700, -700, -700]],
    ],
    totals: [['Samlet driftsændring (varig)', [0, -700, -700, -700, -700, -700]]],
    payback: { service: null, total: 4 },
  }),
];

const GENERATIONS: [string, string, ExpectedProposal[]][] = [
  ['2018-2021 "INVESTERINGSFORSLAG"', 'investeringsforslag-2018.txt', INVESTERINGSFORSLAG_2018],
  [
    '2016-2019 "EFFEKTIVISERINGSFORSLAG" / "BUSINESS CASE"',
    'effektiviseringsforslag-2016.txt',
    EFFEKTIVISERINGSFORSLAG_2016,
  ],
  ['2016-2017 "BUSINESS CASE"', 'business-case-2016.txt', BUSINESS_CASE_2016],
];

describe.each(GENERATIONS)('the %s generation', (name, file, expected) => {
  it('reads every field of our test document', () => {
    expectEveryFieldRead(name, readFixture(file), expected);
  });
});

describe('recogniseGeneration', () => {
  it('tells a labelled title from the current template', () => {
    expect(recogniseGeneration(['INVESTERINGSFORSLAG', 'Forslagets titel: X01 A']).id).toBe(
      '2018-2021',
    );
    expect(recogniseGeneration(['Kort resumé: tekst']).id).toBe('2022-2026');
    expect(
      recogniseGeneration(['BUSINESS CASE', '1.1 FORSLAGETS SAMLEDE ØKONOMISKE KONSEKVENSER']).id,
    ).toBe('2016-2019');
  });

  it('keeps the hearing table of one proposal out of the next', () => {
    const fields = checkFields(
      readFixture('investeringsforslag-2018.txt'),
      INVESTERINGSFORSLAG_2018,
    );
    expect(fields.find((field) => field.field === 'proposals')?.right).toBe(true);
  });
});
