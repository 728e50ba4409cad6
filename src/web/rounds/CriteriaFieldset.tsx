import { useT } from '../i18n/context.ts';
import { freshKey, type CriterionDraft } from './rules-draft.ts';
import type { RulesEditor } from './rules-editor.ts';
import { RuleCell } from './RuleCell.tsx';
import { RuleTable } from './RuleTable.tsx';

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
        <RuleTable
          caption={t('rules.criteria')}
          captionHidden
          headers={[
            t('rules.criterion.name'),
            ...NUMBERS.map((field) => t(`rules.criterion.${field}`)),
          ]}
          rows={draft.criteria.map((c, i) => {
            const at = `rules.criteria.${i}`;
            const name = c.name.trim() || t('rules.criterion.new', { n: i + 1 });
            return {
              key: c.key,
              name,
              onRemove: () =>
                change((d) => {
                  d.criteria.splice(i, 1);
                }),
              cells: [
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
                />,
                ...NUMBERS.map((field) => (
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
                )),
              ],
            };
          })}
        />
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
