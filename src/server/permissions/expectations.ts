import type { ProposalStatus } from '../../domain/proposal.ts';
import type { Step } from '../../domain/workflow/transitions.ts';

// What every API operation answers to every kind of user (SPEC.md section 2, issue 4): the one
// table the policies in each resource folder are held to by permissions.db.test.ts, which
// calls every operation of the OpenAPI document as every subject. An operation missing here
// fails that test, so a new endpoint cannot go without a decision on who may call it.
//
// The proposal an operation is called on is led by the "own" forvaltning and has `status`.
// 404 where the user may not see the proposal (its existence does not leak), 403 where they
// see it but may not do this, 401 without a session. The web app's buttons, links and forms
// are held to the same table by test/e2e/permissions.e2e.test.ts: shown exactly where the
// operation answers 2xx.

export const SUBJECTS = [
  'anonymous',
  'secretariat',
  'finance',
  'reader',
  'hearing',
  'authorOwn',
  'authorOther',
  'reviewerOwn',
  'reviewerOther',
] as const;
export type Subject = (typeof SUBJECTS)[number];

export interface Expectation {
  /** The status of the proposal the operation is called on, where it names one. */
  status?: ProposalStatus;
  /** The workflow step taken, for `POST /api/proposals/{id}/steps`. */
  step?: Step;
  answers: Record<Subject, number>;
}

// In the order of SUBJECTS:  anonymous, secretariat, finance, reader, hearing,
//                            authorOwn, authorOther, reviewerOwn, reviewerOther
const row = (...codes: number[]): Record<Subject, number> =>
  Object.fromEntries(SUBJECTS.map((subject, i) => [subject, codes[i]!])) as Record<Subject, number>;

const PUBLIC = row(200, 200, 200, 200, 200, 200, 200, 200, 200);
const SIGNED_IN = row(401, 200, 200, 200, 200, 200, 200, 200, 200);
const SECRETARIAT_ONLY = row(401, 200, 403, 403, 403, 403, 403, 403, 403);
/** Reading a draft: its own forvaltning and the central roles that see all. */
const READ_DRAFT: Expectation = {
  status: 'draft',
  answers: row(401, 200, 200, 404, 404, 200, 404, 200, 404),
};

