import { useT } from '../i18n/context.ts';
import { freshKey, type CriterionDraft } from './rules-draft.ts';
import type { RulesEditor } from './rules-editor.ts';
import { RuleCell } from './RuleCell.tsx';

const NUMBERS = ['scaleMin', 'scaleMax', 'weight'] as const satisfies (keyof CriterionDraft)[];

/** The round's prioritisation criteria: a name, an integer scale and a whole-number weight. */
export function CriteriaFieldset({ editor }: { editor: RulesEditor }) {
  const t = useT();
  const { draft, change, errorFor } = editor;
  return (
    <fieldset className="mt-6">
      <legend className="h3">{t('rules.criteria')}</legend>
      <p className="form-hint">{t('rules.criteriaHint')}</p>
      {draft.criteria.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">{t('rules.criteria')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rules.criterion.name')}</th>
                {NUMBERS.map((field) => (
                  <th scope="col" key={field}>
                    {t(`rules.criterion.${field}`)}
                  </th>
                ))}
                <th scope="col">
                  <span className="sr-only">{t('rules.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.criteria.map((c, i) => {
                const at = `rules.criteria.${i}`;
                const name = c.name.trim() || t('rules.criterion.new', { n: i + 1 });
                return (
                  <tr key={c.key}>
                    <td>
                      <RuleCell
                        path={`${at}.name`}
                        label={t('rules.criterion.nameOf', { n: i + 1 })}
                        value={c.name}
                        numeric={false}
                        onChange={(v) =>
                          change((d) => {
                            d.criteria[i]!.name = v;
                          })
                        }
                        error={errorFor(`${at}.name`) ?? errorFor(`${at}.key`)}
                      />
                    </td>
                    {NUMBERS.map((field) => (
                      <td key={field}>
                        <RuleCell
                          path={`${at}.${field}`}
                          label={t(`rules.criterion.${field}Of`, { name })}
                          value={c[field]}
                          onChange={(v) =>
                            change((d) => {
                              d.criteria[i]![field] = v;
                            })
                          }
                          error={errorFor(`${at}.${field}`)}
                        />
                      </td>
                    ))}
                    <td>
                      <button
                        type="button"
                        className="button button-tertiary"
                        onClick={() =>
                          change((d) => {
                            d.criteria.splice(i, 1);
                          })
                        }
                      >
                        {t('common.remove')}
                        <span className="sr-only"> {name}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <button
        type="button"
        className="button button-secondary"
        onClick={() =>
          change((d) => {
            d.criteria.push({
              key: freshKey(
                'kriterium',
                d.criteria.map((c) => c.key),
              ),
              name: '',
              scaleMin: '1',
              scaleMax: '5',
              weight: '1',
            });
          })
        }
      >
        {t('rules.addCriterion')}
      </button>
    </fieldset>
  );
}
