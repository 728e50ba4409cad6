import { evaluateOrNull } from '../../domain/economics/index.ts';
import { sameRound, type ProposalIdentity } from '../../domain/imports/duplicates.ts';
import { linkedByCode } from '../../domain/imports/overview-links.ts';
import { kronerToThousands, type Kroner } from '../../domain/money.ts';
import { canKeepRounds } from '../../domain/workflow/permissions.ts';
import { compareWithOverview, type OverviewEntry } from '../../domain/imports/overview-line.ts';
import type {
  ImportOverviewOutput,
  OverviewRowOutput,
  readIntoRoundOutput,
} from '../../shared/import-overview-schema.ts';
import type { z } from 'zod';
import { entityChanged, placedFromOverview } from '../audit/entries.ts';
import { anyRole, type SignedInUser } from '../auth/actor.ts';
import type { DataAccess } from '../data-access.ts';
import { fail, ok, validationProblem, type Result } from '../problems.ts';
import { proposalPolicy, proposalRef } from '../proposals/policy.ts';
import type { StoredProposal } from '../proposals/store.ts';
import { presentMismatch } from '../../shared/import-schemas.ts';
import type { ImportOverviewRecord } from './store.ts';
import { say } from '../words.ts';

// A round's overview (bilag) read from a document is read into a round by the secretariat: its
// lines stand for the round's proposals by code, so the proposals already imported under those
// codes are placed in the round (each a new version, audited), and the round keeps the overview
// as the document stated it, beside what the proposals' own tables say. The links are looked up
// each time they are shown, so a proposal imported after the overview is found too.

type ReadIntoRound = z.output<typeof readIntoRoundOutput>;

const thousands = (value: Kroner | null) => (value === null ? null : kronerToThousands(value));

/** The rounds an overview's lines stand for: the one it names, and the one it was read into. */
function roundsOf(record: ImportOverviewRecord, readInto: string | null): (string | null)[] {
  const named = record.overview.round?.short ?? null;
  return readInto === null ? [named] : [named, readInto];
}

