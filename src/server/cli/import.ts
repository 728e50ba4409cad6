// npx tsx src/server/cli/import.ts (npm run import --) [--json | --overview] [--save] FILE
// Reads the proposals in a text or PDF document and prints them: a summary per proposal,
// or with --json an array with the figures of Tabel 1 in thousands of kroner, as the economics
// API takes them; --overview prints the round's overview (bilag) the document holds. --save also stores them as drafts awaiting review, in the database the app
// is configured with (DATA_DIR or DATABASE_URL), as an upload in the web app would. Exits with 1
// when the file cannot be read at all or cannot be saved.
import { problemMessage } from '../problems.ts';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COPENHAGEN_ADMINISTRATIONS } from '../../import/copenhagen.ts';
import { ExtractionError, extractText, isPdf } from '../../import/extract.ts';
import { importDocument } from '../../import/import-document.ts';
import { extractPdfText } from '../../import/pdf.ts';
import type { RoundOverview } from '../../import/overview.ts';
import { presentOverview, presentProposal } from '../../import/present.ts';
import type { ImportedProposal } from '../../import/types.ts';
import type { Services } from '../services.ts';

function overviewSummary(overview: RoundOverview): string {
  const lines = [
    `Oversigt ${overview.round?.short ?? '(ukendt runde)'}: ${overview.entries.length} forslag`,
    ...overview.entries.map(
      (entry) =>
        `  ${entry.code}${entry.crossCutting ? '*' : ''} ${entry.title} (${entry.committee ?? 'intet udvalg'})`,
    ),
  ];
  for (const m of overview.mismatches) {
    lines.push(`  afviger: ${m.field}: angivet ${m.stated ?? '-'}, beregnet ${m.computed ?? '-'}`);
  }
  for (const u of overview.unread) lines.push(`  ikke læst: ${u.reason}: ${u.excerpt}`);
  return lines.join('\n');
}

function summary(proposal: ImportedProposal): string {
  const { content } = proposal;
  const lines = [
    `${content.code ?? '(uden kode)'} ${content.title}`,
    `  ${content.kind}, ${content.leadAdministration ?? 'ukendt forvaltning'}, ` +
      `${proposal.round?.short ?? 'ukendt runde'}, ${content.economy.priceLevelYear ?? '?'} p/l`,
    `  Tabel 1: ${content.economy.rows.length} rækker, ${content.economy.years.join('-')}` +
      `; tilbagebetaling angivet ${proposal.stated.payback.total ?? '-'}, ` +
      `beregnet ${proposal.computed?.payback.total ?? '-'}`,
  ];
  for (const m of proposal.mismatches) {
    lines.push(`  afviger: ${m.field}: angivet ${m.stated ?? '-'}, beregnet ${m.computed ?? '-'}`);
  }
  for (const u of proposal.unread) lines.push(`  ikke læst: ${u.field}: ${u.reason}`);
  return lines.join('\n');
}

/** The import verbs of the app, over its database, for --save. */
export interface SavingServices {
  services: Pick<Services, 'startImport' | 'readImportStep' | 'getImport'>;
  close(): Promise<void>;
}

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  out(text: string): void;
  err(text: string): void;
  openServices(): Promise<SavingServices>;
}

/** Pause before asking again while another process holds the import's lease. */
const LEASE_WAIT_MS = 200;

/** Saves the document through the app's import service; the message says where it went. */
async function save(
  bytes: Uint8Array,
  fileName: string,
  io: CliIo,
): Promise<{ ok: true; message: string } | { ok: false; message: string }> {
  const { services, close } = await io.openServices();
  try {
    const started = await services.startImport({ fileName, bytes, actor: 'system' });
    if (!started.ok) return { ok: false, message: problemMessage(started.problem, 'da') };
    let progress = started.value;
    while (progress.done < progress.total) {
      const step = await services.readImportStep({ id: progress.id, actor: 'system' });
      if (!step.ok) return { ok: false, message: problemMessage(step.problem, 'da') };
      if (step.value.done === progress.done) {
        await new Promise((resolve) => setTimeout(resolve, LEASE_WAIT_MS));
      }
      progress = step.value;
    }
    const found = await services.getImport({ id: progress.id });
    const held = found.ok ? found.value.entries.filter((e) => e.proposalId === null).length : 0;
    const copies =
      held === 0
        ? ''
        : `; ${held} ligner forslag, der findes, og er ikke oprettet, før det besluttes i gennemsynet`;
    return {
      ok: true,
      message: `Gemt som kladder til gennemsyn: ${progress.done - held} forslag${copies} (indlæsning ${progress.id})`,
    };
  } finally {
    await close();
  }
}

export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const store = args.includes('--save');
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (files.length !== 1) {
    io.err('Brug: npm run import -- [--json | --overview] [--save] FIL');
    return 1;
  }
  const file = files[0]!;
  let bytes: Uint8Array;
  let text: string;
  try {
    bytes = await io.readFile(file);
    text = await extractText(bytes, file, extractPdfText);
  } catch (error) {
    const reason =
      error instanceof ExtractionError
        ? error.message
        : (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'filen findes ikke'
          : (error as Error).message;
    io.err(`Kan ikke læse ${file}: ${reason}`);
    return 1;
  }
  const result = importDocument(text, {
    administrations: COPENHAGEN_ADMINISTRATIONS,
    positioned: isPdf(bytes, file),
  });
  if (!result.ok) {
    io.err(`Kan ikke læse ${file}: ${result.error.message}`);
    return 1;
  }
  if (args.includes('--overview')) {
    io.out(JSON.stringify(result.overview && presentOverview(result.overview), null, 2));
  } else if (json) {
    io.out(JSON.stringify(result.proposals.map(presentProposal), null, 2));
  } else {
    const parts = result.proposals.map(summary);
    if (result.overview) parts.unshift(overviewSummary(result.overview));
    io.out(parts.join('\n\n'));
  }
  if (!store) return 0;
  const saved = await save(bytes, basename(file), io).catch((error: unknown) => ({
    ok: false as const,
    message: (error as Error).message,
  }));
  // On stderr, so that --json --save still prints nothing but the JSON on stdout.
  io.err(saved.ok ? saved.message : `Kan ikke gemme ${file}: ${saved.message}`);
  return saved.ok ? 0 : 1;
}

/**
 * The app's one composition, as the server has it, without the HTTP part. Loaded only for
 * --save, so that reading a document does not start a database driver.
 */
async function openAppServices(): Promise<SavingServices> {
  const { loadConfig } = await import('../config.ts');
  const { compose } = await import('../compose.ts');
  return compose(loadConfig(process.env));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runCli(process.argv.slice(2), {
    readFile: (path) => readFile(path),
    out: (text) => process.stdout.write(text + '\n'),
    err: (text) => process.stderr.write(text + '\n'),
    openServices: openAppServices,
  });
}
