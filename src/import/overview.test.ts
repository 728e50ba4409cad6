import { describe, expect, it } from 'vitest';
import { COPENHAGEN_ADMINISTRATIONS } from './copenhagen.ts';
import { importDocument } from './import-document.ts';
import { readFixture } from './test-generations.ts';
import { readSeed } from './test-seeds.ts';

// A round's overview (bilag) is read into the round: each proposal's code, title, committee,
// investment, efficiency and payback, linked to the proposal of the same code in the document.

const options = { administrations: COPENHAGEN_ADMINISTRATIONS };

function read(text: string) {
  const result = importDocument(text, options);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

const mio = (value: number) => value * 1_000_000;

describe('a round overview', () => {
  it('reads every line of an appendix in mio. kr., its committees and cross-cutting marks', () => {
    const { overview } = read(readFixture('investeringsforslag-2020-bilag.txt'));
    expect(overview?.round?.short).toBe('B2021');
    expect(overview?.priceLevelYear).toBe(2021);
    expect(
      overview?.entries.map((e) => [
        e.code,
        e.title,
        e.committee,
        e.crossCutting,
        e.investment.service,
        e.investment.anlaeg,
        e.efficiency,
        e.payback,
      ]),
    ).toEqual([
      [
        'ØKF03',
        'Robotter i løn- og personaleadministrationen',
        'Økonomiudvalget',
        true,
        mio(1.8),
        null,
        mio(-1.1),
        4,
      ],
      [
        'BUF11',
        'Digital understøttelse af skole-hjem-samarbejdet',
        'Børne- og Ungdomsudvalget',
        false,
        mio(2.6),
        mio(1.5),
        mio(-2.3),
        5,
      ],
      [
        'SOF21',
        'Hverdagsrehabilitering på botilbud',
        'Socialudvalget',
        false,
        mio(3),
        null,
        mio(-1.5),
        4,
      ],
      [
        'TMF05',
        'Sensorer i affaldsbeholdere',
        'Teknik- og Miljøudvalget',
        false,
        mio(0.4),
        mio(2.2),
        mio(-1.3),
        4,
      ],
    ]);
    // Its "I alt" adds up.
    expect(overview?.mismatches).toEqual([]);
    expect(overview?.unread).toEqual([]);
  });

  it('links each proposal to its line, and compares them as the overview rounds', () => {
    const { proposals } = read(readFixture('investeringsforslag-2020-bilag.txt'));
    expect(proposals.map((p) => p.overview?.entry.code)).toEqual([
      'ØKF03',
      'BUF11',
      'SOF21',
      'TMF05',
    ]);
    expect(proposals.map((p) => p.content.committee)).toEqual([
      'Økonomiudvalget',
      'Børne- og Ungdomsudvalget',
      'Socialudvalget',
      'Teknik- og Miljøudvalget',
    ]);
    // 1.050 in Tabel 1 is 1,1 mio. kr. in the overview; only SOF21's payback (4 for 5) differs.
    const overviewMismatches = proposals.flatMap((p) =>
      p.mismatches.filter((m) => m.field.startsWith('Oversigt')).map((m) => [p.content.code, m]),
    );
    expect(overviewMismatches).toEqual([
      ['SOF21', { field: 'Oversigt: tilbagebetalingstid', unit: 'years', stated: 4, computed: 5 }],
    ]);
  });

  it("flags the seed's total that is off by one after rounding, and compares no amounts across price levels", () => {
    const { overview, proposals } = read(readSeed('000_'));
    expect(overview?.entries.map((e) => [e.code, e.committee, e.investment.service])).toEqual([
      ['BC01', 'BIU', 1_017_000],
      ['BC02', 'BIU', 1_989_000],
      ['BC39', 'SUND', 1_946_000],
    ]);
    expect(overview?.mismatches).toEqual([
      {
        field: 'Oversigt: I alt, investering, service',
        unit: 'kroner',
        stated: 4_951_000,
        computed: 4_952_000,
      },
    ]);
    // The overview is in 2026 p/l, the proposals' tables in 2027 p/l.
    expect(
      proposals.flatMap((p) => p.mismatches.filter((m) => m.field.startsWith('Oversigt'))),
    ).toEqual([]);
  });

  it("checks each committee's own total and reads on below it to the overview's total", () => {
    const { overview } = read(
      [
        'Investeringsforslag til investeringspuljen, Budget 2020',
        '1.000 kr. (2020 p/l)   Service   Anlæg   Effektivisering ved fuld effekt   Tilbagebetalingstid',
        'Socialudvalget',
        'SOF04   Ny vagtplan   1.200   -   -600   3',
        'SOF05   Færre vikarer   300   -   -200   2',
        'I alt Socialudvalget   1.500   -   -800',
        'Kultur- og Fritidsudvalget',
        'KFF02   Selvbetjent udlån   800   500   -400   4',
        // 500 written for 800: the committee's total is wrong, the overview's is right.
        'I alt, Kultur- og Fritidsudvalget   500   500   -400',
        'I alt   2.300   500   -1.200',
      ].join('\n'),
    );
    expect(overview?.entries.map((e) => [e.code, e.committee])).toEqual([
      ['SOF04', 'Socialudvalget'],
      ['SOF05', 'Socialudvalget'],
      ['KFF02', 'Kultur- og Fritidsudvalget'],
    ]);
    expect(overview?.totals).toMatchObject({ service: 2_300_000, anlaeg: 500_000 });
    expect(overview?.mismatches).toEqual([
      {
        field: 'Oversigt: I alt Kultur- og Fritidsudvalget, investering, service',
        unit: 'kroner',
        stated: 500_000,
        computed: 800_000,
      },
    ]);
  });

  it('reads on over a page break that repeats the header', () => {
    const { overview } = read(
      [
        'Investeringsforslag til investeringspuljen, Budget 2021',
        'Mio. kr. (2021 p/l)   Investering   Effektivisering   Tilbage-',
        '   Service   Anlæg   ved fuld effekt   betalingstid (år)',
        'Økonomiudvalget',
        'ØKF03   Robotter i lønadministrationen   1,8   -   -1,1   4',
        'Side 1 af 2',
        '\f',
        'Mio. kr. (2021 p/l) fortsat   Investering   Effektivisering ved fuld effekt   Tilbagebetalingstid (år)',
        '   Service   Anlæg   ved fuld effekt   betalingstid (år)',
        'Socialudvalget',
        'SOF21   Hverdagsrehabilitering på botilbud   3,0   -   -1,5   4',
        'I alt   4,8   -   -2,6',
      ].join('\n'),
    );
    expect(overview?.entries.map((e) => [e.code, e.committee, e.payback])).toEqual([
      ['ØKF03', 'Økonomiudvalget', 4],
      ['SOF21', 'Socialudvalget', 4],
    ]);
    expect(overview?.mismatches).toEqual([]);
  });

  it('reads an overview that follows the proposals, and ends the last proposal above it', () => {
    const whole = readFixture('investeringsforslag-2020-bilag.txt');
    const last = '* Tværgående forslag';
    const end = whole.indexOf(last) + last.length;
    const first = read(whole);
    const after = read(`${whole.slice(end)}\n\f\n${whole.slice(0, end)}`);
    expect(after.overview?.entries.map((e) => e.code)).toEqual([
      'ØKF03',
      'BUF11',
      'SOF21',
      'TMF05',
    ]);
    expect(after.overview?.round?.short).toBe('B2021');
    // The last proposal is read as when the overview came first, its line compared the same.
    const tmf05 = (result: typeof first) => result.proposals.at(-1)!;
    expect(tmf05(after).content).toEqual(tmf05(first).content);
    expect(after.proposals.map((p) => p.mismatches)).toEqual(
      first.proposals.map((p) => p.mismatches),
    );
  });

  it('is a document of its own: read without any proposal', () => {
    const result = read(
      [
        'Bilag 1. Investeringsforslag til investeringspuljen, Overførselssagen 2019',
        'Mio. kr. (2019 p/l)   Service   Anlæg   Effektivisering ved fuld effekt   Tilbagebetalingstid',
        'Socialudvalget',
        'SOF04   Ny vagtplan*   1,2   -   -0,6   3',
        'Kultur- og Fritidsudvalget',
        'KFF02   Selvbetjent udlån   0,8   0,5   -0,4   4',
        'I alt   2,0   0,5   -1,0',
      ].join('\n'),
    );
    expect(result.proposals).toEqual([]);
    expect(result.overview?.round?.short).toBe('OFS 2019');
    expect(result.overview?.entries.map((e) => [e.code, e.committee, e.crossCutting])).toEqual([
      ['SOF04', 'Socialudvalget', true],
      ['KFF02', 'Kultur- og Fritidsudvalget', false],
    ]);
    expect(result.overview?.mismatches).toEqual([]);
  });
});
