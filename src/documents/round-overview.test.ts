import { describe, expect, it } from 'vitest';
import { convertAmount, type PriceIndex } from '../domain/economics/index.ts';
import { kroner } from '../domain/money.ts';
import { demoPriceIndices } from '../server/demo/reference.ts';
import type { EconomicTable } from '../domain/proposal.ts';
import { roundOverview, type OverviewProposal } from './round-overview.ts';
import { roundOverviewDocx } from './round-overview-docx.ts';
import { demoContent } from './test-support/demo.ts';
import { docxText } from './test-support/unzip.ts';

const fromDemo = (code: string): OverviewProposal => {
  const p = demoContent(code);
  return { code: p.code, title: p.title, kind: p.kind, committee: p.committee, economy: p.economy };
};

const table = (
  implementation: { service?: number; anlaeg?: number },
  year = 2026,
): EconomicTable => ({
  priceLevelYear: year,
  years: [2026, 2027],
  rows: [
    {
      label: 'Projekt',
      section: 'implementation',
      area: 'service',
      values: [kroner(implementation.service ?? 0), null],
    },
    {
      label: 'Udstyr',
      section: 'implementation',
      area: 'anlaeg',
      values: [null, kroner(implementation.anlaeg ?? 0)],
    },
    { label: 'Gevinst', section: 'lasting', area: 'service', values: [null, kroner(-5_000_000)] },
  ],
});

const proposal = (
  code: string | null,
  kind: OverviewProposal['kind'],
  committee: string | null,
  economy: EconomicTable,
  title = code ?? 'Uden kode',
): OverviewProposal => ({ code, title, kind, committee, economy });

