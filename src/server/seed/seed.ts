import type { ProposalContentInput } from '../../shared/proposal-schema.ts';
import { proposalContentInput } from '../../shared/proposal-schema.ts';
import type { DataAccess } from '../data-access.ts';
import type { ReferenceData } from '../reference/store.ts';
import type { Services } from '../services.ts';

export interface SeedData extends ReferenceData {
  proposals: ProposalContentInput[];
}

/**
 * Fills a new database so the first start has something to show. A database that already holds
 * proposals is left alone, so the demo never mixes into real work and a restart adds nothing.
 * Proposals go in through the same verb and checks as the API's, so demo data that the API
 * would refuse stops the start instead of loading half.
 */
export async function seedDemoData({
  access,
  services,
  data,
}: {
  access: DataAccess;
  services: Services;
  data: SeedData;
}): Promise<{ seeded: boolean }> {
  if (!(await access.proposals.isEmpty())) return { seeded: false };
  await access.reference.insertMissing(data);
  for (const input of data.proposals) {
    const parsed = proposalContentInput.safeParse(input);
    if (!parsed.success) {
      throw new Error(`Demo proposal '${input.title}' is invalid: ${parsed.error.message}`);
    }
    const created = await services.createProposal({ content: parsed.data });
    if (!created.ok) {
      throw new Error(`Demo proposal '${input.title}' was refused: ${created.problem.message}`);
    }
  }
  return { seeded: true };
}
