import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { canSetFollowUp } from '../../../domain/followup/realised-access.ts';
import { formatDanishNumber, parseDanishNumber } from '../../../shared/danish-number.ts';
import type { FollowUpSettingsOutput } from '../../../shared/followup-realised-schema.ts';
import { ApiError } from '../../api/client.ts';
import { useAdministrations } from '../../api/queries.ts';
import { useMay } from '../../auth/may.ts';
import { useI18n, useT } from '../../i18n/context.ts';
import { Alert } from '../../layout/Alert.tsx';
import { ErrorAlert } from '../../layout/ErrorAlert.tsx';
import { Loading } from '../../layout/Loading.tsx';
import { QueryError } from '../../layout/QueryError.tsx';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { SelectField } from '../../proposals/edit/fields/SelectField.tsx';
import { TextField } from '../../proposals/edit/fields/TextField.tsx';
import { realisedKeys, saveFollowUpSettings, useFollowUpSettings } from '../realised/api.ts';
import { FollowUpNav } from './FollowUpNav.tsx';

// The secretariat's settings for follow-up: how far a proposal's savings may lag the plan before
// it is flagged, the day a year's report is due, and the savings targets per year for the
// portfolio or a forvaltning (the dashboard's target line). The server's findings stand beside
// the fields they name; a stale version (409) keeps what was typed.

interface TargetDraft {
  key: number;
  administration: string;
  year: string;
  amount: string;
}

const PORTFOLIO = '';

const draftOf = (s: FollowUpSettingsOutput) => ({
  threshold: String(s.lagThresholdPercent),
  month: String(s.reportDueMonth),
  day: String(s.reportDueDay),
  targets: s.targets.map((target, key): TargetDraft => ({
    key,
    administration: target.administration ?? PORTFOLIO,
    year: String(target.year),
    amount: formatDanishNumber(target.amount),
  })),
});

export function SettingsPage() {
  const t = useT();
  usePageTitle(t('settings.title'));
  const settings = useFollowUpSettings();
  const maySet = useMay()(canSetFollowUp);
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <FollowUpNav />
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <QueryError error={settings.error} />
      ) : maySet ? (
        <SettingsForm settings={settings.data} />
      ) : (
        <p>{t('settings.onlySecretariat')}</p>
      )}
    </>
  );
}

