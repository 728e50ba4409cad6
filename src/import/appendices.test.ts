import { describe, expect, it } from 'vitest';
import { COPENHAGEN_ADMINISTRATIONS } from './copenhagen.ts';
import { importDocument } from './import-document.ts';
import type { ExpectedProposal } from './test-generations.ts';
import { expectEveryFieldRead, investmentCase, readFixture } from './test-generations.ts';

// Whole appendices of older rounds, as PDF extraction leaves them: several proposals after an
// overview, check boxes, names and labels hyphenated over lines, payback figures before the rest
// of their label, a placeholder in the subtotals' area cell, a minus sign set apart, figures
// glued together, page numbers inside Tabel 1, later tables numbered and filled otherwise, and
// errors of arithmetic in the source that must be flagged.

const _ = null;

const INVESTERINGSFORSLAG_2020 = [
  investmentCase({
    code: 'ØKF03',
    title: 'Robotter i løn- og personaleadministrationen',
    lead: 'ØKF',
    affected: ['BUF', 'SUF'],
    priceLevelYear: 2021,
    rows: [
      [
        'Effektivisering af lønbehandling',
        'lasting',
        'service',
        [_, -600, -1200, -1200, -1200, -1200],
      ],
      ['Drift og licenser til robotter', 'lasting', 'service', [_, 150, 150, 150, 150, 150]],
      ['Udvikling af robotter', 'implementation', 'service', [900, 300, _, _, _, _]],
      ['Projektledelse og test', 'implementation', 'service', [400, 200, _, _, _, _]],
    ],
    totals: [
      ['Samlet varig ændring', [0, -450, -1050, -1050, -1050, -1050]],
      ['Samlede implementeringsomkostninger', [1300, 500, 0, 0, 0, 0]],
      ['Samlet økonomisk påvirkning', [1300, 50, -1050, -1050, -1050, -1050]],
    ],
    payback: { service: 4, total: 4 },
  }),
  investmentCase({
    code: 'BUF11',
    title: 'Digital understøttelse af skole-hjem-samarbejdet',
    lead: 'BUF',
    affected: [],
    priceLevelYear: 2021,
    rows: [
      ['Færre manuelle henvendelser', 'lasting', 'service', [_, -800, -1800, -2400, -2400, -2400]],
      ['Lavere befordringsudgifter', 'lasting', 'overfoersler', [_, -100, -200, -200, -200, -200]],
      ['Licens og hosting', 'lasting', 'service', [_, 350, 350, 350, 350, 350]],
      ['Tilpasning af platform', 'implementation', 'anlaeg', [1500, _, _, _, _, _]],
      [
        'Uddannelse af lærere og administrativt personale',
        'implementation',
        'service',
        [1400, 600, _, _, _, _],
      ],
      ['Projektledelse', 'implementation', 'service', [400, 200, _, _, _, _]],
    ],
    totals: [
      ['Samlet varig ændring, service', [0, -450, -1450, -2050, -2050, -2050]],
      [
        'Samlet varig ændring, efterspørgselsstyrede overførsler',
        [0, -100, -200, -200, -200, -200],
      ],
      ['Samlet varig ændring', [0, -550, -1650, -2250, -2250, -2250]],
      ['Samlede implementeringsomkostninger, service', [1800, 800, 0, 0, 0, 0]],
      ['Samlede implementeringsomkostninger, anlæg', [1500, 0, 0, 0, 0, 0]],
      ['Samlede implementeringsomkostninger', [3300, 800, 0, 0, 0, 0]],
      ['Samlet økonomisk påvirkning', [3300, 250, -1650, -2250, -2250, -2250]],
    ],
    payback: { service: 5, total: 4 },
  }),
  investmentCase({
    code: 'SOF21',
    title: 'Hverdagsrehabilitering på botilbud',
    lead: 'SOF',
    affected: ['SUF'],
    priceLevelYear: 2021,
    rows: [
      [
        'Reduceret behov for personlig hjælp',
        'lasting',
        'service',
        [_, -500, -1200, -1600, -1600, -1600],
      ],
      ['Øget træning', 'lasting', 'service', [_, 150, 150, 150, 150, 150]],
      ['Uddannelse af personale', 'implementation', 'service', [1200, 800, _, _, _, _]],
      ['Projektledelse', 'implementation', 'service', [600, 400, _, _, _, _]],
    ],
    totals: [
      // The document's own error: 2025 should be -1.450.
      ['Samlet varig ændring', [0, -350, -1050, -1450, -1350, -1450]],
      ['Samlede implementeringsomkostninger', [1800, 1200, 0, 0, 0, 0]],
      ['Samlet økonomisk påvirkning', [1800, 850, -1050, -1450, -1450, -1450]],
    ],
    payback: { service: 5, total: 5 },
    // And its line in the overview states a payback Tabel 1 does not give.
    mismatches: ['Samlet varig ændring 2025', 'Oversigt: tilbagebetalingstid'],
  }),
  investmentCase({
    code: 'TMF05',
    title: 'Sensorer i affaldsbeholdere',
    lead: 'TMF',
    affected: [],
    priceLevelYear: 2021,
    rows: [
      ['Indkøb og montering af sensorer', 'implementation', 'anlaeg', [2200, _, _, _, _, _]],
      ['Tilpasning af ruteplanlægning', 'implementation', 'service', [300, 100, _, _, _, _]],
      ['Færre tømninger', 'lasting', 'service', [_, -900, -1400, -1400, -1400, -1400]],
      ['Dataabonnement', 'lasting', 'service', [_, 120, 120, 120, 120, 120]],
    ],
    totals: [
      ['Samlede implementeringsomkostninger', [2500, 100, 0, 0, 0, 0]],
      ['Samlet varig ændring', [0, -780, -1280, -1280, -1280, -1280]],
      ['Samlet økonomisk påvirkning', [2500, -680, -1280, -1280, -1280, -1280]],
    ],
    payback: { service: 4, total: 4 },
  }),
];

