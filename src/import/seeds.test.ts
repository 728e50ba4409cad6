import { describe, expect, it } from 'vitest';
import type { Area, ProposalKind, RiskLevel, RowSection } from '../domain/proposal.ts';
import { COPENHAGEN_ADMINISTRATIONS } from './copenhagen.ts';
import { importDocument } from './import-document.ts';
import { readSeed } from './test-seeds.ts';
import type { ImportedProposal } from './types.ts';

// Every proposal of the two seed documents with proposals in them, with every figure of its
// Tabel 1 typed in by hand (thousands of kroner, _ for an empty cell).

const _ = null;
type Values = (number | null)[];

interface Expected {
  code: string | null;
  title: string;
  kind: ProposalKind;
  lead: string;
  affected: string[];
  committee: string | null;
  round: string;
  priceLevelYear: number;
  years: number[];
  rows: [string, RowSection, Area, Values][];
  totals: [string, Values][];
  payback: { service: number | null; total: number | null };
  computedPayback: { service: number | null; total: number | null };
  finance: { approved: boolean; date: string };
  hearings: [string, string][];
  riskLevel: RiskLevel | null;
  goals: number;
  risks: number;
}

const y2025 = [2025, 2026, 2027, 2028, 2029, 2030];
const y2026 = [2026, 2027, 2028, 2029, 2030, 2031];
const noPayback = { service: null, total: null };

const SEED_000: Expected[] = [
  {
    code: 'BC01',
    title: 'Test af AI-tolk på borgersamtaler i BIF',
    kind: 'innovationsforslag',
    lead: 'BIF',
    affected: [],
    committee: 'BIU',
    round: 'OFS 2025-2026',
    priceLevelYear: 2027,
    years: y2026,
    rows: [
      [
        'Projektledelse (inkl. evaluering, dokumentation og rapportering',
        'implementation',
        'service',
        [345, _, _, _, _, _],
      ],
      [
        'Teknisk opsætning, licenser og support (leverandører af tolkeløsninger)',
        'implementation',
        'service',
        [400, _, _, _, _, _],
      ],
      ['Dataetiske og sprogfaglige afklaringer', 'implementation', 'service', [100, _, _, _, _, _]],
      [
        'Afklaring af tekniske forhold i forbindelse med test på borgersituationer.',
        'implementation',
        'service',
        [200, _, _, _, _, _],
      ],
    ],
    totals: [['Samlede implementeringsomkostninger', [1045, _, _, _, _, _]]],
    payback: noPayback,
    computedPayback: noPayback,
    finance: { approved: true, date: '2026-01-09' },
    hearings: [],
    riskLevel: null,
    goals: 6,
    risks: 7,
  },
  {
    code: 'BC02',
    title: 'Digitalt Jobunivers – en samlet digital indgang for ledige til beskæftigelsessystemet',
    kind: 'innovationsforslag',
    lead: 'BIF',
    affected: [],
    committee: 'BIU',
    round: 'OFS 2025-2026',
    priceLevelYear: 2027,
    years: y2026,
    rows: [
      ['Juridisk og datamæssig afklaring', 'implementation', 'service', [209, _, _, _, _, _]],
      ['Afprøvning af IT-løsninger', 'implementation', 'service', [418, 600, _, _, _, _]],
      [
        'Projektledelse, kommunikation, effektmåling og opsætning af tests',
        'implementation',
        'service',
        [418, 400, _, _, _, _],
      ],
    ],
    totals: [['Samlede implementeringsomkostninger', [1045, 1000, _, _, _, _]]],
    payback: noPayback,
    computedPayback: noPayback,
    finance: { approved: true, date: '2026-01-12' },
    hearings: [
      ['Økonomikredsen', '2025-12-12'],
      ['Koncern-IT', '2026-01-11'],
    ],
    riskLevel: 'middel',
    goals: 5,
    risks: 0,
  },
  {
    code: 'BC39',
    title: 'Automatisering af visitationsproces i Center for Mental Sundhed',
    kind: 'innovationsforslag',
    lead: 'SUF',
    affected: [],
    committee: 'SUND',
    round: 'OFS 2025-2026',
    // Tabel 1 prints no price level; the table's note says the proposal is in 2027 p/l.
    priceLevelYear: 2027,
    years: [2027, 2028, 2029, 2030],
    rows: [
      ['Projektafklaring og forberedende dataarbejde', 'implementation', 'service', [300, _, _, _]],
      [
        'Udvikling og understøttelse af arbejdet med de tre komponenter',
        'implementation',
        'service',
        [750, 300, _, _],
      ],
      ['Projektledelse og drift', 'implementation', 'service', [250, 150, _, _]],
      ['Juridisk og teknisk bistand', 'implementation', 'service', [150, _, _, _]],
      ['Evaluering', 'implementation', 'service', [_, 100, _, _]],
    ],
    totals: [['Samlede implementeringsomkostninger', [1450, 550, _, _]]],
    payback: noPayback,
    computedPayback: noPayback,
    finance: { approved: true, date: '2026-01-20' },
    hearings: [
      ['IT-kredsen', '2025-12-19'],
      ['Koncern-IT', '2025-12-19'],
      ['Økonomikredsen', '2025-12-12'],
    ],
    riskLevel: null,
    goals: 3,
    risks: 0,
  },
];

