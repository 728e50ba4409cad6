import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/context.ts';
import { Alert } from '../../layout/Alert.tsx';
import { Icon } from '../../layout/Icon.tsx';
import { FieldProblems } from './ErrorSummary.tsx';
import type { SaveOutcome } from './useProposalForm.ts';

/**
 * The outcome of a save beside the save button: saved (perhaps without values it could not
 * read), someone else saved first, or failed. Focus moves to it, so the keyboard user who
 * pressed save hears the outcome and goes on from there, not from the top of the page.
 */
export function SaveOutcomeAlert({
  proposalId,
  outcome,
  dirty,
  onOverwrite,
}: {
  proposalId: string;
  outcome: SaveOutcome | null;
  /** Whether the user changed anything since the save. */
  dirty: boolean;
  onOverwrite: (currentVersion: number) => void;
}) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome?.kind === 'saved' || outcome?.kind === 'conflict' || outcome?.kind === 'failed') {
      ref.current?.focus();
    }
  }, [outcome]);

  if (outcome?.kind === 'saved' && !dirty) {
    const partly = outcome.unsaved.length > 0;
    return (
      <Alert
        ref={ref}
        variant={partly ? 'warning' : 'success'}
        heading={partly ? t('edit.savedPartlyHeading') : t('edit.savedHeading')}
      >
        <p className="alert-text">{t('edit.saved', { version: outcome.version })}</p>
        {partly && (
          <>
            <p className="alert-text">
              {t('edit.savedWithoutUnreadable', { n: outcome.unsaved.length })}
            </p>
            <FieldProblems paths={outcome.unsaved} />
          </>
        )}
      </Alert>
    );
  }
  if (outcome?.kind === 'conflict') {
    const current = outcome.currentVersion;
    return (
      <Alert ref={ref} variant="error" heading={t('edit.conflictHeading')}>
        <p className="alert-text">
          {t('edit.conflict')}
          {current !== null && ` ${t('edit.conflictVersion', { version: current })}`}
        </p>
        <p className="alert-text">
          <a href={`/forslag/${proposalId}`} target="_blank" rel="noopener noreferrer">
            {t('edit.conflictOpen')}
            <Icon name="open-in-new" className="ml-2" />
          </a>
        </p>
        {current !== null && (
          <button
            type="button"
            className="button button-secondary mt-3"
            onClick={() => onOverwrite(current)}
          >
            {t('edit.conflictOverwrite')}
          </button>
        )}
      </Alert>
    );
  }
  if (outcome?.kind === 'failed') {
    return (
      <Alert ref={ref} variant="error" heading={t('edit.errorHeading')}>
        <p className="alert-text">{outcome.message}</p>
      </Alert>
    );
  }
  return null;
}
