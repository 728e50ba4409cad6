import { Link } from 'react-router';
import type {
  ImportOverviewOutput,
  OverviewRowOutput,
} from '../../shared/import-overview-schema.ts';
import type { MismatchOutput } from '../../shared/import-schemas.ts';
import { useT } from '../i18n/context.ts';
import { Alert } from '../layout/Alert.tsx';
import { Thousands } from '../layout/Thousands.tsx';
import { useMismatchFigure } from './ReviewFindings.tsx';

// A round's overview (bilag) as the document stated it, line by line, beside the proposals in
// the system its lines stand for and where their own Tabel 1 says otherwise. Shown on the
// import that read it and on the round it was read into.

type Column = ImportOverviewOutput['columns'][number];

const amountOf = (line: OverviewRowOutput, column: Exclude<Column, 'payback'>) => line[column];

function Placement({ roundId, readInto }: { roundId: string | null; readInto: string | null }) {
  const t = useT();
  const where =
    roundId === null
      ? t('bilag.inNoRound')
      : readInto === null
        ? null
        : roundId === readInto
          ? t('bilag.inRound')
          : t('bilag.inOtherRound');
  return where && <span className="text-nowrap"> ({where})</span>;
}

export function StatedOverview({
  overview,
  headingLevel = 'h3',
}: {
  overview: ImportOverviewOutput;
  headingLevel?: 'h3' | 'h4';
}) {
  const t = useT();
  const figure = useMismatchFigure();
  const mismatchText = (m: MismatchOutput) =>
    t('review.mismatchItem', {
      field: m.field,
      stated: figure(m, m.stated),
      computed: figure(m, m.computed),
    });
  const Heading = headingLevel;
  const level =
    overview.priceLevelYear === null
      ? t('bilag.levelUnknown')
      : t('common.priceLevel', { year: overview.priceLevelYear });
  const readInto = overview.readInto?.roundId ?? null;
  return (
    <>
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <caption>
            {overview.round
              ? t('bilag.caption', { round: overview.round, level })
              : t('bilag.captionNoRound', { level })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('import.col.code')}</th>
              <th scope="col">{t('import.col.title')}</th>
              <th scope="col">{t('bilag.col.committee')}</th>
              {overview.columns.map((column) => (
                <th key={column} scope="col" className="align-text-right">
                  {t(`bilag.col.${column}`)}
                </th>
              ))}
              <th scope="col">{t('bilag.col.proposal')}</th>
              <th scope="col">{t('bilag.col.mismatches')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.lines.map((line) => (
              <tr key={`${line.code}-${line.line}`}>
                <th scope="row" className="text-nowrap">
                  {line.code}
                </th>
                <td>
                  {line.title}
                  {line.crossCutting && <> ({t('bilag.crossCutting')})</>}
                </td>
                <td>{line.committee ?? t('common.none')}</td>
                {overview.columns.map((column) => (
                  <td key={column} className="align-text-right">
                    {column === 'payback' ? (
                      line.payback
                    ) : (
                      <Thousands value={amountOf(line, column)} />
                    )}
                  </td>
                ))}
                <td>
                  {line.proposals.length === 0
                    ? t('bilag.notImported')
                    : line.proposals.map((p) => (
                        <div key={p.id}>
                          {/* The code is enough beside the line's own title; the name says all. */}
                          <Link
                            to={`/forslag/${p.id}`}
                            aria-label={[p.code, p.title].filter(Boolean).join(' ')}
                          >
                            {p.code ?? p.title}
                          </Link>
                          <Placement roundId={p.roundId} readInto={readInto} />
                        </div>
                      ))}
                </td>
                <td>
                  {line.proposals.length === 0 ? null : line.mismatches.length === 0 ? (
                    t('bilag.mismatchNone')
                  ) : (
                    <ul className="nobullet-list">
                      {line.mismatches.map((m) => (
                        <li key={m.field}>{mismatchText(m)}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('bilag.total')}
              </th>
              {overview.columns.map((column) => (
                <td key={column} className="align-text-right">
                  {column === 'payback' ? null : <Thousands value={overview.totals[column]} />}
                </td>
              ))}
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      </div>
      {overview.mismatches.length > 0 && (
        <Alert
          variant="warning"
          heading={t('bilag.totalsDiffer', { n: overview.mismatches.length })}
        >
          <ul className="alert-text">
            {overview.mismatches.map((m) => (
              <li key={m.field}>{mismatchText(m)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {overview.unread.length > 0 && (
        <>
          <Heading>{t('bilag.unreadTitle', { n: overview.unread.length })}</Heading>
          <ul>
            {overview.unread.map((entry, i) => (
              <li key={i}>
                {entry.reason} <q className="unread-excerpt">{entry.excerpt}</q>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
