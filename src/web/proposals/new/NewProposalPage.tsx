import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { TEMPLATE_YEARS, templateTable } from '../../../domain/economics/template.ts';
import { PROPOSAL_KINDS, type ProposalKind } from '../../../domain/proposal.ts';
import { canCreateAny } from '../../../domain/workflow/permissions.ts';
import { canCreate } from '../../../domain/workflow/visibility.ts';
import { ApiError } from '../../api/client.ts';
import { createProposal } from '../../api/proposals.ts';
import { queryKeys, useAdministrations, useRounds } from '../../api/queries.ts';
import { useMay } from '../../auth/may.ts';
import { useMe } from '../../auth/queries.ts';
import { useT } from '../../i18n/context.ts';
import { Alert } from '../../layout/Alert.tsx';
import { Loading } from '../../layout/Loading.tsx';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { SelectField } from '../edit/fields/SelectField.tsx';
import { TextField } from '../edit/fields/TextField.tsx';

export function NewProposalPage() {
  const t = useT();
  usePageTitle(t('new.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const may = useMay();
  // Only the forvaltninger the user may create a proposal for (the API's rule).
  const administrations = (useAdministrations().data ?? []).filter((a) =>
    may((actor) => canCreate(actor, a.code)),
  );
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<ProposalKind | ''>('');
  const [chosenLead, setLead] = useState('');
  // An author has one forvaltning to choose: it is chosen for them.
  const lead = chosenLead || (administrations.length === 1 ? administrations[0]!.code : '');
  // Proposals are written for a round still open; the earliest is the likely one.
  const openRounds = (useRounds().data ?? []).filter((r) => r.phase === 'open');
  const [chosenRound, setRound] = useState<string | null>(null);
  const roundId = chosenRound ?? openRounds[0]?.id ?? '';
  const firstYear = openRounds.find((r) => r.id === roundId)?.year ?? null;
  const [tried, setTried] = useState(false);

  const create = useMutation({
    mutationFn: (chosenKind: ProposalKind) =>
      createProposal({
        title,
        kind: chosenKind,
        leadAdministration: lead || null,
        economy: { priceLevelYear: null, ...templateTable(chosenKind, firstYear) },
      }),
    onSuccess: (proposal) => {
      queryClient.setQueryData(queryKeys.proposal(proposal.id), proposal);
      void queryClient.invalidateQueries({ queryKey: queryKeys.proposals });
      void navigate(`/forslag/${proposal.id}/rediger`);
    },
  });

  const serverIssue = (field: string) =>
    create.error instanceof ApiError
      ? create.error.issues.find((i) => i.field === field)?.message
      : undefined;
  const titleError = tried && !title.trim() ? t('validation.required') : serverIssue('title');
  const kindError = tried && !kind ? t('validation.required') : serverIssue('kind');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (title.trim() && kind) create.mutate(kind);
  };

  if (me.isPending) return <Loading />;
  if (!may(canCreateAny)) {
    return (
      <>
        <h1>{t('new.title')}</h1>
        <Alert variant="info" heading={t('workday.mayNotCreateHeading')}>
          <p className="alert-text">{t('workday.mayNotCreate')}</p>
        </Alert>
      </>
    );
  }
  return (
    <>
      <h1>{t('new.title')}</h1>
      <p className="font-lead">{t('new.intro')}</p>
      {create.isError && (
        <Alert variant="error" heading={t('new.failed')}>
          <p className="alert-text">
            {create.error instanceof ApiError && create.error.status === 0
              ? t('common.networkError')
              : create.error.message}
          </p>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <TextField
          id="new-title"
          label={t('field.title')}
          required
          value={title}
          onChange={setTitle}
          error={titleError}
          widthClass="input-width-xl"
        />
        <SelectField
          id="new-kind"
          label={t('field.kind')}
          required
          value={kind}
          onChange={(v) => setKind(PROPOSAL_KINDS.find((k) => k === v) ?? '')}
          emptyLabel={t('common.choose')}
          options={PROPOSAL_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          error={kindError}
        />
        <SelectField
          id="new-lead"
          label={t('field.leadAdministration')}
          value={lead}
          onChange={setLead}
          emptyLabel={t('common.choose')}
          options={administrations.map((a) => ({ value: a.code, label: `${a.name} (${a.code})` }))}
          error={serverIssue('leadAdministration')}
        />
        <SelectField
          id="new-years"
          label={t('new.years')}
          hint={t('new.yearsHint')}
          value={roundId}
          onChange={setRound}
          emptyLabel={t('new.yearsNone')}
          options={openRounds.map((r) => ({
            value: r.id,
            label: t('new.yearsOption', {
              first: r.year,
              last: r.year + TEMPLATE_YEARS - 1,
              round: r.name,
            }),
          }))}
        />
        <button type="submit" className="button button-primary mt-6" disabled={create.isPending}>
          {create.isPending ? t('new.creating') : t('new.create')}
        </button>
      </form>
    </>
  );
}
