import { RISK_LEVELS } from '../../../../domain/proposal.ts';
import { useT } from '../../../i18n/context.ts';
import { ItemList } from '../fields/ItemList.tsx';
import { PathSelect, PathTextArea, PathTextField } from '../fields/PathFields.tsx';
import { useEditForm } from '../form-context.ts';

/** Section 5: overall level, assessment, named risks and efficiency on administration. */
export function RiskEditor() {
  const t = useT();
  const { draft, set } = useEditForm();
  const levels = RISK_LEVELS.map((l) => ({ value: l, label: t(`risk.${l}`) }));
  const readLevel = (v: string) => RISK_LEVELS.find((l) => l === v) ?? '';
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
      <ItemList
        list="risks"
        labels="editRisk"
        firstField="name"
        blank={() => ({ name: '', level: '' as const, mitigation: '' })}
      >
        {(risk, change, p) => (
          <>
            <PathTextField
              path={`${p}.name`}
              value={risk.name}
              onChange={(v) => change({ name: v })}
            />
            <PathSelect
              path={`${p}.level`}
              value={risk.level}
              onChange={(v) => change({ level: readLevel(v) })}
              emptyLabel={t('common.choose')}
              options={levels}
            />
            <PathTextArea
              path={`${p}.mitigation`}
              rows={2}
              value={risk.mitigation}
              onChange={(v) => change({ mitigation: v })}
            />
          </>
        )}
      </ItemList>
      <PathTextArea
        path="adminEfficiency"
        rows={3}
        value={draft.adminEfficiency}
        onChange={(v) => set('adminEfficiency', v)}
      />
    </>
  );
}
