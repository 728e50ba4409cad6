import { GOAL_GROUPS } from '../../../../domain/proposal.ts';
import { useT } from '../../../i18n/context.ts';
import { ItemList } from '../fields/ItemList.tsx';
import { PathSelect, PathTextArea, PathTextField } from '../fields/PathFields.tsx';
import { useEditForm } from '../form-context.ts';

/** Section 4: the narrative and Tabel 3's follow-up goals. */
export function FollowUpEditor() {
  const t = useT();
  const { draft, set } = useEditForm();
  return (
    <>
      <PathTextArea
        path="implementationNarrative"
        rows={6}
        value={draft.implementationNarrative}
        onChange={(v) => set('implementationNarrative', v)}
      />
      <h3>{t('editFollowUp.heading')}</h3>
      <ItemList
        list="followUpGoals"
        labels="editFollowUp"
        firstField="group"
        // A new goal most likely belongs with the one above it.
        blank={(goals) => ({
          group: goals.at(-1)?.group ?? 'implementation',
          goal: '',
          measure: '',
          responsible: '',
          when: '',
        })}
      >
        {(goal, change, p) => (
          <>
            <PathSelect
              path={`${p}.group`}
              value={goal.group}
              onChange={(v) => change({ group: GOAL_GROUPS.find((g) => g === v) ?? goal.group })}
              options={GOAL_GROUPS.map((g) => ({ value: g, label: t(`goalGroup.${g}`) }))}
            />
            <PathTextArea
              path={`${p}.goal`}
              rows={2}
              value={goal.goal}
              onChange={(v) => change({ goal: v })}
            />
            <PathTextArea
              path={`${p}.measure`}
              rows={2}
              value={goal.measure}
              onChange={(v) => change({ measure: v })}
            />
            <PathTextField
              path={`${p}.responsible`}
              value={goal.responsible}
              onChange={(v) => change({ responsible: v })}
            />
            <PathTextField
              path={`${p}.when`}
              value={goal.when}
              onChange={(v) => change({ when: v })}
            />
          </>
        )}
      </ItemList>
    </>
  );
}