const BUSINESS_CASE_2017 = [
  investmentCase({
    code: 'BIF21',
    title: 'Digitale jobsamtaler med ledige i jobcentret',
    lead: 'BIF',
    priceLevelYear: 2017,
    rows: [
      ['Udvikling af videoløsning', 'implementation', 'service', [600, 200, _, _, _, _]],
      ['Projektledelse', 'implementation', 'service', [300, 300, _, _, _, _]],
      ['Licenser', 'lasting', 'service', [_, 100, 100, 100, 100, 100]],
      ['Færre udeblivelser fra samtaler', 'lasting', 'service', [_, -300, -700, -700, -700, -700]],
    ],
    totals: [['Samlet driftsændring (varig)', [_, -200, -600, -600, -600, -600]]],
    payback: { service: null, total: 4 },
  }),
  investmentCase({
    code: 'SUF03',
    title: 'Sensorer i plejeboliger',
    lead: 'SUF',
    priceLevelYear: 2017,
    rows: [
      ['Sensorer og installation', 'implementation', 'anlaeg', [1500, _, _, _, _, _]],
      ['Oplæring af personale', 'implementation', 'service', [300, _, _, _, _, _]],
      ['Færre natlige runder', 'lasting', 'service', [_, -700, -700, -700, -700, -700]],
      ['Service og vedligehold', 'lasting', 'service', [_, 80, 80, 80, 80, 80]],
    ],
    totals: [['Samlet driftsændring (varig)', [0, -620, -620, -620, -620, -620]]],
    payback: { service: null, total: 4 },
  }),
  investmentCase({
    code: 'KFF7',
    title: 'Selvbetjente biblioteker om aftenen',
    lead: 'KFF',
    priceLevelYear: 2017,
    rows: [
      ['Adgangskontrol og kameraer', 'implementation', 'anlaeg', [800, _, _, _, _, _]],
      ['Tilpasning af lokaler', 'implementation', 'service', [400, _, _, _, _, _]],
      ['Færre vagttimer', 'lasting', 'service', [_, -350, -450, -450, -450, -450]],
      ['Drift af adgangskontrol', 'lasting', 'service', [_, 60, 60, 60, 60, 60]],
    ],
    // The document's own error: 2022 should be -390.
    totals: [['Samlet driftsændring (varig)', [_, -290, -390, -390, -390, -380]]],
    payback: { service: null, total: 5 },
    mismatches: ['Samlet driftsændring (varig) 2022'],
  }),
];

