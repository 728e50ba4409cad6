import { z } from 'zod';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../domain/proposal.ts';
import { ROUND_PHASES } from '../domain/rounds/rules.ts';
import { BREACH_RULES } from '../domain/validation/rule.ts';
import { pageOf, pageQuery } from './paging.ts';

// The API's shapes besides the proposal itself (proposal-schema.ts): lists, versions, reference
// data and the one error shape every endpoint answers with. Server and web app import them both.

export const API_ERRORS = [
  'ValidationError',
  'BadRequest',
  'Unauthorized',
  'Forbidden',
  'NotFound',
  'Conflict',
  'PayloadTooLarge',
  'UnsupportedMediaType',
  'TooManyRequests',
  'Unavailable',
  'InternalError',
] as const;
export type ApiErrorName = (typeof API_ERRORS)[number];

export const apiIssue = z.object({
  /** Dotted path into the request, e.g. `economy.rows.0.values.2`; `body` for the whole body. */
  field: z.string(),
  message: z.string(),
});
export type ApiIssue = z.infer<typeof apiIssue>;

export const apiError = z
  .object({
    error: z.enum(API_ERRORS),
    /** For people, in the client's Accept-Language (Danish by default); names the field(s) at fault. */
    message: z.string(),
    issues: z.array(apiIssue).optional(),
    /** With a Conflict: the version the proposal has now, to reload. */
    currentVersion: z.number().int().optional(),
    /** With TooManyRequests: seconds until trying again makes sense (also in Retry-After). */
    retryAfterSeconds: z.number().int().optional(),
  })
  .meta({ id: 'ApiError' });
export type ApiError = z.infer<typeof apiError>;

export const PROPOSAL_SORTS = ['code', 'title', 'updatedAt', 'amount'] as const;
export type ProposalSort = (typeof PROPOSAL_SORTS)[number];

export const proposalListQuery = z.object({
  kind: z.enum(PROPOSAL_KINDS).optional(),
  /** Code of the lead forvaltning (fremstillende forvaltning). */
  administration: z.string().trim().min(1).max(20).optional(),
  round: z.string().min(1).max(60).optional(),
  /** `amount` is the total implementation cost. */
  sort: z.enum(PROPOSAL_SORTS).default('code'),
  order: z.enum(['asc', 'desc']).default('asc'),
  ...pageQuery.shape,
});
export type ProposalListQuery = z.input<typeof proposalListQuery>;

export const proposalSummary = z
  .object({
    id: z.uuid(),
    code: z.string().nullable(),
    title: z.string(),
    kind: z.enum(PROPOSAL_KINDS),
    status: z.enum(PROPOSAL_STATUSES),
    leadAdministration: z.string().nullable(),
    committee: z.string().nullable(),
    roundId: z.string().nullable(),
    priceLevelYear: z.number().int().nullable(),
    /** Sum of Tabel 1's implementation rows over all years, in thousands of kroner. */
    totalImplementation: z.number(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'ProposalSummary' });
export type ProposalSummary = z.infer<typeof proposalSummary>;

/** A page of the list, in the order asked for, ties broken by title and id. */
export const proposalList = pageOf(proposalSummary);

/** How many proposals one question about rule breaches may name: a page of the list. */
export const RULE_BREACH_IDS_MAX = 100;

export const ruleBreachQuery = z.object({
  /** The proposals to check, comma-separated. */
  ids: z
    .string()
    .transform((text) => text.split(',').filter(Boolean))
    .pipe(z.array(z.uuid()).min(1).max(RULE_BREACH_IDS_MAX)),
});

/** The proposals among those asked for whose figures break a blocking submission rule. */
export const ruleBreachList = z.object({
  items: z.array(z.object({ id: z.uuid(), rules: z.array(z.enum(BREACH_RULES)) })),
});
export type RuleBreach = z.infer<typeof ruleBreachList>['items'][number];

export const versionSummary = z.object({
  version: z.number().int(),
  savedAt: z.string(),
  title: z.string(),
});
export type VersionSummary = z.infer<typeof versionSummary>;

export const versionList = pageOf(versionSummary);

export const administration = z.object({ code: z.string(), name: z.string() });
export const committee = z.object({ code: z.string(), name: z.string() });
/** Overførselssagen (spring) or the budget negotiations (autumn). */
export const ROUND_KINDS = ['ofs', 'budget'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const round = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ROUND_KINDS),
  /** The round's first budget year: a proposal's Tabel 1 starts from it. */
  year: z.number().int(),
  /** The p/l the round pays in when set on it; else its year's. */
  priceLevelYear: z.number().int().nullable(),
  /** Proposals are written for the rounds still open. */
  phase: z.enum(ROUND_PHASES),
});
export const hearingBody = z.object({ name: z.string() });
export type Administration = z.infer<typeof administration>;
export type Committee = z.infer<typeof committee>;
export type Round = z.infer<typeof round>;
export type HearingBody = z.infer<typeof hearingBody>;

export const health = z.object({ status: z.literal('ok') });
