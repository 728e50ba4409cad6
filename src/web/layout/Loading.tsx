import { useT } from '../i18n/context.ts';

export function Loading() {
  const t = useT();
  return (
    <div className="spinner-box mt-5">
      <div className="spinner" aria-hidden="true" />
      <div className="spinner-status" role="status">
        {t('common.loading')}
      </div>
    </div>
  );
}
