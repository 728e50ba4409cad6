import { AREAS } from '../../../../domain/proposal.ts';
import { useT } from '../../../i18n/context.ts';
import type { FutureDraft } from '../draft.ts';
import { fieldId } from '../field-paths.ts';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { ChoiceGroup } from '../fields/ChoiceGroup.tsx';
import { PathSelect, PathTextArea, PathTextField } from '../fields/PathFields.tsx';
import { useEditForm } from '../form-context.ts';

const MARKS = ['crossCuttingEfficiency', 'largeScalePotential', 'matureNewTechnology'] as const;

/** Section 3: the narrative and Tabel 2, which a proposal may do without. */
export function FutureInvestmentEditor() {
  const t = useT();
  const { draft, set } = useEditForm();
  const future = draft.futureInvestment;
  const change = (patch: Partial<FutureDraft>) => set('futureInvestment', { ...future, ...patch });
  const amountHint = t('field.amountHint');
  const p = 'futureInvestment';

  return (
    <>
      <PathTextArea
        path="futureInvestmentNarrative"
        rows={6}
        value={draft.futureInvestmentNarrative}
        onChange={(v) => set('futureInvestmentNarrative', v)}
      />
      <div className="mt-6">
        <CheckboxField
          id="field-hasFutureInvestment"
          label={t('editFuture.include')}
          checked={draft.hasFutureInvestment}
          onChange={(on) => set('hasFutureInvestment', on)}
        />
      </div>
      {draft.hasFutureInvestment && (
        <div className="indented-fields">
          <PathTextField
            path={`${p}.expectedCost.min`}
            hint={amountHint}
            inputMode="decimal"
            widthClass="input-width-s"
            value={future.expectedCost.min}
            onChange={(min) => change({ expectedCost: { ...future.expectedCost, min } })}
          />
          <PathTextField
            path={`${p}.expectedCost.max`}
            hint={amountHint}
            inputMode="decimal"
            widthClass="input-width-s"
            value={future.expectedCost.max}
            onChange={(max) => change({ expectedCost: { ...future.expectedCost, max } })}
          />
          <PathTextField
            path={`${p}.expectedDecisionRound`}
            hint={t('editFuture.decisionRoundHint')}
            widthClass="input-width-m"
            value={future.expectedDecisionRound}
            onChange={(v) => change({ expectedDecisionRound: v })}
          />
          <PathTextField
            path={`${p}.efficiencyPotential.min`}
            hint={amountHint}
            inputMode="decimal"
            widthClass="input-width-s"
            value={future.efficiencyPotential.min}
            onChange={(min) =>
              change({ efficiencyPotential: { ...future.efficiencyPotential, min } })
            }
          />
          <PathTextField
            path={`${p}.efficiencyPotential.max`}
            hint={amountHint}
            inputMode="decimal"
            widthClass="input-width-s"
            value={future.efficiencyPotential.max}
            onChange={(max) =>
              change({ efficiencyPotential: { ...future.efficiencyPotential, max } })
            }
          />
          <PathSelect
            path={`${p}.efficiencyArea`}
            value={future.efficiencyArea}
            onChange={(v) => change({ efficiencyArea: AREAS.find((a) => a === v) ?? '' })}
            emptyLabel={t('common.choose')}
            options={AREAS.map((a) => ({ value: a, label: t(`area.${a}`) }))}
          />
          <ChoiceGroup id="field-futureInvestment-marks" label={t('editFuture.marks')}>
            {MARKS.map((mark) => (
              <CheckboxField
                key={mark}
                id={fieldId(`${p}.${mark}`)}
                label={t(`future.${mark}`)}
                checked={future[mark]}
                onChange={(on) => change({ [mark]: on })}
              />
            ))}
          </ChoiceGroup>
          <PathTextArea
            path={`${p}.note`}
            value={future.note}
            onChange={(note) => change({ note })}
          />
        </div>
      )}
    </>
  );
}
