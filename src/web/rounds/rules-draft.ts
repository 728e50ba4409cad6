import { PROPOSAL_KINDS, type ProposalKind } from '../../domain/proposal.ts';
import { formatDanishNumber, parseDanishNumber } from '../../shared/danish-number.ts';
import type { RulesOutput, rulesInput } from '../../shared/rounds-schema.ts';
import type { z } from 'zod';

// The rules form works on text, as typed (Danish numbers, 1.000 kr.), and turns it into the
// API's input only on save. A field that cannot be read is named by the same path the server
// names its findings by (`rules.pools.0.budgets.1.amount`), so both show beside the same input.

type Rules = RulesOutput['rules'];
export type RulesInput = z.input<typeof rulesInput>['rules'];

export interface BudgetDraft {
  year: string;
  amount: string;
  serviceLimit: string;
  anlaegLimit: string;
}

export interface PoolDraft {
  key: string;
  name: string;
  parentKey: string | null;
  kinds: ProposalKind[];
  budgets: BudgetDraft[];
}

export interface CriterionDraft {
  key: string;
  name: string;
  scaleMin: string;
  scaleMax: string;
  weight: string;
}

export interface RulesDraft {
  paybackLimitYears: string;
  caps: Record<ProposalKind, string>;
  pools: PoolDraft[];
  criteria: CriterionDraft[];
}

/** Why a field could not be read; the form words it. */
export type DraftProblem = 'required' | 'number' | 'wholeNumber';
export interface DraftIssue {
  field: string;
  problem: DraftProblem;
}

const text = (value: number | null) => (value === null ? '' : formatDanishNumber(value));

export function draftOf(rules: Rules): RulesDraft {
  return {
    paybackLimitYears: String(rules.paybackLimitYears),
    caps: {
      foranalyse: text(rules.caps.foranalyse),
      innovationsforslag: text(rules.caps.innovationsforslag),
      investeringsforslag: text(rules.caps.investeringsforslag),
    },
    pools: rules.pools.map((pool) => ({
      key: pool.key,
      name: pool.name,
      parentKey: pool.parentKey,
      kinds: [...pool.kinds],
      budgets: pool.budgets.map((b) => ({
        year: String(b.year),
        amount: text(b.amount),
        serviceLimit: text(b.serviceLimit),
        anlaegLimit: text(b.anlaegLimit),
      })),
    })),
    criteria: rules.criteria.map((c) => ({
      key: c.key,
      name: c.name,
      scaleMin: String(c.scaleMin),
      scaleMax: String(c.scaleMax),
      weight: String(c.weight),
    })),
  };
}

export const EMPTY_RULES: Rules = {
  paybackLimitYears: 6,
  caps: { foranalyse: null, innovationsforslag: null, investeringsforslag: null },
  pools: [],
  criteria: [],
};

/** Reads the draft as the API's input, or says which fields cannot be read. */
export function readDraft(
  draft: RulesDraft,
): { ok: true; rules: RulesInput } | { ok: false; issues: DraftIssue[] } {
  const issues: DraftIssue[] = [];
  const read = (value: string, field: string, options: { optional?: boolean; whole?: boolean }) => {
    const parsed = parseDanishNumber(value);
    if (parsed === null) {
      if (!options.optional) issues.push({ field, problem: 'required' });
      return null;
    }
    if (Number.isNaN(parsed)) issues.push({ field, problem: 'number' });
    else if (options.whole && !Number.isInteger(parsed))
      issues.push({ field, problem: 'wholeNumber' });
    return parsed;
  };
  const whole = (value: string, field: string) => read(value, field, { whole: true }) ?? 0;
  const amount = (value: string, field: string) => read(value, field, {}) ?? 0;
  const limit = (value: string, field: string) => read(value, field, { optional: true });

  const rules: RulesInput = {
    paybackLimitYears: whole(draft.paybackLimitYears, 'rules.paybackLimitYears'),
    caps: Object.fromEntries(
      PROPOSAL_KINDS.map((kind) => [kind, limit(draft.caps[kind], `rules.caps.${kind}`)]),
    ) as Record<ProposalKind, number | null>,
    pools: draft.pools.map((pool, i) => ({
      key: pool.key,
      name: pool.name.trim(),
      parentKey: pool.parentKey,
      kinds: pool.kinds,
      budgets: pool.budgets.map((b, j) => {
        const at = `rules.pools.${i}.budgets.${j}`;
        return {
          year: whole(b.year, `${at}.year`),
          amount: amount(b.amount, `${at}.amount`),
          serviceLimit: limit(b.serviceLimit, `${at}.serviceLimit`),
          anlaegLimit: limit(b.anlaegLimit, `${at}.anlaegLimit`),
        };
      }),
    })),
    criteria: draft.criteria.map((c, i) => ({
      key: c.key,
      name: c.name.trim(),
      scaleMin: whole(c.scaleMin, `rules.criteria.${i}.scaleMin`),
      scaleMax: whole(c.scaleMax, `rules.criteria.${i}.scaleMax`),
      weight: whole(c.weight, `rules.criteria.${i}.weight`),
    })),
  };
  draft.pools.forEach((pool, i) => {
    if (!pool.name.trim()) issues.push({ field: `rules.pools.${i}.name`, problem: 'required' });
  });
  draft.criteria.forEach((c, i) => {
    if (!c.name.trim()) issues.push({ field: `rules.criteria.${i}.name`, problem: 'required' });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rules };
}

/** A key not yet used among `keys`: `prefix-1`, `prefix-2`, … */
export function freshKey(prefix: string, keys: readonly string[]): string {
  for (let n = keys.length + 1; ; n++) {
    const key = `${prefix}-${n}`;
    if (!keys.includes(key)) return key;
  }
}

/** A new pool inside `parentKey` (or at the top), with the years of the pool it sits in. */
export function newPool(draft: RulesDraft, parentKey: string | null): PoolDraft {
  const parent = draft.pools.find((p) => p.key === parentKey);
  const years = (parent ?? draft.pools[0])?.budgets.map((b) => b.year) ?? [];
  return {
    key: freshKey(
      'pulje',
      draft.pools.map((p) => p.key),
    ),
    name: '',
    parentKey,
    kinds: [],
    budgets: years.map((year) => ({ year, amount: '', serviceLimit: '', anlaegLimit: '' })),
  };
}

/**
 * The pools in the order they nest (each followed by the pools inside it) with their depth and
 * their place in the draft, so the form can show the tree and still name fields by index.
 */
export function poolTree(
  pools: readonly Pick<PoolDraft, 'key' | 'parentKey'>[],
): { index: number; depth: number }[] {
  const out: { index: number; depth: number }[] = [];
  const placed = new Set<number>();
  const visit = (parentKey: string | null, depth: number) => {
    pools.forEach((pool, index) => {
      if (placed.has(index) || pool.parentKey !== parentKey) return;
      placed.add(index);
      out.push({ index, depth });
      visit(pool.key, depth + 1);
    });
  };
  visit(null, 0);
  // A pool whose parent is unknown (or in a ring) is still shown, at the top, so the server's
  // finding about it has a field to stand beside.
  pools.forEach((_, index) => {
    if (!placed.has(index)) out.push({ index, depth: 0 });
  });
  return out;
}
