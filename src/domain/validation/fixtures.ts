// Complete proposals for the validation tests, built on the seed tables: each passes every rule,
// so a test changes one thing and sees exactly that rule fire.
import { bc01, tv01 } from '../economics/fixtures/seed-tables.ts';
import type { Kroner } from '../money.ts';
import { wholeProposal, type ProposalContent } from '../proposal.ts';
import type { SubmissionRules } from '../rules.ts';

/** Copenhagen's 2026 rules (SPEC.md section 3). */
export const copenhagen2026: SubmissionRules = {
  paybackLimitYears: 6,
  capByKind: {
    foranalyse: 1_000_000 as Kroner,
    innovationsforslag: 2_000_000 as Kroner,
    investeringsforslag: null,
  },
};

const written = {
  code: null,
  summary: 'Kort resumé.',
  leadAdministration: 'SOF',
  affectedAdministrations: [],
  committee: 'SUD',
  roundId: null,
  originProposalId: null,
  description: 'Fremgangsmåde og effekt.',
  economyNarrative: 'Økonomien i forslaget.',
  stated: null,
  futureInvestmentNarrative: 'Det kommende investeringsforslag.',
  futureInvestment: null,
  implementationNarrative: 'Implementering og opfølgning.',
  followUpGoals: [
    {
      group: 'efficiency',
      goal: 'Tid sparet',
      measure: 'Minutter',
      responsible: 'SOF',
      when: '2027',
    },
  ],
  riskLevel: 'middel',
  riskNarrative: '',
  risks: [],
  adminEfficiency: 'Ingen.',
  financeApproval: { approved: true, date: '2025-01-15', note: '' },
  partners: [],
  hearings: [],
} satisfies Partial<ProposalContent>;

export const investmentCase: ProposalContent = wholeProposal({
  ...written,
  title: 'Digitalt samtykke',
  kind: 'investeringsforslag',
  economy: tv01.table,
  stated: tv01.stated,
});

export const innovationCase: ProposalContent = wholeProposal({
  ...written,
  title: 'Test af AI-tolk',
  kind: 'innovationsforslag',
  economy: bc01.table,
  futureInvestment: {
    expectedCost: { min: null, max: null },
    expectedDecisionRound: 'B2027',
    efficiencyPotential: { min: null, max: null },
    efficiencyArea: 'service',
    crossCuttingEfficiency: false,
    largeScalePotential: true,
    matureNewTechnology: true,
    note: '',
  },
});
