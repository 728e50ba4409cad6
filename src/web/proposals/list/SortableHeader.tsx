import type { SortKey, SortOrder } from '../../api/proposals.ts';
import { Icon } from '../../layout/Icon.tsx';

/** A column header that sorts the list; aria-sort tells which column is sorted and how. */
export function SortableHeader({
  label,
  sortKey,
  sort,
  order,
  onSort,
  numeric = false,
}: {
  label: string;
  sortKey: SortKey;
  sort: SortKey;
  order: SortOrder;
  onSort: (key: SortKey) => void;
  numeric?: boolean;
}) {
  const active = sort === sortKey;
  const icon = !active
    ? 'sort-table-none'
    : order === 'asc'
      ? 'sort-table-ascending'
      : 'sort-table-descending';
  return (
    <th
      scope="col"
      className={numeric ? 'align-text-right' : undefined}
      aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" className="button button-unstyled" onClick={() => onSort(sortKey)}>
        {label}
        <Icon name={icon} className="mr-0 ml-2" />
      </button>
    </th>
  );
}
