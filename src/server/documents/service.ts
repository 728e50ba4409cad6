import type { DocumentNames } from '../../documents/proposal-docx.ts';
import { proposalDocx } from '../../documents/proposal-docx.ts';
import { roundOverviewDocx } from '../../documents/round-overview-docx.ts';
import { roundOverviewXlsx } from '../../documents/round-overview-xlsx.ts';
import { liveOverview, type LiveOverview } from '../../domain/rounds/overview.ts';
import { roundPriceLevel } from '../../domain/rounds/rules.ts';
import type { RoundRecord } from '../decisions/store.ts';
import { tabel1Xlsx } from '../../documents/tabel1-xlsx.ts';
import type { SignedInUser } from '../auth/actor.ts';
import type { DataAccess } from '../data-access.ts';
import { fail, ok, validationProblem, type Result } from '../problems.ts';
import { proposalRef } from '../proposals/policy.ts';
import { contentDisposition } from './download-name.ts';
import { documentPolicy } from './policy.ts';
import { outcomeOf, type UploadWork } from '../work/index.ts';
import { say } from '../words.ts';

// Proposals and rounds as Word and Excel files, and Tabel 1 read back from Excel. The files are
// built by the pure builders in src/documents from what the stores hold, for what the user
// who asks may read.

export interface DownloadFile {
  body: Buffer;
  disposition: string;
}

/** A proposal or round, and who asks for its file. */
interface Asked {
  id: string;
  user: SignedInUser;
}

const proposalNotFound = (id: string) =>
  fail<DownloadFile>({ error: 'NotFound', message: say('problem.proposal.notFound', { id }) });

export function documentService(
  { proposals, reference, documents, priceIndices, decisions }: DataAccess,
  work: UploadWork,
) {
  async function names(): Promise<DocumentNames> {
    const [administrations, committees, rounds] = await Promise.all([
      reference.administrations(),
      reference.committees(),
      reference.rounds(),
    ]);
    const named = (list: { code: string; name: string }[]) => {
      const byCode = new Map(list.map((x) => [x.code, x.name]));
      return (code: string) => {
        const name = byCode.get(code);
        return name ? `${name} (${code})` : code;
      };
    };
    const roundNames = new Map(rounds.map((r) => [r.id, r.name]));
    return {
      administration: named(administrations),
      committee: named(committees),
      round: (id) => roundNames.get(id) ?? id,
    };
  }

  /**
   * The round's live overview of what came in, at the p/l its money is paid in, under the rules
   * in force, over the proposals `user` may see in it.
   */
  async function roundOverview({
    id,
    user,
  }: Asked): Promise<Result<{ round: RoundRecord; overview: LiveOverview }>> {
    const round = await decisions.round(id);
    if (!round) return fail({ error: 'NotFound', message: say('problem.round.notFound', { id }) });
    const [rules, index, inRound] = await Promise.all([
      decisions.currentRules(id),
      priceIndices.index(),
      documents.roundProposals(id, (ref) => documentPolicy.inRoundOverview(user, ref)),
    ]);
    const level = { year: roundPriceLevel(round), index };
    return ok({ round, overview: liveOverview(inRound, level, rules) });
  }

  /** The proposal, if `user` may download it; one they may not see is answered as missing. */
  async function exportable(id: string, user: SignedInUser) {
    const found = await proposals.find(id);
    if (!found || !documentPolicy.exportProposal(user, proposalRef(found))) return null;
    return found;
  }

  return {
    async exportProposalDocx({ id, user }: Asked): Promise<Result<DownloadFile>> {
      const found = await exportable(id, user);
      if (!found) return proposalNotFound(id);
      const { content } = found;
      const origin = content.originProposalId
        ? await exportable(content.originProposalId, user)
        : null;
      const body = await proposalDocx({
        content,
        status: found.status,
        version: found.version,
        names: await names(),
        origin: origin
          ? [origin.content.code, origin.content.title].filter(Boolean).join(' ')
          : null,
      });
      return ok({ body, disposition: contentDisposition([content.code, content.title], 'docx') });
    },

    async exportTabel1Xlsx({ id, user }: Asked): Promise<Result<DownloadFile>> {
      const found = await exportable(id, user);
      if (!found) return proposalNotFound(id);
      const { content } = found;
      try {
        const body = await tabel1Xlsx({
          economy: content.economy,
          name: [content.code, content.title].filter(Boolean).join(' '),
        });
        const disposition = contentDisposition([content.code, 'Tabel 1', content.title], 'xlsx');
        return ok({ body, disposition });
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        return fail(
          validationProblem([
            {
              field: 'economy',
              message: say('issue.tabel1TooLarge'),
            },
          ]),
        );
      }
    },

    roundOverview,

    async exportRoundOverviewDocx({ id, user }: Asked): Promise<Result<DownloadFile>> {
      const found = await roundOverview({ id, user });
      if (!found.ok) return found;
      const { round, overview } = found.value;
      return ok({
        body: await roundOverviewDocx({ roundName: round.name, overview, names: await names() }),
        disposition: contentDisposition(['Oversigt', round.name], 'docx'),
      });
    },

    async exportRoundOverviewXlsx({ id, user }: Asked): Promise<Result<DownloadFile>> {
      const found = await roundOverview({ id, user });
      if (!found.ok) return found;
      const { round, overview } = found.value;
      return ok({
        body: await roundOverviewXlsx({ roundName: round.name, overview, names: await names() }),
        disposition: contentDisposition(['Oversigt', round.name], 'xlsx'),
      });
    },

    /** Read in a worker, after its archive passed the limits of xlsx-limits.ts. */
    importTabel1Xlsx: async ({ data }: { data: Uint8Array }) =>
      outcomeOf(
        await work.spreadsheets.run({ kind: 'tabel1-xlsx', bytes: data }),
        say('file.spreadsheet'),
      ),
  };
}
