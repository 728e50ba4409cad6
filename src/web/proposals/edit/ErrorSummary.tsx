import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/context.ts';
import { Alert } from '../../layout/Alert.tsx';
import { describeField, fieldId, isField } from './field-paths.ts';
import { useEditForm } from './form-context.ts';
import type { SaveOutcome } from './useProposalForm.ts';

/**
 * After a save that could not go through because of field errors: every error, each a link
 * that moves focus to its field. Focus moves here first so the list is read out.
 */
export function ErrorSummary({ outcome, paths }: { outcome: SaveOutcome | null; paths: string[] }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const shown = outcome?.kind === 'invalid' || outcome?.kind === 'rejected';

  useEffect(() => {
    if (outcome?.kind === 'invalid' || outcome?.kind === 'rejected') ref.current?.focus();
  }, [outcome]);

  if (!shown || (outcome.kind === 'invalid' && paths.length === 0)) return null;
  return (
    <Alert
      ref={ref}
      variant="error"
      heading={outcome.kind === 'invalid' ? t('edit.invalidHeading') : t('edit.errorHeading')}
    >
      {outcome.kind === 'rejected' && <p className="alert-text">{outcome.message}</p>}
      <FieldProblems paths={paths} />
    </Alert>
  );
}

/** Each field's problem, a link that moves focus to the field. */
export function FieldProblems({ paths }: { paths: string[] }) {
  const t = useT();
  const { draft, errorFor } = useEditForm();
  return (
    <ul className="nobullet-list">
      {paths.map((path) => {
        const text = t('edit.fieldProblem', {
          field: describeField(path, draft, t),
          message: errorFor(path) ?? '',
        });
        return (
          <li key={path}>
            {isField(path) ? (
              <a
                href={`#${fieldId(path)}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldId(path))?.focus();
                }}
              >
                {text}
              </a>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}