const SEED_002: Expected[] = [
  {
    code: 'UD/SI01',
    title: 'Nyt intensivt § 85 døgnstøttetilbud (”LØFT”)',
    kind: 'investeringsforslag',
    lead: 'SOF',
    affected: [],
    committee: null,
    round: 'OFS 2024-2025',
    priceLevelYear: 2026,
    years: y2025,
    rows: [
      ['§ 85 vejledere', 'lasting', 'service', [_, _, 7550, 7550, 7550, 7550]],
      ['Huslejetilskud', 'lasting', 'overfoersler', [_, 300, 600, 600, 600, 600]],
      ['Husleje', 'lasting', 'service', [_, 600, 600, 600, 600, 600]],
      ['Sagsbehandling', 'lasting', 'service', [_, _, 650, 650, 650, 650]],
      ['Ledelse', 'lasting', 'service', [_, _, 800, 800, 800, 800]],
      [
        'Nattevagter, aften- og weekenddækning samt driftsunderstøttelse (bl.a. cykeltransport)',
        'lasting',
        'service',
        [_, _, 2650, 2650, 2650, 2650],
      ],
      [
        'Besparelse på § 107 botilbudspladser',
        'lasting',
        'service',
        [_, -5000, -16700, -27800, -33350, -33350],
      ],
      ['Projektledelse', 'implementation', 'service', [400, 800, 800, _, _, _]],
      [
        'Etableringsomkostninger (døgnstøtte basen)',
        'implementation',
        'service',
        [300, _, _, _, _, _],
      ],
      ['Kompetenceudvikling', 'implementation', 'service', [_, 100, 100, 100, _, _]],
      ['Elcykler', 'implementation', 'service', [150, 100, _, _, _, _]],
      ['Driftsudgifter - implementering', 'implementation', 'service', [550, 8200, _, _, _, _]],
    ],
    totals: [
      ['Samlet varig ændring, service', [0, -4400, -4450, -15550, -21100, -21100]],
      ['Heraf nettoeffektivisering', [0, -4100, -3850, -14950, -20500, -20500]],
      ['Samlet varig ændring, efterspørgselsstyret indsats', [_, _, _, _, _, _]],
      ['Samlet varig ændring, efterspørgselsstyrede overførsler', [0, 300, 600, 600, 600, 600]],
      ['Samlet varig ændring, finansposter', [_, _, _, _, _, _]],
      ['Samlet varig ændring', [0, -4100, -3850, -14950, -20500, -20500]],
      ['Samlede implementeringsomkostninger, service', [1400, 9200, 900, 100, _, _]],
      ['Samlede implementeringsomkostninger, anlæg', [_, _, _, _, _, _]],
      ['Samlede implementeringsomkostninger', [1400, 9200, 900, 100, _, _]],
      ['Samlet økonomisk påvirkning', [1400, 5100, -2950, -14850, -20500, -20500]],
    ],
    payback: { service: 4, total: 4 },
    computedPayback: { service: 4, total: 4 },
    finance: { approved: true, date: '2025-02-05' },
    hearings: [
      ['Ejendomsfaglig vurdering', '2025-02-05'],
      ['MED-udvalg', '2025-02-25'],
    ],
    riskLevel: 'lav-middel',
    goals: 7,
    risks: 0,
  },
  {
    code: 'TV01',
    title: 'Digitalt Samtykke i Socialforvaltningens fagsystemer',
    kind: 'investeringsforslag',
    lead: 'SOF',
    affected: [],
    committee: null,
    round: 'OFS 2024-2025',
    priceLevelYear: 2026,
    years: y2025,
    rows: [
      ['Øgede driftsudgifter til DOMUS', 'lasting', 'service', [_, 250, 250, 250, 250, 250]],
      ['Udgifter til systemejerskab', 'lasting', 'service', [_, 150, 150, 150, 150, 150]],
      ['Tidsbesparelse', 'lasting', 'service', [_, -750, -1500, -1500, -1500, -1500]],
      [
        'Udvikling af integration og tilpasning af fagsystem',
        'implementation',
        'anlaeg',
        [1000, 1000, _, _, _, _],
      ],
      ['Projektledelse og interne ressourcer', 'implementation', 'anlaeg', [150, 150, _, _, _, _]],
      ['E-læring og uddannelsesmaterialer', 'implementation', 'anlaeg', [_, 150, _, _, _, _]],
      ['Udgifter til KIT', 'implementation', 'anlaeg', [100, _, _, _, _, _]],
    ],
    totals: [
      ['Samlet varig ændring, service', [_, -350, -1100, -1100, -1100, -1100]],
      ['Samlet varig ændring', [_, -350, -1100, -1100, -1100, -1100]],
      ['Samlede implementeringsomkostninger, service', [0, 0, _, _, _, _]],
      ['Samlede implementeringsomkostninger, anlæg', [1250, 1300, _, _, _, _]],
      ['Samlede implementeringsomkostninger', [1250, 1300, _, _, _, _]],
      ['Samlet økonomisk påvirkning', [1250, 950, -1100, -1100, -1100, -1100]],
    ],
    payback: { service: 4, total: 4 },
    computedPayback: { service: 4, total: 4 },
    finance: { approved: true, date: '2025-01-29' },
    hearings: [
      ['IT-kredsen', '2024-12-13'],
      ['MED-udvalg', '2025-02-25'],
    ],
    riskLevel: 'lav-middel',
    goals: 4,
    risks: 0,
  },
  {
    code: null,
    title: 'Analyse af indsamling, deling og anvendelse af data ml. SOF og BIF',
    kind: 'innovationsforslag',
    lead: 'SOF',
    affected: ['SOF', 'BIF'],
    committee: null,
    round: 'OFS 2024-2025',
    priceLevelYear: 2025,
    years: y2025,
    rows: [
      ['Interne analyseressourcer i BIF', 'implementation', 'service', [500, _, _, _, _, _]],
      ['Interne analyseressourcer i SOF', 'implementation', 'service', [500, _, _, _, _, _]],
      [
        'Ekstern bistand eller udvikling af små PoC’er',
        'implementation',
        'service',
        [200, _, _, _, _, _],
      ],
      ['Tilbagebetalingsplan på internt lån', 'loan', 'service', [0, -610, -610, _, _, _]],
    ],
    totals: [['Samlede implementeringsomkostninger', [1200, _, _, _, _, _]]],
    // The table states no payback; the loan is repaid in the third year.
    payback: noPayback,
    computedPayback: { service: 3, total: 3 },
    finance: { approved: true, date: '2025-02-06' },
    hearings: [['IT-kredsen', '2025-01-31']],
    riskLevel: 'lav',
    goals: 3,
    risks: 0,
  },
];

