import { PROPOSAL_KINDS } from '../../../../domain/proposal.ts';
import { MAX_PAGE_SIZE } from '../../../../shared/paging.ts';
import {
  useAdministrations,
  useCommittees,
  useProposalList,
  useRounds,
} from '../../../api/queries.ts';
import { useMe } from '../../../auth/queries.ts';
import { useT } from '../../../i18n/context.ts';
import { PathSelect, PathTextArea, PathTextField } from '../fields/PathFields.tsx';
import { useEditForm } from '../form-context.ts';
import { AffectedAdministrations } from './AffectedAdministrations.tsx';

const INNOVATION_CASES = {
  kind: 'innovationsforslag',
  administration: null,
  round: null,
  sort: 'code',
  order: 'asc',
  offset: 0,
  limit: MAX_PAGE_SIZE,
} as const;

/** The template's front page: code, title, kind, summary, forvaltninger, committee, round. */
export function HeaderEditor({ proposalId }: { proposalId: string }) {
  const t = useT();
  const { draft, set } = useEditForm();
  const administrations = useAdministrations().data ?? [];
  const committees = useCommittees().data ?? [];
  const rounds = useRounds().data ?? [];
  const innovationCases = (useProposalList(INNOVATION_CASES).data?.items ?? []).filter(
    (p) => p.id !== proposalId,
  );
  const choose = t('common.choose');
  // The code and the round are the secretariat's to give; others see them, as the server
  // refuses their change from anyone else.
  const placesInRounds = useMe().data?.roles.some((g) => g.role === 'secretariat') ?? false;
  const roundName = rounds.find((r) => r.id === draft.roundId)?.name ?? draft.roundId;

  return (
    <>
      {placesInRounds ? (
        <PathTextField
          path="code"
          hint={t('field.codeHint')}
          value={draft.code}
          onChange={(v) => set('code', v)}
          widthClass="input-width-s"
        />
      ) : (
        <dl>
          <dt>{t('field.code')}</dt>
          <dd>{draft.code || t('common.none')}</dd>
          <dt>{t('field.round')}</dt>
          <dd>{roundName || t('common.none')}</dd>
          <dd className="form-hint">{t('field.placedBySecretariat')}</dd>
        </dl>
      )}
      <PathTextField
        path="title"
        required
        value={draft.title}
        onChange={(v) => set('title', v)}
        widthClass="input-width-xl"
      />
      <PathSelect
        path="kind"
        value={draft.kind}
        onChange={(v) => set('kind', PROPOSAL_KINDS.find((k) => k === v) ?? draft.kind)}
        options={PROPOSAL_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
      />
      <PathTextArea path="summary" value={draft.summary} onChange={(v) => set('summary', v)} />
      <PathSelect
        path="leadAdministration"
        value={draft.leadAdministration}
        onChange={(v) => set('leadAdministration', v)}
        emptyLabel={choose}
        options={administrations.map((a) => ({ value: a.code, label: `${a.name} (${a.code})` }))}
      />
      <AffectedAdministrations administrations={administrations} />
      <PathSelect
        path="committee"
        value={draft.committee}
        onChange={(v) => set('committee', v)}
        emptyLabel={choose}
        options={committees.map((c) => ({ value: c.code, label: `${c.name} (${c.code})` }))}
      />
      {placesInRounds && (
        <PathSelect
          path="roundId"
          value={draft.roundId}
          onChange={(v) => set('roundId', v)}
          emptyLabel={choose}
          options={rounds.map((r) => ({ value: r.id, label: r.name }))}
        />
      )}
      {(draft.kind === 'investeringsforslag' || draft.originProposalId) && (
        <PathSelect
          path="originProposalId"
          value={draft.originProposalId}
          onChange={(v) => set('originProposalId', v)}
          emptyLabel={t('field.originNone')}
          options={innovationCases.map((p) => ({
            value: p.id,
            label: p.code ? `${p.code} ${p.title}` : p.title,
          }))}
        />
      )}
    </>
  );
}
