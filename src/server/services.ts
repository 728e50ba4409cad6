import { entityChanged } from './audit/entries.ts';
import { auditService } from './audit/service.ts';
import { workflowService } from './workflow/service.ts';
import { authServices, DEFAULT_AUTH, type AuthServiceOptions } from './auth/services.ts';
import type { SignedInUser } from './auth/actor.ts';
import type { PageQuery } from '../shared/paging.ts';
import type { DataAccess } from './data-access.ts';
import { decisionService } from './decisions/service.ts';
import { documentService } from './documents/service.ts';
import { economicsService } from './economics/service.ts';
import { portfolioService } from './portfolio/service.ts';
import { codeService } from './rounds/codes.ts';
import { roundService } from './rounds/service.ts';
import { realisedService } from './followup/realised/service.ts';
import { priceIndexService } from './price-indices/service.ts';
import { importOverviewService } from './imports/overview.ts';
import { importService } from './imports/service.ts';
import { loanService } from './followup/loans/service.ts';
import { DEFAULT_FOLLOW_UP, type FollowUpRules } from '../domain/followup/reminders.ts';
import { DEFAULT_FOLLOW_UP_SETTINGS } from '../domain/followup/realised-flags.ts';
import { frameService } from './followup/frames/service.ts';
import { goalService } from './followup/goals/service.ts';
import { reminderService } from './followup/reminders/service.ts';
import { proposalService } from './proposals/service.ts';
import { searchService } from './search/service.ts';
import { uploadWork, type UploadWork } from './work/index.ts';

/** The verbs the HTTP routes call; each route calls one. */
export function services(
  access: DataAccess,
  {
    auth = DEFAULT_AUTH,
    work = uploadWork(),
    clock = () => new Date(),
    followUp = DEFAULT_FOLLOW_UP,
  }: {
    auth?: AuthServiceOptions;
    work?: UploadWork;
    /** Now, for what is due and overdue; tests fix it. */
    clock?: () => Date;
    /** When reports fall due and how early reminders come (REPORT_DUE, REMINDER_LEAD_DAYS). */
    followUp?: FollowUpRules;
  } = {},
) {
  const proposalVerbs = proposalService(access);
  const decisions = decisionService(access);
  return {
    proposals: proposalVerbs,
    ...importService(access, proposalVerbs, work),
    ...importOverviewService(access),
    ...searchService(access),
    ...authServices(access, auth),
    ...auditService(access),
    ...workflowService(access),
    ...documentService(access, work),
    ...economicsService(access),
    ...priceIndexService(access),
    ...decisions,
    ...roundService(access),
    ...codeService(access),
    ...realisedService(access, work, {
      ...DEFAULT_FOLLOW_UP_SETTINGS,
      reportDueMonth: followUp.reportDue.month,
      reportDueDay: followUp.reportDue.day,
    }),
    ...portfolioService(access, decisions.listRoundDecisions),
    ...loanService(access, clock),
    ...frameService(access, clock),
    ...goalService(access, { clock, leadDays: followUp.leadDays }),
    ...reminderService(access, { clock, rules: followUp }),
    listAdministrations: () => access.reference.administrations(),
    listCommittees: () => access.reference.committees(),
    listRounds: () => access.reference.rounds(),
    listHearingBodies: () => access.reference.hearingBodies(),
    listSubmissionRules: () => access.reference.submissionRules(),
    checkHealth: () => access.ping(),
    /** Ends the worker threads that read uploads; the app calls it when it closes. */
    closeWork: () => work.close(),
    listComments: ({ proposalId, ...page }: PageQuery & { proposalId: string }) =>
      access.comments.list(proposalId, page),
    addComment: ({
      proposalId,
      user,
      body,
    }: {
      proposalId: string;
      user: SignedInUser;
      body: string;
    }) =>
      access.transaction(async (tx) => {
        const comment = await tx.comments.insert({
          proposalId,
          authorId: user.id,
          authorName: user.name,
          body,
        });
        await tx.audit.append(
          entityChanged({
            actor: user,
            action: 'comment.add',
            entity: { type: 'comment', id: comment.id },
            proposalId,
            details: { body },
          }),
        );
        return comment;
      }),
  };
}

export type Services = ReturnType<typeof services>;
