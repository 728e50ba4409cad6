import { thousandsToKroner } from '../../../domain/money.ts';
import type {
  Area,
  FollowUpGoal,
  ProposalKind,
  RiskLevel,
  RowSection,
} from '../../../domain/proposal.ts';
import { formatDanishDate, parseDanishNumber } from '../../../shared/danish-number.ts';
import type { ProposalOutput, ProposalUpdateInput } from '../../../shared/proposal-schema.ts';
import { formatAmount } from '../../../shared/format.ts';
import { parseDanishDate } from '../../../shared/danish-date.ts';

// The edit form holds what the user typed (amounts and dates as text) so that a half-typed or
// wrong value is kept and pointed at, never silently dropped. Items of a list carry a key so
// React keeps each input's identity when an item above it is removed.

let lastKey = 0;
export const newKey = (): string => `k${++lastKey}`;

export interface RowDraft {
  key: string;
  label: string;
  section: RowSection;
  area: Area;
  /** One text per year column. */
  cells: string[];
}

export interface RangeDraft {
  min: string;
  max: string;
}

export interface FutureDraft {
  expectedCost: RangeDraft;
  expectedDecisionRound: string;
  efficiencyPotential: RangeDraft;
  efficiencyArea: Area | '';
  crossCuttingEfficiency: boolean;
  largeScalePotential: boolean;
  matureNewTechnology: boolean;
  note: string;
}

export type GoalDraft = FollowUpGoal & { key: string };
export interface RiskDraft {
  key: string;
  name: string;
  level: RiskLevel | '';
  mitigation: string;
}
export interface PartnerDraft {
  key: string;
  name: string;
  description: string;
}
export interface HearingDraft {
  key: string;
  body: string;
  heard: boolean | null;
  date: string;
  answer: string;
}

export interface EconomyDraft {
  priceLevelYear: string;
  /** What the user typed as the first year; the columns follow on from it. */
  firstYear: string;
  years: number[];
  rows: RowDraft[];
}

export interface ProposalDraft {
  code: string;
  title: string;
  kind: ProposalKind;
  summary: string;
  leadAdministration: string;
  affectedAdministrations: string[];
  committee: string;
  roundId: string;
  originProposalId: string;
  description: string;
  economyNarrative: string;
  economy: EconomyDraft;
  futureInvestmentNarrative: string;
  /** Unticking Tabel 2 keeps what was typed in it, in case the user ticks it again. */
  hasFutureInvestment: boolean;
  futureInvestment: FutureDraft;
  implementationNarrative: string;
  followUpGoals: GoalDraft[];
  riskLevel: RiskLevel | '';
  riskNarrative: string;
  risks: RiskDraft[];
  adminEfficiency: string;
  /** Tabel 4 as Center for Økonomi's step recorded it: shown, never edited or sent. */
  financeApproval: ProposalOutput['financeApproval'];
  partners: PartnerDraft[];
  hearings: HearingDraft[];
  /** Figures an imported document stated; not edited here, but kept on every save. */
  stated: ProposalOutput['stated'];
}

const rangeDraft = (range: { min: number | null; max: number | null }): RangeDraft => ({
  min: formatAmount(range.min),
  max: formatAmount(range.max),
});

const emptyFuture: FutureDraft = {
  expectedCost: { min: '', max: '' },
  expectedDecisionRound: '',
  efficiencyPotential: { min: '', max: '' },
  efficiencyArea: '',
  crossCuttingEfficiency: false,
  largeScalePotential: false,
  matureNewTechnology: false,
  note: '',
};

export const emptyRow = (section: RowSection, yearCount: number): RowDraft => ({
  key: newKey(),
  label: '',
  section,
  area: 'service',
  cells: new Array<string>(yearCount).fill(''),
});