export const EXPECTATIONS: Record<string, Expectation[]> = {
  'POST /api/auth/login': [{ answers: PUBLIC }],
  'POST /api/auth/logout': [{ answers: row(204, 204, 204, 204, 204, 204, 204, 204, 204) }],
  'GET /api/auth/me': [{ answers: SIGNED_IN }],
  'GET /api/auth/options': [{ answers: PUBLIC }],
  // Without an identity provider configured; the callback sends the browser back to sign-in.
  'GET /api/auth/oidc/start': [{ answers: row(404, 404, 404, 404, 404, 404, 404, 404, 404) }],
  'GET /api/auth/oidc/callback': [{ answers: row(302, 302, 302, 302, 302, 302, 302, 302, 302) }],
  'GET /api/health': [{ answers: PUBLIC }],

  'GET /api/proposals': [{ answers: SIGNED_IN }],
  'GET /api/inbox': [{ answers: SIGNED_IN }],
  // Names only the proposals the user may read, as the list does; the rest are left out.
  'GET /api/proposals/rule-breaches': [{ answers: SIGNED_IN }],
  'POST /api/proposals': [{ answers: row(401, 201, 403, 403, 403, 201, 403, 201, 403) }],
  'GET /api/proposals/{id}': [
    READ_DRAFT,
    { status: 'finance_approved', answers: row(401, 200, 200, 404, 404, 200, 404, 200, 404) },
    { status: 'in_hearing', answers: row(401, 200, 200, 404, 200, 200, 404, 200, 404) },
    { status: 'submitted', answers: row(401, 200, 200, 200, 200, 200, 404, 200, 404) },
    { status: 'granted', answers: row(401, 200, 200, 200, 200, 200, 404, 200, 404) },
    { status: 'in_implementation', answers: row(401, 200, 200, 200, 200, 200, 404, 200, 404) },
  ],
  'PUT /api/proposals/{id}': [
    { status: 'draft', answers: row(401, 200, 403, 404, 404, 200, 404, 200, 404) },
    { status: 'finance_approved', answers: row(401, 200, 403, 404, 404, 403, 404, 403, 404) },
    { status: 'in_hearing', answers: row(401, 200, 403, 404, 403, 403, 404, 403, 404) },
    { status: 'submitted', answers: row(401, 200, 403, 403, 403, 403, 404, 403, 404) },
    // Once granted, the content is the decision's: nobody edits it, not even the secretariat.
    { status: 'granted', answers: row(401, 403, 403, 403, 403, 403, 404, 403, 404) },
    { status: 'in_implementation', answers: row(401, 403, 403, 403, 403, 403, 404, 403, 404) },
  ],
  'GET /api/proposals/{id}/versions': [READ_DRAFT],
  'GET /api/proposals/{id}/versions/{version}': [READ_DRAFT],
  'GET /api/proposals/{id}/history': [READ_DRAFT],
  'POST /api/proposals/{id}/steps': [
    {
      status: 'draft',
      step: 'request_finance_approval',
      answers: row(401, 403, 403, 404, 404, 200, 404, 200, 404),
    },
    {
      status: 'finance_approved',
      step: 'send_to_hearing',
      answers: row(401, 200, 403, 404, 404, 200, 404, 200, 404),
    },
    {
      status: 'in_hearing',
      step: 'return_to_author',
      answers: row(401, 200, 200, 404, 403, 403, 404, 200, 404),
    },
    // A recommendation is taken only with what it records, on the round's decisions endpoint:
    // the bare step is refused as a bad request to everyone who sees the proposal.
    {
      status: 'submitted',
      step: 'recommend',
      answers: row(401, 400, 400, 400, 400, 400, 404, 400, 404),
    },
    {
      status: 'granted',
      step: 'start_implementation',
      answers: row(401, 200, 403, 403, 403, 200, 404, 200, 404),
    },
  ],
  'POST /api/proposals/{id}/hearings': [
    { status: 'in_hearing', answers: row(401, 200, 403, 404, 200, 403, 404, 403, 404) },
  ],
  'GET /api/proposals/{id}/comments': [
    READ_DRAFT,
    { status: 'submitted', answers: row(401, 200, 200, 200, 200, 200, 404, 200, 404) },
  ],
  'POST /api/proposals/{id}/comments': [
    { status: 'draft', answers: row(401, 201, 201, 404, 404, 201, 404, 201, 404) },
    { status: 'submitted', answers: row(401, 201, 201, 403, 201, 201, 404, 201, 404) },
  ],
  'GET /api/audit/verify': [{ answers: row(401, 200, 200, 200, 403, 403, 403, 403, 403) }],
  'POST /api/audit/verify': [{ answers: row(401, 200, 200, 200, 403, 403, 403, 403, 403) }],
  'GET /api/audit/entries': [{ answers: row(401, 200, 200, 200, 403, 403, 403, 403, 403) }],
  'POST /api/audit/checkpoints': [{ answers: row(401, 201, 201, 201, 403, 403, 403, 403, 403) }],

  'POST /api/imports': [{ answers: row(401, 201, 403, 403, 403, 403, 403, 403, 403) }],
  'GET /api/imports': [{ answers: SECRETARIAT_ONLY }],
  'GET /api/imports/{id}': [{ answers: SECRETARIAT_ONLY }],
  'POST /api/imports/{id}/steps': [{ answers: SECRETARIAT_ONLY }],
  'GET /api/imports/{id}/overview': [{ answers: SECRETARIAT_ONLY }],
  'POST /api/imports/{id}/overview/round': [{ answers: SECRETARIAT_ONLY }],
  'GET /api/imports/{id}/proposals/{position}': [{ answers: SECRETARIAT_ONLY }],
  'POST /api/imports/{id}/proposals/{position}/accept': [{ answers: SECRETARIAT_ONLY }],
  // A reading held as a possible copy: the secretariat creates it anyway, or skips it.
  'POST /api/imports/{id}/proposals/{position}/create': [
    { answers: row(401, 201, 403, 403, 403, 403, 403, 403, 403) },
  ],
  'POST /api/imports/{id}/proposals/{position}/skip': [{ answers: SECRETARIAT_ONLY }],
  'GET /api/proposals/{id}/import': [READ_DRAFT],

  'GET /api/administrations': [{ answers: SIGNED_IN }],
  'GET /api/committees': [{ answers: SIGNED_IN }],
  'GET /api/rounds': [{ answers: SIGNED_IN }],
  'GET /api/hearing-bodies': [{ answers: SIGNED_IN }],
  // The list, the search and the round overview hold only what the user may see.
  'GET /api/search': [{ answers: SIGNED_IN }],
  'GET /api/proposals/{id}/similar': [READ_DRAFT],

  'GET /api/proposals/{id}/export.docx': [READ_DRAFT],
  'GET /api/proposals/{id}/tabel1.xlsx': [READ_DRAFT],
  'GET /api/rounds/{id}/overview.docx': [{ answers: SIGNED_IN }],
  'GET /api/rounds/{id}/overview.xlsx': [{ answers: SIGNED_IN }],
  'GET /api/rounds/{id}/overview': [{ answers: SIGNED_IN }],
  // Lines as the document stated them; the proposals linked only where the user may see them.
  'GET /api/rounds/{id}/imported-overviews': [{ answers: SIGNED_IN }],
  'POST /api/rounds/{id}/codes': [{ answers: SECRETARIAT_ONLY }],
  'POST /api/economics/import-xlsx': [{ answers: SIGNED_IN }],
  'POST /api/economics/evaluate': [{ answers: SIGNED_IN }],
  'GET /api/submission-rules': [{ answers: SIGNED_IN }],
  'GET /api/price-indices': [{ answers: SIGNED_IN }],
  'PUT /api/price-indices/{year}': [{ answers: row(401, 201, 403, 403, 403, 403, 403, 403, 403) }],
  'DELETE /api/price-indices/{year}': [
    { answers: row(401, 204, 403, 403, 403, 403, 403, 403, 403) },
  ],

  // A round's decisions and allocation hold only what the user may see; only the secretariat
  // records a recommendation or a decision, on a proposal in the round.
  'GET /api/rounds/{id}/decisions': [{ answers: SIGNED_IN }],
  'POST /api/rounds/{id}/decisions/{proposalId}/recommendation': [
    { status: 'submitted', answers: row(401, 200, 403, 403, 403, 403, 404, 403, 404) },
  ],
  'POST /api/rounds/{id}/decisions/{proposalId}': [
    { status: 'recommended', answers: row(401, 200, 403, 403, 403, 403, 404, 403, 404) },
  ],
  'GET /api/rounds/{id}/allocation': [{ answers: SIGNED_IN }],
  'GET /api/rounds/{id}/allocation.xlsx': [{ answers: SIGNED_IN }],

  // Prioritisation: everyone signed in sees the ranking; only the secretariat scores and runs
  // the optimiser (a calculation, but over proposals an author of another forvaltning may not see).
  'GET /api/rounds/{id}/scores': [{ answers: SIGNED_IN }],
  'PUT /api/rounds/{id}/scores/{proposalId}': [
    { status: 'submitted', answers: row(401, 204, 403, 403, 403, 403, 403, 403, 403) },
  ],
  'POST /api/rounds/{id}/portfolio': [{ answers: SECRETARIAT_ONLY }],

  // A round's rules are read by everyone signed in and kept by the secretariat alone.
  'GET /api/rounds/{id}/rules': [{ answers: SIGNED_IN }],
  'PUT /api/rounds/{id}/rules': [{ answers: SECRETARIAT_ONLY }],
  'POST /api/rounds/{id}/lock': [{ answers: SECRETARIAT_ONLY }],

  // Internal loans: a forvaltning sees its own, readers and the central roles every one; only
  // the secretariat records terms and payments. Called on seed 002's loan, granted to "own".
  'GET /api/loans': [{ answers: SIGNED_IN }],
  // A user's own reminders: an empty list for those who are responsible for nothing.
  'GET /api/reminders': [{ answers: SIGNED_IN }],
  // A granted proposal's follow-up goals: read by whoever reads the proposal, kept by its own
  // forvaltning and the secretariat.
  'GET /api/proposals/{id}/goals': [
    { status: 'in_implementation', answers: row(401, 200, 200, 200, 200, 200, 404, 200, 404) },
  ],
  'POST /api/proposals/{id}/goals/from-tabel3': [
    { status: 'in_implementation', answers: row(401, 201, 403, 403, 403, 201, 404, 201, 404) },
  ],
  'POST /api/proposals/{id}/goals': [
    { status: 'in_implementation', answers: row(401, 201, 403, 403, 403, 201, 404, 201, 404) },
  ],
  'PUT /api/goals/{goalId}': [
    { status: 'in_implementation', answers: row(401, 200, 403, 403, 403, 200, 404, 200, 404) },
  ],
  'POST /api/goals/{goalId}/measurements': [
    { status: 'in_implementation', answers: row(401, 201, 403, 403, 403, 201, 404, 201, 404) },
  ],
  'GET /api/goals/{goalId}/evidence/{evidenceId}': [
    { status: 'in_implementation', answers: row(401, 200, 200, 200, 200, 200, 404, 200, 404) },
  ],
  // Budget frames hold only the grants the user may see.
  'GET /api/budget-frames': [{ answers: SIGNED_IN }],
  'GET /api/budget-frames.xlsx': [{ answers: SIGNED_IN }],
  'GET /api/proposals/{id}/loan': [
    { status: 'in_implementation', answers: row(401, 200, 200, 200, 200, 200, 404, 200, 404) },
  ],
  'PUT /api/proposals/{id}/loan': [
    { status: 'in_implementation', answers: row(401, 200, 403, 403, 403, 403, 404, 403, 404) },
  ],
  'POST /api/proposals/{id}/loan/payments': [
    { status: 'in_implementation', answers: row(401, 201, 403, 403, 403, 403, 404, 403, 404) },
  ],
  // Follow-up: whoever reads a granted proposal reads its realised figures; its own
  // forvaltning and the secretariat report them (an import naming another forvaltning's
  // proposal is told it knows no such code); the secretariat alone sets threshold and targets.
  'GET /api/proposals/{id}/realised': [
    { status: 'in_implementation', answers: row(401, 200, 200, 200, 200, 200, 404, 200, 404) },
  ],
  'PUT /api/proposals/{id}/realised/{year}': [
    { status: 'in_implementation', answers: row(401, 200, 403, 403, 403, 200, 404, 200, 404) },
  ],
  'POST /api/followup/realised/import': [
    { status: 'in_implementation', answers: row(401, 200, 403, 403, 403, 200, 400, 200, 400) },
  ],
  'GET /api/proposals/{id}/realism': [READ_DRAFT],
  'GET /api/followup/settings': [{ answers: SIGNED_IN }],
  'PUT /api/followup/settings': [{ answers: SECRETARIAT_ONLY }],
  'GET /api/followup/dashboard': [{ answers: SIGNED_IN }],
  'GET /api/followup/deviations': [{ answers: SIGNED_IN }],
};
