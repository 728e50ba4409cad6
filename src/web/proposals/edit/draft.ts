import { z } from 'zod';
import type { Area, RowSection } from '../../../domain/proposal.ts';
import { formatDanishDate, parseDanishNumber } from '../../../shared/danish-number.ts';
import {
  proposalContentInput,
  type ProposalOutput,
  type ProposalUpdateInput,
} from '../../../shared/proposal-schema.ts';
import { formatAmount } from '../../../shared/format.ts';
import { parseDanishDate } from '../../../shared/danish-date.ts';
import { amountError, yearError } from './validate.ts';

// The edit form holds what the user typed (amounts and dates as text) so that a half-typed or
// wrong value is kept and pointed at, never silently dropped. The draft is derived from the
// proposal's declaration: a new field reaches the form's state and the save without a line here.

let lastKey = 0;
export const newKey = (): string => `k${++lastKey}`;

type Content = Omit<ProposalOutput, 'id' | 'version' | 'status' | 'createdAt' | 'updatedAt'>;

/** A value as the form holds it: what may be left empty is an empty text, never null. */
type Typed<V> = [V] extends [string | null] ? (null extends V ? Exclude<V, null> | '' : V) : V;
type Fields<T> = { [K in keyof T]: Typed<T[K]> };
/** An item of a list; its key keeps each input's identity when an item above it is removed. */
type Item<T> = Fields<T> & { key: string };

export interface RowDraft {
  key: string;
  label: string;
  section: RowSection;
  area: Area;
  /** One text per year column. */
  cells: string[];
}

export interface RangeDraft {
  min: string;
  max: string;
}

type Future = NonNullable<Content['futureInvestment']>;
export type FutureDraft = Fields<Omit<Future, 'expectedCost' | 'efficiencyPotential'>> & {
  expectedCost: RangeDraft;
  efficiencyPotential: RangeDraft;
};

export type GoalDraft = Item<Content['followUpGoals'][number]>;
export type RiskDraft = Item<Content['risks'][number]>;
export type PartnerDraft = Item<Content['partners'][number]>;
export type HearingDraft = Item<Content['hearings'][number]>;

export interface EconomyDraft {
  priceLevelYear: string;
  /** What the user typed as the first year; the columns follow on from it. */
  firstYear: string;
  years: number[];
  rows: RowDraft[];
}

// Every field of the declaration is in the draft as the user types it, without being named
// here; only the fields the form shows in a shape of their own are.
type Shaped = 'economy' | 'futureInvestment' | 'financeApproval' | 'stated';
export type ListField = 'followUpGoals' | 'risks' | 'partners' | 'hearings';

export type ProposalDraft = Fields<Omit<Content, Shaped | ListField>> & {
  [K in ListField]: Item<Content[K][number]>[];
} & {
  economy: EconomyDraft;
  /** Unticking Tabel 2 keeps what was typed in it, in case the user ticks it again. */
  hasFutureInvestment: boolean;
  futureInvestment: FutureDraft;
  /** Tabel 4 as Center for Økonomi's step recorded it: shown, never edited or sent. */
  financeApproval: Content['financeApproval'];
  /** Figures an imported document stated; not edited here, but kept on every save. */
  stated: Content['stated'];
};

type Schema = z.ZodType;
const SHAPED: readonly string[] = ['economy', 'futureInvestment', 'financeApproval', 'stated'];
const LISTS: readonly ListField[] = ['followUpGoals', 'risks', 'partners', 'hearings'];
const shape: Record<string, Schema> = proposalContentInput.shape;
const withoutDefault = (schema: Schema): Schema =>
  schema instanceof z.ZodDefault ? (schema.unwrap() as Schema) : schema;
/** The fields the form copies as they are typed: all but the shaped ones and the lists. */
const PLAIN = Object.keys(shape).filter(
  (key) => !SHAPED.includes(key) && !(LISTS as readonly string[]).includes(key),
);
const itemShape = (list: ListField): Record<string, Schema> =>
  ((withoutDefault(shape[list]!) as z.ZodArray<z.ZodObject>).element as z.ZodObject).shape;

/** A text or choice that may be left out: the form shows '' where the proposal holds null. */
function blankable(schema: Schema): boolean {
  const inner = withoutDefault(schema);
  if (!(inner instanceof z.ZodNullable)) return false;
  const value = inner.unwrap();
  return value instanceof z.ZodString || value instanceof z.ZodEnum;
}
const typed = (schema: Schema, value: unknown) =>
  value === null && blankable(schema) ? '' : value;
const untyped = (schema: Schema, value: unknown) =>
  typeof value === 'string' && value.trim() === '' && blankable(schema) ? null : value;

function each(
  fields: Record<string, Schema>,
  item: object,
  convert: (schema: Schema, value: unknown) => unknown,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(item).map(([name, value]) => [
      name,
      fields[name] ? convert(fields[name], value) : value,
    ]),
  );
}

const rangeDraft = (range: { min: number | null; max: number | null }): RangeDraft => ({
  min: formatAmount(range.min),
  max: formatAmount(range.max),
});

const emptyFuture: FutureDraft = {
  expectedCost: { min: '', max: '' },
  expectedDecisionRound: '',
  efficiencyPotential: { min: '', max: '' },
  efficiencyArea: '',
  crossCuttingEfficiency: false,
  largeScalePotential: false,
  matureNewTechnology: false,
  note: '',
};

export const emptyRow = (section: RowSection, yearCount: number): RowDraft => ({
  key: newKey(),
  label: '',
  section,
  area: 'service',
  cells: new Array<string>(yearCount).fill(''),
});

