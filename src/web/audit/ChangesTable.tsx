import type { ReactNode } from 'react';
import { useT } from '../i18n/context.ts';
import { FieldValue } from './FieldValue.tsx';

export interface Change {
  path: string;
  before?: unknown;
  after?: unknown;
}

/** Changed fields, one row each: the field's path, its value before and after. */
export function ChangesTable({
  changes,
  caption,
  before,
  after,
  className = 'table table--compact',
}: {
  changes: readonly Change[];
  caption?: ReactNode;
  before: string;
  after: string;
  className?: string;
}) {
  const t = useT();
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
        {changes.map((change) => (
          <tr key={change.path}>
            <th scope="row" className="weight-normal">
              <code>{change.path}</code>
            </th>
            <td>
              <FieldValue value={change.before} />
            </td>
            <td>
              <FieldValue value={change.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
