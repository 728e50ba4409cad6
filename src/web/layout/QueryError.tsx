import { ApiError } from '../api/client.ts';
import { useT } from '../i18n/context.ts';
import { Alert } from './Alert.tsx';

/** Why data could not be loaded, with the server's own words when it gave any. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const message =
    error instanceof ApiError && error.status === 0
      ? t('common.networkError')
      : error instanceof ApiError && error.status === 404
        ? t('common.notFoundText')
        : error instanceof Error
          ? error.message
          : String(error);
  return (
    <Alert variant="error" heading={t('common.error')}>
      <p className="alert-text">{message}</p>
      {onRetry && (
        <button type="button" className="button button-secondary mt-3" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      )}
    </Alert>
  );
}
