import type { ProposalRef } from '../../domain/workflow/decide.ts';
import type { SignedInUser } from '../auth/actor.ts';
import type { Problem } from '../problems.ts';
import type { Services } from '../services.ts';
import { notFound } from './service.ts';
import { proposalPolicy, proposalRef } from './policy.ts';

type Check = (user: SignedInUser, proposal: ProposalRef) => boolean;

/**
 * Why `user` may not do `may` with proposal `id`, or null when they may. A proposal they may
 * not see answers 404, as if it did not exist, so its existence does not leak; one they see
 * but may not act on answers 403.
 */
export async function proposalRefusal(
  services: Pick<Services, 'getProposal'>,
  user: SignedInUser,
  id: string,
  may: Check = proposalPolicy.read,
): Promise<Problem | null> {
  const found = await services.getProposal({ id });
  if (!found.ok) return found.problem;
  const ref = proposalRef(found.value);
  if (!proposalPolicy.read(user, ref)) return notFound(id);
  if (may(user, ref)) return null;
  return { error: 'Forbidden', message: 'Din rolle giver ikke adgang til dette på forslaget.' };
}
