import { useState } from 'react';
import { usePriceIndices } from '../api/economics.ts';
import { canChangePriceIndex } from '../../domain/workflow/permissions.ts';
import { useMay } from '../auth/may.ts';
import { useT } from '../i18n/context.ts';
import { Alert } from '../layout/Alert.tsx';
import { Loading } from '../layout/Loading.tsx';
import { QueryError } from '../layout/QueryError.tsx';
import { usePageTitle } from '../layout/usePageTitle.ts';
import { AddPriceIndexYear } from './AddPriceIndexYear.tsx';
import type { Outcome } from './price-index-form.ts';
import { PriceIndexRow } from './PriceIndexRow.tsx';

// The secretariat's pris- og lønindeks: one row per p/l year, each edited and saved on its
// own, on top of the version it was read at. Only the secretariat sees it as a form.

export function PriceIndexPage() {
  const t = useT();
  usePageTitle(t('priceIndex.title'));
  const indices = usePriceIndices();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const editable = useMay()(canChangePriceIndex);
  return (
    <>
      <h1>{t('priceIndex.title')}</h1>
      <p className="font-lead">{t('priceIndex.intro')}</p>
      <p>{t('priceIndex.source')}</p>
      {!editable && <p>{t('priceIndex.readOnly')}</p>}
      {outcome && (
        <Alert variant={outcome.variant}>
          <p className="alert-text">{outcome.message}</p>
        </Alert>
      )}
      {indices.isPending ? (
        <Loading />
      ) : indices.isError ? (
        <QueryError error={indices.error} />
      ) : indices.data.length === 0 ? (
        <p>{t('priceIndex.empty')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption>{t('priceIndex.caption', { n: indices.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('priceIndex.year')}</th>
                <th scope="col">{t('priceIndex.index')}</th>
                <th scope="col" className="align-text-right">
                  {t('priceIndex.rise')}
                </th>
                <th scope="col">{t('priceIndex.updated')}</th>
                {editable && (
                  <th scope="col">
                    <span className="sr-only">{t('priceIndex.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {indices.data.map((item, i) => (
                <PriceIndexRow
                  // A new version (saved here or by someone else) starts the row afresh.
                  key={`${item.year}-${item.version}`}
                  item={item}
                  previous={indices.data[i - 1]}
                  editable={editable}
                  setOutcome={setOutcome}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable && <AddPriceIndexYear setOutcome={setOutcome} />}
    </>
  );
}
