import { useT } from '../../i18n/context.ts';

type PaybackPair = { service: number | null; total: number | null };

function PaybackValue({ computed, stated }: { computed: number | null; stated?: number | null }) {
  const t = useT();
  const differs = stated !== undefined && stated !== computed;
  return (
    <dd>
      {computed === null ? t('economy.paybackNever') : t('economy.paybackYears', { n: computed })}
      {differs && (
        // The document's own figure disagrees with the arithmetic: show it, do not hide it.
        <span className="badge badge-warning ml-3">
          {stated === null ? t('economy.statedNone') : t('economy.statedDiffers', { n: stated })}
        </span>
      )}
    </dd>
  );
}

/** Both payback times, and where an imported document stated others, those beside them. */
export function Payback({
  computed,
  stated,
}: {
  computed: PaybackPair;
  stated: PaybackPair | null;
}) {
  const t = useT();
  return (
    <div className="payback mt-4">
      <p className="weight-semibold mb-2">{t('economy.payback')}</p>
      <dl className="facts">
        <dt>{t('economy.paybackTotal')}</dt>
        <PaybackValue computed={computed.total} stated={stated?.total} />
        <dt>{t('economy.paybackService')}</dt>
        <PaybackValue computed={computed.service} stated={stated?.service} />
      </dl>
      <p className="form-hint">{t('economy.computedNote')}</p>
    </div>
  );
}
