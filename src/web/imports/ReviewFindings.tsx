import type { ImportedProposalOutput, MismatchOutput } from '../../shared/import-schemas.ts';
import { formatAmount } from '../../shared/format.ts';
import { useT } from '../i18n/context.ts';
import { Alert } from '../layout/Alert.tsx';
import { anchorOf, labelOf, mismatchPlace, placeOf } from './fields.ts';

/** A mismatch's figure as the review writes it: years, or an amount in the document's unit. */
export function useMismatchFigure() {
  const t = useT();
  return (m: MismatchOutput, value: number | null) =>
    value === null
      ? t('common.none')
      : m.unit === 'years'
        ? t('review.years', { n: value })
        : `${formatAmount(value)} (${t('review.statedUnit')})`;
}

/** Where the document's own figures disagree with ours, and what could not be read at all. */
export function ReviewFindings({
  review,
  mismatches,
}: {
  review: ImportedProposalOutput;
  /** As the reviewer's corrections leave them. */
  mismatches: MismatchOutput[];
}) {
  const t = useT();
  const figure = useMismatchFigure();
  const labels = (review.proposal.stated?.totals ?? []).map((total) => total.label);
  const paybackName = (field: string) =>
    field === 'payback.service'
      ? `${t('economy.payback')} (${t('area.service').toLowerCase()})`
      : field === 'payback.total'
        ? t('economy.payback')
        : field;
  return (
    <>
      {mismatches.length > 0 ? (
        <Alert variant="warning" heading={t('review.mismatchTitle', { n: mismatches.length })}>
          <ul className="alert-text">
            {mismatches.map((m) => (
              <li key={m.field}>
                <a href={`#${anchorOf(mismatchPlace(m.field, labels))}`}>
                  {t('review.mismatchItem', {
                    field: paybackName(m.field),
                    stated: figure(m, m.stated),
                    computed: figure(m, m.computed),
                  })}
                </a>
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        <p>{t('review.mismatchNone')}</p>
      )}
      <section aria-labelledby="unread-heading" className="mt-5">
        <h2 id="unread-heading" className="h3">
          {t('review.unreadTitle', { n: review.unread.length })}
        </h2>
        {review.unread.length === 0 ? (
          <p>{t('review.unreadNone')}</p>
        ) : (
          <ul className="unread-list">
            {review.unread.map((entry, i) => {
              const place = placeOf(entry.field);
              return (
                <li key={i}>
                  <a href={`#${anchorOf(place)}`}>{t(labelOf(place))}</a>: {entry.reason}
                  {entry.excerpt && (
                    <>
                      {' '}
                      <q className="unread-excerpt">{entry.excerpt}</q>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