const thousands = (values: readonly (number | null)[]) =>
  values.map((v) => (v === null ? null : v / 1000));

/** One line per field: what the importer read, and whether it is what the document says. */
function fieldReport(actual: ImportedProposal, expected: Expected) {
  const c = actual.content;
  const fields: [string, unknown, unknown][] = [
    ['code', c.code, expected.code],
    ['title', c.title, expected.title],
    ['kind', c.kind, expected.kind],
    ['leadAdministration', c.leadAdministration, expected.lead],
    ['affectedAdministrations', c.affectedAdministrations, expected.affected],
    ['committee', c.committee, expected.committee],
    ['round', actual.round?.short, expected.round],
    ['priceLevelYear', c.economy.priceLevelYear, expected.priceLevelYear],
    ['years', c.economy.years, expected.years],
    [
      'rows',
      c.economy.rows.map((r) => [r.label, r.section, r.area, thousands(r.values)]),
      expected.rows,
    ],
    [
      'stated totals',
      actual.stated.totals.map((t) => [t.label, thousands(t.values)]),
      expected.totals,
    ],
    ['stated payback', actual.stated.payback, expected.payback],
    ['computed payback', actual.computed?.payback, expected.computedPayback],
    ['mismatches', actual.mismatches, []],
    [
      'finance approval',
      [c.stated?.financeApproval?.approved, c.stated?.financeApproval?.date],
      [expected.finance.approved, expected.finance.date],
    ],
    ['hearings', c.hearings.map((h) => [h.body, h.date]), expected.hearings],
    ['risk level', c.riskLevel, expected.riskLevel],
    ['named risks', c.risks.length, expected.risks],
    ['follow-up goals', c.followUpGoals.length, expected.goals],
  ];
  return fields.map(([field, got, want]) => ({
    proposal: expected.code ?? expected.title.slice(0, 20),
    field,
    ok: JSON.stringify(got) === JSON.stringify(want),
  }));
}

