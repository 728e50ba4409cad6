import { randomUUID } from 'node:crypto';
import type { ProposalContentInput } from '../../shared/proposal-schema.ts';
import type { DataAccess } from '../data-access.ts';
import type { ReferenceData } from '../reference/store.ts';

// Fresh, uniquely named data per test, so tests neither see nor disturb each other's rows on a
// shared database.

export const unique = (prefix: string) => `${prefix}${randomUUID().slice(0, 8)}`;

export interface Municipality {
  administration: string;
  otherAdministration: string;
  committee: string;
  roundId: string;
}

/** Reference data for a test: only what it names, the rest left empty. */
export function givenReference(access: DataAccess, data: Partial<ReferenceData>): Promise<void> {
  return access.reference.insertMissing({
    administrations: [],
    committees: [],
    rounds: [],
    hearingBodies: [],
    submissionRules: [],
    pools: [],
    ...data,
  });
}

/** A forvaltning (and a second one), a committee and a round that only this test uses. */
export async function givenMunicipality(access: DataAccess): Promise<Municipality> {
  const m: Municipality = {
    administration: unique('F'),
    otherAdministration: unique('G'),
    committee: unique('U'),
    roundId: unique('ofs-'),
  };
  await access.reference.insertMissing({
    administrations: [
      { code: m.administration, name: `Forvaltning ${m.administration}` },
      { code: m.otherAdministration, name: `Forvaltning ${m.otherAdministration}` },
    ],
    committees: [{ code: m.committee, name: `Udvalg ${m.committee}` }],
    rounds: [{ id: m.roundId, name: `OFS ${m.roundId}`, kind: 'ofs', year: 2026 }],
    hearingBodies: [],
    submissionRules: [],
    pools: [],
  });
  return m;
}

/**
 * A proposal with every part of the template filled in, amounts in thousands of kroner, as the
 * secretariat may create it (with code and round); `authorDraft` is the same as an author's.
 */
export function fullProposal(
  m: Municipality,
  overrides: Partial<ProposalContentInput> = {},
): ProposalContentInput {
  return {
    code: unique('BC'),
    title: 'Automatisering af visitation',
    kind: 'investeringsforslag',
    summary: 'Kort resumé.',
    leadAdministration: m.administration,
    affectedAdministrations: [m.otherAdministration],
    committee: m.committee,
    roundId: m.roundId,
    originProposalId: null,
    description: 'Fremgangsmåde og effekt.',
    economyNarrative: 'Økonomien bag.',
    economy: {
      priceLevelYear: 2026,
      years: [2026, 2027, 2028],
      rows: [
        {
          label: 'Effektivisering',
          section: 'lasting',
          area: 'service',
          values: [0, -1200.5, -2400],
        },
        { label: 'Drift', section: 'lasting', area: 'service', values: [null, 100, 100] },
        {
          label: 'Projektleder',
          section: 'implementation',
          area: 'service',
          values: [1500.001, 500],
        },
        { label: 'Udstyr', section: 'implementation', area: 'anlaeg', values: [250, null, null] },
      ],
    },
    stated: {
      payback: { service: 3, total: 3 },
      totals: [{ label: 'I alt', values: [1750, -600.5] }],
    },
    futureInvestmentNarrative: '',
    futureInvestment: {
      expectedCost: { min: 2000, max: 3000 },
      expectedDecisionRound: 'B2027',
      efficiencyPotential: { min: -5000, max: null },
      efficiencyArea: 'service',
      crossCuttingEfficiency: true,
      largeScalePotential: false,
      matureNewTechnology: true,
      note: 'Note.',
    },
    implementationNarrative: 'Implementering.',
    followUpGoals: [
      {
        group: 'implementation',
        goal: 'Løsningen er i drift',
        measure: 'Driftsstart',
        responsible: 'Projektleder',
        when: 'Q2 2026',
      },
      {
        group: 'efficiency',
        goal: 'Færre timer',
        measure: 'Tidsregistrering',
        responsible: 'Chef',
        when: '2027',
      },
    ],
    riskLevel: 'middel',
    riskNarrative: 'Risici.',
    risks: [{ name: 'Leverandør', level: 'hoej', mitigation: 'Kontrakt' }],
    adminEfficiency: 'Ja.',
    // Tabel 4 and Tabel 6's answers are written by their steps (see approvedProposal).
    financeApproval: { approved: null, date: null, note: '' },
    partners: [{ name: 'Koncern IT', description: 'Drift' }],
    hearings: [
      { body: 'IT-kredsen', heard: null, date: null, answer: '' },
      { body: 'MED-udvalg', heard: null, date: null, answer: '' },
    ],
    ...overrides,
  };
}

/** `fullProposal` as its author creates it: the code and the round are the secretariat's. */
export const authorDraft = (
  m: Municipality,
  overrides: Partial<ProposalContentInput> = {},
): ProposalContentInput => fullProposal(m, { code: null, roundId: null, ...overrides });

/**
 * A demo proposal as a new draft: without Center for Økonomi's approval and the hearing
 * answers, which only their workflow steps write; the bodies it plans to hear are kept.
 */
export const asNewDraft = (proposal: ProposalContentInput): ProposalContentInput => ({
  ...proposal,
  financeApproval: { approved: null, date: null, note: '' },
  hearings: (proposal.hearings ?? []).map(({ body }) => ({ body })),
});
