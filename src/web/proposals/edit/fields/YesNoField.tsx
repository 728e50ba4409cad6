import { useT } from '../../../i18n/context.ts';
import type { RuleNote } from '../useProposalCheck.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';

const CHOICES = [
  { value: true, key: 'common.yes' },
  { value: false, key: 'common.no' },
  { value: null, key: 'common.unknown' },
] as const;

/** Yes, no, or not stated (null), as radio buttons. */
export function YesNoField({
  id,
  label,
  value,
  notes,
  onChange,
}: {
  id: string;
  label: string;
  value: boolean | null;
  notes?: readonly RuleNote[];
  onChange: (value: boolean | null) => void;
}) {
  const t = useT();
  return (
    <ChoiceGroup id={id} label={label} notes={notes}>
      {CHOICES.map((choice) => {
        const optionId = `${id}-${String(choice.value)}`;
        return (
          <div className="form-group-radio" key={optionId}>
            <input
              type="radio"
              id={optionId}
              name={id}
              className="form-radio"
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <label className="form-label" htmlFor={optionId}>
              {t(choice.key)}
            </label>
          </div>
        );
      })}
    </ChoiceGroup>
  );
}
