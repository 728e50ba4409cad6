import { useState, type ChangeEvent } from 'react';
import type { Tabel1Import as Reading } from '../../../../shared/documents-schema.ts';
import { importTabel1Xlsx } from '../../../api/documents.ts';
import { useT } from '../../../i18n/context.ts';
import { Alert } from '../../../layout/Alert.tsx';
import type { EconomyDraft } from '../draft.ts';
import { economyFromImport } from '../import-economy.ts';

const INPUT_ID = 'economy-import-xlsx';
const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Outcome =
  | { state: 'idle' }
  | { state: 'reading' }
  | { state: 'loaded'; file: string; reading: Reading }
  | { state: 'failed'; file: string; messages: string[]; warnings: string[] };

function Messages({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="alert-text">
      {items.map((message, i) => (
        <li key={i}>{message}</li>
      ))}
    </ul>
  );
}

/**
 * Fills the draft's Tabel 1 from an .xlsx file: the server reads it, the form takes it as if
 * typed, and nothing is saved until the user saves. A sheet with errors changes nothing.
 */
export function Tabel1Import({
  economy,
  onLoad,
}: {
  economy: EconomyDraft;
  onLoad: (next: EconomyDraft) => void;
}) {
  const t = useT();
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });

  async function read(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setOutcome({ state: 'reading' });
    try {
      const reading = await importTabel1Xlsx(file);
      const warnings = reading.warnings.map((w) => w.message);
      if (reading.errors.length > 0 || !reading.table) {
        setOutcome({
          state: 'failed',
          file: file.name,
          messages: reading.errors.map((e) => e.message),
          warnings,
        });
      } else {
        onLoad(economyFromImport(economy, reading.table));
        setOutcome({ state: 'loaded', file: file.name, reading });
      }
    } catch (error) {
      setOutcome({
        state: 'failed',
        file: file.name,
        messages: [String((error as Error).message)],
        warnings: [],
      });
    } finally {
      // The same file, corrected, can be chosen again.
      input.value = '';
    }
  }

  const table = outcome.state === 'loaded' ? outcome.reading.table : null;
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={INPUT_ID}>
        {t('editEconomy.import')}
      </label>
      <span className="form-hint" id={`${INPUT_ID}-hint`}>
        {t('editEconomy.importHint')}
      </span>
      <input
        type="file"
        id={INPUT_ID}
        accept={XLSX_TYPES}
        aria-describedby={`${INPUT_ID}-hint`}
        disabled={outcome.state === 'reading'}
        onChange={(event) => void read(event)}
      />
      {outcome.state === 'reading' && (
        <p role="status" className="mt-3">
          {t('editEconomy.importing')}
        </p>
      )}
      {outcome.state === 'loaded' && table && (
        <Alert variant="success">
          <p className="alert-text">
            {t('editEconomy.imported', {
              file: outcome.file,
              rows: table.rows.length,
              years:
                table.years.length > 0
                  ? `${table.years[0]}–${table.years.at(-1)}`
                  : t('common.none'),
            })}
          </p>
          {outcome.reading.warnings.length > 0 && (
            <>
              <p className="alert-text weight-semibold">{t('editEconomy.importWarnings')}</p>
              <Messages items={outcome.reading.warnings.map((w) => w.message)} />
            </>
          )}
        </Alert>
      )}
      {outcome.state === 'failed' && (
        <Alert
          variant="error"
          heading={t('editEconomy.importFailedHeading', { file: outcome.file })}
        >
          <Messages items={outcome.messages} />
          {outcome.warnings.length > 0 && (
            <>
              <p className="alert-text weight-semibold">{t('editEconomy.importWarnings')}</p>
              <Messages items={outcome.warnings} />
            </>
          )}
        </Alert>
      )}
    </div>
  );
}
