import { PROPOSAL_KINDS } from '../../domain/proposal.ts';
import { useT } from '../i18n/context.ts';
import { CheckboxField } from '../proposals/edit/fields/CheckboxField.tsx';
import { TextField } from '../proposals/edit/fields/TextField.tsx';
import { newPool } from './rules-draft.ts';
import type { RulesEditor } from './rules-editor.ts';
import { RuleCell, ruleFieldId } from './RuleCell.tsx';
import { RuleTable } from './RuleTable.tsx';

const LIMITS = ['amount', 'serviceLimit', 'anlaegLimit'] as const;

/**
 * One pool of the rules: its name, the kinds that draw on it, an amount per year with the
 * optional service and anlæg limits, and the pools inside it, nested as fieldsets so the tree
 * is heard as it is seen. `ancestors` stops a ring of pools from nesting forever.
 */
export function PoolFieldset({
  editor,
  index,
  ancestors = [],
}: {
  editor: RulesEditor;
  index: number;
  ancestors?: readonly string[];
}) {
  const t = useT();
  const { draft, change, errorFor } = editor;
  const pool = draft.pools[index]!;
  const at = `rules.pools.${index}`;
  const title = pool.name.trim() || t('rules.newPool');
  const inside = draft.pools
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.parentKey === pool.key && ![...ancestors, pool.key].includes(p.key));
  const nextYear = () => {
    const years = pool.budgets.map((b) => Number(b.year)).filter(Number.isInteger);
    return String(years.length > 0 ? Math.max(...years) + 1 : new Date().getFullYear());
  };
  return (
    <fieldset className="pool-fieldset" id={ruleFieldId(at)}>
      <legend className="h4">{title}</legend>
      <TextField
        id={ruleFieldId(`${at}.name`)}
        label={t('rules.poolName')}
        hint={t('rules.poolKey', { key: pool.key })}
        value={pool.name}
        onChange={(v) =>
          change((d) => {
            d.pools[index]!.name = v;
          })
        }
        error={errorFor(`${at}.name`) ?? errorFor(`${at}.key`) ?? errorFor(`${at}.parentKey`)}
      />
      <fieldset className="form-group" id={ruleFieldId(`${at}.kinds`)}>
        <legend className="form-label">{t('rules.poolKinds')}</legend>
        <span className="form-hint">{t('rules.poolKindsHint')}</span>
        {PROPOSAL_KINDS.map((kind) => (
          <CheckboxField
            key={kind}
            id={`${ruleFieldId(`${at}.kinds`)}-${kind}`}
            label={t(`kind.${kind}`)}
            checked={pool.kinds.includes(kind)}
            onChange={(on) =>
              change((d) => {
                const p = d.pools[index]!;
                p.kinds = on ? [...p.kinds, kind] : p.kinds.filter((k) => k !== kind);
              })
            }
          />
        ))}
      </fieldset>
      <RuleTable
        caption={t('rules.budgetsCaption', { pool: title })}
        headers={[t('rules.year'), ...LIMITS.map((field) => t(`rules.budget.${field}`))]}
        rows={pool.budgets.map((b, j) => ({
          key: j,
          name: t('rules.yearOf', { pool: title, year: b.year }),
          onRemove: () =>
            change((d) => {
              d.pools[index]!.budgets.splice(j, 1);
            }),
          cells: [
            <RuleCell
              path={`${at}.budgets.${j}.year`}
              label={t('rules.budget.yearOf', { pool: title, n: j + 1 })}
              value={b.year}
              onChange={(v) =>
                change((d) => {
                  d.pools[index]!.budgets[j]!.year = v;
                })
              }
              error={errorFor(`${at}.budgets.${j}.year`)}
            />,
            ...LIMITS.map((field) => (
              <RuleCell
                path={`${at}.budgets.${j}.${field}`}
                label={t(`rules.budget.${field}Of`, { pool: title, year: b.year })}
                value={b[field]}
                onChange={(v) =>
                  change((d) => {
                    d.pools[index]!.budgets[j]![field] = v;
                  })
                }
                error={errorFor(`${at}.budgets.${j}.${field}`)}
              />
            )),
          ],
        }))}
      />
      <button
        type="button"
        className="button button-secondary"
        onClick={() =>
          change((d) => {
            d.pools[index]!.budgets.push({
              year: nextYear(),
              amount: '',
              serviceLimit: '',
              anlaegLimit: '',
            });
          })
        }
      >
        {t('rules.addYear', { pool: title })}
      </button>
      {inside.map(({ i }) => (
        <PoolFieldset
          key={draft.pools[i]!.key}
          editor={editor}
          index={i}
          ancestors={[...ancestors, pool.key]}
        />
      ))}
      <div className="mt-4">
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            change((d) => {
              d.pools.push(newPool(d, pool.key));
            })
          }
        >
          {t('rules.addSubPool', { pool: title })}
        </button>
        {inside.length === 0 && (
          <button
            type="button"
            className="button button-tertiary ml-3"
            onClick={() =>
              change((d) => {
                d.pools.splice(index, 1);
              })
            }
          >
            {t('rules.removePool', { pool: title })}
          </button>
        )}
      </div>
    </fieldset>
  );
}
