import type { ImportedProposalOutput } from '../../shared/import-schemas.ts';
import { formatAmount } from '../../shared/format.ts';
import { useT } from '../i18n/context.ts';

/** What the reviewer corrected of the reading, as kept with the import. */
export function CorrectionsKept({ review }: { review: ImportedProposalOutput }) {
  const t = useT();
  if (review.corrections.length === 0) return null;
  const { rows, years } = review.proposal.economy;
  const none = t('common.none');
  const name = (field: string): string => {
    const [, row, part, year] = /^economy\.rows\.(\d+)\.(\w+)(?:\.(\d+))?$/.exec(field) ?? [];
    if (row === undefined) return t(`review.field.${field}` as 'review.field.code');
    const label = rows[Number(row)]?.label ?? row;
    if (part === 'section') return t('review.rowSection', { label });
    if (part === 'area') return t('review.rowArea', { label });
    return t('review.rowValue', { label, year: years[Number(year)] ?? '' });
  };
  const value = (field: string, v: string | number | null): string => {
    if (v === null || v === '') return none;
    if (typeof v === 'number') return formatAmount(v);
    if (field === 'kind') return t(`kind.${v}` as 'kind.foranalyse');
    if (field.endsWith('.section')) return t(`section.${v}` as 'section.lasting');
    if (field.endsWith('.area')) return t(`area.${v}` as 'area.service');
    return v;
  };
  return (
    <section className="mt-6" aria-labelledby="corrections-kept">
      <h3 id="corrections-kept">{t('review.correctionsKept', { n: review.corrections.length })}</h3>
      <ul>
        {review.corrections.map((c, i) => (
          <li key={i}>
            {name(c.field)}: {value(c.field, c.from)} → {value(c.field, c.to)}
          </li>
        ))}
      </ul>
    </section>
  );
}
