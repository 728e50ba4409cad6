import { StatedOverview } from '../imports/StatedOverview.tsx';
import { useT } from '../i18n/context.ts';
import { QueryError } from '../layout/QueryError.tsx';
import { useImportedOverviews } from './api.ts';

/** The overviews (bilag) read into the round from imported documents; nothing when none is. */
export function ImportedOverviews({ roundId }: { roundId: string }) {
  const t = useT();
  const overviews = useImportedOverviews(roundId);
  if (overviews.isError) return <QueryError error={overviews.error} />;
  if (!overviews.data || overviews.data.length === 0) return null;
  return (
    <section aria-labelledby="imported-overviews-heading" className="mt-8">
      <h2 id="imported-overviews-heading">{t('bilag.roundHeading')}</h2>
      <p>{t('bilag.roundIntro')}</p>
      {overviews.data.map((overview) => (
        <section key={overview.importId} aria-labelledby={`bilag-${overview.importId}`}>
          <h3 id={`bilag-${overview.importId}`}>
            {t('bilag.fromFile', { fileName: overview.fileName })}
          </h3>
          <StatedOverview overview={overview} headingLevel="h4" />
        </section>
      ))}
    </section>
  );
}
