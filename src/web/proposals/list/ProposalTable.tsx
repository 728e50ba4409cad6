import { Link } from 'react-router';
import type { ProposalListParams, ProposalSummary, SortKey } from '../../api/proposals.ts';
import { useRounds } from '../../api/queries.ts';
import { formatAmount } from '../../../shared/format.ts';
import { useT } from '../../i18n/context.ts';
import { DateTime } from '../../layout/DateTime.tsx';
import { RuleBreachMark, useRuleBreaches } from './RuleBreachMark.tsx';
import { SortableHeader } from './SortableHeader.tsx';

export function ProposalTable({
  items,
  total,
  query,
  onSort,
}: {
  items: ProposalSummary[];
  /** How many on all pages. */
  total: number;
  query: ProposalListParams;
  onSort: (key: SortKey) => void;
}) {
  const t = useT();
  const rounds = new Map((useRounds().data ?? []).map((r) => [r.id, r.name]));
  const sortProps = { sort: query.sort, order: query.order, onSort };
  const breaches = useRuleBreaches(items.map((p) => p.id));
  return (
    <div className="table--responsive-scroll mt-5">
      <table className="table table--compact table--zebra">
        <caption>{t('list.caption', { n: total })}</caption>
        <thead>
          <tr>
            <SortableHeader label={t('list.col.code')} sortKey="code" {...sortProps} />
            <SortableHeader label={t('list.col.title')} sortKey="title" {...sortProps} />
            <th scope="col">{t('list.col.kind')}</th>
            <th scope="col">{t('list.col.administration')}</th>
            <th scope="col">{t('list.col.round')}</th>
            <SortableHeader label={t('list.col.amount')} sortKey="amount" numeric {...sortProps} />
            <th scope="col">{t('list.col.status')}</th>
            <SortableHeader label={t('list.col.updatedAt')} sortKey="updatedAt" {...sortProps} />
          </tr>
        </thead>
        <tbody>
          {items.length === 0 && (
            <tr>
              <td colSpan={8}>{t('list.empty')}</td>
            </tr>
          )}
          {items.map((p) => (
            <tr key={p.id}>
              <td className="nowrap">{p.code ?? t('common.none')}</td>
              <td>
                <Link to={`/forslag/${p.id}`}>{p.title}</Link>
                {breaches.has(p.id) && <RuleBreachMark rules={breaches.get(p.id)!} />}
              </td>
              <td>{t(`kind.${p.kind}`)}</td>
              <td>{p.leadAdministration ?? t('common.none')}</td>
              <td className="nowrap">
                {p.roundId ? (rounds.get(p.roundId) ?? p.roundId) : t('common.none')}
              </td>
              <td className="align-text-right nowrap">{formatAmount(p.totalImplementation)}</td>
              <td>{t(`status.${p.status}`)}</td>
              <td className="nowrap">
                <DateTime value={p.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
