import { useNavigate } from 'react-router';
import { useT } from '../i18n/context.ts';
import { Icon } from '../layout/Icon.tsx';
import { searchPathFor } from './search-query.ts';

/**
 * A search field in the look of dkfds; submitting opens the results page. The field is left
 * uncontrolled and keyed by the words searched, so it shows the current search after navigation.
 */
export function SearchForm({
  id,
  initial,
  label,
  labelHidden,
  className,
}: {
  id: string;
  initial: string;
  label: string;
  labelHidden: boolean;
  className?: string;
}) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <form
      role="search"
      aria-label={label}
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        const q = new FormData(event.currentTarget).get('q');
        if (typeof q === 'string' && q.trim() !== '') void navigate(searchPathFor(q));
      }}
    >
      <label className={labelHidden ? 'sr-only' : 'form-label'} htmlFor={id}>
        {label}
      </label>
      <div className="search">
        <input
          key={initial}
          id={id}
          name="q"
          type="search"
          className="form-input"
          defaultValue={initial}
          maxLength={200}
          autoComplete="off"
        />
        <button type="submit" className="button button-search">
          <Icon name="search" className="mr-0" />
          <span className="sr-only">{t('search.submit')}</span>
        </button>
      </div>
    </form>
  );
}