const documents: [string, Expected[]][] = [
  ['000_', SEED_000],
  ['002_', SEED_002],
];

describe.each(documents)('seed %s', (prefix, expected) => {
  const result = importDocument(readSeed(prefix), { administrations: COPENHAGEN_ADMINISTRATIONS });
  const proposals = result.ok ? result.proposals : [];

  it('finds every proposal and nothing else', () => {
    expect(result.ok).toBe(true);
    expect(proposals.map((p) => p.content.code)).toEqual(expected.map((e) => e.code));
  });

  it.each(expected.map((e, i) => [e.code ?? e.title, i] as const))(
    '%s: header, price level and years',
    (_name, i) => {
      const { content, round } = proposals[i]!;
      const want = expected[i]!;
      expect({
        title: content.title,
        kind: content.kind,
        lead: content.leadAdministration,
        affected: content.affectedAdministrations,
        committee: content.committee,
        round: round?.short,
        priceLevelYear: content.economy.priceLevelYear,
        years: content.economy.years,
      }).toEqual({
        title: want.title,
        kind: want.kind,
        lead: want.lead,
        affected: want.affected,
        committee: want.committee,
        round: want.round,
        priceLevelYear: want.priceLevelYear,
        years: want.years,
      });
      expect(content.summary.length).toBeGreaterThan(50);
      expect(content.description.length).toBeGreaterThan(200);
    },
  );

  it.each(expected.map((e, i) => [e.code ?? e.title, i] as const))(
    '%s: every cell of Tabel 1, the stated subtotals and paybacks',
    (_name, i) => {
      const proposal = proposals[i]!;
      const want = expected[i]!;
      expect(
        proposal.content.economy.rows.map((r) => [r.label, r.section, r.area, thousands(r.values)]),
      ).toEqual(want.rows);
      expect(proposal.stated.totals.map((t) => [t.label, thousands(t.values)])).toEqual(
        want.totals,
      );
      expect(proposal.stated.payback).toEqual(want.payback);
      expect(proposal.computed?.payback).toEqual(want.computedPayback);
      expect(proposal.mismatches).toEqual([]);
      expect(proposal.unread.filter((u) => u.field.startsWith('economy.rows'))).toEqual([]);
    },
  );

  it.each(expected.map((e, i) => [e.code ?? e.title, i] as const))(
    '%s: approval, hearings, risk and follow-up tables',
    (_name, i) => {
      const { content } = proposals[i]!;
      const want = expected[i]!;
      // What the source's Tabel 4 says is its statement; the approval itself stays empty.
      expect(content.stated?.financeApproval).toMatchObject(want.finance);
      expect(content.financeApproval).toEqual({ approved: null, date: null, note: '' });
      expect(content.hearings.map((h) => [h.body, h.date])).toEqual(want.hearings);
      expect(content.hearings.every((h) => h.heard === true)).toBe(true);
      expect(content.riskLevel).toBe(want.riskLevel);
      expect(content.risks).toHaveLength(want.risks);
      expect(content.followUpGoals).toHaveLength(want.goals);
      for (const goal of content.followUpGoals) {
        expect(goal.goal).not.toBe('');
        expect(goal.responsible).not.toBe('');
        expect(goal.when).not.toBe('');
      }
    },
  );

  it('reports, field by field, what it read right', () => {
    const report = proposals.flatMap((p, i) => fieldReport(p, expected[i]!));
    const failing = report.filter((line) => !line.ok);
    const fields = [...new Set(report.map((line) => line.field))];
    console.log(
      `Seed ${prefix}: ${report.length - failing.length} of ${report.length} fields right\n` +
        fields
          .map((field) => {
            const lines = report.filter((line) => line.field === field);
            const wrong = lines.filter((line) => !line.ok).map((line) => line.proposal);
            return `  ${field.padEnd(24)} ${lines.length - wrong.length}/${lines.length}${
              wrong.length > 0 ? `  wrong in ${wrong.join(', ')}` : ''
            }`;
          })
          .join('\n'),
    );
    expect(failing).toEqual([]);
  });
});

