import { kroner, type Kroner } from '../../domain/money.ts';
import type { SubmissionRules } from '../../domain/rules.ts';

// Reference data the server loads next to the demo proposals. Copenhagen is the model; another
// municipality replaces all of it, which is why none of it lives in code paths.

export interface DemoAdministration {
  code: string;
  name: string;
}

export interface DemoCommittee {
  code: string;
  name: string;
}

export type DemoRoundKind = 'ofs' | 'budget';

export interface DemoRound {
  id: string;
  name: string;
  kind: DemoRoundKind;
  /** The year the round's money is paid out in. */
  year: number;
}

export interface DemoHearingBody {
  name: string;
}

export interface DemoSubmissionRules {
  year: number;
  rules: SubmissionRules;
}

export interface DemoPriceIndex {
  year: number;
  /** Hundredths of a point: 121,35 is 12135. */
  points: number;
}

export interface DemoPool {
  id: string;
  name: string;
  /** Pools nest: the pre-analysis pool is part of the innovation pool, which is part of the whole. */
  parentId: string | null;
  year: number;
  amountKroner: Kroner;
}

export interface DemoRoundOverviewEntry {
  code: string;
  committee: string;
  title: string;
  amountKroner: Kroner;
}

/**
 * A round overview as the secretariat published it (seed 000, "Tabel 1. Oversigt over indkomne
 * ansøgninger"). Kept as printed, total included, so the importer's mismatch check has a real case.
 */
export interface DemoRoundOverview {
  roundId: string;
  poolId: string;
  priceLevelYear: number;
  entries: DemoRoundOverviewEntry[];
  statedTotalKroner: Kroner;
}

export const demoAdministrations: DemoAdministration[] = [
  { code: 'ØKF', name: 'Økonomiforvaltningen' },
  { code: 'KFF', name: 'Kultur- og Fritidsforvaltningen' },
  { code: 'BUF', name: 'Børne- og Ungdomsforvaltningen' },
  { code: 'SUF', name: 'Sundheds- og Omsorgsforvaltningen' },
  { code: 'SOF', name: 'Socialforvaltningen' },
  { code: 'TMF', name: 'Teknik- og Miljøforvaltningen' },
  { code: 'BIF', name: 'Beskæftigelses- og Integrationsforvaltningen' },
];

export const demoCommittees: DemoCommittee[] = [
  { code: 'ØU', name: 'Økonomiudvalget' },
  { code: 'KFU', name: 'Kultur- og Fritidsudvalget' },
  { code: 'BUU', name: 'Børne- og Ungdomsudvalget' },
  // The overview of OFS 2025-2026 abbreviates it SUND; we keep the seed's code.
  { code: 'SUND', name: 'Sundheds- og Omsorgsudvalget' },
  { code: 'SOU', name: 'Socialudvalget' },
  { code: 'TMU', name: 'Teknik- og Miljøudvalget' },
  { code: 'BIU', name: 'Beskæftigelses- og Integrationsudvalget' },
];

export const demoRounds: DemoRound[] = [
  { id: 'ofs-2024-2025', name: 'OFS 2024-2025', kind: 'ofs', year: 2025 },
  { id: 'ofs-2025-2026', name: 'OFS 2025-2026', kind: 'ofs', year: 2026 },
  { id: 'b2027', name: 'Budget 2027', kind: 'budget', year: 2027 },
];

// Names as the hearing tables (Tabel 6) print them; the tables write "Koncern-IT", the prose
// "Koncern IT", and one name per body keeps hearings of the same body together.
export const demoHearingBodies: DemoHearingBody[] = [
  { name: 'IT-kredsen' },
  { name: 'Økonomikredsen' },
  { name: 'Koncern IT' },
  { name: 'MED-udvalg' },
  { name: 'Ejendomsfaglig vurdering' },
];

// Seed 001 states the 2026 rules. The 2025 documents only show that the same instruments and
// six-year payback were in use, so 2025 carries the same figures.
const copenhagenRules = (): SubmissionRules => ({
  paybackLimitYears: 6,
  capByKind: {
    foranalyse: kroner(1_000_000),
    innovationsforslag: kroner(2_000_000),
    investeringsforslag: null,
  },
});

export const demoSubmissionRules: DemoSubmissionRules[] = [
  { year: 2025, rules: copenhagenRules() },
  { year: 2026, rules: copenhagenRules() },
];

/**
 * An illustrative pris- og lønindeks (2020 = 100,00), in hundredths of a point. The yearly
 * rises follow the shape of KL's and Finansministeriets service-PL (the 2022-2023 inflation
 * included) but are not their figures; the secretariat replaces them with the current
 * "PL-skøn" (README). 2026/2027 is chosen so that seed 000's 2027 p/l proposals convert to the
 * 2026 p/l amounts its round overview prints (1.045 -> 1.017, 2.045 -> 1.989, 2.000 -> 1.946).
 */
export const demoPriceIndices: DemoPriceIndex[] = [
  { year: 2020, points: 10000 },
  { year: 2021, points: 10190 },
  { year: 2022, points: 10638 },
  { year: 2023, points: 11159 },
  { year: 2024, points: 11505 },
  { year: 2025, points: 11827 },
  { year: 2026, points: 12135 },
  { year: 2027, points: 12474 },
  { year: 2028, points: 12761 },
  { year: 2029, points: 13042 },
  { year: 2030, points: 13329 },
  { year: 2031, points: 13622 },
  { year: 2032, points: 13922 },
];

export const demoPools: DemoPool[] = [
  {
    id: 'puljer-2026',
    name: 'Investerings- og innovationspuljerne',
    parentId: null,
    year: 2026,
    amountKroner: kroner(375_000_000),
  },
  {
    id: 'investeringspulje-2026',
    name: 'Investeringspuljen',
    parentId: 'puljer-2026',
    year: 2026,
    amountKroner: kroner(360_000_000),
  },
  {
    id: 'innovationspulje-2026',
    name: 'Innovationspuljen',
    parentId: 'puljer-2026',
    year: 2026,
    amountKroner: kroner(15_000_000),
  },
  {
    id: 'foranalysepulje-2026',
    name: 'Foranalyser',
    parentId: 'innovationspulje-2026',
    year: 2026,
    amountKroner: kroner(4_000_000),
  },
];

export const demoRoundOverviews: DemoRoundOverview[] = [
  {
    roundId: 'ofs-2025-2026',
    poolId: 'innovationspulje-2026',
    // The overview is in 2026 p/l, the proposals' own tables in 2027 p/l.
    priceLevelYear: 2026,
    entries: [
      {
        code: 'BC01',
        committee: 'BIU',
        title: 'Test af AI-tolk på borgersamtaler i BIF',
        amountKroner: kroner(1_017_000),
      },
      {
        code: 'BC02',
        committee: 'BIU',
        title:
          'Digitalt Jobunivers – en samlet digital indgang for ledige til beskæftigelsessystemet',
        amountKroner: kroner(1_989_000),
      },
      {
        code: 'BC39',
        committee: 'SUND',
        title: 'Automatisering af visitationsproces i Center for Mental Sundhed',
        amountKroner: kroner(1_946_000),
      },
    ],
    // As printed. The entries sum to 4.952; each entry was rounded from an unrounded
    // conversion to 2026 p/l and the total from their unrounded sum, so it is off by one.
    statedTotalKroner: kroner(4_951_000),
  },
];