const EFFEKTIVISERINGSFORSLAG_2018 = [
  investmentCase({
    code: 'BUF14',
    title: 'Fælles vikarkorps for dagtilbud',
    lead: 'BUF',
    affected: [],
    priceLevelYear: 2019,
    rows: [
      ['Rekruttering af vikarkorps', 'implementation', 'service', [250, _, _, _, _, _]],
      ['Koordinator i opstartsåret', 'implementation', 'service', [400, _, _, _, _, _]],
      ['Sparede bureauvikarer', 'lasting', 'service', [_, -900, -900, -900, -900, -900]],
      ['Løn til fast vikarkorps', 'lasting', 'service', [_, 500, 500, 500, 500, 500]],
    ],
    totals: [
      ['Samlede implementeringsomkostninger', [650, 0, 0, 0, 0, 0]],
      ['Samlet varig ændring', [0, -400, -400, -400, -400, -400]],
    ],
    payback: { service: 3, total: 3 },
  }),
  investmentCase({
    code: 'SUF07',
    title: 'Velfærdsteknologi i hjemmeplejen',
    lead: 'SUF',
    affected: ['SOF'],
    priceLevelYear: 2019,
    rows: [
      ['Medicinrobotter', 'implementation', 'anlaeg', [3000, 1000, _, _, _, _]],
      ['Uddannelse af medarbejdere', 'implementation', 'service', [500, 250, _, _, _, _]],
      ['Færre besøg', 'lasting', 'service', [_, -1200, -2400, -2400, -2400, -2400]],
      ['Drift af robotter', 'lasting', 'service', [_, 300, 600, 600, 600, 600]],
      ['Mindre kørselsgodtgørelse', 'lasting', 'overfoersler', [_, -50, -100, -100, -100, -100]],
    ],
    totals: [
      ['Samlede implementeringsomkostninger', [3500, 1250, 0, 0, 0, 0]],
      ['Samlet varig ændring', [0, -950, -1900, -1900, -1900, -1900]],
    ],
    payback: { service: 5, total: 4 },
  }),
  investmentCase({
    code: 'TMF12',
    title: 'Digital parkeringskontrol',
    lead: 'TMF',
    affected: [],
    priceLevelYear: 2019,
    rows: [
      ['Scanningsbiler', 'implementation', 'anlaeg', [1800, _, _, _, _, _]],
      ['Færre kontrollører', 'lasting', 'service', [_, -1200, -1200, -1200, -1200, -1200]],
      ['Drift af biler', 'lasting', 'service', [_, 250, 250, 250, 250, 250]],
    ],
    totals: [
      ['Samlede implementeringsomkostninger', [1800, 0, 0, 0, 0, 0]],
      ['Samlet varig ændring', [0, -950, -950, -950, -950, -950]],
    ],
    payback: { service: 3, total: 3 },
  }),
];

