import { z } from 'zod';
import {
  AREAS,
  GOAL_GROUPS,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  RISK_LEVELS,
  ROW_SECTIONS,
} from '../domain/proposal.ts';
import { MAX_AMOUNT_THOUSANDS, YEAR_MAX, YEAR_MIN } from '../domain/limits.ts';
import { kronerToThousands, thousandsToKroner, type Kroner } from '../domain/money.ts';

// The wire format of a proposal, shared by the server (validation, OpenAPI) and the web app.
// Amounts travel in thousands of kroner, as Tabel 1 is written, and are parsed to whole kroner.
// Drafts are saved whatever they hold, so these schemas check shape, not completeness: the
// submission rules live in the domain core.

const MAX_TEXT = 100_000;
const shortText = z.string().max(500);
const longText = z.string().max(MAX_TEXT);
export const isoDate = z.iso.date({ error: 'skal være en dato på formen ÅÅÅÅ-MM-DD' });

export const thousandsAmount = z
  .number({ error: 'skal være et tal (1.000 kr.)' })
  .min(-MAX_AMOUNT_THOUSANDS)
  .max(MAX_AMOUNT_THOUSANDS)
  .transform((value, ctx) => {
    const kr = thousandsToKroner(value);
    if (kr === null) {
      ctx.addIssue({ code: 'custom', message: 'højst tre decimaler (hele kroner)' });
      return z.NEVER;
    }
    return kr;
  });

export const year = z.number().int().min(YEAR_MIN).max(YEAR_MAX);

export const economicRowInput = z.strictObject({
  label: shortText,
  section: z.enum(ROW_SECTIONS),
  area: z.enum(AREAS),
  values: z.array(thousandsAmount.nullable()).max(30),
});

export const yearColumns = z.array(year).max(30);
export const economicRows = z.array(economicRowInput).max(200);

/** A row with more cells than the table has years is refused: which year would they be? */
export function checkRowLengths(
  table: { years: readonly number[]; rows: readonly { values: readonly unknown[] }[] },
  ctx: z.RefinementCtx,
): void {
  table.rows.forEach((row, i) => {
    if (row.values.length > table.years.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['rows', i, 'values'],
        message: `rækken har ${row.values.length} værdier, men tabellen har ${table.years.length} år`,
      });
    }
  });
}

export const economicTableInput = z
  .strictObject({
    priceLevelYear: year.nullable().default(null),
    years: yearColumns.default([]),
    rows: economicRows.default([]),
  })
  .superRefine(checkRowLengths);

const amountRange = z.strictObject({
  min: thousandsAmount.nullable().default(null),
  max: thousandsAmount.nullable().default(null),
});

const financeApproval = z.strictObject({
  approved: z.boolean().nullable().default(null),
  date: isoDate.nullable().default(null),
  note: longText.default(''),
});

const statedFigures = z.strictObject({
  payback: z.strictObject({
    service: z.number().int().min(0).max(100).nullable(),
    total: z.number().int().min(0).max(100).nullable(),
  }),
  totals: z
    .array(
      z.strictObject({ label: shortText, values: z.array(thousandsAmount.nullable()).max(30) }),
    )
    .max(50),
  /** An imported document's Tabel 4, as the source stated it: not the approval. */
  financeApproval: financeApproval.optional(),
});

const futureInvestment = z.strictObject({
  expectedCost: amountRange.default({ min: null, max: null }),
  expectedDecisionRound: shortText.default(''),
  efficiencyPotential: amountRange.default({ min: null, max: null }),
  efficiencyArea: z.enum(AREAS).nullable().default(null),
  crossCuttingEfficiency: z.boolean().default(false),
  largeScalePotential: z.boolean().default(false),
  matureNewTechnology: z.boolean().default(false),
  note: longText.default(''),
});

const followUpGoal = z.strictObject({
  group: z.enum(GOAL_GROUPS),
  goal: longText,
  measure: longText.default(''),
  responsible: shortText.default(''),
  when: shortText.default(''),
});

const risk = z.strictObject({
  name: shortText,
  level: z.enum(RISK_LEVELS).nullable().default(null),
  mitigation: longText.default(''),
});

const partner = z.strictObject({ name: shortText, description: longText.default('') });

const hearing = z.strictObject({
  body: shortText,
  heard: z.boolean().nullable().default(null),
  date: isoDate.nullable().default(null),
  answer: longText.default(''),
});

const hearings = z.array(hearing).max(100);
const code = z.string().trim().max(20);
const roundId = z.string().max(60);
const administrationCode = z.string().trim().min(1).max(20);

