import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import type { RealisedImportOutput } from '../../../shared/followup-realised-schema.ts';
import { ApiError } from '../../api/client.ts';
import { usePriceIndices } from '../../api/economics.ts';
import { useT } from '../../i18n/context.ts';
import { Alert } from '../../layout/Alert.tsx';
import { fieldAria, FieldShell } from '../../proposals/edit/fields/FieldShell.tsx';
import { SelectField } from '../../proposals/edit/fields/SelectField.tsx';
import { importRealised } from './api.ts';

// Realised figures read from the accounting system's export (.xlsx or .csv: proposal code, year,
// account/row, amount). All or nothing: when the server refuses the file, each fault is listed
// by the cell it names, so it can be found and fixed in the export.

const CELL = /^[A-Z]{1,3}[0-9]+$/;

export function ImportForm({ onImported }: { onImported: () => void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState(false);
  const [level, setLevel] = useState('');
  const indices = usePriceIndices();
  const upload = useMutation({
    mutationFn: (file: File) => importRealised(file, level === '' ? null : Number(level)),
    onSuccess: () => {
      if (input.current) input.current.value = '';
      onImported();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setMissing(!file);
    if (file && !upload.isPending) upload.mutate(file);
  };
  const fileError = missing ? t('realised.import.fileMissing') : undefined;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="realised-import-heading" className="mt-7">
      <h2 id="realised-import-heading">{t('realised.import.heading')}</h2>
      <p>{t('realised.import.intro')}</p>
      {upload.isError && <ImportErrors error={upload.error} />}
      {upload.isSuccess && <Imported reports={upload.data.reports} />}
      <FieldShell
        id="realised-file"
        label={t('realised.import.file')}
        hint={t('realised.import.fileHint')}
        error={fileError}
      >
        <input
          ref={input}
          id="realised-file"
          name="file"
          type="file"
          className="form-file-input"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          {...fieldAria({
            id: 'realised-file',
            hint: t('realised.import.fileHint'),
            error: fileError,
          })}
        />
      </FieldShell>
      <SelectField
        id="realised-file-level"
        label={t('realised.import.priceLevel')}
        value={level}
        onChange={setLevel}
        emptyLabel={t('realised.import.planLevels')}
        options={(indices.data ?? []).map((i) => ({
          value: String(i.year),
          label: t('common.priceLevel', { year: i.year }),
        }))}
      />
      <button type="submit" className="button button-primary" disabled={upload.isPending}>
        {upload.isPending ? t('realised.import.reading') : t('realised.import.submit')}
      </button>
    </form>
  );
}

function ImportErrors({ error }: { error: Error }) {
  const t = useT();
  const issues = error instanceof ApiError ? error.issues : [];
  if (issues.length === 0) {
    return (
      <Alert variant="error" heading={t('realised.import.failed')}>
        <p className="alert-text">
          {error instanceof ApiError && error.status === 0
            ? t('common.networkError')
            : error.message}
        </p>
      </Alert>
    );
  }
  return (
    <Alert variant="error" heading={t('realised.import.failed')}>
      <p className="alert-text">{t('realised.import.nothingSaved')}</p>
      <ul className="alert-text">
        {issues.map((issue, i) => (
          <li key={i}>
            {CELL.test(issue.field)
              ? t('realised.import.cell', { cell: issue.field, message: issue.message })
              : issue.message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

function Imported({ reports }: { reports: RealisedImportOutput['reports'] }) {
  const t = useT();
  return (
    <Alert variant="success" heading={t('realised.import.done')}>
      <ul className="alert-text">
        {reports.map((r) => (
          <li key={`${r.proposalId}:${r.year}`}>
            {t('realised.import.report', {
              code: r.code ?? '',
              year: String(r.year),
              rows: r.rows,
            })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
