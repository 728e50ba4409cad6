import { PROPOSAL_KINDS } from '../../domain/proposal.ts';
import type { RulesOutput } from '../../shared/rounds-schema.ts';
import { formatAmount } from '../../shared/format.ts';
import { useT } from '../i18n/context.ts';
import { poolTree } from './rules-draft.ts';

type Rules = RulesOutput['rules'];

/** The rules as a reader sees them: the same figures as the form, in tables, nothing to edit. */
export function RulesView({ rules, level }: { rules: Rules; level: number }) {
  const t = useT();
  const years = [...new Set(rules.pools.flatMap((p) => p.budgets.map((b) => b.year)))].sort();
  const limits = (b: Rules['pools'][number]['budgets'][number]) =>
    [
      b.serviceLimit !== null && t('rules.serviceAtMost', { amount: formatAmount(b.serviceLimit) }),
      b.anlaegLimit !== null && t('rules.anlaegAtMost', { amount: formatAmount(b.anlaegLimit) }),
    ].filter(Boolean);
  return (
    <>
      <h2 className="h3">{t('rules.general')}</h2>
      <dl className="round-facts">
        <div>
          <dt>{t('rules.paybackLimit')}</dt>
          <dd>{t('rules.years', { n: rules.paybackLimitYears })}</dd>
        </div>
        {PROPOSAL_KINDS.map((kind) => (
          <div key={kind}>
            <dt>{t('rules.capOf', { kind: t(`kind.${kind}`) })}</dt>
            <dd>{rules.caps[kind] === null ? t('rules.noCap') : formatAmount(rules.caps[kind])}</dd>
          </div>
        ))}
      </dl>

      <div className="table--responsive-scroll mt-6">
        <table className="table table--compact">
          <caption>{t('rules.poolsCaption', { level })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rules.pool')}</th>
              <th scope="col">{t('rules.poolKinds')}</th>
              {years.map((year) => (
                <th scope="col" className="align-text-right" key={year}>
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {poolTree(rules.pools).map(({ index, depth }) => {
              const pool = rules.pools[index]!;
              return (
                <tr key={pool.key}>
                  <th scope="row" className={`pool-depth-${Math.min(depth, 3)}`}>
                    {pool.name}
                  </th>
                  <td>{pool.kinds.map((k) => t(`kind.${k}`)).join(', ') || t('common.none')}</td>
                  {years.map((year) => {
                    const b = pool.budgets.find((x) => x.year === year);
                    return (
                      <td className="align-text-right" key={year}>
                        {b ? formatAmount(b.amount) : t('common.none')}
                        {b &&
                          limits(b).map((text) => (
                            <span key={String(text)} className="d-block form-hint">
                              {text}
                            </span>
                          ))}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div className="table--responsive-scroll mt-6">
        <table className="table table--compact">
          <caption>{t('rules.criteria')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rules.criterion.name')}</th>
              <th scope="col">{t('rules.scale')}</th>
              <th scope="col" className="align-text-right">
                {t('rules.criterion.weight')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.criteria.map((c) => (
              <tr key={c.key}>
                <th scope="row">{c.name}</th>
                <td>{t('rules.scaleFromTo', { min: c.scaleMin, max: c.scaleMax })}</td>
                <td className="align-text-right">{c.weight}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
