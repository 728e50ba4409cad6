import { useId, type ReactNode } from 'react';

// Every chart of the app in one frame: drawn by recharts, titled, described for a screen
// reader (the drawing itself is one image), and always with its figures as a table, so the
// chart is never the only way to read them.

export interface ChartTable {
  /** The disclosure's text, e.g. "Vis tallene som tabel". */
  summary: string;
  caption: string;
  /** Column headings; the first heads the row headers. */
  columns: readonly string[];
  /** One row per entry: its header, then one text per further column. */
  rows: readonly { key: string | number; header: string | number; cells: readonly string[] }[];
}

export function ChartFigure({
  title,
  description,
  table,
  children,
}: {
  title: string;
  description: string;
  table: ChartTable;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <figure className="chart-figure">
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      <div role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        {children}
      </div>
      <p id={`${id}-desc`} className="sr-only">
        {description}
      </p>
      <details className="mt-3">
        <summary>{table.summary}</summary>
        <table className="table table--compact">
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((column, i) => (
                <th key={column} scope="col" className={i === 0 ? undefined : 'align-text-right'}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.header}</th>
                {row.cells.map((cell, i) => (
                  <td key={i} className="align-text-right">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** The colours of the charts: Det Fælles Designsystem's blue, green, orange and red. */
export const CHART_COLOURS = {
  total: '#0059b3',
  service: '#008139',
  payout: '#b35900',
  savings: '#008139',
  marker: '#cc0000',
  zero: '#1a1a1a',
} as const;

/** A legend's words in the text colour: recharts colours them as their series, too faint to read. */
export const legendText = (value: string) => <span className="chart-legend-text">{value}</span>;
