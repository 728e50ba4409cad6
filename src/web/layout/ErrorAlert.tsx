import { ApiError } from '../api/client.ts';
import { useT } from '../i18n/context.ts';
import { Alert } from './Alert.tsx';

/** Why an action failed: the server's own words, or that it could not be reached. */
export function ErrorAlert({ heading, error }: { heading: string; error: Error }) {
  const t = useT();
  return (
    <Alert variant="error" heading={heading}>
      <p className="alert-text">
        {error instanceof ApiError && error.status === 0 ? t('common.networkError') : error.message}
      </p>
    </Alert>
  );
}
