import type { ReactNode } from 'react';
import type { ProposalContentOutput } from '../../shared/proposal-schema.ts';
import { useAdministrations } from '../api/queries.ts';
import { useT } from '../i18n/context.ts';
import { yesNoKey } from '../../shared/yes-no.ts';
import { anchorOf, labelOf, type ReviewPlace } from './fields.ts';

// What the importer read, field by field, each at an anchor the lists of unread fields and
// mismatches link to, and marked where the reviewer has something to check.

function Field({
  place,
  flagged,
  children,
}: {
  place: ReviewPlace;
  flagged: ReadonlySet<ReviewPlace>;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div id={anchorOf(place)} className={flagged.has(place) ? 'read-field flagged' : 'read-field'}>
      <dt>
        {t(labelOf(place))}
        {flagged.has(place) && (
          <span className="badge badge-warning ml-3">{t('review.check')}</span>
        )}
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ReadHeader({
  proposal: p,
  flagged,
}: {
  proposal: ProposalContentOutput;
  flagged: ReadonlySet<ReviewPlace>;
}) {
  const t = useT();
  const names = new Map((useAdministrations().data ?? []).map((a) => [a.code, a.name]));
  const administration = (code: string) =>
    names.has(code) ? `${names.get(code)} (${code})` : code;
  const none = t('common.none');
  return (
    <dl className="facts read-fields">
      <Field place="code" flagged={flagged}>
        {p.code ?? none}
      </Field>
      <Field place="title" flagged={flagged}>
        {p.title || none}
      </Field>
      <Field place="kind" flagged={flagged}>
        {t(`kind.${p.kind}`)}
      </Field>
      <Field place="leadAdministration" flagged={flagged}>
        {p.leadAdministration ? administration(p.leadAdministration) : none}
      </Field>
      <Field place="affectedAdministrations" flagged={flagged}>
        {p.affectedAdministrations.map(administration).join(', ') || none}
      </Field>
      <Field place="committee" flagged={flagged}>
        {p.committee ?? none}
      </Field>
      <Field place="priceLevelYear" flagged={flagged}>
        {p.economy.priceLevelYear === null
          ? none
          : t('common.priceLevel', { year: p.economy.priceLevelYear })}
      </Field>
      <Field place="summary" flagged={flagged}>
        <span className="pre-line">{p.summary || none}</span>
      </Field>
    </dl>
  );
}

export function ReadSections({
  proposal: p,
  flagged,
}: {
  proposal: ProposalContentOutput;
  flagged: ReadonlySet<ReviewPlace>;
}) {
  const t = useT();
  const text = (value: string) =>
    value.trim() === ''
      ? t('review.sectionMissing')
      : t('review.sectionFound', { n: value.length });
  return (
    <dl className="facts read-fields">
      <Field place="description" flagged={flagged}>
        {text(p.description)}
      </Field>
      <Field place="futureInvestment" flagged={flagged}>
        {p.futureInvestment ? t('review.tabel2') : t('review.sectionMissing')}
      </Field>
      <Field place="implementation" flagged={flagged}>
        {text(p.implementationNarrative)}; {t('review.goals', { n: p.followUpGoals.length })}
      </Field>
      <Field place="risk" flagged={flagged}>
        {t('review.risks', {
          level: p.riskLevel ? t(`risk.${p.riskLevel}`) : t('common.none'),
          n: p.risks.length,
        })}
      </Field>
      <Field place="heard" flagged={flagged}>
        {t('review.heard', {
          approval: t(yesNoKey(p.stated?.financeApproval?.approved ?? null)),
          partners: p.partners.length,
          hearings: p.hearings.length,
        })}
      </Field>
      <Field place="adminEfficiency" flagged={flagged}>
        {text(p.adminEfficiency)}
      </Field>
    </dl>
  );
}
