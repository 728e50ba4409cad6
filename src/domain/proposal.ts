import { z } from 'zod';
import type { Kroner } from './money.ts';
import { YEAR_MAX, YEAR_MIN } from './limits.ts';

// The vocabulary of the proposal template (SPEC.md section 4). Administrations, committees,
// rounds and hearing bodies are data, not code: another municipality has other names.

export const PROPOSAL_KINDS = ['foranalyse', 'innovationsforslag', 'investeringsforslag'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

/** Where a Tabel 1 row belongs: lasting change, implementation cost, or internal loan repayment. */
export const ROW_SECTIONS = ['lasting', 'implementation', 'loan'] as const;
export type RowSection = (typeof ROW_SECTIONS)[number];

/** Styringsområde. */
export const AREAS = ['service', 'anlaeg', 'overfoersler', 'finans'] as const;
export type Area = (typeof AREAS)[number];

export const RISK_LEVELS = ['lav', 'lav-middel', 'middel', 'middel-hoej', 'hoej'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Tabel 3 groups: realising the proposal / investment, and realising the efficiencies. */
export const GOAL_GROUPS = ['implementation', 'efficiency'] as const;
export type GoalGroup = (typeof GOAL_GROUPS)[number];

export const PROPOSAL_STATUSES = [
  'draft',
  'ready_for_finance',
  'finance_approved',
  'in_hearing',
  'submitted',
  'recommended',
  'not_recommended',
  'granted',
  'rejected',
  'postponed',
  'in_implementation',
  'closed',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/**
 * How a leaf of the declaration is checked: the domain and a request hold values to the limits,
 * an answer only to the shape (it was checked when it came in, or read from a trusted source).
 */
export type Strictness = 'input' | 'output';

/**
 * The proposal, declared once. The domain type, the request and answer schemas and the web
 * form's draft are all derived from this; `amount` is how a Tabel 1 cell travels (whole kroner
 * inside, thousands of kroner on the wire through one codec), and every shape below is the same
 * for every use. Adding a field here, in the migration and in the form section that shows it is
 * the whole change.
 */
export function declareProposal<Amount extends z.ZodType<Kroner>>(
  amount: Amount,
  strictness: Strictness,
) {
  const strict = strictness === 'input';
  const object = strict ? z.strictObject : z.object;
  const text = (max: number) => (strict ? z.string().max(max) : z.string());
  const shortText = text(500);
  const longText = text(100_000);
  const list = <T extends z.ZodType>(item: T, max: number) =>
    strict ? z.array(item).max(max) : z.array(item);
  const isoDate = z.iso.date({ error: 'skal være en dato på formen ÅÅÅÅ-MM-DD' });
  const year = strict ? z.number().int().min(YEAR_MIN).max(YEAR_MAX) : z.number();
  const cells = list(amount.nullable(), 30);
  const administration = strict ? z.string().trim().min(1).max(20) : z.string();

  const economicRow = object({
    label: shortText,
    section: z.enum(ROW_SECTIONS),
    area: z.enum(AREAS),
    /** One cell per year of the table; null is an empty cell. */
    values: cells,
  });
  const economicTable = object({
    priceLevelYear: year.nullable().default(null),
    years: list(year, 30).default([]),
    rows: list(economicRow, 200).default([]),
  });
  /** Tabel 4. Dates are ISO calendar dates (YYYY-MM-DD). */
  const financeApproval = object({
    approved: z.boolean().nullable().default(null),
    date: isoDate.nullable().default(null),
    note: longText.default(''),
  });
  const range = object({
    min: amount.nullable().default(null),
    max: amount.nullable().default(null),
  });
  const payback = strict ? z.number().int().min(0).max(100) : z.number();
  /** Figures a source document stated; kept as stated so mismatches with our arithmetic show. */
  const stated = object({
    payback: object({ service: payback.nullable(), total: payback.nullable() }),
    totals: list(
      object({
        label: shortText,
        /**
         * What the subtotal sums, so it can be compared again once the table is corrected;
         * null for one that is informative only ("heraf ..."), absent in readings made before
         * it was kept.
         */
        scope: object({
          section: z.enum([...ROW_SECTIONS, 'all']),
          area: z.enum(AREAS).nullable(),
        })
          .nullable()
          .optional(),
        values: cells,
      }),
      50,
    ),
    /**
     * What an imported document's Tabel 4 said: a statement of the source, never the approval,
     * which only Center for Økonomi's step records.
     */
    financeApproval: financeApproval.optional(),
  });
  /** Tabel 2: the future investment case and the prioritisation marks. */
  const futureInvestment = object({
    expectedCost: range.default({ min: null, max: null }),
    expectedDecisionRound: shortText.default(''),
    efficiencyPotential: range.default({ min: null, max: null }),
    efficiencyArea: z.enum(AREAS).nullable().default(null),
    crossCuttingEfficiency: z.boolean().default(false),
    largeScalePotential: z.boolean().default(false),
    matureNewTechnology: z.boolean().default(false),
    note: longText.default(''),
  });
  const followUpGoal = object({
    group: z.enum(GOAL_GROUPS),
    goal: longText,
    measure: longText.default(''),
    responsible: shortText.default(''),
    when: shortText.default(''),
  });
  const risk = object({
    name: shortText,
    level: z.enum(RISK_LEVELS).nullable().default(null),
    mitigation: longText.default(''),
  });
  /** Tabel 5. */
  const partner = object({ name: shortText, description: longText.default('') });
  /** Tabel 6. */
  const hearing = object({
    body: shortText,
    heard: z.boolean().nullable().default(null),
    date: isoDate.nullable().default(null),
    answer: longText.default(''),
  });

  /** Everything a user writes in a proposal; all but title and kind may be left for later. */
  const content = object({
    code: (strict ? z.string().trim().max(20) : z.string()).nullable().default(null),
    title: strict ? z.string().trim().min(1, { error: 'skal udfyldes' }).max(300) : z.string(),
    kind: z.enum(PROPOSAL_KINDS),
    summary: longText.default(''),
    leadAdministration: administration.nullable().default(null),
    affectedAdministrations: list(administration, 20).default([]),
    committee: (strict ? z.string().trim().max(20) : z.string()).nullable().default(null),
    roundId: text(60).nullable().default(null),
    /** For an investment case that grew out of an innovation case. */
    originProposalId: (strict ? z.uuid() : z.string()).nullable().default(null),
    description: longText.default(''),
    economyNarrative: longText.default(''),
    economy: (strict ? economicTable.superRefine(checkRowLengths) : economicTable).default({
      priceLevelYear: null,
      years: [],
      rows: [],
    }),
    stated: stated.nullable().default(null),
    futureInvestmentNarrative: longText.default(''),
    futureInvestment: futureInvestment.nullable().default(null),
    implementationNarrative: longText.default(''),
    followUpGoals: list(followUpGoal, 100).default([]),
    riskLevel: z.enum(RISK_LEVELS).nullable().default(null),
    riskNarrative: longText.default(''),
    risks: list(risk, 100).default([]),
    adminEfficiency: longText.default(''),
    financeApproval: financeApproval.default({ approved: null, date: null, note: '' }),
    partners: list(partner, 100).default([]),
    hearings: list(hearing, 100).default([]),
  });
  return {
    content,
    economicTable,
    economicRows: list(economicRow, 200),
    years: list(year, 30),
    year,
  };
}

/**
 * A row with more cells than the table has years is refused: which year would they be? The
 * params name the same words in the API's catalogue, which the server says in English.
 */
export function checkRowLengths(
  table: { years: readonly number[]; rows: readonly { values: readonly unknown[] }[] },
  ctx: z.RefinementCtx,
): void {
  table.rows.forEach((row, i) => {
    if (row.values.length > table.years.length) {
      const values = { values: row.values.length, years: table.years.length };
      ctx.addIssue({
        code: 'custom',
        path: ['rows', i, 'values'],
        message: `rækken har ${values.values} værdier, men tabellen har ${values.years} år`,
        params: { key: 'issue.rowTooLong', values },
      });
    }
  });
}

const whole = declareProposal(
  z.custom<Kroner>((value) => Number.isSafeInteger(value)),
  'output',
).content;

/** A proposal as the domain holds it: every amount in whole kroner. */
export type ProposalContent = z.output<typeof whole>;

/**
 * A proposal built or stored elsewhere, made whole: every field it lacks gets its declared
 * default, so an importer, a fixture or a version saved before a field existed need not name it.
 * Throws if what it has is not of the declared shape.
 */
export const wholeProposal = (
  value: Partial<ProposalContent> & Pick<ProposalContent, 'title' | 'kind'>,
): ProposalContent => whole.parse(value);
export type EconomicTable = ProposalContent['economy'];
export type EconomicRow = EconomicTable['rows'][number];
export type StatedFigures = NonNullable<ProposalContent['stated']>;
export type StatedTotal = StatedFigures['totals'][number];
/** Which rows a stated subtotal sums: a section (or all of them) and optionally one area. */
export type TotalScope = NonNullable<StatedTotal['scope']>;
export type FutureInvestment = NonNullable<ProposalContent['futureInvestment']>;
export type AmountRange = FutureInvestment['expectedCost'];
export type FollowUpGoal = ProposalContent['followUpGoals'][number];
export type Risk = ProposalContent['risks'][number];
export type FinanceApproval = ProposalContent['financeApproval'];
export type Partner = ProposalContent['partners'][number];
export type Hearing = ProposalContent['hearings'][number];