export function fromProposal(p: ProposalOutput): ProposalDraft {
  const years = p.economy.years;
  const future = p.futureInvestment;
  const plain = each(shape, pick(p, PLAIN), typed);
  const lists = Object.fromEntries(
    LISTS.map((list) => [
      list,
      p[list].map((item) => ({ ...each(itemShape(list), item, typed), key: newKey() })),
    ]),
  );
  return {
    ...(plain as Fields<Omit<Content, Shaped | ListField>>),
    ...(lists as { [K in ListField]: Item<Content[K][number]>[] }),
    economy: {
      priceLevelYear: p.economy.priceLevelYear === null ? '' : String(p.economy.priceLevelYear),
      firstYear: years[0] === undefined ? '' : String(years[0]),
      years,
      rows: p.economy.rows.map((row) => ({
        key: newKey(),
        label: row.label,
        section: row.section,
        area: row.area,
        cells: years.map((_, i) => formatAmount(row.values[i])),
      })),
    },
    hasFutureInvestment: future !== null,
    futureInvestment: future
      ? {
          ...future,
          expectedCost: rangeDraft(future.expectedCost),
          efficiencyPotential: rangeDraft(future.efficiencyPotential),
          efficiencyArea: future.efficiencyArea ?? '',
        }
      : emptyFuture,
    hearings: p.hearings.map((h) => ({
      ...h,
      date: h.date ? formatDanishDate(h.date) : '',
      key: newKey(),
    })),
    financeApproval: p.financeApproval,
    stated: p.stated,
  };
}

const pick = (from: object, keys: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, (from as Record<string, unknown>)[key]]));

/** An amount typed in a cell, in thousands; null for an empty or unreadable cell. */
export const readAmount = (text: string): number | null =>
  amountError(text) ? null : parseDanishNumber(text);

export const readDate = (text: string): string | null =>
  text.trim() ? parseDanishDate(text) : null;
const readYear = (text: string): number | null =>
  text.trim() && !yearError(text) ? Number(text.trim()) : null;
const withoutKey = <T extends { key: string }>({ key: _key, ...rest }: T) => rest;

/** Tabel 1 as numbers, for the live totals: what cannot be read counts as an empty cell. */
export function economyOf(draft: ProposalDraft) {
  return {
    priceLevelYear: readYear(draft.economy.priceLevelYear),
    years: draft.economy.years,
    rows: draft.economy.rows.map((row) => ({
      label: row.label,
      section: row.section,
      area: row.area,
      values: row.cells.map(readAmount),
    })),
  };
}

/** The request body of a save. Call it on a draft that validateDraft found no errors in. */
export function toInput(draft: ProposalDraft, version: number): ProposalUpdateInput {
  const future = draft.futureInvestment;
  const lists = Object.fromEntries(
    LISTS.map((list) => [
      list,
      draft[list].map((item: { key: string }) => each(itemShape(list), withoutKey(item), untyped)),
    ]),
  );
  return {
    ...(each(shape, pick(draft, PLAIN), untyped) as Omit<Content, Shaped | ListField>),
    ...(lists as Pick<Content, ListField>),
    version,
    economy: economyOf(draft),
    stated: draft.stated,
    futureInvestment: draft.hasFutureInvestment
      ? {
          ...future,
          expectedCost: {
            min: readAmount(future.expectedCost.min),
            max: readAmount(future.expectedCost.max),
          },
          efficiencyPotential: {
            min: readAmount(future.efficiencyPotential.min),
            max: readAmount(future.efficiencyPotential.max),
          },
          efficiencyArea: future.efficiencyArea || null,
        }
      : null,
    hearings: draft.hearings.map((h) => ({ ...withoutKey(h), date: readDate(h.date) })),
  };
}

/** A field path as the API names it, as keys into the draft that holds its typed text. */
function draftKeys(path: string): string[] {
  const cell = /^economy\.rows\.(\d+)\.values\.(\d+)$/.exec(path);
  if (cell) return ['economy', 'rows', cell[1]!, 'cells', cell[2]!];
  return path === 'economy.years' ? ['economy', 'firstYear'] : path.split('.');
}

function getIn(value: unknown, keys: readonly string[]): unknown {
  return keys.reduce<unknown>(
    (at, key) => (at as Record<string, unknown> | undefined)?.[key],
    value,
  );
}

function setIn(value: unknown, keys: readonly string[], leaf: unknown): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return leaf;
  if (Array.isArray(value)) {
    return value.map((item: unknown, i) => (String(i) === key ? setIn(item, rest, leaf) : item));
  }
  const object = value as Record<string, unknown>;
  return { ...object, [key]: setIn(object[key], rest, leaf) };
}

/**
 * The saved proposal as the form shows it, with what the user typed put back in the fields
 * the save could not read and stored empty, so nothing typed is lost and the field stays marked.
 */
export function withTyped(saved: ProposalDraft, sent: ProposalDraft, paths: string[]) {
  return paths.reduce((draft, path) => {
    const keys = draftKeys(path);
    const typed = getIn(sent, keys);
    return getIn(draft, keys) === undefined ? draft : (setIn(draft, keys, typed) as ProposalDraft);
  }, saved);
}

/** A fingerprint of the content, blind to list keys, to tell whether anything changed. */
export function fingerprint(draft: ProposalDraft): string {
  return JSON.stringify(draft, (name, value: unknown) => (name === 'key' ? undefined : value));
}