/** Everything a user writes in a proposal; all but title and kind may be left for later. */
export const proposalContentInput = z.strictObject({
  code: code.nullable().default(null),
  title: z.string().trim().min(1, { error: 'titel skal udfyldes' }).max(300),
  kind: z.enum(PROPOSAL_KINDS),
  summary: longText.default(''),
  leadAdministration: administrationCode.nullable().default(null),
  affectedAdministrations: z.array(administrationCode).max(20).default([]),
  committee: z.string().trim().max(20).nullable().default(null),
  roundId: roundId.nullable().default(null),
  originProposalId: z.uuid().nullable().default(null),
  description: longText.default(''),
  economyNarrative: longText.default(''),
  economy: economicTableInput.default({ priceLevelYear: null, years: [], rows: [] }),
  stated: statedFigures.nullable().default(null),
  futureInvestmentNarrative: longText.default(''),
  futureInvestment: futureInvestment.nullable().default(null),
  implementationNarrative: longText.default(''),
  followUpGoals: z.array(followUpGoal).max(100).default([]),
  riskLevel: z.enum(RISK_LEVELS).nullable().default(null),
  riskNarrative: longText.default(''),
  risks: z.array(risk).max(100).default([]),
  adminEfficiency: longText.default(''),
  financeApproval: financeApproval.default({ approved: null, date: null, note: '' }),
  partners: z.array(partner).max(100).default([]),
  hearings: hearings.default([]),
});
export type ProposalContentInput = z.input<typeof proposalContentInput>;

/** The largest version: the database counts versions in a 32-bit integer. */
export const VERSION_MAX = 2_147_483_647;

/** The version a change builds on: a larger one is refused here, not by the database as a 500. */
export const versionInput = z.number().int().min(1).max(VERSION_MAX);

/**
 * A save of an existing proposal names the version it was based on (optimistic concurrency).
 * What the workflow records (Tabel 4, Tabel 6's answers, code, round) may be left out, and then
 * keeps what is stored; sent, it must be unchanged (see domain/workflow/recorded.ts).
 */
export const proposalUpdateInput = proposalContentInput.extend({
  version: versionInput,
  code: code.nullable().optional(),
  roundId: roundId.nullable().optional(),
  financeApproval: financeApproval.optional(),
  hearings: hearings.optional(),
});
export type ProposalUpdateInput = z.input<typeof proposalUpdateInput>;

// Output: the same shape with amounts back in thousands, plus identity and bookkeeping.
const thousandsOut = z.number();
const rowOut = z.object({
  label: z.string(),
  section: z.enum(ROW_SECTIONS),
  area: z.enum(AREAS),
  values: z.array(thousandsOut.nullable()),
});
/** Tabel 1 as it goes out: amounts in thousands, null for an empty cell. */
export const economicTableOutput = z.object({
  priceLevelYear: z.number().nullable(),
  years: z.array(z.number()),
  rows: z.array(rowOut),
});
const approvalOut = z.object({
  approved: z.boolean().nullable(),
  date: z.string().nullable(),
  note: z.string(),
});
const rangeOut = z.object({ min: thousandsOut.nullable(), max: thousandsOut.nullable() });

export const proposalOutput = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: z.enum(PROPOSAL_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
  code: z.string().nullable(),
  title: z.string(),
  kind: z.enum(PROPOSAL_KINDS),
  summary: z.string(),
  leadAdministration: z.string().nullable(),
  affectedAdministrations: z.array(z.string()),
  committee: z.string().nullable(),
  roundId: z.string().nullable(),
  originProposalId: z.string().nullable(),
  description: z.string(),
  economyNarrative: z.string(),
  economy: economicTableOutput,
  stated: z
    .object({
      payback: z.object({ service: z.number().nullable(), total: z.number().nullable() }),
      totals: z.array(z.object({ label: z.string(), values: z.array(thousandsOut.nullable()) })),
      financeApproval: approvalOut.optional(),
    })
    .nullable(),
  futureInvestmentNarrative: z.string(),
  futureInvestment: z
    .object({
      expectedCost: rangeOut,
      expectedDecisionRound: z.string(),
      efficiencyPotential: rangeOut,
      efficiencyArea: z.enum(AREAS).nullable(),
      crossCuttingEfficiency: z.boolean(),
      largeScalePotential: z.boolean(),
      matureNewTechnology: z.boolean(),
      note: z.string(),
    })
    .nullable(),
  implementationNarrative: z.string(),
  followUpGoals: z.array(
    z.object({
      group: z.enum(GOAL_GROUPS),
      goal: z.string(),
      measure: z.string(),
      responsible: z.string(),
      when: z.string(),
    }),
  ),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  riskNarrative: z.string(),
  risks: z.array(
    z.object({ name: z.string(), level: z.enum(RISK_LEVELS).nullable(), mitigation: z.string() }),
  ),
  adminEfficiency: z.string(),
  financeApproval: approvalOut,
  partners: z.array(z.object({ name: z.string(), description: z.string() })),
  hearings: z.array(
    z.object({
      body: z.string(),
      heard: z.boolean().nullable(),
      date: z.string().nullable(),
      answer: z.string(),
    }),
  ),
});
export type ProposalOutput = z.infer<typeof proposalOutput>;

export const toThousands = (v: Kroner | null): number | null =>
  v === null ? null : kronerToThousands(v);
