import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { RulesOutput } from '../../shared/rounds-schema.ts';
import { useT } from '../i18n/context.ts';
import { Alert } from '../layout/Alert.tsx';
import { ErrorAlert } from '../layout/ErrorAlert.tsx';
import { decisionKeys } from '../decisions/api.ts';
import { lockRound, roundKeys } from './api.ts';

/**
 * Opening the round for decision freezes its rules, which cannot be undone, so it is asked
 * twice: the button, then a confirmation that says what follows.
 */
export function LockRound({
  roundId,
  rules,
  dirty,
}: {
  roundId: string;
  rules: RulesOutput;
  dirty: boolean;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const confirmation = useRef<HTMLDivElement>(null);
  const lock = useMutation({
    mutationFn: () => lockRound(roundId, rules.round.version),
    onSuccess: (out) => {
      queryClient.setQueryData(roundKeys.rules(roundId), out);
      void queryClient.invalidateQueries({ queryKey: decisionKeys.round(roundId) });
      setAsking(false);
    },
  });
  useEffect(() => {
    if (asking) confirmation.current?.focus();
  }, [asking]);

  return (
    <section className="mt-7" aria-labelledby="lock-heading">
      <h2 id="lock-heading" className="h3">
        {t('rules.lockHeading')}
      </h2>
      <p>{t('rules.lockIntro', { version: rules.version })}</p>
      {lock.isError && <ErrorAlert heading={t('rules.lockFailed')} error={lock.error} />}
      {!asking ? (
        <button type="button" className="button button-secondary" onClick={() => setAsking(true)}>
          {t('rules.lock')}
        </button>
      ) : (
        <Alert ref={confirmation} variant="warning" heading={t('rules.lockConfirmHeading')}>
          <p className="alert-text">
            {dirty ? t('rules.lockDirty') : t('rules.lockConfirm', { version: rules.version })}
          </p>
          {!dirty && (
            <button
              type="button"
              className="button button-primary mt-3"
              disabled={lock.isPending}
              onClick={() => lock.mutate()}
            >
              {t('rules.lockYes')}
            </button>
          )}
          <button
            type="button"
            className="button button-tertiary mt-3 ml-3"
            onClick={() => setAsking(false)}
          >
            {t('rules.lockNo')}
          </button>
        </Alert>
      )}
    </section>
  );
}