describe('round overview', () => {
  it('groups by kind and committee and sums what each proposal asks of the pool (seed 000’s three)', () => {
    const overview = roundOverview(['BC39', 'BC02', 'BC01'].map(fromDemo));
    expect(overview.kinds.map((k) => k.kind)).toEqual(['innovationsforslag']);
    const [kind] = overview.kinds;
    expect(kind!.committees.map((g) => [g.committee, g.entries.map((e) => e.code)])).toEqual([
      ['BIU', ['BC01', 'BC02']],
      ['SUND', ['BC39']],
    ]);
    const requested = kind!.committees.flatMap((g) => g.entries.map((e) => e.requested!.total));
    const biu = kind!.committees[0]!.total.total;
    expect(biu).toBe(requested[0]! + requested[1]!);
    expect(overview.total.total).toBe(requested.reduce((a, b) => a + b, 0));
  });

  it('splits the amount by styringsområde and leaves the lasting changes out of it', () => {
    const overview = roundOverview([
      proposal(
        'BC01',
        'investeringsforslag',
        'BIU',
        table({ service: 700_000, anlaeg: 300_500 }),
        'A',
      ),
    ]);
    expect(overview.total).toEqual({ service: 700_000, anlaeg: 300_500, total: 1_000_500 });
  });

  it('orders codes numerically, puts proposals without a committee last, and totals per kind', () => {
    const overview = roundOverview([
      proposal('BC10', 'investeringsforslag', 'ØU', table({ service: 1000 }), 'Ti'),
      proposal('BC2', 'investeringsforslag', 'ØU', table({ service: 2000 }), 'To'),
      proposal(null, 'investeringsforslag', null, table({ service: 4000 }), 'Uden'),
      proposal('BC3', 'foranalyse', 'BIU', table({ service: 8000 }), 'Tre'),
    ]);
    expect(overview.kinds.map((k) => [k.kind, k.total.total])).toEqual([
      ['foranalyse', 8000],
      ['investeringsforslag', 7000],
    ]);
    const investment = overview.kinds[1]!;
    expect(investment.committees.map((g) => g.committee)).toEqual(['ØU', null]);
    expect(investment.committees[0]!.entries.map((e) => e.code)).toEqual(['BC2', 'BC10']);
    expect(overview.total.total).toBe(15000);
  });

  const index: PriceIndex = Object.fromEntries(demoPriceIndices.map((y) => [y.year, y.points]));

  it('converts each request to the round’s price level (seed 000: 1.017, 1.989 and 1.946 at 2026 p/l)', () => {
    const proposals = ['BC01', 'BC02', 'BC39'].map(fromDemo);
    const overview = roundOverview(proposals, { year: 2026, index });
    const entries = overview.kinds[0]!.committees.flatMap((g) => g.entries);
    expect(entries.map((e) => Math.round(e.requested!.total / 1000))).toEqual([1017, 1989, 1946]);
    for (const [i, entry] of entries.entries()) {
      expect(entry).toMatchObject({ priceLevelYear: 2026, notConverted: null });
      const own = roundOverview([proposals[i]!]).total;
      const service = convertAmount(own.service, 2027, 2026, index);
      expect(service.ok && service.value).toBe(entry.requested!.service);
      expect(entry.requested!.service + entry.requested!.anlaeg).toBe(entry.requested!.total);
    }
    expect(overview.total.total).toBe(entries.reduce((sum, e) => sum + e.requested!.total, 0));
    expect(overview.priceLevels).toEqual([2026]);
  });

  it('keeps a proposal in its own price level, and says why, when the index lacks its year', () => {
    const overview = roundOverview(
      [
        proposal('BC01', 'foranalyse', 'BIU', table({ service: 1000 }, 2019)),
        proposal('BC02', 'foranalyse', 'BIU', {
          ...table({ service: 1000 }),
          priceLevelYear: null,
        }),
      ],
      { year: 2026, index },
    );
    const [a, b] = overview.kinds[0]!.committees[0]!.entries;
    expect(a).toMatchObject({ priceLevelYear: 2019, requested: { total: 1000 } });
    expect(a!.notConverted).toContain('Prisindekset har ikke året 2019');
    expect(b!.notConverted).toBe('Forslaget har intet prisniveau (p/l-år).');
  });

  it('notes price levels that differ rather than adding them up silently', async () => {
    const docx = await roundOverviewDocx({
      roundName: 'OFS 2025-2026',
      committeeName: (code) => `Udvalg ${code}`,
      proposals: [
        proposal('BC01', 'innovationsforslag', 'BIU', table({ service: 1_000_000 }, 2026), 'A'),
        proposal('BC02', 'innovationsforslag', 'BIU', table({ service: 500_000 }, 2027), 'B'),
      ],
    });
    const text = docxText(docx);
    expect(text).toContain('forskellige prisniveauer (2026 p/l, 2027 p/l)');
    expect(text).toContain('A (2026 p/l)');
  });

  it('writes the appendix as Word with codes, committees, amounts and totals in 1.000 kr.', async () => {
    const proposals = ['BC01', 'BC02', 'BC39'].map(fromDemo);
    const text = docxText(
      await roundOverviewDocx({
        roundName: 'OFS 2025-2026',
        proposals,
        committeeName: (c) => `Udvalg ${c}`,
      }),
    );
    const overview = roundOverview(proposals);
    const amount = (k: number) => new Intl.NumberFormat('da-DK').format(k / 1000);
    expect(text).toContain('Tabel 1. Oversigt over indkomne ansøgninger til OFS 2025-2026');
    expect(text).toContain('Innovationsforslag');
    expect(text).toContain('I alt, Udvalg BIU');
    expect(text).toContain('I alt udmøntning fra innovationspuljen');
    expect(text).toContain(amount(overview.total.total));
    for (const group of overview.kinds[0]!.committees) {
      expect(text).toContain(amount(group.total.total));
    }
    expect(text.indexOf('BC01')).toBeLessThan(text.indexOf('BC39'));
  });

  it('prints the round’s price level and says the amounts are converted to it', async () => {
    const text = docxText(
      await roundOverviewDocx({
        roundName: 'OFS 2025-2026',
        proposals: ['BC01', 'BC39'].map(fromDemo),
        committeeName: (c) => c,
        priceLevel: { year: 2026, index },
      }),
    );
    expect(text).toContain('1.000 kr., 2026 p/l');
    expect(text).toContain('omregnet til 2026 p/l');
    expect(text).not.toContain('forskellige prisniveauer');
  });

  it('says so when the round has no proposals', async () => {
    const text = docxText(
      await roundOverviewDocx({ roundName: 'B2027', proposals: [], committeeName: (c) => c }),
    );
    expect(text).toContain('Runden har endnu ingen forslag.');
  });
});
