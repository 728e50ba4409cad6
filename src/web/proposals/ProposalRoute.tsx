import { Outlet, useParams } from 'react-router';
import { pointsNowhere } from '../api/client.ts';
import { useProposal } from '../api/queries.ts';
import { NotFoundPage } from '../layout/NotFoundPage.tsx';

/**
 * Every page under a proposal's address (its page, edit form, versions, comparison, goals and
 * realised figures): an address that names no proposal the user may read, malformed or unknown,
 * is the page that does not exist, never "Noget gik galt / id: Ugyldig UUID". The proposal's
 * query is the one the pages read, so this asks nothing more of the server.
 */
export function ProposalRoute() {
  const id = useParams().id ?? '';
  const proposal = useProposal(id);
  if (proposal.isError && pointsNowhere(proposal.error)) return <NotFoundPage />;
  return <Outlet />;
}
