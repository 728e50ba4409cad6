import { Link, useParams } from 'react-router';
import { canEdit } from '../../../domain/workflow/visibility.ts';
import { pointsNowhere } from '../../api/client.ts';
import { useProposal } from '../../api/queries.ts';
import { useMay } from '../../auth/may.ts';
import { useMe } from '../../auth/queries.ts';
import { useT } from '../../i18n/context.ts';
import { Alert } from '../../layout/Alert.tsx';
import { Loading } from '../../layout/Loading.tsx';
import { NotFoundPage } from '../../layout/NotFoundPage.tsx';
import { QueryError } from '../../layout/QueryError.tsx';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { ProposalDocument } from '../view/ProposalDocument.tsx';
import { ProposalForm } from './ProposalForm.tsx';

export function EditProposalPage() {
  const t = useT();
  const id = useParams().id ?? '';
  const proposal = useProposal(id);
  const missing = proposal.isError && pointsNowhere(proposal.error);
  const title = proposal.data ? t('edit.title', { title: proposal.data.title }) : null;
  usePageTitle(title ?? (missing ? t('common.notFound') : t('common.loading')));
  const me = useMe();
  const may = useMay();

  if (proposal.isPending || me.isPending) return <Loading />;
  if (missing) return <NotFoundPage />;
  if (proposal.isError) return <QueryError error={proposal.error} />;
  // The API would refuse the save (403): say so before anything is typed, not after, and show
  // the proposal to read instead of a form.
  if (!may((actor) => canEdit(actor, proposal.data))) {
    return (
      <>
        <Alert variant="info" heading={t('workday.mayNotEditHeading')}>
          <p className="alert-text">
            {t('workday.mayNotEdit', { status: t(`status.${proposal.data.status}`) })}
          </p>
          <p className="alert-text">
            <Link to={`/forslag/${id}`}>{t('edit.showProposal')}</Link>
          </p>
        </Alert>
        <ProposalDocument proposal={proposal.data} />
      </>
    );
  }
  return (
    <>
      <h1>{title}</h1>
      {/* The form keeps its own copy from here on; a refetch must not reset what is typed. */}
      <ProposalForm key={id} proposal={proposal.data} />
    </>
  );
}
