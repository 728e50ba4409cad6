import { evaluateOrNull } from '../../domain/economics/index.ts';
import type { ProposalContent, ProposalKind } from '../../domain/proposal.ts';
import {
  ruleBreaches,
  validateProposal,
  type BreachRuleId,
} from '../../domain/validation/index.ts';
import type { ProposalRef } from '../../domain/workflow/decide.ts';
import { keepRecorded } from '../../domain/workflow/recorded.ts';
import { canCreateAny } from '../../domain/workflow/permissions.ts';
import { viewScope, waitScope } from '../../domain/workflow/index.ts';
import type { ProposalSort } from '../../shared/api-schemas.ts';
import type { Page, PageQuery, TimePageQuery } from '../../shared/paging.ts';
import type { proposalUpdateInput } from '../../shared/proposal-schema.ts';
import type { z } from 'zod';
import { actorsOf, anyRole, type SignedInUser } from '../auth/actor.ts';
import { proposalSaved, type AuditActor } from '../audit/entries.ts';
import type { DataAccess } from '../data-access.ts';
import {
  fail,
  ok,
  validationProblem,
  type Problem,
  type ProblemIssue,
  type Result,
} from '../problems.ts';
import { say } from '../words.ts';
import { proposalPolicy, proposalRef } from './policy.ts';
import type { ProposalPageQuery, StoredProposal, VersionRecord } from './store.ts';
import { submissionRulesFor } from '../rules/judging.ts';

type Check = (user: SignedInUser, proposal: ProposalRef) => boolean;
/** A save as the route parsed it: amounts in kroner, the version it builds on. */
type SaveBody = z.output<typeof proposalUpdateInput>;

const moveRefused: Problem = {
  error: 'Forbidden',
  message: say('problem.proposal.move'),
};
const forbidden: Problem = {
  error: 'Forbidden',
  message: say('problem.proposal.forbidden'),
};

// The proposal verbs. Drafts are saved whatever they hold (SPEC.md section 6), so the only
// content they refuse is a reference to something that does not exist.

export const notFound = (id: string): Problem => ({
  error: 'NotFound',
  message: say('problem.proposal.notFound', { id }),
});

/** Someone saved since the client read `version`; nothing was written. */
export const staleVersion = (version: number, currentVersion: number): Problem => ({
  error: 'Conflict',
  message: say('problem.proposal.stale', { version, currentVersion }),
  currentVersion,
});

