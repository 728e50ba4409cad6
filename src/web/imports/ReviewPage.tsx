import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { acceptImported, importKeys, useImportedProposal } from '../api/imports.ts';
import { useT } from '../i18n/context.ts';
import { Alert } from '../layout/Alert.tsx';
import { Loading } from '../layout/Loading.tsx';
import { QueryError } from '../layout/QueryError.tsx';
import { usePageTitle } from '../layout/usePageTitle.ts';
import { EconomyTable } from '../proposals/view/EconomyTable.tsx';
import { CorrectReading } from './CorrectReading.tsx';
import { correctedView, NO_EDITS, type Edits } from './corrections.ts';
import { CorrectionsKept } from './CorrectionsKept.tsx';
import { DuplicateQuestion } from './DuplicateQuestion.tsx';
import { anchorOf, mismatchPlace, placeOf, type ReviewPlace } from './fields.ts';
import { ReadHeader, ReadSections } from './ReadFields.tsx';
import { EntryBadge } from './EntryBadge.tsx';
import { ReviewFindings } from './ReviewFindings.tsx';
import { SourceText } from './SourceText.tsx';
import { StatedFigures } from './StatedFigures.tsx';
import './imports.css';

/**
 * One imported proposal beside the lines it was read from: what was read, what was not, where
 * the document's own figures disagree with ours; accepting makes it an ordinary draft.
 */
export function ReviewPage() {
  const t = useT();
  const params = useParams();
  const id = params.id ?? '';
  const position = Number(params.position ?? 0);
  const review = useImportedProposal(id, position);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  usePageTitle(
    review.data ? `${t('review.title')}: ${review.data.proposal.title}` : t('common.loading'),
  );
  const [edits, setEdits] = useState<Edits>(NO_EDITS);
  const accept = useMutation({
    mutationFn: (corrections?: Parameters<typeof acceptImported>[2]) =>
      acceptImported(id, position, corrections),
    onSuccess: async ({ proposalId }) => {
      await queryClient.invalidateQueries({ queryKey: importKeys.one(id) });
      await queryClient.invalidateQueries({ queryKey: importKeys.proposal(id, position) });
      void navigate(`/forslag/${proposalId}/rediger`);
    },
  });

  if (review.isPending) return <Loading />;
  if (review.isError) return <QueryError error={review.error} />;
  const r = review.data;
  const p = r.proposal;
  // What is not yet accepted is corrected here (a held reading too, before it is created);
  // afterwards the draft is edited as any other.
  const correcting = !r.accepted;
  const view = correctedView(p, r.mismatches, correcting ? edits : NO_EDITS, r.overviewLine);
  const labels = (p.stated?.totals ?? []).map((total) => total.label);
  const flagged = new Set<ReviewPlace>([
    ...r.unread.map((entry) => placeOf(entry.field)),
    ...view.mismatches.map((m) => mismatchPlace(m.field, labels)),
  ]);
  return (
    <>
      <p>
        <Link to={`/indlaesninger/${id}`}>{t('review.back')}</Link>
      </p>
      <h1>
        {t('review.title')}: {p.code && <span className="proposal-code">{p.code}</span>}
        {p.title}
      </h1>
      <p className="meta">
        {t('review.from', { fileName: r.fileName, start: r.startLine, end: r.endLine })} ·{' '}
        <EntryBadge entry={r} />
      </p>
      {r.state !== 'draft' && (
        <DuplicateQuestion
          review={r}
          corrections={view.corrections.length > 0 ? view.corrected : undefined}
          blocked={view.invalid.length > 0}
          onCreated={() => setEdits(NO_EDITS)}
        />
      )}
      <ReviewFindings review={r} mismatches={view.mismatches} />
      <div className="row review-columns mt-6">
        <div className="col-12 col-lg-5">
          <SourceText lines={r.source} start={r.startLine} end={r.endLine} />
        </div>
        <section className="col-12 col-lg-7" aria-labelledby="read-heading">
          <h2 id="read-heading">{t('review.read')}</h2>
          <h3 id={anchorOf('header')}>{t('review.header')}</h3>
          <ReadHeader proposal={p} flagged={flagged} />
          <h3 id={anchorOf('economy')}>
            {t('review.field.economy')}
            {flagged.has('economy') && (
              <span className="badge badge-warning ml-3">{t('review.check')}</span>
            )}
          </h3>
          {/* Beside the source text the tables may need to scroll, and so take focus. */}
          <div
            className="review-scroll"
            tabIndex={0}
            role="region"
            aria-label={t('review.field.economy')}
          >
            <EconomyTable economy={view.content.economy} stated={p.stated} />
          </div>
          <StatedFigures proposal={p} mismatches={view.mismatches} />
          {correcting && <CorrectReading read={p} edits={edits} setEdits={setEdits} view={view} />}
          <CorrectionsKept review={r} />
          <h3>{t('review.sections')}</h3>
          <ReadSections proposal={p} flagged={flagged} />
        </section>
      </div>
      <div className="review-accept mt-6">
        {r.proposalId === null ? null : r.accepted ? (
          <Alert variant="success">
            <p className="alert-text">
              {t('review.acceptedText')}{' '}
              <Link to={`/forslag/${r.proposalId}/rediger`}>{t('review.editProposal')}</Link>
            </p>
          </Alert>
        ) : (
          <>
            {accept.isError && (
              <Alert variant="error" heading={t('review.acceptFailed')}>
                <p className="alert-text">{accept.error.message}</p>
              </Alert>
            )}
            <p className="form-hint" id="accept-hint">
              {t('review.acceptHint')}
            </p>
            <button
              type="button"
              className="button button-primary"
              aria-describedby="accept-hint"
              aria-disabled={accept.isPending || view.invalid.length > 0}
              onClick={() => {
                if (accept.isPending || view.invalid.length > 0) return;
                accept.mutate(view.corrections.length > 0 ? view.corrected : undefined);
              }}
            >
              {t('review.accept')}
            </button>
          </>
        )}
      </div>
    </>
  );
}