export function importOverviewService({ imports, proposals, reference, transaction }: DataAccess) {
  /** The line's proposals the user may see, each read once per view. */
  async function linksOf(
    entry: OverviewEntry,
    rounds: (string | null)[],
    known: readonly ProposalIdentity[],
    user: SignedInUser,
    read: Map<string, Promise<StoredProposal | null>>,
  ): Promise<StoredProposal[]> {
    const found = await Promise.all(
      linkedByCode(entry.code, rounds, known).map((identity) => {
        if (!read.has(identity.id)) read.set(identity.id, proposals.find(identity.id));
        return read.get(identity.id)!;
      }),
    );
    return found.filter(
      (p): p is StoredProposal => p !== null && proposalPolicy.read(user, proposalRef(p)),
    );
  }

  /** What every overview shown is linked against, read once however many are shown. */
  const linkContext = async () => {
    const [known, systemRounds] = await Promise.all([imports.identities(), reference.rounds()]);
    return { known, systemRounds };
  };

  async function present(
    record: ImportOverviewRecord,
    user: SignedInUser,
    { known, systemRounds }: Awaited<ReturnType<typeof linkContext>>,
  ): Promise<ImportOverviewOutput> {
    const { overview } = record;
    const into = systemRounds.find((round) => round.id === record.roundId) ?? null;
    const named = overview.round?.short ?? null;
    const suggested =
      named === null ? undefined : systemRounds.find((round) => sameRound(round.name, named));
    const rounds = roundsOf(record, into?.name ?? null);
    const read = new Map<string, Promise<StoredProposal | null>>();
    const lines = await Promise.all(
      overview.entries.map(async (entry): Promise<OverviewRowOutput> => {
        const linked = await linksOf(entry, rounds, known, user, read);
        const first = linked[0];
        const evaluation = first ? evaluateOrNull(first.content.economy) : null;
        return {
          code: entry.code,
          title: entry.title,
          committee: entry.committee,
          crossCutting: entry.crossCutting,
          service: thousands(entry.investment.service),
          anlaeg: thousands(entry.investment.anlaeg),
          investment: thousands(entry.investment.total),
          efficiency: thousands(entry.efficiency),
          payback: entry.payback,
          line: entry.line,
          proposals: linked.map((p) => ({
            id: p.id,
            code: p.content.code,
            title: p.content.title,
            roundId: p.content.roundId,
          })),
          mismatches: evaluation
            ? compareWithOverview(entry, overview, evaluation).map(presentMismatch)
            : [],
        };
      }),
    );
    return {
      importId: record.id,
      fileName: record.fileName,
      round: named,
      suggestedRoundId: suggested?.id ?? null,
      readInto:
        into && record.readAt
          ? { roundId: into.id, name: into.name, at: record.readAt.toISOString() }
          : null,
      priceLevelYear: overview.priceLevelYear,
      columns: overview.columns,
      lines,
      totals: Object.fromEntries(
        Object.entries(overview.totals).map(([column, value]) => [column, thousands(value)]),
      ),
      mismatches: overview.mismatches.map(presentMismatch),
      unread: overview.unread,
    };
  }

  return {
    /** The overview a document holds, as the import page shows it; null when it holds none. */
    async importOverview({
      id,
      user,
    }: {
      id: string;
      user: SignedInUser;
    }): Promise<Result<ImportOverviewOutput | null>> {
      if (!(await imports.find(id))) {
        return fail({ error: 'NotFound', message: say('problem.import.notFound', { id }) });
      }
      const record = await imports.overview(id);
      return ok(record && (await present(record, user, await linkContext())));
    },

    /** The overviews read into a round, with the proposals the user may see. */
    async roundImportedOverviews({
      roundId,
      user,
    }: {
      roundId: string;
      user: SignedInUser;
    }): Promise<Result<ImportOverviewOutput[]>> {
      if (!(await reference.existingRounds([roundId])).has(roundId)) {
        return fail({ error: 'NotFound', message: say('problem.round.notFound', { id: roundId }) });
      }
      const records = await imports.overviewsOfRound(roundId);
      const context = await linkContext();
      return ok(await Promise.all(records.map((record) => present(record, user, context))));
    },

    /**
     * Reads a document's overview into a round: the proposals its lines name by code, in no
     * round yet, are placed in it. One in another round is left there and named in the answer.
     * Reading it into the same round again places what has been imported since.
     */
    async readOverviewIntoRound({
      id,
      roundId,
      user,
    }: {
      id: string;
      roundId: string;
      user: SignedInUser;
    }): Promise<Result<ReadIntoRound>> {
      if (!anyRole(user, canKeepRounds)) {
        return fail({
          error: 'Forbidden',
          message: say('problem.overview.forbidden'),
        });
      }
      if (!(await imports.find(id))) {
        return fail({ error: 'NotFound', message: say('problem.import.notFound', { id }) });
      }
      const record = await imports.overview(id);
      if (!record) {
        return fail(validationProblem([{ field: 'id', message: say('issue.overview.none') }]));
      }
      const systemRounds = await reference.rounds();
      const round = systemRounds.find((r) => r.id === roundId);
      if (!round) {
        return fail(
          validationProblem([
            { field: 'roundId', message: say('issue.unknownRound', { id: roundId }) },
          ]),
        );
      }
      const readElsewhere = (other: string | null): Result<ReadIntoRound> => {
        const earlier = systemRounds.find((r) => r.id === other)?.name ?? other;
        const message = say('issue.overview.elsewhere', { round: earlier ?? '' });
        return fail({
          error: 'Conflict',
          message: say('problem.fieldIssue', { field: 'roundId', issue: message }),
          issues: [{ field: 'roundId', message }],
        });
      };
      if (record.roundId !== null && record.roundId !== roundId) {
        return readElsewhere(record.roundId);
      }
      const known = await imports.identities();
      const rounds = roundsOf(record, round.name);
      const linked = new Map(
        record.overview.entries.flatMap((entry) =>
          linkedByCode(entry.code, rounds, known).map((p) => [p.id, entry.code] as const),
        ),
      );
      const done = await transaction(async (tx) => {
        // First, so its lock orders two readings of the same overview.
        if (!(await tx.imports.readOverviewInto(id, roundId))) return null;
        const placed: string[] = [];
        const elsewhere: ReadIntoRound['elsewhere'] = [];
        for (const [proposalId, code] of linked) {
          const current = await tx.proposals.lock(proposalId);
          if (!current || current.content.roundId === roundId) continue;
          if (current.content.roundId !== null) {
            const { title, roundId: other } = current.content;
            elsewhere.push({ id: proposalId, code: current.content.code, title, roundId: other });
            continue;
          }
          const content = { ...current.content, roundId };
          const saved = await tx.proposals.update({
            id: proposalId,
            version: current.version,
            content,
            before: current.content,
          });
          if (saved.outcome !== 'updated') continue;
          await tx.audit.append(
            placedFromOverview(
              {
                actor: user,
                proposalId,
                version: saved.proposal.version,
                before: current.content,
                after: content,
                fromState: current.status,
                toState: current.status,
              },
              `${code} i oversigten i ${record.fileName}`,
            ),
          );
          placed.push(proposalId);
        }
        await tx.audit.append(
          entityChanged({
            actor: user,
            action: 'import.overview',
            entity: { type: 'import', id },
            details: { roundId, placed, elsewhere: elsewhere.map((p) => p.id) },
          }),
        );
        return { placed, elsewhere };
      });
      const now = (await imports.overview(id))!;
      if (!done) return readElsewhere(now.roundId);
      return ok({ ...(await present(now, user, await linkContext())), ...done });
    },
  };
}
