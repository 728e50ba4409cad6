import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/context.ts';
import { SelectField } from '../edit/fields/SelectField.tsx';

/**
 * Picks two versions to compare, the two newest to begin with. Every save keeps its version, so
 * they run from 1 to the newest whatever page of the list is shown.
 */
export function CompareForm({ id, newest }: { id: string; newest: number }) {
  const t = useT();
  const navigate = useNavigate();
  const numbers = Array.from({ length: newest }, (_, i) => i + 1);
  const [from, setFrom] = useState(String(numbers.at(-2) ?? numbers[0] ?? ''));
  const [to, setTo] = useState(String(numbers.at(-1) ?? ''));
  if (numbers.length < 2) return null;
  const options = numbers.map((n) => ({
    value: String(n),
    label: t('view.version', { version: n }),
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(`/forslag/${id}/versioner/${from}/sammenlign/${to}`);
  };
  return (
    <form onSubmit={submit} className="mt-6" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('compare.formHeading')}</h2>
      <div className="row">
        <div className="col-12 col-md-4">
          <SelectField
            id="compare-from"
            label={t('compare.from')}
            value={from}
            onChange={setFrom}
            options={options}
          />
        </div>
        <div className="col-12 col-md-4">
          <SelectField
            id="compare-to"
            label={t('compare.to')}
            value={to}
            onChange={setTo}
            options={options}
          />
        </div>
      </div>
      <button type="submit" className="button button-secondary mt-4">
        {t('compare.submit')}
      </button>
    </form>
  );
}
