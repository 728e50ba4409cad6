import { useRef, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { ProposalOutput } from '../../../shared/proposal-schema.ts';
import { useT } from '../../i18n/context.ts';
import { CheckList } from './CheckList.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { PathTextArea } from './fields/PathFields.tsx';
import { EditFormContext } from './form-context.ts';
import { SaveOutcomeAlert } from './SaveOutcomeAlert.tsx';
import { ApprovalEditor } from './sections/ApprovalEditor.tsx';
import { EconomyEditor } from './sections/EconomyEditor.tsx';
import { FollowUpEditor } from './sections/FollowUpEditor.tsx';
import { FutureInvestmentEditor } from './sections/FutureInvestmentEditor.tsx';
import { HeaderEditor } from './sections/HeaderEditor.tsx';
import { HearingsEditor } from './sections/HearingsEditor.tsx';
import { PartnersEditor } from './sections/PartnersEditor.tsx';
import { RiskEditor } from './sections/RiskEditor.tsx';
import { useClearOfBar } from './useClearOfBar.ts';
import { useProposalForm } from './useProposalForm.ts';
import { useUnsavedChangesWarning } from './useUnsavedChangesWarning.ts';

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="edit-section">
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

/** Every section and field of the template, saved as one new version of the proposal. */
export function ProposalForm({ proposal }: { proposal: ProposalOutput }) {
  const t = useT();
  const { form, dirty, changedSinceSave, baseVersion, saving, outcome, errorPaths, save } =
    useProposalForm(proposal);
  useUnsavedChangesWarning(dirty, t('edit.leaveConfirm'));
  const bar = useRef<HTMLDivElement>(null);
  useClearOfBar(bar);
  const { draft, set } = form;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving) save();
  };

  return (
    <EditFormContext value={form}>
      <p>{t('edit.basedOn', { version: baseVersion })}</p>
      <form onSubmit={submit} noValidate className="edit-form">
        <ErrorSummary outcome={outcome} paths={errorPaths} />
        <Section id="edit-header" heading={t('edit.headerSection')}>
          <HeaderEditor proposalId={proposal.id} />
        </Section>
        <Section id="edit-s1" heading={t('view.s1')}>
          <PathTextArea
            path="description"
            rows={10}
            value={draft.description}
            onChange={(v) => set('description', v)}
          />
        </Section>
        <Section id="edit-s2" heading={t('view.s2')}>
          <EconomyEditor />
        </Section>
        <Section id="edit-s3" heading={t('view.s3')}>
          <FutureInvestmentEditor />
        </Section>
        <Section id="edit-s4" heading={t('view.s4')}>
          <FollowUpEditor />
        </Section>
        <Section id="edit-s5" heading={t('view.s5')}>
          <RiskEditor />
        </Section>
        <Section id="edit-s6" heading={t('view.s6')}>
          <ApprovalEditor />
          <PartnersEditor />
          <HearingsEditor />
        </Section>
        <Section id="edit-check" heading={t('check.heading')}>
          <CheckList />
        </Section>
        <div className="save-bar" ref={bar}>
          <SaveOutcomeAlert
            proposalId={proposal.id}
            outcome={outcome}
            dirty={changedSinceSave}
            onOverwrite={(version) => save(version)}
          />
          <div className="save-bar-actions">
            <button type="submit" className="button button-primary" aria-disabled={saving}>
              {saving ? t('edit.saving') : t('edit.save')}
            </button>
            <span className="save-state">{dirty ? t('edit.unsaved') : t('edit.noChanges')}</span>
            <Link to={`/forslag/${proposal.id}`}>{t('edit.showProposal')}</Link>
          </div>
        </div>
      </form>
    </EditFormContext>
  );
}