export function proposalService(access: DataAccess) {
  const { proposals, reference, transaction, answers } = access;
  /**
   * A page as pageJson writes it, kept while no proposal changes (db/answers.ts); `asOf` is the
   * data version the request read with its session, as in every verb below that takes it.
   */
  const pageAnswer = (query: ProposalPageQuery, asOf?: number | null) =>
    answers.text(`proposals ${JSON.stringify(query)}`, () => proposals.pageJson(query), asOf);
  /** Every reference in `content` that names nothing, as issues on the field that holds it. */
  async function unknownReferences(
    { reference, proposals }: Pick<DataAccess, 'reference' | 'proposals'>,
    content: ProposalContent,
    selfId?: string,
  ) {
    const issues: ProblemIssue[] = [];
    const lead = content.leadAdministration;
    const affected = content.affectedAdministrations;
    const knownAdministrations = await reference.existingAdministrations(
      lead === null ? affected : [lead, ...affected],
    );
    if (lead !== null && !knownAdministrations.has(lead)) {
      issues.push({
        field: 'leadAdministration',
        message: say('issue.unknownAdministration', { code: lead }),
      });
    }
    affected.forEach((code, i) => {
      if (!knownAdministrations.has(code)) {
        issues.push({
          field: `affectedAdministrations.${i}`,
          message: say('issue.unknownAdministration', { code }),
        });
      }
    });
    if (content.committee !== null) {
      const known = await reference.existingCommittees([content.committee]);
      if (!known.has(content.committee)) {
        issues.push({
          field: 'committee',
          message: say('issue.unknownCommittee', { code: content.committee }),
        });
      }
    }
    if (content.roundId !== null) {
      const known = await reference.existingRounds([content.roundId]);
      if (!known.has(content.roundId)) {
        issues.push({
          field: 'roundId',
          message: say('issue.unknownRound', { id: content.roundId }),
        });
      }
    }
    const origin = content.originProposalId;
    if (origin !== null) {
      if (origin === selfId) {
        issues.push({
          field: 'originProposalId',
          message: say('issue.ownOrigin'),
        });
      } else if (!(await proposals.exists(origin))) {
        issues.push({
          field: 'originProposalId',
          message: say('issue.unknownProposal', { id: origin }),
        });
      }
    }
    return issues;
  }

  /** Why `user` may not do `may` with the proposal, or null; one they may not see is missing. */
  function refused(
    user: SignedInUser,
    id: string,
    ref: ProposalRef | null,
    may: Check,
  ): Problem | null {
    if (!ref || !proposalPolicy.read(user, ref)) return notFound(id);
    return may(user, ref) ? null : forbidden;
  }

  // Every create and save writes its audit entry in the same transaction as the change.
  /** Creates a proposal whose access was settled elsewhere: an import, the demo data. */
  async function create({
    content,
    actor,
  }: {
    content: ProposalContent;
    actor: AuditActor;
  }): Promise<Result<StoredProposal>> {
    const issues = await unknownReferences({ reference, proposals }, content);
    if (issues.length > 0) return fail(validationProblem(issues));
    const created = await transaction(async (tx) => {
      const stored = await tx.proposals.insert(content);
      await tx.audit.append(
        proposalSaved({
          actor,
          proposalId: stored.id,
          version: stored.version,
          before: null,
          after: content,
          fromState: null,
          toState: stored.status,
        }),
      );
      return stored;
    });
    return ok(created);
  }

  return {
    /**
     * Why `user` may not do `may` with proposal `id`, or null when they may: one indexed read of
     * the proposal's status and forvaltning. A proposal they may not see answers 404, as if it
     * did not exist, so its existence does not leak; one they see but may not act on, 403.
     */
    async refusal(user: SignedInUser, id: string, may: Check = proposalPolicy.read) {
      return refused(user, id, await proposals.refOf(id), may);
    },

    /** Creates a proposal as a user may, from the form or the API. */
    async createAs(user: SignedInUser, content: ProposalContent) {
      if (!proposalPolicy.create(user, content.leadAdministration)) {
        return fail<StoredProposal>({
          error: 'Forbidden',
          // A reader or a hearing body creates nothing; an author only in their own forvaltning.
          message: anyRole(user, canCreateAny)
            ? say('problem.proposal.createOwnOnly')
            : say('problem.proposal.createNone'),
        });
      }
      const recorded = proposalPolicy.recordedChange(user, null, content);
      return recorded ? fail<StoredProposal>(recorded) : create({ content, actor: user });
    },

    create,

    /**
     * Saves what the user sent as the next version, unless someone saved since `version` was
     * read. The proposal is read once, locked, in the saving transaction: the access check, what
     * the workflow records and the audit entry's comparison all look at that one read.
     */
    async save(user: SignedInUser, id: string, body: SaveBody): Promise<Result<StoredProposal>> {
      const { version, code, roundId, financeApproval, hearings, ...rest } = body;
      return transaction(async (tx): Promise<Result<StoredProposal>> => {
        const current = await tx.proposals.lock(id);
        const problem =
          refused(user, id, current && proposalRef(current), proposalPolicy.update) ??
          (proposalPolicy.move(user, rest.leadAdministration) ? null : moveRefused);
        if (problem || !current) return fail(problem ?? notFound(id));
        const content = {
          ...rest,
          ...keepRecorded(current.content, { code, roundId, financeApproval, hearings }),
        };
        const issues = await unknownReferences(tx, content, id);
        if (issues.length > 0) return fail(validationProblem(issues));
        if (current.version !== version) return fail(staleVersion(version, current.version));
        const recorded = proposalPolicy.recordedChange(user, current.content, content);
        if (recorded) return fail(recorded);
        const saved = await tx.proposals.update({
          id,
          version,
          content,
          before: current.content,
        });
        if (saved.outcome !== 'updated') throw new Error(`locked proposal ${id} not saved`);
        await tx.audit.append(
          proposalSaved({
            actor: user,
            proposalId: id,
            version: saved.proposal.version,
            before: current.content,
            after: content,
            fromState: current.status,
            toState: saved.proposal.status,
          }),
        );
        return ok(saved.proposal);
      });
    },

    /**
     * The proposal as it is now, if `user` may see it, as `write` writes it (the API's JSON).
     * The writing is kept while no proposal changes (db/answers.ts), with what access to the
     * proposal depends on, so each user is still checked against the proposal as it is.
     */
    async read(
      user: SignedInUser,
      id: string,
      write: (found: StoredProposal) => string,
      asOf?: number | null,
    ): Promise<Result<string>> {
      const kept = await answers.answer(
        `proposal ${id}`,
        async () => {
          const found = await proposals.find(id);
          return found && { ref: proposalRef(found), text: write(found) };
        },
        (written) => written?.text.length ?? 0,
        asOf,
      );
      const problem = refused(user, id, kept?.ref ?? null, proposalPolicy.read);
      return problem || !kept ? fail(problem ?? notFound(id)) : ok(kept.text);
    },

    /**
     * A page of the proposals `user` may see (proposalPolicy.read), filtered and sorted, as the
     * API answers it: JSON written by the database (see the store's pageJson).
     */
    async list(
      user: SignedInUser,
      {
        kind,
        administration,
        roundId,
        ...order
      }: PageQuery & {
        kind?: ProposalKind | undefined;
        administration?: string | undefined;
        roundId?: string | undefined;
        sort: ProposalSort;
        order: 'asc' | 'desc';
      },
      asOf?: number | null,
    ): Promise<string> {
      return pageAnswer(
        {
          filter: { kind, leadAdministration: administration, roundId },
          visible: actorsOf(user).map(viewScope),
          ...order,
        },
        asOf,
      );
    },

    /** A page of what waits for `user` (the inbox's policy), last changed first, as JSON. */
    async inbox(user: SignedInUser, page: PageQuery, asOf?: number | null): Promise<string> {
      const actors = actorsOf(user);
      return pageAnswer(
        {
          filter: {},
          visible: actors.map(viewScope),
          waiting: actors.map(waitScope),
          sort: 'updatedAt',
          order: 'desc',
          ...page,
        },
        asOf,
      );
    },

    /**
     * Of the proposals `ids`, those `user` may see whose figures break a blocking rule, with the
     * rules they break: the list's mark. One the user may not see is left out, as if unknown.
     */
    async ruleBreaches(
      user: SignedInUser,
      ids: readonly string[],
    ): Promise<{ id: string; rules: BreachRuleId[] }[]> {
      const found = await proposals.findMany(ids);
      const rulesFor = await submissionRulesFor(access);
      return found.flatMap((p) => {
        if (!proposalPolicy.read(user, proposalRef(p))) return [];
        const evaluation = evaluateOrNull(p.content.economy);
        const issues = evaluation
          ? validateProposal(p.content, rulesFor(p.content), evaluation)
          : [];
        const rules = ruleBreaches(issues);
        return rules.length > 0 ? [{ id: p.id, rules }] : [];
      });
    },

    async versions(
      user: SignedInUser,
      id: string,
      page: TimePageQuery,
    ): Promise<Result<Page<VersionRecord>>> {
      const problem = refused(user, id, await proposals.refOf(id), proposalPolicy.read);
      return problem ? fail(problem) : ok(await proposals.listVersions(id, page));
    },

    async version(
      user: SignedInUser,
      id: string,
      version: number,
    ): Promise<Result<StoredProposal>> {
      const problem = refused(user, id, await proposals.refOf(id), proposalPolicy.read);
      if (problem) return fail(problem);
      const found = await proposals.findVersion(id, version);
      if (found) return ok(found);
      return fail({ error: 'NotFound', message: say('problem.proposal.noVersion', { version }) });
    },
  };
}

export type ProposalService = ReturnType<typeof proposalService>;
