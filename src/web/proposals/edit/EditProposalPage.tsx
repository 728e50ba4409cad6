import { useParams } from 'react-router';
import { useProposal } from '../../api/queries.ts';
import { useT } from '../../i18n/context.ts';
import { Loading } from '../../layout/Loading.tsx';
import { QueryError } from '../../layout/QueryError.tsx';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { ProposalForm } from './ProposalForm.tsx';

export function EditProposalPage() {
  const t = useT();
  const id = useParams().id ?? '';
  const proposal = useProposal(id);
  const title = proposal.data ? t('edit.title', { title: proposal.data.title }) : null;
  usePageTitle(title ?? t('common.loading'));

  if (proposal.isPending) return <Loading />;
  if (proposal.isError) return <QueryError error={proposal.error} />;
  return (
    <>
      <h1>{title}</h1>
      {/* The form keeps its own copy from here on; a refetch must not reset what is typed. */}
      <ProposalForm key={id} proposal={proposal.data} />
    </>
  );
}
