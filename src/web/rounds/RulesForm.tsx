import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { PROPOSAL_KINDS } from '../../domain/proposal.ts';
import type { RulesOutput } from '../../shared/rounds-schema.ts';
import { ApiError, type ApiIssue } from '../api/client.ts';
import { useT } from '../i18n/context.ts';
import { Alert } from '../layout/Alert.tsx';
import { TextAreaField } from '../proposals/edit/fields/TextAreaField.tsx';
import { TextField } from '../proposals/edit/fields/TextField.tsx';
import { roundKeys, saveRules } from './api.ts';
import { CriteriaFieldset } from './CriteriaFieldset.tsx';
import { PoolFieldset } from './PoolFieldset.tsx';
import { ruleFieldId } from './RuleCell.tsx';
import {
  draftOf,
  EMPTY_RULES,
  newPool,
  poolTree,
  readDraft,
  type DraftIssue,
  type RulesDraft,
  type RulesInput,
} from './rules-draft.ts';
import { LockRound } from './LockRound.tsx';
import type { RulesEditor } from './rules-editor.ts';

type Outcome =
  | { kind: 'saved'; version: number }
  | { kind: 'conflict'; message: string; currentVersion: number | null }
  | { kind: 'failed'; message: string };

/** The shape of the draft: when it changes, findings named by index may point elsewhere. */
const shapeOf = (d: RulesDraft) =>
  JSON.stringify([d.pools.map((p) => p.budgets.length), d.criteria.length]);

/**
 * The secretariat's form for a round's rules. Each save is a new version on top of the one the
 * form was loaded from; when someone saved in between, the server's 409 is shown and what the
 * user typed stays. Once the round is opened for decision a change needs a reason.
 */
export function RulesForm({
  roundId,
  saved,
  phase,
}: {
  roundId: string;
  saved: RulesOutput | null;
  phase: RulesOutput['phase'];
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(saved?.rules ?? EMPTY_RULES));
  const [base, setBase] = useState(saved?.version ?? null);
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<DraftIssue[]>([]);
  const [server, setServer] = useState<ApiIssue[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const locked = phase !== 'open';

  const save = useMutation({
    mutationFn: ({ version, rules }: { version: number | null; rules: RulesInput }) =>
      saveRules(roundId, { version, reason, rules }),
    onSuccess: (out) => {
      queryClient.setQueryData(roundKeys.rules(roundId), out);
      void queryClient.invalidateQueries({ queryKey: roundKeys.scores(roundId) });
      setDraft(draftOf(out.rules));
      setBase(out.version);
      setReason('');
      setOutcome({ kind: 'saved', version: out.version });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        setOutcome({
          kind: 'conflict',
          message: error.message,
          currentVersion: error.currentVersion,
        });
      else if (error instanceof ApiError && error.issues.length > 0) setServer(error.issues);
      else setOutcome({ kind: 'failed', message: error.message });
    },
  });

  const findings = [
    ...local.map((i) => ({ field: i.field, message: t(`rules.problem.${i.problem}`) })),
    ...server,
  ];
  useEffect(() => {
    if (findings.length > 0 || outcome?.kind === 'conflict') summary.current?.focus();
    // Focus moves once per save, when its answer arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [local, server, outcome]);

  const editor: RulesEditor = {
    draft,
    change(edit) {
      const next = structuredClone(draft);
      edit(next);
      if (shapeOf(next) !== shapeOf(draft)) setServer([]);
      setDraft(next);
    },
    errorFor: (path) => findings.find((f) => f.field === path)?.message,
  };

  /** Saves on top of `version`: the one loaded, or after a conflict the newest. */
  const saveOnTopOf = (version: number | null) => {
    if (save.isPending) return;
    const read = readDraft(draft);
    setLocal(read.ok ? [] : read.issues);
    setServer([]);
    setOutcome(null);
    if (read.ok) save.mutate({ version, rules: read.rules });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    saveOnTopOf(base);
  };
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(saved?.rules ?? EMPTY_RULES));

  return (
    <form onSubmit={submit} noValidate aria-label={t('rules.formLabel')}>
      {findings.length > 0 && (
        <Alert ref={summary} variant="error" heading={t('rules.invalidHeading')}>
          <ul className="alert-text nobullet-list">
            {findings.map((f, i) => (
              <li key={i}>
                <a href={`#${ruleFieldId(f.field)}`}>{f.message}</a>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {outcome?.kind === 'conflict' && (
        <Alert ref={summary} variant="error" heading={t('rules.conflictHeading')}>
          <p className="alert-text">
            {outcome.message} {t('rules.conflictKept')}
          </p>
          {outcome.currentVersion !== null && (
            <button
              type="button"
              className="button button-secondary mt-3"
              onClick={() => saveOnTopOf(outcome.currentVersion)}
            >
              {t('rules.conflictOverwrite', { version: outcome.currentVersion })}
            </button>
          )}
        </Alert>
      )}

      <fieldset>
        <legend className="h3">{t('rules.general')}</legend>
        <TextField
          id={ruleFieldId('rules.paybackLimitYears')}
          label={t('rules.paybackLimit')}
          hint={t('rules.paybackLimitHint')}
          widthClass="input-width-xs"
          inputMode="numeric"
          value={draft.paybackLimitYears}
          onChange={(v) =>
            editor.change((d) => {
              d.paybackLimitYears = v;
            })
          }
          error={editor.errorFor('rules.paybackLimitYears')}
        />
        {PROPOSAL_KINDS.map((kind) => (
          <TextField
            key={kind}
            id={ruleFieldId(`rules.caps.${kind}`)}
            label={t('rules.capOf', { kind: t(`kind.${kind}`) })}
            hint={t('rules.capHint')}
            widthClass="input-width-s"
            inputMode="decimal"
            value={draft.caps[kind]}
            onChange={(v) =>
              editor.change((d) => {
                d.caps[kind] = v;
              })
            }
            error={editor.errorFor(`rules.caps.${kind}`)}
          />
        ))}
      </fieldset>

      <fieldset className="mt-6">
        <legend className="h3">{t('rules.pools')}</legend>
        <p className="form-hint">{t('rules.poolsHint')}</p>
        {poolTree(draft.pools)
          .filter((entry) => entry.depth === 0)
          .map(({ index }) => (
            <PoolFieldset key={draft.pools[index]!.key} editor={editor} index={index} />
          ))}
        <button
          type="button"
          className="button button-secondary mt-3"
          onClick={() =>
            editor.change((d) => {
              d.pools.push(newPool(d, null));
            })
          }
        >
          {t('rules.addPool')}
        </button>
      </fieldset>

      <CriteriaFieldset editor={editor} />

      {locked && (
        <TextAreaField
          id={ruleFieldId('reason')}
          label={t('rules.reason')}
          hint={t('rules.reasonHint')}
          required
          rows={3}
          value={reason}
          onChange={setReason}
          error={editor.errorFor('reason')}
        />
      )}
      {outcome?.kind === 'saved' && (
        <Alert variant="success">
          <p className="alert-text">{t('rules.saved', { version: outcome.version })}</p>
        </Alert>
      )}
      {outcome?.kind === 'failed' && (
        <Alert variant="error" heading={t('rules.failed')}>
          <p className="alert-text">{outcome.message}</p>
        </Alert>
      )}
      <button type="submit" className="button button-primary mt-5" disabled={save.isPending}>
        {t('rules.save')}
      </button>
      {!locked && saved && <LockRound roundId={roundId} rules={saved} dirty={dirty} />}
    </form>
  );
}
