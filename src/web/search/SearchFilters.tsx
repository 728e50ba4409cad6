import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../../domain/proposal.ts';
import type { FacetCount, SearchParams, SearchResult } from '../api/search.ts';
import { useAdministrations, useRounds } from '../api/queries.ts';
import { useT } from '../i18n/context.ts';
import { formatDanishNumber } from '../../shared/danish-number.ts';
import { FilterSelect } from '../proposals/list/ListFilters.tsx';

type Facet = keyof SearchResult['facets'];

/**
 * One choice per value the hits have, each with its count; the chosen value stays listed even
 * when no hit has it any more, so the user can see and undo it.
 */
function options(
  counts: FacetCount[],
  chosen: string | null,
  label: (value: string) => string,
  format: (n: number) => string,
) {
  const all =
    chosen !== null && !counts.some((c) => c.value === chosen)
      ? [...counts, { value: chosen, count: 0 }]
      : counts;
  return all.map((c) => ({ value: c.value, label: `${label(c.value)} (${format(c.count)})` }));
}

export function SearchFilters({
  params,
  facets,
  onChange,
}: {
  params: SearchParams;
  facets: SearchResult['facets'];
  onChange: (params: SearchParams) => void;
}) {
  const t = useT();
  const administrations = new Map((useAdministrations().data ?? []).map((a) => [a.code, a.name]));
  const rounds = new Map((useRounds().data ?? []).map((r) => [r.id, r.name]));
  const labels: Record<Facet, (value: string) => string> = {
    kind: (v) => {
      const kind = PROPOSAL_KINDS.find((k) => k === v);
      return kind ? t(`kind.${kind}`) : v;
    },
    administration: (v) => (administrations.has(v) ? `${administrations.get(v)} (${v})` : v),
    round: (v) => rounds.get(v) ?? v,
    status: (v) => {
      const status = PROPOSAL_STATUSES.find((s) => s === v);
      return status ? t(`status.${status}`) : v;
    },
  };
  const select = (facet: Facet, label: string) => (
    <FilterSelect
      id={`search-filter-${facet}`}
      label={label}
      value={params[facet]}
      options={options(facets[facet], params[facet], labels[facet], formatDanishNumber)}
      onChange={(value) => onChange({ ...params, [facet]: value, offset: 0 })}
      className="form-group col-12 col-md-6 col-lg-3 mt-0 mb-4"
    />
  );
  return (
    <fieldset className="mt-5">
      <legend className="h3 mb-3">{t('search.filters')}</legend>
      <div className="row">
        {select('kind', t('list.filter.kind'))}
        {select('administration', t('list.filter.administration'))}
        {select('round', t('list.filter.round'))}
        {select('status', t('search.filter.status'))}
      </div>
    </fieldset>
  );
}
