import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client.ts';
import { uploadDocument } from '../api/imports.ts';
import { useT } from '../i18n/context.ts';
import { Alert } from '../layout/Alert.tsx';
import { usePageTitle } from '../layout/usePageTitle.ts';
import { fieldAria, FieldShell } from '../proposals/edit/fields/FieldShell.tsx';
import { RecentImports } from './RecentImports.tsx';

/** Upload of a document with existing proposals; reading it goes on on the import's page. */
export function ImportPage() {
  const t = useT();
  usePageTitle(t('import.title'));
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState(false);
  const upload = useMutation({
    mutationFn: uploadDocument,
    onSuccess: (started) => navigate(`/indlaesninger/${started.id}`),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setMissing(!file);
    if (file && !upload.isPending) upload.mutate(file);
  };

  const error = upload.error;
  return (
    <>
      <h1>{t('import.title')}</h1>
      <p className="font-lead">{t('import.intro')}</p>
      {error && (
        <Alert variant="error" heading={t('import.failed')}>
          <p className="alert-text">
            {error instanceof ApiError && error.status === 0
              ? t('common.networkError')
              : error.message}
          </p>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <FieldShell
          id="import-file"
          label={t('import.file')}
          hint={t('import.fileHint')}
          error={missing ? t('import.fileMissing') : undefined}
        >
          <input
            ref={input}
            id="import-file"
            name="file"
            type="file"
            className="form-file-input"
            accept=".pdf,.txt,application/pdf,text/plain"
            {...fieldAria({
              id: 'import-file',
              hint: t('import.fileHint'),
              error: missing ? t('import.fileMissing') : undefined,
            })}
          />
        </FieldShell>
        <button type="submit" className="button button-primary" aria-disabled={upload.isPending}>
          {upload.isPending ? t('import.uploading') : t('import.submit')}
        </button>
      </form>
      <RecentImports />
    </>
  );
}
