import type { ReactNode } from 'react';

/** One numbered item of a list (a risk, a hearing) with its own remove button. */
export function ItemFieldset({
  legend,
  removeLabel,
  onRemove,
  children,
}: {
  legend: string;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <fieldset className="item-fieldset">
      <legend className="h4">{legend}</legend>
      {children}
      <button type="button" className="button button-secondary mt-4" onClick={onRemove}>
        {removeLabel}
      </button>
    </fieldset>
  );
}
