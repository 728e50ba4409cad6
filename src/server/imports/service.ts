import type { ProposalContent } from '../../domain/proposal.ts';
import type { AdministrationDirectory } from '../../import/administrations.ts';
import { COPENHAGEN_ADMINISTRATIONS } from '../../import/copenhagen.ts';
import { ExtractionError, extractText, isPdf } from '../../import/extract.ts';
import {
  importSegment,
  prepareDocument,
  type ImportOptions,
} from '../../import/import-document.ts';
import { normaliseDocument, toLines } from '../../import/lines.ts';
import { extractPdfText } from '../../import/pdf.ts';
import type { Unread } from '../../domain/import-findings.ts';
import type { ImportedProposal } from '../../import/types.ts';
import type { AuditActor } from '../audit/entries.ts';
import type { DataAccess } from '../data-access.ts';
import { fail, ok, validationProblem, type Problem, type Result } from '../problems.ts';
import type { proposalService } from '../proposals/service.ts';
import type { StoredProposal } from '../proposals/store.ts';
import type {
  ImportedEntryRecord,
  ImportedProposalRecord,
  ImportRecord,
  ProposalImportRecord,
} from './store.ts';

// Importing a document: it is decoded and cut into proposals at once, so the answer can say how
// many there are; the proposals are then read a few at a time, each step on whichever server
// is asked, each proposal saved as a normal draft through the proposal service. A draft stays
// marked as imported until someone has reviewed and accepted it.

/** How long one step may keep reading before it answers with its progress. */
const STEP_BUDGET_MS = 250;

const notFound = (id: string): Problem => ({
  error: 'NotFound',
  message: `Der findes ingen indlæsning med id '${id}'.`,
});

const unreadable = (message: string): Problem => validationProblem([{ field: 'file', message }]);

export interface ImportedProposalView {
  record: ImportedProposalRecord;
  proposal: StoredProposal;
  source: { no: number; text: string }[];
  fileName: string;
}

type CreateProposal = ReturnType<typeof proposalService>['createProposal'];

export function importService(
  { imports, proposals, reference }: DataAccess,
  { createProposal }: { createProposal: CreateProposal },
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

  async function readOne(
    document: Extract<ReturnType<typeof prepareDocument>, { ok: true }>['document'],
    importId: string,
    position: number,
    options: ImportOptions,
    actor: AuditActor,
  ): Promise<void> {
    const imported = importSegment(document, position, options);
    const content = await withKnownReferences(imported);
    const created = await createProposal({ content, actor });
    // References were checked above; a refusal here is a fault of ours, not of the document.
    if (!created.ok) throw new Error(`Imported proposal refused: ${created.problem.message}`);
    await imports.addProposal({
      importId,
      position,
      proposalId: created.value.id,
      startLine: imported.source.startLine,
      endLine: imported.source.endLine,
      unread: imported.unread satisfies Unread[],
      mismatches: imported.mismatches,
      computedPayback: imported.computed?.payback ?? null,
    });
  }

  return {
    /** Decodes a document and finds its proposals; none is read yet. */
    async startImport({
      fileName,
      bytes,
      mimeType = '',
    }: {
      fileName: string;
      bytes: Uint8Array;
      mimeType?: string;
    }): Promise<Result<ImportRecord>> {
      if (!isPdf(bytes, fileName) && !/\.txt$/i.test(fileName) && !mimeType.startsWith('text/')) {
        return fail(unreadable('kun PDF- og tekstfiler (.pdf, .txt) kan indlæses'));
      }
      let text: string;
      try {
        text = await extractText(bytes, fileName, extractPdfText);
      } catch (error) {
        if (error instanceof ExtractionError) return fail(unreadable(error.message));
        throw error;
      }
      const prepared = prepareDocument(text);
      if (!prepared.ok) return fail(unreadable(prepared.error.message));
      const id = await imports.insert({
        fileName,
        fromPdf: isPdf(bytes, fileName),
        // PostgreSQL text cannot hold NUL; a text document has no use for it either.
        sourceText: text.replaceAll('\u0000', ''),
        total: prepared.document.split.segments.length,
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
        const source = (await imports.source(id))!;
        const prepared = prepareDocument(source.text);
        if (!prepared.ok) throw new Error(`Stored import ${id} no longer reads`);
        const options = { administrations: await directory(), positioned: source.fromPdf };
        const started = Date.now();
        for (let position = record.done; position < record.total; position++) {
          await readOne(prepared.document, id, position, options, actor);
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

    listImports: () => imports.list(50),

    async getImportedProposal({
      id,
      position,
    }: {
      id: string;
      position: number;
    }): Promise<Result<ImportedProposalView>> {
      const record = await imports.find(id);
      if (!record) return fail(notFound(id));
      const entry = await imports.entry(id, position);
      if (!entry) {
        return fail({
          error: 'NotFound',
          message:
            position < record.total
              ? `Forslag ${position + 1} er ikke læst endnu (${record.done} af ${record.total} er læst).`
              : `Indlæsningen har ${record.total} forslag; der er intet forslag ${position + 1}.`,
        });
      }
      const proposal = await proposals.find(entry.proposalId);
      if (!proposal) return fail({ error: 'NotFound', message: 'Forslaget er slettet.' });
      const lines = toLines(normaliseDocument((await imports.source(id))!.text));
      return ok({
        record: entry,
        proposal,
        fileName: record.fileName,
        source: lines
          .slice(entry.startLine - 1, entry.endLine)
          .map((line) => ({ no: line.no, text: line.raw })),
      });
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
        message: `Forslaget med id '${proposalId}' er ikke indlæst fra et dokument.`,
      });
    },

    async acceptImportedProposal({
      id,
      position,
    }: {
      id: string;
      position: number;
    }): Promise<Result<ImportedProposalRecord>> {
      if (!(await imports.find(id))) return fail(notFound(id));
      const accepted = await imports.accept(id, position);
      if (!accepted) {
        return fail({
          error: 'NotFound',
          message: `Indlæsningen har intet læst forslag ${position + 1}.`,
        });
      }
      return ok(accepted);
    },
  };
}
