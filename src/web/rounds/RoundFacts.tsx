import type { RulesOutput } from '../../shared/rounds-schema.ts';
import { formatDanishDate } from '../../shared/danish-number.ts';
import { useT } from '../i18n/context.ts';
import { DateTime } from '../layout/DateTime.tsx';

/** What a round is: its kind, dates and price level, its phase, and the rules version shown. */
export function RoundFacts({ rules }: { rules: RulesOutput }) {
  const t = useT();
  const { round } = rules;
  const date = (iso: string | null) => (iso ? formatDanishDate(iso) : t('common.none'));
  const facts: [string, string][] = [
    [t('rounds.kind'), t(`rounds.kind.${round.kind}`)],
    [t('rounds.opensOn'), date(round.opensOn)],
    [t('rounds.deadline'), date(round.deadline)],
    [t('rounds.decisionOn'), date(round.decisionOn)],
    [t('rounds.priceLevel'), t('common.priceLevel', { year: round.priceLevelYear })],
    [t('rounds.phase'), t(`decisions.phase.${rules.phase}`)],
  ];
  return (
    <dl className="round-facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      <div>
        <dt>{t('rounds.rulesVersion')}</dt>
        <dd>
          {t('rounds.versionOf', { version: rules.version })}, <DateTime value={rules.createdAt} />
          {rules.reason && <span className="d-block form-hint">{rules.reason}</span>}
        </dd>
      </div>
    </dl>
  );
}
