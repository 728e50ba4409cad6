import type { Administration } from '../../../../shared/api-schemas.ts';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { ChoiceGroup } from '../fields/ChoiceGroup.tsx';
import { useEditForm, useField } from '../form-context.ts';

export function AffectedAdministrations({
  administrations,
}: {
  administrations: Administration[];
}) {
  const { draft, set } = useEditForm();
  const { id, label, error } = useField('affectedAdministrations');
  const chosen = draft.affectedAdministrations;
  // Codes the list does not know (from an import, say) stay visible so they can be unticked.
  const unknown = chosen.filter((code) => !administrations.some((a) => a.code === code));
  const options = [
    ...administrations.map((a) => ({ code: a.code, label: `${a.name} (${a.code})` })),
    ...unknown.map((code) => ({ code, label: code })),
  ];
  const toggle = (code: string, on: boolean) =>
    set('affectedAdministrations', on ? [...chosen, code] : chosen.filter((c) => c !== code));
  return (
    <ChoiceGroup id={id} label={label} error={error}>
      {options.map((o) => (
        <CheckboxField
          key={o.code}
          id={`${id}-${o.code}`}
          label={o.label}
          checked={chosen.includes(o.code)}
          onChange={(on) => toggle(o.code, on)}
        />
      ))}
    </ChoiceGroup>
  );
}
