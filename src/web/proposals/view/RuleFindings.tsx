import { useMemo } from 'react';
import type { ProposalOutput } from '../../../shared/proposal-schema.ts';
import { useT } from '../../i18n/context.ts';
import { Alert } from '../../layout/Alert.tsx';
import { fromProposal } from '../edit/draft.ts';
import { describeField, isField } from '../edit/field-paths.ts';
import { useProposalCheck } from '../edit/useProposalCheck.ts';

/**
 * The submission rules' blocking findings (BC02's 2.045 over the 2.000 cap) on the proposal's
 * page, not only in the editor: the same rules, year and messages the editor and the API use.
 */
export function RuleFindings({ proposal }: { proposal: ProposalOutput }) {
  const t = useT();
  const draft = useMemo(() => fromProposal(proposal), [proposal]);
  const blocking = useProposalCheck(draft).notes.filter((note) => note.severity === 'error');
  if (blocking.length === 0) return null;
  return (
    <Alert variant="warning" heading={t('check.errors', { n: blocking.length })}>
      <ul className="alert-text">
        {blocking.map((note) => (
          <li key={`${note.ruleId} ${note.field}`}>
            {isField(note.field)
              ? `${describeField(note.field, draft, t)}: ${note.message}`
              : note.message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
