import { GOAL_GROUPS } from '../../../../domain/proposal.ts';
import { useT } from '../../../i18n/context.ts';
import { newKey, type GoalDraft } from '../draft.ts';
import { fieldId } from '../field-paths.ts';
import { ItemFieldset } from '../fields/ItemFieldset.tsx';
import { PathSelect, PathTextArea, PathTextField } from '../fields/PathFields.tsx';
import { useEditForm } from '../form-context.ts';
import { removeAt, replaceAt } from '../lists.ts';
import { useFocusLater } from '../useFocusLater.ts';

const ADD_ID = 'followUp-add';

/** Section 4: the narrative and Tabel 3's follow-up goals. */
export function FollowUpEditor() {
  const t = useT();
  const { draft, set } = useEditForm();
  const focusLater = useFocusLater();
  const goals = draft.followUpGoals;
  const change = (index: number, patch: Partial<GoalDraft>) => {
    const goal = goals[index];
    if (goal) set('followUpGoals', replaceAt(goals, index, { ...goal, ...patch }));
  };

  return (
    <>
      <PathTextArea
        path="implementationNarrative"
        rows={6}
        value={draft.implementationNarrative}
        onChange={(v) => set('implementationNarrative', v)}
      />
      <h3>{t('editFollowUp.heading')}</h3>
      {goals.map((goal, i) => {
        const p = `followUpGoals.${i}`;
        return (
          <ItemFieldset
            key={goal.key}
            legend={t('editFollowUp.item', { n: i + 1 })}
            removeLabel={t('editFollowUp.remove', { n: i + 1 })}
            onRemove={() => {
              set('followUpGoals', removeAt(goals, i));
              focusLater(ADD_ID);
            }}
          >
            <PathSelect
              path={`${p}.group`}
              value={goal.group}
              onChange={(v) => change(i, { group: GOAL_GROUPS.find((g) => g === v) ?? goal.group })}
              options={GOAL_GROUPS.map((g) => ({ value: g, label: t(`goalGroup.${g}`) }))}
            />
            <PathTextArea
              path={`${p}.goal`}
              rows={2}
              value={goal.goal}
              onChange={(v) => change(i, { goal: v })}
            />
            <PathTextArea
              path={`${p}.measure`}
              rows={2}
              value={goal.measure}
              onChange={(v) => change(i, { measure: v })}
            />
            <PathTextField
              path={`${p}.responsible`}
              value={goal.responsible}
              onChange={(v) => change(i, { responsible: v })}
            />
            <PathTextField
              path={`${p}.when`}
              value={goal.when}
              onChange={(v) => change(i, { when: v })}
            />
          </ItemFieldset>
        );
      })}
      <button
        type="button"
        id={ADD_ID}
        className="button button-secondary mt-4"
        onClick={() => {
          const group = goals.at(-1)?.group ?? 'implementation';
          set('followUpGoals', [
            ...goals,
            { key: newKey(), group, goal: '', measure: '', responsible: '', when: '' },
          ]);
          focusLater(fieldId(`followUpGoals.${goals.length}.group`));
        }}
      >
        {t('editFollowUp.add')}
      </button>
    </>
  );
}
