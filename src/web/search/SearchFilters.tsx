import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../../domain/proposal.ts';
import type { SearchParams, SearchResult } from '../api/search.ts';
import { useT } from '../i18n/context.ts';
import { formatDanishNumber } from '../../shared/danish-number.ts';
import { FilterSelect } from '../proposals/list/ListFilters.tsx';
import { facetOptions } from './facet-options.ts';
import { useNames } from './useNames.ts';

type Facet = keyof SearchResult['facets'];

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
  const names = useNames();
  const labels: Record<Facet, (value: string) => string> = {
    kind: (v) => {
      const kind = PROPOSAL_KINDS.find((k) => k === v);
      return kind ? t(`kind.${kind}`) : v;
    },
    administration: names.administrationWithCode,
    round: names.round,
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
      options={facetOptions(facets[facet], params[facet], labels[facet], formatDanishNumber)}
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