describe('seed 002, what is read beyond the figures', () => {
  const result = importDocument(readSeed('002_'), { administrations: COPENHAGEN_ADMINISTRATIONS });
  const [loeft, tv01, analysis] = result.ok ? result.proposals : [];

  it('reads whether an investment case grew out of an innovation case', () => {
    expect(loeft?.origin).toEqual({ fromInnovation: false, reference: '' });
    expect(tv01?.origin?.fromInnovation).toBe(true);
    expect(tv01?.origin?.reference).toMatch(/OFS 22\/23$/);
  });

  it('reads Tabel 2 of the innovation case: ranges, decision round, area and marks', () => {
    expect(analysis?.content.futureInvestment).toMatchObject({
      expectedCost: { min: 1_000_000, max: 5_000_000 },
      expectedDecisionRound: 'OFS 25/26',
      efficiencyPotential: { min: 1_000_000, max: 5_000_000 },
      efficiencyArea: 'service',
      crossCuttingEfficiency: true,
      largeScalePotential: true,
      matureNewTechnology: false,
    });
  });

  it('reads partners, and "-" as none', () => {
    expect(loeft?.content.partners).toEqual([]);
    expect(tv01?.content.partners.map((p) => p.name)).toEqual(['Koncern IT']);
  });

  it('keeps the section texts apart and free of page headers', () => {
    for (const proposal of [loeft, tv01, analysis]) {
      const c = proposal!.content;
      for (const text of [c.description, c.economyNarrative, c.implementationNarrative]) {
        expect(text).not.toMatch(/Overførselssagen \d{4}/);
        expect(text).not.toMatch(/^\d\. /m);
      }
    }
    expect(loeft?.content.adminEfficiency).toMatch(/ikke effektiviseringer på administration/);
  });
});

describe('seed 000, Tabel 2 of the innovation cases', () => {
  const result = importDocument(readSeed('000_'), { administrations: COPENHAGEN_ADMINISTRATIONS });
  const [bc01, bc02, bc39] = result.ok ? result.proposals : [];

  it('reads cost, round, potential and three marks', () => {
    expect(bc01?.content.futureInvestment).toMatchObject({
      expectedCost: { min: 1_300_000, max: 1_300_000 },
      expectedDecisionRound: 'OFS 26/27',
      efficiencyPotential: { min: 4_000_000, max: 8_000_000 },
      crossCuttingEfficiency: true,
      largeScalePotential: true,
      matureNewTechnology: true,
    });
  });

  it('reports a cost left as the template placeholder instead of reading one', () => {
    expect(bc02?.content.futureInvestment?.expectedCost).toEqual({ min: null, max: null });
    expect(bc02?.unread.map((u) => u.field)).toContain('futureInvestment.expectedCost');
  });

  it('reads two marks by the blank cell before them, and says it was unsure', () => {
    expect(bc39?.content.futureInvestment).toMatchObject({
      expectedDecisionRound: 'B2029',
      efficiencyPotential: { min: 900_000, max: 1_500_000 },
      efficiencyArea: 'service',
      crossCuttingEfficiency: false,
      largeScalePotential: true,
      matureNewTechnology: true,
    });
    expect(bc39?.unread.map((u) => u.field)).toContain('futureInvestment.marks');
  });

  it('says where the price level came from when Tabel 1 does not print it', () => {
    expect(bc39?.unread.map((u) => u.field)).toContain('economy.priceLevelYear');
    expect(bc01?.unread.map((u) => u.field)).not.toContain('economy.priceLevelYear');
  });
});
