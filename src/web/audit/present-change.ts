import {
  AREAS,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  RISK_LEVELS,
  ROW_SECTIONS,
} from '../../domain/proposal.ts';
import { formatDanishDate, formatDanishNumber } from '../../shared/danish-number.ts';
import type { MessageKey } from '../../shared/i18n/da.ts';
import type { MessageParams } from '../../shared/i18n/translate.ts';
import { STEPS } from '../../domain/workflow/transitions.ts';
import { ITEMS, labelKey } from '../proposals/edit/field-paths.ts';

// A changed field as a finance officer reads it (issue 14): "Tabel 1, Effektiviseringsgevinst,
// 2027: -750 → -800 (1.000 kr.)" rather than "economy.rows.2.values.1 -750 → -800"; names
// for ids and codes, Danish dates, and the template's words for its choices. The history and
// the comparison of two versions both show changes through this.

type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface ChangeContext {
  t: Translate;
  /** The version the change's positions point into: its Tabel 1's years and row texts. */
  economy: { years: readonly number[]; rows: readonly { label: string }[] } | null;
  roundName: (id: string) => string | undefined;
  administrationName: (code: string) => string | undefined;
}

export interface PresentedChange {
  field: string;
  before: string;
  after: string;
  /** The unit of both values, where they have one ("1.000 kr."). */
  unit: string | null;
}

const ROW = /^economy\.rows\.(\d+)(?:\.(label|section|area|values)(?:\.(\d+))?)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** The field's name: the template's words, with the row and year of a Tabel 1 cell. */
function fieldName(path: string, ctx: ChangeContext): { field: string; amount: boolean } {
  const { t } = ctx;
  const tabel1 = (rest: string) => t('workday.tabel1', { rest });
  const row = ROW.exec(path);
  if (row) {
    const index = Number(row[1]);
    const name = ctx.economy?.rows[index]?.label.trim() || t('editEconomy.rowN', { n: index + 1 });
    if (row[2] === 'values' && row[3] !== undefined) {
      const year = ctx.economy?.years[Number(row[3])] ?? Number(row[3]) + 1;
      return { field: tabel1(t('editEconomy.cellOf', { row: name, year })), amount: true };
    }
    if (row[2] === 'label')
      return { field: tabel1(t('editEconomy.labelOf', { n: index + 1 })), amount: false };
    if (row[2] === 'section')
      return { field: tabel1(t('editEconomy.sectionOf', { row: name })), amount: false };
    if (row[2] === 'area')
      return { field: tabel1(t('editEconomy.areaOf', { row: name })), amount: false };
    return { field: tabel1(name), amount: row[2] === 'values' };
  }
  const year = /^economy\.years\.(\d+)$/.exec(path);
  if (year)
    return { field: tabel1(t('workday.yearColumn', { n: Number(year[1]) + 1 })), amount: false };
  if (path === 'status') return { field: t('workday.status'), amount: false };
  const item = /^(\w+)\.(\d+)(?:\.|$)/.exec(path);
  const itemName = item && ITEMS[item[1]!] ? t(ITEMS[item[1]!]!, { n: Number(item[2]) + 1 }) : null;
  const key = labelKey(path);
  if (key) return { field: itemName ? `${itemName}: ${t(key)}` : t(key), amount: false };
  const listKey = labelKey(path.replace(/\.\d+$/, ''));
  if (itemName) return { field: itemName, amount: false };
  if (listKey) return { field: t(listKey), amount: false };
  return { field: path, amount: false };
}

/** One value in words: names for ids and codes, Danish numbers and dates, the template's choices. */
function valueText(path: string, value: unknown, ctx: ChangeContext): string {
  const { t } = ctx;
  if (value === undefined || value === null || value === '') return t('history.empty.value');
  if (typeof value === 'number') return formatDanishNumber(value);
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (Array.isArray(value)) return value.map((v) => valueText(path, v, ctx)).join(', ');
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>).filter(
      ([, v]) => v !== null && v !== undefined && v !== '',
    );
    return (
      parts.map(([key, v]) => valueText(`${path}.${key}`, v, ctx)).join('; ') ||
      t('history.empty.value')
    );
  }
  const text = String(value);
  if (path === 'roundId' || path.endsWith('.roundId')) return ctx.roundName(text) ?? text;
  if (/^(leadAdministration|affectedAdministrations(\.\d+)?)$/.test(path)) {
    const name = ctx.administrationName(text);
    return name ? `${name} (${text})` : text;
  }
  if (path === 'kind' && isOneOf(PROPOSAL_KINDS, text)) return t(`kind.${text}`);
  if (path === 'status' && isOneOf(PROPOSAL_STATUSES, text)) return t(`status.${text}`);
  if (isOneOf(ROW_SECTIONS, text) && path.endsWith('.section')) return t(`section.${text}`);
  if (isOneOf(AREAS, text) && path.endsWith('.area')) return t(`area.${text}`);
  if (isOneOf(RISK_LEVELS, text) && /(^riskLevel|\.level)$/.test(path)) return t(`risk.${text}`);
  if (ISO_DATE.test(text)) return formatDanishDate(text);
  return text;
}

export function presentChange(
  change: { path: string; before?: unknown; after?: unknown },
  ctx: ChangeContext,
): PresentedChange {
  const { field, amount } = fieldName(change.path, ctx);
  return {
    field,
    before: valueText(change.path, change.before, ctx),
    after: valueText(change.path, change.after, ctx),
    unit: amount ? ctx.t('workday.thousands') : null,
  };
}

/** "Tabel 1, Effektiviseringsgevinst, 2027: -750 → -800 (1.000 kr.)" */
export function changeSentence(change: PresentedChange): string {
  const unit = change.unit ? ` (${change.unit})` : '';
  return `${change.field}: ${change.before} → ${change.after}${unit}`;
}

/** What an entry of a proposal's history did, as its headline. */
const HEADLINES = {
  'proposal.hearing': 'history.hearing',
  'comment.add': 'history.commentAdded',
  'import.accept': 'history.importAccepted',
  'import.create': 'history.importCreated',
  'import.place': 'history.importPlaced',
  'loan.terms': 'history.loan.terms',
  'loan.payment': 'history.loan.payment',
  'goal.start': 'history.goal.start',
  'goal.add': 'history.goal.add',
  'goal.update': 'history.goal.update',
  'goal.measurement': 'history.goal.measurement',
  'followup.realised': 'history.followup.realised',
} as const satisfies Record<string, MessageKey>;

/**
 * An entry's headline: the step taken, what was recorded, or which version a save made. Only a
 * save of the proposal itself names a version: a loan's or a report's own versions are not the
 * proposal's.
 */
export function entryHeadline(
  entry: { action: string; step: string | null; version: number | null },
  t: Translate,
): string {
  const step = STEPS.find((s) => s === entry.step);
  if (step) return t(`step.${step}`);
  if (entry.action in HEADLINES) return t(HEADLINES[entry.action as keyof typeof HEADLINES]);
  const version = String(entry.version ?? '');
  if (entry.action === 'proposal.create') return t('history.created', { version });
  if (entry.action === 'proposal.update') return t('history.saved', { version });
  return t('history.changed');
}

/** Whether an entry is a save of the proposal's content, whose changed fields it counts. */
export const isSave = (action: string): boolean =>
  action === 'proposal.create' || action === 'proposal.update';
