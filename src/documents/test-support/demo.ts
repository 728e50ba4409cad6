import type { ProposalContent } from '../../domain/proposal.ts';
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
