import { useT } from '../../../i18n/context.ts';
import type { RuleNote } from '../useProposalCheck.ts';

export const noteId = (fieldId: string, index: number) => `${fieldId}-rule-${index}`;

/**
 * The submission rules' findings on a field. They do not stop a save (drafts are saved
 * whatever they hold), so the input is not marked invalid; an error stops the submission.
 */
export function RuleNotes({ id, notes }: { id: string; notes: readonly RuleNote[] | undefined }) {
  const t = useT();
  if (!notes?.length) return null;
  return notes.map((note, i) => (
    <span key={i} id={noteId(id, i)} className={`rule-note rule-note-${note.severity}`}>
      <span className="rule-note-label">
        {t(note.severity === 'error' ? 'check.blocks' : 'check.warning')}
      </span>{' '}
      {note.message}
    </span>
  ));
}
