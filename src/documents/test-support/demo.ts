import type { PriceIndex } from '../../domain/economics/index.ts';
import type { ProposalContent, ProposalStatus } from '../../domain/proposal.ts';
import type { OverviewProposal } from '../../domain/rounds/overview.ts';
import type { RoundRules } from '../../domain/rounds/rules.ts';
import { demoPriceIndices } from '../../server/demo/reference.ts';
import { demoRoundSetups } from '../../server/demo/rounds.ts';
import { demoProposals } from '../../server/demo/index.ts';
import { proposalContentInput } from '../../shared/proposal-schema.ts';
import type { DocumentNames } from '../proposal-docx.ts';

/** The demo proposals as the server holds them: amounts in whole kroner. */
export const demoContents: ProposalContent[] = demoProposals.map((p) =>
  proposalContentInput.parse(p),
);

export function demoContent(code: string | null): ProposalContent {
  const found = demoContents.find((p) => p.code === code);
  if (!found) throw new Error(`no demo proposal ${code}`);
  return found;
}

export const plainNames: DocumentNames = {
  administration: (code) => `Forvaltning ${code}`,
  committee: (code) => `Udvalg ${code}`,
  round: (id) => `Runde ${id}`,
};

/** A demo proposal as a round's overview reads it, submitted unless told otherwise. */
export function demoInRound(code: string, status: ProposalStatus = 'submitted'): OverviewProposal {
  const p = demoContent(code);
  return {
    proposalId: code,
    code: p.code,
    title: p.title,
    kind: p.kind,
    status,
    committee: p.committee,
    administration: p.leadAdministration,
    economy: p.economy,
  };
}

export const demoIndex: PriceIndex = Object.fromEntries(
  demoPriceIndices.map((y) => [y.year, y.points]),
);

/** The demo rules of round `roundId`, as version 1. */
export function demoRules(roundId: string): RoundRules {
  const setup = demoRoundSetups.find((r) => r.roundId === roundId);
  if (!setup) throw new Error(`no demo round ${roundId}`);
  return { roundId, version: 1, reason: null, ...setup.rules };
}