export function fromProposal(p: ProposalOutput): ProposalDraft {
  const years = p.economy.years;
  const future = p.futureInvestment;
  return {
    code: p.code ?? '',
    title: p.title,
    kind: p.kind,
    summary: p.summary,
    leadAdministration: p.leadAdministration ?? '',
    affectedAdministrations: p.affectedAdministrations,
    committee: p.committee ?? '',
    roundId: p.roundId ?? '',
    originProposalId: p.originProposalId ?? '',
    description: p.description,
    economyNarrative: p.economyNarrative,
    economy: {
      priceLevelYear: p.economy.priceLevelYear === null ? '' : String(p.economy.priceLevelYear),
      firstYear: years[0] === undefined ? '' : String(years[0]),
      years,
      rows: p.economy.rows.map((row) => ({
        key: newKey(),
        label: row.label,
        section: row.section,
        area: row.area,
        cells: years.map((_, i) => formatAmount(row.values[i])),
      })),
    },
    futureInvestmentNarrative: p.futureInvestmentNarrative,
    hasFutureInvestment: future !== null,
    futureInvestment: future
      ? {
          ...future,
          expectedCost: rangeDraft(future.expectedCost),
          efficiencyPotential: rangeDraft(future.efficiencyPotential),
          efficiencyArea: future.efficiencyArea ?? '',
        }
      : emptyFuture,
    implementationNarrative: p.implementationNarrative,
    followUpGoals: p.followUpGoals.map((g) => ({ ...g, key: newKey() })),
    riskLevel: p.riskLevel ?? '',
    riskNarrative: p.riskNarrative,
    risks: p.risks.map((r) => ({ ...r, level: r.level ?? '', key: newKey() })),
    adminEfficiency: p.adminEfficiency,
    financeApproval: p.financeApproval,
    partners: p.partners.map((x) => ({ ...x, key: newKey() })),
    hearings: p.hearings.map((h) => ({
      ...h,
      date: h.date ? formatDanishDate(h.date) : '',
      key: newKey(),
    })),
    stated: p.stated,
  };
}

/** An amount typed in a cell, in thousands; null for an empty or unreadable cell. */
export function readAmount(text: string): number | null {
  const value = parseDanishNumber(text);
  return value === null || Number.isNaN(value) || thousandsToKroner(value) === null ? null : value;
}

export const readDate = (text: string): string | null =>
  text.trim() ? parseDanishDate(text) : null;
const readYear = (text: string): number | null => {
  const value = Number(text.trim());
  return text.trim() && Number.isInteger(value) ? value : null;
};
const orNull = (text: string): string | null => text.trim() || null;
const withoutKey = <T extends { key: string }>({ key: _key, ...rest }: T) => rest;

/** Tabel 1 as numbers, for the live totals: what cannot be read counts as an empty cell. */
export function economyOf(draft: ProposalDraft) {
  return {
    priceLevelYear: readYear(draft.economy.priceLevelYear),
    years: draft.economy.years,
    rows: draft.economy.rows.map((row) => ({
      label: row.label,
      section: row.section,
      area: row.area,
      values: row.cells.map(readAmount),
    })),
  };
}

/** The request body of a save. Call it on a draft that validateDraft found no errors in. */
export function toInput(draft: ProposalDraft, version: number): ProposalUpdateInput {
  const future = draft.futureInvestment;
  return {
    version,
    code: orNull(draft.code),
    title: draft.title,
    kind: draft.kind,
    summary: draft.summary,
    leadAdministration: orNull(draft.leadAdministration),
    affectedAdministrations: draft.affectedAdministrations,
    committee: orNull(draft.committee),
    roundId: orNull(draft.roundId),
    originProposalId: orNull(draft.originProposalId),
    description: draft.description,
    economyNarrative: draft.economyNarrative,
    economy: economyOf(draft),
    stated: draft.stated,
    futureInvestmentNarrative: draft.futureInvestmentNarrative,
    futureInvestment: draft.hasFutureInvestment
      ? {
          ...future,
          expectedCost: {
            min: readAmount(future.expectedCost.min),
            max: readAmount(future.expectedCost.max),
          },
          efficiencyPotential: {
            min: readAmount(future.efficiencyPotential.min),
            max: readAmount(future.efficiencyPotential.max),
          },
          efficiencyArea: future.efficiencyArea || null,
        }
      : null,
    implementationNarrative: draft.implementationNarrative,
    followUpGoals: draft.followUpGoals.map(withoutKey),
    riskLevel: draft.riskLevel || null,
    riskNarrative: draft.riskNarrative,
    risks: draft.risks.map((r) => ({ ...withoutKey(r), level: r.level || null })),
    adminEfficiency: draft.adminEfficiency,
    partners: draft.partners.map(withoutKey),
    hearings: draft.hearings.map((h) => ({ ...withoutKey(h), date: readDate(h.date) })),
  };
}

/** A fingerprint of the content, blind to list keys, to tell whether anything changed. */
export function fingerprint(draft: ProposalDraft): string {
  return JSON.stringify(draft, (name, value: unknown) => (name === 'key' ? undefined : value));
}
