import { Link, useParams } from 'react-router';
import { canEdit } from '../../../domain/workflow/visibility.ts';
import { isReporting } from '../../../domain/followup/realised.ts';
import { RealismPanel } from '../../followup/realised/RealismPanel.tsx';
import { pointsNowhere } from '../../api/client.ts';
import { proposalDocxUrl, tabel1XlsxUrl } from '../../api/documents.ts';
import { useProposal } from '../../api/queries.ts';
import { useMay } from '../../auth/may.ts';
import { ProposalHistory } from '../../audit/ProposalHistory.tsx';
import { ProposalComments } from '../../comments/ProposalComments.tsx';
import { WorkflowPanel } from '../../workflow/WorkflowPanel.tsx';
import { ImportNotice } from '../../imports/ImportNotice.tsx';
import { useT } from '../../i18n/context.ts';
import { Loading } from '../../layout/Loading.tsx';
import { NotFoundPage } from '../../layout/NotFoundPage.tsx';
import { QueryError } from '../../layout/QueryError.tsx';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { SimilarProposals } from '../../search/SimilarProposals.tsx';
import { ProposalDocument } from './ProposalDocument.tsx';
import { RuleFindings } from './RuleFindings.tsx';

export function ProposalPage() {
  const t = useT();
  const id = useParams().id ?? '';
  const proposal = useProposal(id);
  const missing = proposal.isError && pointsNowhere(proposal.error);
  usePageTitle(
    proposal.data ? proposal.data.title : missing ? t('common.notFound') : t('common.loading'),
  );
  const may = useMay();

  if (proposal.isPending) return <Loading />;
  if (missing) return <NotFoundPage />;
  if (proposal.isError) return <QueryError error={proposal.error} />;
  // A granted proposal is followed up on its realised figures; a new one is checked for realism.
  const reporting = isReporting(proposal.data.status);
  return (
    <>
      <div className="button-row mb-5">
        {may((actor) => canEdit(actor, proposal.data)) && (
          <Link className="button button-primary" to={`/forslag/${id}/rediger`}>
            {t('view.edit')}
          </Link>
        )}
        <Link className="button button-secondary" to={`/forslag/${id}/versioner`}>
          {t('view.versions')}
        </Link>
        <a className="button button-secondary" href={proposalDocxUrl(id)} download>
          {t('view.downloadDocx')}
        </a>
        <a className="button button-secondary" href={tabel1XlsxUrl(id)} download>
          {t('view.downloadXlsx')}
        </a>
        {reporting && (
          <Link className="button button-secondary" to={`/forslag/${id}/realiseret`}>
            {t('realised.nav')}
          </Link>
        )}
        {reporting && (
          <Link className="button button-secondary" to={`/forslag/${id}/maal`}>
            {t('goals.nav')}
          </Link>
        )}
      </div>
      <ImportNotice proposalId={id} />
      <RuleFindings proposal={proposal.data} />
      <ProposalDocument proposal={proposal.data} />
      {!reporting && <RealismPanel proposalId={id} />}
      <WorkflowPanel proposal={proposal.data} />
      <ProposalComments proposal={proposal.data} />
      <SimilarProposals id={id} />
      <ProposalHistory id={id} economy={proposal.data.economy} />
    </>
  );
}
