import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { ProposalOutput } from '../../../shared/proposal-schema.ts';
import { ApiError, type ApiIssue } from '../../api/client.ts';
import { updateProposal } from '../../api/proposals.ts';
import { queryKeys } from '../../api/queries.ts';
import { useT } from '../../i18n/context.ts';
import { fingerprint, fromProposal, toInput, withTyped, type ProposalDraft } from './draft.ts';
import type { EditForm } from './form-context.ts';
import { nearestField } from './field-paths.ts';
import { useProposalCheck } from './useProposalCheck.ts';
import { stopsSave, unreadable, validateDraft } from './validate.ts';

const NONE: string[] = [];

/** How the last save attempt ended. */
export type SaveOutcome =
  /** `unsaved`: fields whose typed text could not be read, saved empty and kept in the form. */
  | { kind: 'saved'; version: number; unsaved: string[] }
  | { kind: 'conflict'; currentVersion: number | null }
  | { kind: 'invalid' }
  | { kind: 'rejected'; message: string }
  | { kind: 'failed'; message: string };

function issuesByField(issues: ApiIssue[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of issues) {
    const path = nearestField(issue.field) ?? issue.field;
    byField[path] ??= issue.message;
  }
  return byField;
}

/**
 * The edit form's state and its save. A save sends the version the form was loaded from (or
 * last saved as); when someone saved in between, the server answers 409 and the draft stays.
 */
export function useProposalForm(loaded: ProposalOutput) {
  const t = useT();
  const queryClient = useQueryClient();
  const [start] = useState(() => fromProposal(loaded));
  const [draft, setDraft] = useState(start);
  const [base, setBase] = useState({
    version: loaded.version,
    fingerprint: fingerprint(start),
    /** The form as the last save left it, unreadable text included. */
    shown: fingerprint(start),
  });
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);

  const clientErrors = useMemo(() => validateDraft(draft), [draft]);
  const check = useProposalCheck(draft);
  const dirty = fingerprint(draft) !== base.fingerprint;
  const changedSinceSave = fingerprint(draft) !== base.shown;
  const unsaved = outcome?.kind === 'saved' ? outcome.unsaved : NONE;

  const errorFor = useCallback(
    (path: string) => {
      const own = clientErrors[path];
      if (own && unsaved.includes(path)) return t('edit.notSavedField', { message: t(own) });
      if (own && (submitted || touched.has(path))) return t(own);
      return serverErrors[path];
    },
    [clientErrors, serverErrors, submitted, touched, unsaved, t],
  );

  const notesFor = useCallback(
    (path: string) =>
      // An empty section is reported beside its field once the user has been there; before
      // that, only the check list names it, so a new draft is not covered in notes.
      check.notes.filter(
        (note) => note.field === path && (note.ruleId !== 'mandatory-section' || touched.has(path)),
      ),
    [check, touched],
  );

  const touch = useCallback((path: string) => {
    setTouched((current) => (current.has(path) ? current : new Set(current).add(path)));
    setServerErrors((current) => {
      if (!(path in current)) return current;
      const { [path]: _gone, ...rest } = current;
      return rest;
    });
  }, []);

  const set = useCallback<EditForm['set']>((key, value) => {
    setDraft((current) => ({ ...current, [key]: value }));
  }, []);

  const mutation = useMutation({
    mutationFn: ({ sent, version }: { sent: ProposalDraft; version: number; unread: string[] }) =>
      updateProposal(loaded.id, toInput(sent, version)),
    onSuccess: (saved, { sent, unread }) => {
      queryClient.setQueryData(queryKeys.proposal(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['proposals', 'list'] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.versions(saved.id) });
      const stored = fromProposal(saved);
      const next = withTyped(stored, sent, unread);
      // Show the saved proposal as the server normalised it, unless the user typed on meanwhile.
      setDraft((current) => (fingerprint(current) === fingerprint(sent) ? next : current));
      setBase({
        version: saved.version,
        fingerprint: fingerprint(stored),
        shown: fingerprint(next),
      });
      setServerErrors({});
      setOutcome({ kind: 'saved', version: saved.version, unsaved: unread });
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) {
        setOutcome({ kind: 'failed', message: String(error) });
      } else if (error.status === 409) {
        setOutcome({ kind: 'conflict', currentVersion: error.currentVersion });
      } else if (error.status === 400) {
        setServerErrors(issuesByField(error.issues));
        setOutcome({ kind: 'rejected', message: error.message });
      } else {
        const message =
          error.status === 0
            ? t('common.networkError')
            : error.status === 404
              ? t('edit.notFound')
              : error.status === 413
                ? t('edit.tooLarge')
                : error.message;
        setOutcome({ kind: 'failed', message });
      }
    },
  });

  /** Saves on top of the loaded version, or, after a conflict, of `onTopOf` when given. */
  const save = (onTopOf?: number) => {
    setSubmitted(true);
    if (stopsSave(clientErrors)) {
      setOutcome({ kind: 'invalid' });
      return;
    }
    setOutcome(null);
    mutation.mutate({
      sent: draft,
      version: onTopOf ?? base.version,
      unread: unreadable(clientErrors),
    });
  };

  const errorPaths = [
    ...new Set([...(submitted ? Object.keys(clientErrors) : []), ...Object.keys(serverErrors)]),
  ];

  const form: EditForm = useMemo(
    () => ({ draft, set, errorFor, touch, notesFor, check }),
    [draft, set, errorFor, touch, notesFor, check],
  );

  return {
    form,
    dirty,
    changedSinceSave,
    baseVersion: base.version,
    saving: mutation.isPending,
    outcome,
    errorPaths,
    save,
  };
}
