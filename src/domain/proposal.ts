import type { Kroner } from './money.ts';

// The vocabulary of the proposal template (SPEC.md section 4). Administrations, committees,
// rounds and hearing bodies are data, not code: another municipality has other names.

export const PROPOSAL_KINDS = ['foranalyse', 'innovationsforslag', 'investeringsforslag'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

/** Where a Tabel 1 row belongs: lasting change, implementation cost, or internal loan repayment. */
export const ROW_SECTIONS = ['lasting', 'implementation', 'loan'] as const;
export type RowSection = (typeof ROW_SECTIONS)[number];

/** Styringsområde. */
export const AREAS = ['service', 'anlaeg', 'overfoersler', 'finans'] as const;
export type Area = (typeof AREAS)[number];

export const RISK_LEVELS = ['lav', 'lav-middel', 'middel', 'middel-hoej', 'hoej'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Tabel 3 groups: realising the proposal / investment, and realising the efficiencies. */
export const GOAL_GROUPS = ['implementation', 'efficiency'] as const;
export type GoalGroup = (typeof GOAL_GROUPS)[number];

export const PROPOSAL_STATUSES = [
  'draft',
  'ready_for_finance',
  'finance_approved',
  'in_hearing',
  'submitted',
  'recommended',
  'not_recommended',
  'granted',
  'rejected',
  'postponed',
  'in_implementation',
  'closed',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export interface EconomicRow {
  label: string;
  section: RowSection;
  area: Area;
  /** One cell per year of the table; null is an empty cell. */
  values: (Kroner | null)[];
}

export interface EconomicTable {
  priceLevelYear: number | null;
  years: number[];
  rows: EconomicRow[];
}

/** Figures a source document stated; kept as stated so mismatches with our arithmetic show. */
export interface StatedFigures {
  payback: { service: number | null; total: number | null };
  totals: { label: string; values: (Kroner | null)[] }[];
  /**
   * What an imported document's Tabel 4 said: a statement of the source, never the approval,
   * which only Center for Økonomi's step records.
   */
  financeApproval?: FinanceApproval | undefined;
}

export interface AmountRange {
  min: Kroner | null;
  max: Kroner | null;
}

/** Tabel 2: the future investment case and the prioritisation marks. */
export interface FutureInvestment {
  expectedCost: AmountRange;
  expectedDecisionRound: string;
  efficiencyPotential: AmountRange;
  efficiencyArea: Area | null;
  crossCuttingEfficiency: boolean;
  largeScalePotential: boolean;
  matureNewTechnology: boolean;
  note: string;
}

export interface FollowUpGoal {
  group: GoalGroup;
  goal: string;
  measure: string;
  responsible: string;
  when: string;
}

export interface Risk {
  name: string;
  level: RiskLevel | null;
  mitigation: string;
}

/** Tabel 4. Dates are ISO calendar dates (YYYY-MM-DD). */
export interface FinanceApproval {
  approved: boolean | null;
  date: string | null;
  note: string;
}

/** Tabel 5. */
export interface Partner {
  name: string;
  description: string;
}

/** Tabel 6. */
export interface Hearing {
  body: string;
  heard: boolean | null;
  date: string | null;
  answer: string;
}

export interface ProposalContent {
  code: string | null;
  title: string;
  kind: ProposalKind;
  summary: string;
  leadAdministration: string | null;
  affectedAdministrations: string[];
  committee: string | null;
  roundId: string | null;
  /** For an investment case that grew out of an innovation case. */
  originProposalId: string | null;
  description: string;
  economyNarrative: string;
  economy: EconomicTable;
  stated: StatedFigures | null;
  futureInvestmentNarrative: string;
  futureInvestment: FutureInvestment | null;
  implementationNarrative: string;
  followUpGoals: FollowUpGoal[];
  riskLevel: RiskLevel | null;
  riskNarrative: string;
  risks: Risk[];
  adminEfficiency: string;
  financeApproval: FinanceApproval;
  partners: Partner[];
  hearings: Hearing[];
}
