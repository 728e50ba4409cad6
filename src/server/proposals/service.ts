import type { ProposalContent, ProposalKind } from '../../domain/proposal.ts';
import type { ApiIssue, ProposalSort } from '../../shared/api-schemas.ts';
import { proposalSaved, type AuditActor } from '../audit/entries.ts';
import type { DataAccess } from '../data-access.ts';
import { fail, ok, validationProblem, type Problem, type Result } from '../problems.ts';
import type {
  ProposalSummaryRecord,
  StoredProposal,
  UpdateOutcome,
  VersionRecord,
} from './store.ts';

// The proposal verbs. Drafts are saved whatever they hold (SPEC.md section 6), so the only
// content they refuse is a reference to something that does not exist.

export const notFound = (id: string): Problem => ({
  error: 'NotFound',
  message: `Der findes intet forslag med id '${id}'.`,
});

/** Someone saved since the client read `version`; nothing was written. */
export const staleVersion = (version: number, currentVersion: number): Problem => ({
  error: 'Conflict',
  message:
    `Forslaget er blevet ændret af en anden, siden du åbnede det (du har version ${version}, ` +
    `den gemte er version ${currentVersion}). Genindlæs forslaget, og indfør dine ændringer igen.`,
  currentVersion,
});

const danish = new Intl.Collator('da', { numeric: true });

type Compare = (a: ProposalSummaryRecord, b: ProposalSummaryRecord) => number;

const BY: Record<ProposalSort, Compare> = {
  code: (a, b) => danish.compare(a.code ?? '', b.code ?? ''),
  title: (a, b) => danish.compare(a.title, b.title),
  updatedAt: (a, b) => a.updatedAt.getTime() - b.updatedAt.getTime(),
  amount: (a, b) => a.totalImplementation - b.totalImplementation,
};

// Sorted here rather than in SQL: Danish collation (æ, ø, å after z; BC2 before BC10) is not
// available in every PostgreSQL build, PGlite's included, and a round holds a few hundred rows.
function sortSummaries(
  items: ProposalSummaryRecord[],
  sort: ProposalSort,
  order: 'asc' | 'desc',
): ProposalSummaryRecord[] {
  const direction = order === 'asc' ? 1 : -1;
  return items.sort(
    (a, b) =>
      // Proposals not yet given a code stay last whichever way the codes run.
      (sort === 'code' ? Number(a.code === null) - Number(b.code === null) : 0) ||
      direction * BY[sort](a, b) ||
      BY.title(a, b) ||
      a.id.localeCompare(b.id),
  );
}

export function proposalService({ proposals, reference, transaction }: DataAccess) {
  /** Every reference in `content` that names nothing, as issues on the field that holds it. */
  async function unknownReferences(content: ProposalContent, selfId?: string) {
    const issues: ApiIssue[] = [];
    const lead = content.leadAdministration;
    const affected = content.affectedAdministrations;
    const knownAdministrations = await reference.existingAdministrations(
      lead === null ? affected : [lead, ...affected],
    );
    if (lead !== null && !knownAdministrations.has(lead)) {
      issues.push({ field: 'leadAdministration', message: `ukendt forvaltning '${lead}'` });
    }
    affected.forEach((code, i) => {
      if (!knownAdministrations.has(code)) {
        issues.push({
          field: `affectedAdministrations.${i}`,
          message: `ukendt forvaltning '${code}'`,
        });
      }
    });
    if (content.committee !== null) {
      const known = await reference.existingCommittees([content.committee]);
      if (!known.has(content.committee)) {
        issues.push({ field: 'committee', message: `ukendt udvalg '${content.committee}'` });
      }
    }
    if (content.roundId !== null) {
      const known = await reference.existingRounds([content.roundId]);
      if (!known.has(content.roundId)) {
        issues.push({ field: 'roundId', message: `ukendt runde '${content.roundId}'` });
      }
    }
    const origin = content.originProposalId;
    if (origin !== null) {
      if (origin === selfId) {
        issues.push({
          field: 'originProposalId',
          message: 'et forslag kan ikke udspringe af sig selv',
        });
      } else if (!(await proposals.exists(origin))) {
        issues.push({ field: 'originProposalId', message: `ukendt forslag '${origin}'` });
      }
    }
    return issues;
  }

  return {
    // Every create and save writes its audit entry in the same transaction as the change.
    async createProposal({
      content,
      actor,
    }: {
      content: ProposalContent;
      actor: AuditActor;
    }): Promise<Result<StoredProposal>> {
      const issues = await unknownReferences(content);
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
    },

    /** Saves `content` as the next version, unless someone saved since `version` was read. */
    async updateProposal({
      id,
      version,
      content,
      actor,
    }: {
      id: string;
      version: number;
      content: ProposalContent;
      actor: AuditActor;
    }): Promise<Result<StoredProposal>> {
      const issues = await unknownReferences(content, id);
      if (issues.length > 0) return fail(validationProblem(issues));
      const saved = await transaction(async (tx): Promise<UpdateOutcome> => {
        const outcome = await tx.proposals.update(id, version, content);
        if (outcome.outcome !== 'updated') return outcome;
        const replaced = await tx.proposals.findVersion(id, version);
        if (!replaced) throw new Error(`proposal ${id} has no version ${version} to compare with`);
        await tx.audit.append(
          proposalSaved({
            actor,
            proposalId: id,
            version: outcome.proposal.version,
            before: replaced.content,
            after: content,
            fromState: replaced.status,
            toState: outcome.proposal.status,
          }),
        );
        return outcome;
      });
      switch (saved.outcome) {
        case 'updated':
          return ok(saved.proposal);
        case 'missing':
          return fail(notFound(id));
        case 'stale':
          return fail(staleVersion(version, saved.currentVersion));
      }
    },

    async getProposal({ id }: { id: string }): Promise<Result<StoredProposal>> {
      const found = await proposals.find(id);
      return found ? ok(found) : fail(notFound(id));
    },

    async listProposals({
      kind,
      administration,
      roundId,
      sort,
      order,
    }: {
      kind?: ProposalKind | undefined;
      administration?: string | undefined;
      roundId?: string | undefined;
      sort: ProposalSort;
      order: 'asc' | 'desc';
    }): Promise<ProposalSummaryRecord[]> {
      const items = await proposals.list({ kind, leadAdministration: administration, roundId });
      return sortSummaries(items, sort, order);
    },

    async listVersions({ id }: { id: string }): Promise<Result<VersionRecord[]>> {
      const versions = await proposals.listVersions(id);
      return versions.length > 0 ? ok(versions) : fail(notFound(id));
    },

    async getVersion({
      id,
      version,
    }: {
      id: string;
      version: number;
    }): Promise<Result<StoredProposal>> {
      const found = await proposals.findVersion(id, version);
      if (found) return ok(found);
      if (!(await proposals.exists(id))) return fail(notFound(id));
      return fail({ error: 'NotFound', message: `Forslaget har ingen version ${version}.` });
    },
  };
}
