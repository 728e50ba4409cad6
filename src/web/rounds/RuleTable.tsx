import type { ReactNode } from 'react';
import { useT } from '../i18n/context.ts';

export interface RuleRow {
  key: string | number;
  /** One per header, in order. */
  cells: ReactNode[];
  /** What the row is, for the remove button's name to a screen reader. */
  name: string;
  onRemove: () => void;
}

/**
 * Rows of the rules typed into a table (the criteria, a pool's years): a column per field and
 * a last one with each row's remove button.
 */
export function RuleTable({
  caption,
  captionHidden = false,
  headers,
  rows,
}: {
  caption: string;
  /** When a legend above already says what the table is. */
  captionHidden?: boolean;
  headers: string[];
  rows: RuleRow[];
}) {
  const t = useT();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption className={captionHidden ? 'sr-only' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th scope="col" key={header}>
                {header}
              </th>
            ))}
            <th scope="col">
              <span className="sr-only">{t('rules.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) => (
                <td key={headers[i]}>{cell}</td>
              ))}
              <td>
                <button type="button" className="button button-tertiary" onClick={row.onRemove}>
                  {t('common.remove')}
                  <span className="sr-only"> {row.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
