import { RISK_LEVELS } from '../../../../domain/proposal.ts';
import { useT } from '../../../i18n/context.ts';
import { newKey, type RiskDraft } from '../draft.ts';
import { fieldId } from '../field-paths.ts';
import { ItemFieldset } from '../fields/ItemFieldset.tsx';
import { PathSelect, PathTextArea, PathTextField } from '../fields/PathFields.tsx';
import { useEditForm } from '../form-context.ts';
import { removeAt, replaceAt } from '../lists.ts';
import { useFocusLater } from '../useFocusLater.ts';

const ADD_ID = 'risks-add';

/** Section 5: overall level, assessment, named risks and efficiency on administration. */
export function RiskEditor() {
  const t = useT();
  const { draft, set } = useEditForm();
  const focusLater = useFocusLater();
  const risks = draft.risks;
  const levels = RISK_LEVELS.map((l) => ({ value: l, label: t(`risk.${l}`) }));
  const readLevel = (v: string) => RISK_LEVELS.find((l) => l === v) ?? '';
  const change = (index: number, patch: Partial<RiskDraft>) => {
    const risk = risks[index];
    if (risk) set('risks', replaceAt(risks, index, { ...risk, ...patch }));
  };

  return (
    <>
      <PathSelect
        path="riskLevel"
        value={draft.riskLevel}
        onChange={(v) => set('riskLevel', readLevel(v))}
        emptyLabel={t('common.choose')}
        options={levels}
      />
      <PathTextArea
        path="riskNarrative"
        rows={5}
        value={draft.riskNarrative}
        onChange={(v) => set('riskNarrative', v)}
      />
      <h3>{t('editRisk.heading')}</h3>
      {risks.map((risk, i) => {
        const p = `risks.${i}`;
        return (
          <ItemFieldset
            key={risk.key}
            legend={t('editRisk.item', { n: i + 1 })}
            removeLabel={t('editRisk.remove', { n: i + 1 })}
            onRemove={() => {
              set('risks', removeAt(risks, i));
              focusLater(ADD_ID);
            }}
          >
            <PathTextField
              path={`${p}.name`}
              value={risk.name}
              onChange={(v) => change(i, { name: v })}
            />
            <PathSelect
              path={`${p}.level`}
              value={risk.level}
              onChange={(v) => change(i, { level: readLevel(v) })}
              emptyLabel={t('common.choose')}
              options={levels}
            />
            <PathTextArea
              path={`${p}.mitigation`}
              rows={2}
              value={risk.mitigation}
              onChange={(v) => change(i, { mitigation: v })}
            />
          </ItemFieldset>
        );
      })}
      <button
        type="button"
        id={ADD_ID}
        className="button button-secondary mt-4"
        onClick={() => {
          set('risks', [...risks, { key: newKey(), name: '', level: '', mitigation: '' }]);
          focusLater(fieldId(`risks.${risks.length}.name`));
        }}
      >
        {t('editRisk.add')}
      </button>
      <PathTextArea
        path="adminEfficiency"
        rows={3}
        value={draft.adminEfficiency}
        onChange={(v) => set('adminEfficiency', v)}
      />
    </>
  );
}
