import type { PageQuery } from '../../shared/paging.ts';
import { entityChanged } from '../audit/entries.ts';
import type { ProposalContent } from '../../domain/proposal.ts';
import {
  possibleDuplicates,
  type PossibleDuplicate,
  type ProposalIdentity,
} from '../../domain/imports/duplicates.ts';
import type { AdministrationDirectory } from '../../import/administrations.ts';
import { COPENHAGEN_ADMINISTRATIONS } from '../../import/copenhagen.ts';
import { decodeText, isPdf } from '../../import/extract.ts';
import type { Unread } from '../../domain/import-findings.ts';
import { evaluateOrNull } from '../../domain/economics/index.ts';
import { correctedMismatches } from '../../domain/imports/mismatches.ts';
import { correctReading, type Corrected } from '../../domain/imports/corrections.ts';
import type { Kroner } from '../../domain/money.ts';
import type { SignedInUser } from '../auth/actor.ts';
import type { ImportedProposal } from '../../import/types.ts';
import type { AuditActor } from '../audit/entries.ts';
import type { DataAccess } from '../data-access.ts';
import {
  fail,
  ok,
  problemMessage,
  validationProblem,
  type Problem,
  type Result,
} from '../problems.ts';
import type { proposalService } from '../proposals/service.ts';
import { outcomeOf, type UploadWork } from '../work/index.ts';
import type {
  CorrectedFindings,
  ImportedEntryRecord,
  ImportedProposalRecord,
  ImportRecord,
  ProposalImportRecord,
} from './store.ts';
import { say, type Words } from '../words.ts';

// Importing a document: it is decoded and cut into proposals at once, so the answer can say how
// many there are; the proposals are then read a few at a time, each step on whichever server
// is asked, each proposal saved as a normal draft through the proposal service. A draft stays
// marked as imported until someone has reviewed and accepted it. Reading a PDF, cutting a
// document and reading its proposals run in worker threads (work/), bounded in time and memory,
// so a hostile or huge document never stalls the server.

/**
 * The mismatches and computed payback of a reading once corrected, so the import's page shows
 * them as they stand rather than as first read.
 */
function findingsAfter(
  content: ProposalContent,
  read: Pick<ImportedProposalRecord, 'mismatches' | 'computedPayback' | 'overviewLine'>,
): Omit<CorrectedFindings, 'corrections'> {
  const evaluation = evaluateOrNull(content.economy);
  return {
    mismatches: correctedMismatches({
      read: read.mismatches,
      stated: content.stated,
      evaluation,
      present: (mismatch) => mismatch,
      overview: read.overviewLine,
    }),
    computedPayback: evaluation?.payback ?? read.computedPayback,
  };
}

/** How long one step may keep reading before it answers with its progress. */
const STEP_BUDGET_MS = 250;
/** The worker's share of a step; saving what it read takes the rest, and what is not saved is read again. */
const READ_BUDGET_MS = STEP_BUDGET_MS / 2;

const notFound = (id: string): Problem => ({
  error: 'NotFound',
  message: say('problem.import.notFound', { id }),
});

/** A reading that may be a copy of a proposal in the system is not created without being told. */
export function heldProblem(duplicates: readonly PossibleDuplicate[]): Problem {
  const named = duplicates
    .map((d) => `${d.code ? `${d.code} ` : ''}"${d.title}" (${d.id})`)
    .join(', ');
  const message = say(duplicates.length === 1 ? 'issue.import.held' : 'issue.import.heldMany', {
    named,
  });
  return {
    error: 'Conflict',
    message: say('problem.fieldIssue', { field: 'createAnyway', issue: message }),
    issues: [{ field: 'createAnyway', message }],
  };
}

const unreadable = (message: Words): Problem => validationProblem([{ field: 'file', message }]);

export interface ImportedProposalView {
  record: ImportedProposalRecord;
  /** The draft's content, or the reading held while it may be a duplicate. */
  content: ProposalContent;
  source: { no: number; text: string }[];
  fileName: string;
}

/** What the reviewer does to one proposal read: its import, its position, and who. */
interface EntryAction {
  id: string;
  position: number;
  actor: AuditActor;
}

type ProposalVerbs = Pick<ReturnType<typeof proposalService>, 'create' | 'save'>;

