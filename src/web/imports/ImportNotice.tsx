import { Link } from 'react-router';
import { useProposalImport } from '../api/imports.ts';
import { useT } from '../i18n/context.ts';
import { Alert } from '../layout/Alert.tsx';

/** On a proposal read from a document and not yet reviewed: says so, and links to the review. */
export function ImportNotice({ proposalId }: { proposalId: string }) {
  const t = useT();
  const origin = useProposalImport(proposalId).data;
  if (!origin || origin.accepted) return null;
  return (
    <Alert variant="info">
      <p className="alert-text">
        {t('import.notice', { fileName: origin.fileName })}{' '}
        <Link to={`/indlaesninger/${origin.importId}/forslag/${origin.position}`}>
          {t('import.noticeLink')}
        </Link>
      </p>
    </Alert>
  );
}
