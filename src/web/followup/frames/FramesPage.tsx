import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { FramesOutput } from '../../../shared/followup/frames-schema.ts';
import { apiRequest } from '../../api/client.ts';
import { useT } from '../../i18n/context.ts';
import { Alert } from '../../layout/Alert.tsx';
import { Loading } from '../../layout/Loading.tsx';
import { QueryError } from '../../layout/QueryError.tsx';
import { RoundingNote } from '../../layout/RoundingNote.tsx';
import { Thousands } from '../../layout/Thousands.tsx';
import { usePageTitle } from '../../layout/usePageTitle.ts';

// The budget frames: per forvaltning the changes its granted proposals' lasting changes make to
// its frame per styringsområde and year, the proposals behind them, and the workbook to take on.
// Grants the price index cannot convert are named in a warning above the frames, which leave
// them out, so the finance office knows the frames are incomplete and which grants to chase.

const useFrames = () =>
  useQuery({
    queryKey: ['budget-frames'],
    queryFn: ({ signal }) => apiRequest<FramesOutput>('/budget-frames', { signal }),
  });

type Frame = FramesOutput['administrations'][number];

/** "Socialforvaltningen (SOF)", as the frames' headings name a forvaltning. */
const administrationLabel = (name: string | null, code: string | null, none: string) =>
  name ? `${name} (${code})` : (code ?? none);

function UnconvertedAlert({ frames }: { frames: FramesOutput }) {
  const t = useT();
  const level = String(frames.priceLevelYear);
  return (
    <Alert
      variant="warning"
      heading={t('frames.unconvertedHeading', { n: frames.unconverted.length })}
    >
      <p className="alert-text">{t('frames.unconvertedIntro', { level })}</p>
      <ul className="alert-text">
        {frames.unconverted.map((u) => (
          <li key={u.proposalId}>
            <Link to={`/forslag/${u.proposalId}`}>
              {[u.code, u.title].filter(Boolean).join(': ')}
            </Link>{' '}
            –{' '}
            {t('frames.unconvertedDetails', {
              administration: administrationLabel(
                u.administrationName,
                u.administration,
                t('common.none'),
              ),
              level: String(u.priceLevelYear ?? t('common.none')),
              reason: t(`frames.reason.${u.reason}`, { year: String(u.indexYear) }),
            })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

function FrameTable({ frame, frames }: { frame: Frame; frames: FramesOutput }) {
  const t = useT();
  const name = administrationLabel(frame.name, frame.code, t('common.none'));
  const level = String(frames.priceLevelYear);
  return (
    <section className="mt-6" aria-label={name}>
      <h2>{name}</h2>
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <caption>{t('frames.caption', { administration: name, level })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('frames.area')}</th>
              {frames.years.map((y) => (
                <th key={y} scope="col" className="align-text-right">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {frame.areas.map((line) => (
              <tr key={line.area}>
                <th scope="row">{t(`area.${line.area}`)}</th>
                {line.values.map((v, i) => (
                  <td key={frames.years[i]} className="align-text-right">
                    <Thousands value={v} />
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('frames.total')}</th>
              {frame.total.map((v, i) => (
                <td key={frames.years[i]} className="align-text-right">
                  <strong>
                    <Thousands value={v} />
                  </strong>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <RoundingNote
        columns={frames.years.map((year, i) => ({
          label: year,
          parts: frame.areas.map((line) => line.values[i] ?? null),
          total: frame.total[i] ?? null,
        }))}
      />
      <details className="mt-3">
        <summary>{t('frames.proposalsHeading')}</summary>
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption>{t('frames.proposalsCaption', { administration: name, level })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('frames.proposal')}</th>
                <th scope="col">{t('frames.area')}</th>
                <th scope="col">{t('frames.fromYear')}</th>
                {frames.years.map((y) => (
                  <th key={y} scope="col" className="align-text-right">
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {frame.proposals.map((p) => (
                <tr key={`${p.proposalId}-${p.area}`}>
                  <th scope="row">
                    <Link to={`/forslag/${p.proposalId}`}>
                      {[p.code, p.title].filter(Boolean).join(': ')}
                    </Link>
                  </th>
                  <td>{t(`area.${p.area}`)}</td>
                  <td>{p.fromYear}</td>
                  {p.values.map((v, i) => (
                    <td key={frames.years[i]} className="align-text-right">
                      <Thousands value={v} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

export function FramesPage() {
  const t = useT();
  usePageTitle(t('frames.nav'));
  const frames = useFrames();
  return (
    <>
      <h1>{t('frames.heading')}</h1>
      <p className="font-lead">{t('frames.intro')}</p>
      {frames.isPending ? (
        <Loading />
      ) : frames.isError ? (
        <QueryError error={frames.error} />
      ) : frames.data.administrations.length === 0 && frames.data.unconverted.length === 0 ? (
        <p>{t('frames.none')}</p>
      ) : (
        <>
          {!frames.data.complete && <p>{t('frames.partial')}</p>}
          {frames.data.unconverted.length > 0 && <UnconvertedAlert frames={frames.data} />}
          <p>
            <a href="/api/budget-frames.xlsx" download>
              {t('frames.download')}
            </a>
          </p>
          {frames.data.administrations.map((frame) => (
            <FrameTable key={frame.code ?? ''} frame={frame} frames={frames.data} />
          ))}
        </>
      )}
    </>
  );
}