function SettingsForm({ settings }: { settings: FollowUpSettingsOutput }) {
  const t = useT();
  const { language } = useI18n();
  const queryClient = useQueryClient();
  const administrations = useAdministrations().data ?? [];
  const [draft, setDraft] = useState(() => draftOf(settings));
  const [nextKey, setNextKey] = useState(settings.targets.length);
  const [tried, setTried] = useState(false);
  const threshold = parseDanishNumber(draft.threshold);
  const day = parseDanishNumber(draft.day);
  const targets = draft.targets.map((d) => ({
    administration: d.administration === PORTFOLIO ? null : d.administration,
    year: parseDanishNumber(d.year),
    amount: parseDanishNumber(d.amount),
  }));
  const save = useMutation({
    mutationFn: () =>
      saveFollowUpSettings({
        version: settings.version,
        lagThresholdPercent: threshold!,
        reportDueMonth: Number(draft.month),
        reportDueDay: day!,
        targets: targets.map((target) => ({
          ...target,
          year: target.year!,
          amount: target.amount!,
        })),
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(realisedKeys.settings, saved);
      void queryClient.invalidateQueries({ queryKey: realisedKeys.all });
      setTried(false);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: realisedKeys.settings });
      }
    },
  });
  const server = (field: string) =>
    save.error instanceof ApiError
      ? save.error.issues.find((issue) => issue.field === field)?.message
      : undefined;
  const numberError = (value: number | null, field: string) =>
    (tried && value === null ? t('validation.number') : undefined) ?? server(field);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const complete = [threshold, day, ...targets.flatMap((x) => [x.year, x.amount])].every(
      (v) => v !== null,
    );
    if (complete) save.mutate();
  };
  const setTarget = (key: number, change: Partial<TargetDraft>) =>
    setDraft((d) => ({
      ...d,
      targets: d.targets.map((x) => (x.key === key ? { ...x, ...change } : x)),
    }));
  const monthName = new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  const months = Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: monthName.format(new Date(Date.UTC(2001, i, 1))),
  }));

  return (
    <form onSubmit={submit} noValidate aria-labelledby="settings-heading">
      <h2 id="settings-heading" className="sr-only">
        {t('settings.title')}
      </h2>
      {save.isError && <ErrorAlert heading={t('settings.failed')} error={save.error} />}
      {save.isSuccess && <Alert variant="success" heading={t('settings.saved')} />}
      <TextField
        id="settings-threshold"
        label={t('settings.threshold')}
        hint={t('settings.thresholdHint')}
        required
        inputMode="numeric"
        value={draft.threshold}
        onChange={(threshold) => setDraft((d) => ({ ...d, threshold }))}
        error={numberError(threshold, 'lagThresholdPercent')}
        widthClass="input-width-xs"
      />
      <fieldset className="mt-5">
        <legend className="h4">{t('settings.due')}</legend>
        <p className="form-hint">{t('settings.dueHint')}</p>
        <TextField
          id="settings-due-day"
          label={t('settings.dueDay')}
          required
          inputMode="numeric"
          value={draft.day}
          onChange={(value) => setDraft((d) => ({ ...d, day: value }))}
          error={numberError(day, 'reportDueDay')}
          widthClass="input-width-xs"
        />
        <SelectField
          id="settings-due-month"
          label={t('settings.dueMonth')}
          value={draft.month}
          onChange={(month) => setDraft((d) => ({ ...d, month }))}
          options={months}
          error={server('reportDueMonth')}
        />
      </fieldset>
      <fieldset className="mt-5">
        <legend className="h4">{t('settings.targets')}</legend>
        <p className="form-hint">{t('settings.targetsHint')}</p>
        {draft.targets.map((target, i) => {
          const parsed = targets[i]!;
          const n = i + 1;
          return (
            <fieldset key={target.key} className="mt-4">
              <legend>{t('settings.target', { n })}</legend>
              <SelectField
                id={`target-${target.key}-administration`}
                label={t('settings.targetFor')}
                value={target.administration}
                onChange={(administration) => setTarget(target.key, { administration })}
                emptyLabel={t('settings.portfolio')}
                options={administrations.map((a) => ({ value: a.code, label: a.name }))}
                error={server(`targets.${i}.administration`)}
              />
              <TextField
                id={`target-${target.key}-year`}
                label={t('decisions.year')}
                required
                inputMode="numeric"
                value={target.year}
                onChange={(year) => setTarget(target.key, { year })}
                error={numberError(parsed.year, `targets.${i}.year`)}
                widthClass="input-width-xs"
              />
              <TextField
                id={`target-${target.key}-amount`}
                label={t('settings.targetAmount')}
                required
                inputMode="decimal"
                value={target.amount}
                onChange={(amount) => setTarget(target.key, { amount })}
                error={numberError(parsed.amount, `targets.${i}.amount`)}
                widthClass="input-width-s"
              />
              <button
                type="button"
                className="button button-tertiary"
                onClick={() =>
                  setDraft((d) => ({
                    ...d,
                    targets: d.targets.filter((x) => x.key !== target.key),
                  }))
                }
              >
                {t('settings.removeTarget', { n })}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          className="button button-secondary mt-4"
          onClick={() => {
            setDraft((d) => ({
              ...d,
              targets: [
                ...d.targets,
                { key: nextKey, administration: PORTFOLIO, year: '', amount: '' },
              ],
            }));
            setNextKey((k) => k + 1);
          }}
        >
          {t('settings.addTarget')}
        </button>
      </fieldset>
      <button type="submit" className="button button-primary mt-6" disabled={save.isPending}>
        {t('settings.save')}
      </button>
    </form>
  );
}