export function importService(
  { imports, proposals, reference, transaction }: DataAccess,
  { create: createProposal, save: saveProposal }: ProposalVerbs,
  work: UploadWork,
) {
  /**
   * The forvaltninger the database knows, matched by their names and, for Copenhagen's, by
   * the former names older documents use.
   */
  async function directory(): Promise<AdministrationDirectory> {
    const known = await reference.administrations();
    return known.map(({ code, name }) => ({
      code,
      names: [name, ...(COPENHAGEN_ADMINISTRATIONS.find((a) => a.code === code)?.names ?? [])],
    }));
  }

  /** The content with references the database does not know taken out, and said so. */
  async function withKnownReferences(imported: ImportedProposal): Promise<ProposalContent> {
    const content = { ...imported.content };
    const { committee } = content;
    if (committee !== null && !(await reference.existingCommittees([committee])).has(committee)) {
      imported.unread.push({
        field: 'committee',
        reason: `Udvalget '${committee}' findes ikke i systemet`,
        excerpt: committee,
      });
      content.committee = null;
    }
    return content;
  }

  /**
   * The text of the import read last, kept for its next step rather than read again from the
   * database each time (a document's text never changes; it may be 20 MB).
   */
  let lastSource: { id: string; text: string; fromPdf: boolean } | null = null;
  async function sourceOf(id: string) {
    if (lastSource?.id !== id) lastSource = { id, ...(await imports.source(id))! };
    return lastSource;
  }

  /** The proposals already in the system that the reading may be a second copy of. */
  async function duplicatesOf(content: ProposalContent, round: string | null) {
    return possibleDuplicates({ ...content, round }, await imports.identities());
  }

  /**
   * Saves one proposal read: a draft, or held as a possible copy of one of `known` (the
   * proposals in the system, read once a step; the draft made here is added to them).
   */
  async function saveOne(
    imported: ImportedProposal,
    importId: string,
    position: number,
    actor: AuditActor,
    known: ProposalIdentity[],
  ): Promise<void> {
    const content = await withKnownReferences(imported);
    const round = imported.round?.short ?? null;
    const found = {
      importId,
      position,
      round,
      startLine: imported.source.startLine,
      endLine: imported.source.endLine,
      unread: imported.unread satisfies Unread[],
      mismatches: imported.mismatches,
      computedPayback: imported.computed?.payback ?? null,
      overviewLine: imported.overview,
    };
    // Asked before the new draft exists, so it never finds itself. A possible copy is held for
    // the reviewer to decide on, never created silently.
    const duplicates = possibleDuplicates({ ...content, round }, known);
    if (duplicates.length > 0) {
      await imports.addProposal({ ...found, proposalId: null, held: content, duplicates });
      return;
    }
    const created = await createProposal({ content, actor });
    // References were checked above; a refusal here is a fault of ours, not of the document.
    if (!created.ok)
      throw new Error(`Imported proposal refused: ${problemMessage(created.problem, 'da')}`);
    await imports.addProposal({ ...found, proposalId: created.value.id });
    known.push({ ...content, id: created.value.id, round });
  }

  /** The entry at a position, or why there is none. */
  async function entryAt(id: string, position: number): Promise<Result<ImportedProposalRecord>> {
    const record = await imports.find(id);
    if (!record) return fail(notFound(id));
    const entry = await imports.entry(id, position);
    if (entry) return ok(entry);
    return fail({
      error: 'NotFound',
      message:
        position < record.total
          ? say('problem.import.notReadYet', {
              n: position + 1,
              done: record.done,
              total: record.total,
            })
          : say('problem.import.noSuch', { total: record.total, n: position + 1 }),
    });
  }

  return {
    /** Decodes a document and finds its proposals; none is read yet. */
    async startImport({
      fileName,
      bytes,
      mimeType = '',
      actor,
    }: {
      fileName: string;
      bytes: Uint8Array;
      mimeType?: string;
      actor: AuditActor;
    }): Promise<Result<ImportRecord>> {
      if (!isPdf(bytes, fileName) && !/\.txt$/i.test(fileName) && !mimeType.startsWith('text/')) {
        return fail(unreadable(say('issue.import.fileType')));
      }
      let text: string;
      if (isPdf(bytes, fileName)) {
        const extracted = outcomeOf(
          await work.documents.run({ kind: 'pdf-text', bytes, maxPages: work.importMaxPages }),
          say('file.pdf'),
        );
        if (!extracted.ok) return fail(extracted.problem);
        text = extracted.value;
      } else {
        text = decodeText(bytes);
      }
      const prepared = outcomeOf(
        await work.documents.run({ kind: 'import-prepare', text }),
        say('file.document'),
      );
      if (!prepared.ok) return fail(prepared.problem);
      const id = await transaction(async (tx) => {
        const inserted = await tx.imports.insert({
          fileName,
          fromPdf: isPdf(bytes, fileName),
          // PostgreSQL text cannot hold NUL; a text document has no use for it either.
          sourceText: text.replaceAll('\u0000', ''),
          total: prepared.value.total,
          overview: prepared.value.overview,
        });
        await tx.audit.append(
          entityChanged({
            actor,
            action: 'import.upload',
            entity: { type: 'import', id: inserted },
            details: { fileName, bytes: bytes.byteLength },
          }),
        );
        return inserted;
      });
      return ok((await imports.find(id))!);
    },

    /**
     * Reads the next proposals of an import, for up to a quarter of a second, and answers how
     * far it has come. While another server is reading the same import, answers at once.
     */
    async readImportStep({
      id,
      actor,
    }: {
      id: string;
      actor: AuditActor;
    }): Promise<Result<ImportRecord>> {
      const before = await imports.find(id);
      if (!before) return fail(notFound(id));
      if (before.done >= before.total || !(await imports.lease(id))) return ok(before);
      try {
        const record = (await imports.find(id))!;
        const started = Date.now();
        const source = await sourceOf(id);
        const read = outcomeOf(
          await work.documents.run({
            kind: 'import-read',
            // An import's text never changes, so its id names it.
            key: id,
            text: source.text,
            from: record.done,
            budgetMs: READ_BUDGET_MS,
            options: { administrations: await directory(), positioned: source.fromPdf },
          }),
          say('file.proposalN', { n: record.done + 1 }),
        );
        if (!read.ok) return fail(read.problem);
        let position = record.done;
        const known = await imports.identities();
        for (const imported of read.value) {
          await saveOne(imported, id, position++, actor, known);
          if (Date.now() - started > STEP_BUDGET_MS) break;
        }
      } finally {
        await imports.release(id);
      }
      return ok((await imports.find(id))!);
    },

    async getImport({
      id,
    }: {
      id: string;
    }): Promise<Result<ImportRecord & { entries: ImportedEntryRecord[] }>> {
      const record = await imports.find(id);
      if (!record) return fail(notFound(id));
      return ok({ ...record, entries: await imports.entries(id) });
    },

    listImports: (page: PageQuery) => imports.list(page),

    async getImportedProposal({
      id,
      position,
    }: {
      id: string;
      position: number;
    }): Promise<Result<ImportedProposalView>> {
      const found = await entryAt(id, position);
      if (!found.ok) return fail(found.problem);
      const entry = found.value;
      const { fileName } = (await imports.find(id))!;
      const content = entry.held ?? (await proposals.find(entry.proposalId!))?.content;
      if (!content) return fail({ error: 'NotFound', message: say('problem.import.deleted') });
      const source = outcomeOf(
        await work.documents.run({
          kind: 'import-lines',
          text: (await sourceOf(id)).text,
          from: entry.startLine,
          to: entry.endLine,
        }),
        say('file.document'),
      );
      if (!source.ok) return fail(source.problem);
      return ok({ record: entry, content, fileName, source: source.value });
    },

    async importOfProposal({
      proposalId,
    }: {
      proposalId: string;
    }): Promise<Result<ProposalImportRecord>> {
      const found = await imports.ofProposal(proposalId);
      if (found) return ok(found);
      return fail({
        error: 'NotFound',
        message: say('problem.import.notImported', { id: proposalId }),
      });
    },

    /**
     * Makes a held reading a draft awaiting review. While it still looks like a proposal in the
     * system, only when the caller says to create it anyway; a draft already made is answered as
     * it is. The reviewer's corrections are applied first (a misread code may be what made it
     * look like a copy) and kept with the import.
     */
    async createHeldProposal({
      id,
      position,
      createAnyway,
      corrected,
      actor,
    }: EntryAction & {
      createAnyway: boolean;
      corrected?: Corrected<Kroner> | undefined;
    }): Promise<Result<{ proposalId: string }>> {
      const found = await entryAt(id, position);
      if (!found.ok) return fail(found.problem);
      const entry = found.value;
      if (entry.proposalId !== null) return ok({ proposalId: entry.proposalId });
      const result = correctReading(entry.held!, corrected ?? {});
      if (!result.ok) return fail(validationProblem([result]));
      const { content, corrections } = result;
      const findings = { corrections, ...findingsAfter(content, entry) };
      const duplicates = await duplicatesOf(content, entry.round);
      if (duplicates.length > 0 && !createAnyway) return fail(heldProblem(duplicates));
      const created = await createProposal({ content, actor });
      if (!created.ok) return fail(created.problem);
      const proposalId = created.value.id;
      await transaction(async (tx) => {
        await tx.imports.created(id, position, proposalId);
        await tx.imports.addCorrections(id, position, findings);
        await tx.audit.append(
          entityChanged({
            actor,
            action: 'import.create',
            entity: { type: 'import', id },
            proposalId,
            details: { position, duplicates: duplicates.map((d) => d.id) },
          }),
        );
      });
      return ok({ proposalId });
    },

    /** Leaves a held reading uncreated: the proposal is in the system already. */
    async skipHeldProposal({
      id,
      position,
      actor,
    }: EntryAction): Promise<Result<ImportedProposalRecord>> {
      const found = await entryAt(id, position);
      if (!found.ok) return fail(found.problem);
      if (found.value.proposalId !== null) {
        return fail(
          validationProblem([
            {
              field: 'position',
              message: say('issue.import.alreadyCreated', { n: position + 1 }),
            },
          ]),
        );
      }
      await transaction(async (tx) => {
        await tx.imports.skip(id, position);
        await tx.audit.append(
          entityChanged({
            actor,
            action: 'import.skip',
            entity: { type: 'import', id },
            details: { position, duplicates: found.value.duplicates.map((d) => d.id) },
          }),
        );
      });
      return ok((await imports.entry(id, position))!);
    },

    async acceptImportedProposal({
      id,
      position,
      actor,
      corrected,
    }: EntryAction & {
      actor: SignedInUser;
      /** What the reviewer corrected of the reading, amounts in kroner. */
      corrected?: Corrected<Kroner> | undefined;
    }): Promise<Result<ImportedProposalRecord>> {
      const found = await entryAt(id, position);
      if (!found.ok) return fail(found.problem);
      const { proposalId, acceptedAt } = found.value;
      if (proposalId === null) return fail(heldProblem(found.value.duplicates));
      let findings: CorrectedFindings = {
        corrections: [],
        mismatches: found.value.mismatches,
        computedPayback: found.value.computedPayback,
      };
      if (corrected && acceptedAt === null) {
        const current = await proposals.find(proposalId);
        if (!current) return fail({ error: 'NotFound', message: say('problem.import.deleted') });
        const result = correctReading(current.content, corrected);
        if (!result.ok) return fail(validationProblem([result]));
        findings = {
          corrections: result.corrections,
          ...findingsAfter(result.content, found.value),
        };
        if (findings.corrections.length > 0) {
          const saved = await saveProposal(actor, proposalId, {
            ...result.content,
            version: current.version,
          });
          if (!saved.ok) return fail(saved.problem);
        }
      }
      const accepted = await transaction(async (tx) => {
        await tx.imports.addCorrections(id, position, findings);
        const done = await tx.imports.accept(id, position);
        if (done) {
          await tx.audit.append(
            entityChanged({
              actor,
              action: 'import.accept',
              entity: { type: 'import', id },
              proposalId: done.proposalId ?? null,
              details: { position, corrections: findings.corrections.length },
            }),
          );
        }
        return done;
      });
      if (!accepted) {
        return fail({
          error: 'NotFound',
          message: say('problem.import.noneRead', { n: position + 1 }),
        });
      }
      return ok(accepted);
    },
  };
}
