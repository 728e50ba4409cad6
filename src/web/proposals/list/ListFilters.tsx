import { PROPOSAL_KINDS } from '../../../domain/proposal.ts';
import type { ProposalListParams } from '../../api/proposals.ts';
import { useAdministrations, useRounds } from '../../api/queries.ts';
import { useT } from '../../i18n/context.ts';

export function FilterSelect({
  id,
  label,
  value,
  options,
  onChange,
  className = 'form-group col-12 col-md-4 mt-0 mb-4',
}: {
  id: string;
  label: string;
  value: string | null;
  options: { value: string; label: string }[];
  onChange: (value: string | null) => void;
  className?: string;
}) {
  const t = useT();
  return (
    <div className={className}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="form-select"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">{t('common.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ListFilters({
  query,
  onChange,
}: {
  query: ProposalListParams;
  onChange: (query: ProposalListParams) => void;
}) {
  const t = useT();
  const administrations = useAdministrations().data ?? [];
  const rounds = useRounds().data ?? [];
  return (
    <fieldset className="mt-5">
      <legend className="h3 mb-3">{t('list.filters')}</legend>
      <div className="row">
        <FilterSelect
          id="filter-kind"
          label={t('list.filter.kind')}
          value={query.kind}
          options={PROPOSAL_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          onChange={(v) =>
            onChange({ ...query, kind: PROPOSAL_KINDS.find((k) => k === v) ?? null })
          }
        />
        <FilterSelect
          id="filter-administration"
          label={t('list.filter.administration')}
          value={query.administration}
          options={administrations.map((a) => ({ value: a.code, label: `${a.name} (${a.code})` }))}
          onChange={(administration) => onChange({ ...query, administration })}
        />
        <FilterSelect
          id="filter-round"
          label={t('list.filter.round')}
          value={query.round}
          options={rounds.map((r) => ({ value: r.id, label: r.name }))}
          onChange={(round) => onChange({ ...query, round })}
        />
      </div>
    </fieldset>
  );
}
