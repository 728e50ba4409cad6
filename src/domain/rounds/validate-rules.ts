import type { RoundRules } from './rules.ts';

// Whether a round's rules hold together, before they are stored: one finding per fault, each
// naming the field by its path in the rules (`pools.2.budgets.0.amount`), what is wrong and the
// values that say it; the server words it (`issue.rules.*` of its catalogue).

export type RuleFindingKind =
  | 'paybackYears'
  | 'negative'
  | 'poolTwice'
  | 'noPool'
  | 'yearTwice'
  | 'overPool'
  | 'poolRing'
  | 'childrenOver'
  | 'criterionTwice'
  | 'scale';

export interface RuleFinding {
  field: string;
  kind: RuleFindingKind;
  values: Record<string, string | number>;
}

type Content = Pick<RoundRules, 'paybackLimitYears' | 'caps' | 'pools' | 'criteria'>;

export function validateRules(rules: Content): RuleFinding[] {
  const found: RuleFinding[] = [];
  const add = (field: string, kind: RuleFindingKind, values: RuleFinding['values'] = {}) =>
    found.push({ field, kind, values });

  if (
    !Number.isInteger(rules.paybackLimitYears) ||
    rules.paybackLimitYears < 1 ||
    rules.paybackLimitYears > 30
  ) {
    add('paybackLimitYears', 'paybackYears');
  }
  for (const [kind, cap] of Object.entries(rules.caps)) {
    if (cap !== null && cap < 0) add(`caps.${kind}`, 'negative');
  }

  const keys = rules.pools.map((p) => p.key);
  rules.pools.forEach((pool, i) => {
    if (keys.indexOf(pool.key) !== i) add(`pools.${i}.key`, 'poolTwice', { pool: pool.key });
    if (pool.parentKey !== null && !keys.includes(pool.parentKey)) {
      add(`pools.${i}.parentKey`, 'noPool', { pool: pool.parentKey });
    }
    const years = pool.budgets.map((b) => b.year);
    pool.budgets.forEach((b, j) => {
      const at = `pools.${i}.budgets.${j}`;
      if (years.indexOf(b.year) !== j) add(`${at}.year`, 'yearTwice', { year: String(b.year) });
      if (b.amount < 0) add(`${at}.amount`, 'negative');
      for (const limit of ['serviceLimit', 'anlaegLimit'] as const) {
        const value = b[limit];
        if (value !== null && value < 0) add(`${at}.${limit}`, 'negative');
        if (value !== null && value > b.amount) add(`${at}.${limit}`, 'overPool');
      }
    });
    // A pool inside itself, through its parents, would count its money twice.
    const seen = new Set<string>();
    for (let key: string | null = pool.key; key !== null;) {
      if (seen.has(key)) {
        add(`pools.${i}.parentKey`, 'poolRing');
        break;
      }
      seen.add(key);
      key = rules.pools.find((p) => p.key === key)?.parentKey ?? null;
    }
  });

  // The pools inside a pool may not together have more than it, in any year it has a budget.
  rules.pools.forEach((parent, i) => {
    const children = rules.pools.filter((p) => p.parentKey === parent.key && p.key !== parent.key);
    parent.budgets.forEach((budget, j) => {
      const inside = children.reduce(
        (sum, child) => sum + (child.budgets.find((b) => b.year === budget.year)?.amount ?? 0),
        0,
      );
      if (budget.amount >= 0 && inside > budget.amount) {
        add(`pools.${i}.budgets.${j}.amount`, 'childrenOver', {
          pool: parent.name,
          inside: String(inside),
          year: String(budget.year),
          amount: String(budget.amount),
        });
      }
    });
  });

  const criterionKeys = rules.criteria.map((c) => c.key);
  rules.criteria.forEach((c, i) => {
    if (criterionKeys.indexOf(c.key) !== i)
      add(`criteria.${i}.key`, 'criterionTwice', { criterion: c.key });
    if (!(c.scaleMin < c.scaleMax)) add(`criteria.${i}.scaleMax`, 'scale');
    if (c.weight < 0) add(`criteria.${i}.weight`, 'negative');
  });
  return found;
}
