import { Link } from 'react-router';
import type { ProposalOutput } from '../../../shared/proposal-schema.ts';
import { useAdministrations, useCommittees, useRounds } from '../../api/queries.ts';
import { useT } from '../../i18n/context.ts';
import { DateTime } from '../../layout/DateTime.tsx';

function useNames() {
  const administrations = new Map((useAdministrations().data ?? []).map((a) => [a.code, a.name]));
  const committees = new Map((useCommittees().data ?? []).map((c) => [c.code, c.name]));
  const rounds = new Map((useRounds().data ?? []).map((r) => [r.id, r.name]));
  const named = (names: Map<string, string>, code: string) => {
    const name = names.get(code);
    return name ? `${name} (${code})` : code;
  };
  return {
    administration: (code: string) => named(administrations, code),
    committee: (code: string) => named(committees, code),
    round: (id: string) => rounds.get(id) ?? id,
  };
}

/** The template's header: code, title, kind, summary, forvaltninger, committee, round, p/l. */
export function HeaderBlock({ proposal: p }: { proposal: ProposalOutput }) {
  const t = useT();
  const names = useNames();
  const none = t('common.none');
  return (
    <div className="proposal-header">
      <p className="proposal-kicker">
        {[p.roundId && names.round(p.roundId), t(`kind.${p.kind}`)].filter(Boolean).join(' · ')}
      </p>
      <h1>
        {p.code && <span className="proposal-code">{p.code}</span>}
        {p.title}
      </h1>
      <p className="meta">
        {t('view.version', { version: p.version })} · {t('view.lastChanged')}{' '}
        <DateTime value={p.updatedAt} />
      </p>
      <dl className="facts">
        <dt>{t('view.summary')}</dt>
        <dd className="pre-line">{p.summary || t('view.empty')}</dd>
        <dt>{t('view.leadAdministration')}</dt>
        <dd>{p.leadAdministration ? names.administration(p.leadAdministration) : none}</dd>
        <dt>{t('view.affectedAdministrations')}</dt>
        <dd>
          {p.affectedAdministrations.length > 0
            ? p.affectedAdministrations.map(names.administration).join(', ')
            : none}
        </dd>
        <dt>{t('view.committee')}</dt>
        <dd>{p.committee ? names.committee(p.committee) : none}</dd>
        <dt>{t('view.round')}</dt>
        <dd>{p.roundId ? names.round(p.roundId) : none}</dd>
        <dt>{t('view.priceLevel')}</dt>
        <dd>
          {p.economy.priceLevelYear === null
            ? none
            : t('common.priceLevel', { year: p.economy.priceLevelYear })}
        </dd>
        <dt>{t('view.status')}</dt>
        <dd>{t(`status.${p.status}`)}</dd>
        {p.originProposalId && (
          <>
            <dt>{t('view.origin')}</dt>
            <dd>
              <Link to={`/forslag/${p.originProposalId}`}>{t('view.originLink')}</Link>
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