// An older business case in mio. kr. with an "I alt" column, no styringsområde column, four
// years, "Nettoeffekt" as the only subtotal and codes written "ØKF4." and "KFF-12".
const BUSINESS_CASE_MIO = [
  investmentCase({
    code: 'ØKF4',
    title: 'Fælles indkøb af kontorartikler',
    lead: 'ØKF',
    priceLevelYear: 2017,
    years: [2017, 2018, 2019, 2020],
    rows: [
      ['Indkøbssystem', 'implementation', 'service', [400, 100, _, _]],
      ['Licens', 'lasting', 'service', [_, 50, 50, 50]],
      ['Lavere priser', 'lasting', 'service', [_, -300, -600, -600]],
    ],
    totals: [['Nettoeffekt', [400, -150, -550, -550]]],
    payback: { service: null, total: 3 },
  }),
  investmentCase({
    code: 'KFF-12',
    title: 'Digital booking af kommunens idrætsanlæg',
    lead: 'KFF',
    priceLevelYear: 2017,
    years: [2017, 2018, 2019, 2020, 2021],
    rows: [
      ['Bookingsystem', 'implementation', 'anlaeg', [1200, 300, _, _, _]],
      ['Færre administrative timer', 'lasting', 'service', [_, -500, -900, -900, -900]],
      ['Drift af system', 'lasting', 'service', [_, 100, 100, 100, 100]],
    ],
    totals: [['Nettoeffekt', [1200, -100, -800, -800, -800]]],
    payback: { service: null, total: 4 },
  }),
];

const APPENDICES: [string, string, ExpectedProposal[]][] = [
  ['2020-2021 INVESTERINGSFORSLAG', 'investeringsforslag-2020-bilag.txt', INVESTERINGSFORSLAG_2020],
  ['2016-2017 BUSINESS CASE', 'business-case-2017-bilag.txt', BUSINESS_CASE_2017],
  [
    '2016-2019 EFFEKTIVISERINGSFORSLAG / BUSINESS CASE',
    'effektiviseringsforslag-2018-bilag.txt',
    EFFEKTIVISERINGSFORSLAG_2018,
  ],
  ['2016-2017 BUSINESS CASE in mio. kr.', 'business-case-2016-mio.txt', BUSINESS_CASE_MIO],
];

describe.each(APPENDICES)('an appendix of the %s template', (name, file, expected) => {
  const text = readFixture(file);

  it('reads every field of every proposal, and flags exactly the errors of the source', () => {
    expectEveryFieldRead(name, text, expected);
  });

  it("keeps each proposal's lines to itself", () => {
    const result = importDocument(text, { administrations: COPENHAGEN_ADMINISTRATIONS });
    if (!result.ok) throw new Error(result.error.message);
    const ranges = result.proposals.map((p) => [p.source.startLine, p.source.endLine] as const);
    ranges.slice(1).forEach(([start], i) => expect(start).toBeGreaterThan(ranges[i]![1]));
    // No proposal's source holds another's title line.
    result.proposals.forEach((proposal, i) => {
      for (const other of expected.filter((_, j) => j !== i)) {
        expect(proposal.source.text).not.toContain(other.code + ' ');
      }
    });
  });
});

describe('the tables after Tabel 1 of an older template', () => {
  it('reads a hearing table without Ja/Nej and a finance approval ticked in a box', () => {
    const result = importDocument(readFixture('investeringsforslag-2020-bilag.txt'), {
      administrations: COPENHAGEN_ADMINISTRATIONS,
    });
    if (!result.ok) throw new Error(result.error.message);
    const tmf = result.proposals[3]!.content;
    expect(tmf.hearings).toEqual([
      {
        body: 'IT-kredsen',
        heard: true,
        date: '2020-09-03',
        answer: 'Kredsen anbefaler forslaget.',
      },
      { body: 'Økonomikredsen', heard: true, date: '2020-09-04', answer: 'Ingen bemærkninger.' },
    ]);
    expect(tmf.stated?.financeApproval).toEqual({ approved: true, date: '2020-09-01', note: '' });
    expect(result.proposals[3]!.unread.filter((u) => u.field === 'hearings')).toEqual([]);
  });
});
