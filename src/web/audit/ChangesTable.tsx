import type { ReactNode } from 'react';
import { useAdministrations, useRounds } from '../api/queries.ts';
import { useT } from '../i18n/context.ts';
import { presentChange, type ChangeContext } from './present-change.ts';

export interface Change {
  path: string;
  before?: unknown;
  after?: unknown;
}

/** What naming a change needs: the language, the Tabel 1 it points into, names for codes. */
export function useChangeContext(economy: ChangeContext['economy']): ChangeContext {
  const t = useT();
  const rounds = useRounds().data ?? [];
  const administrations = useAdministrations().data ?? [];
  return {
    t,
    economy,
    roundName: (id) => rounds.find((r) => r.id === id)?.name,
    administrationName: (code) => administrations.find((a) => a.code === code)?.name,
  };
}

/** Changed fields, one row each, in words: the field, its value before and after. */
export function ChangesTable({
  changes,
  economy,
  caption,
  before,
  after,
  className = 'table table--compact',
}: {
  changes: readonly Change[];
  /** The Tabel 1 the changes' row and year positions point into. */
  economy: ChangeContext['economy'];
  caption?: ReactNode;
  before: string;
  after: string;
  className?: string;
}) {
  const t = useT();
  const context = useChangeContext(economy);
  return (
    <table className={className}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('history.field')}</th>
          <th scope="col">{before}</th>
          <th scope="col">{after}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => {
          const shown = presentChange(change, context);
          return (
            <tr key={change.path}>
              <th scope="row" className="weight-normal">
                {shown.field}
                {shown.unit && ` (${shown.unit})`}
              </th>
              <td>{shown.before}</td>
              <td>{shown.after}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
