// npx tsx src/import/cli.ts [--json] FILE
// Reads the proposals in a text or PDF document and prints them: a summary per proposal,
// or with --json an array with the figures of Tabel 1 in thousands of kroner, as the economics
// API takes them. Exits with 1 when the file cannot be read at all.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { kronerToThousands, type Kroner } from '../domain/money.ts';
import { COPENHAGEN_ADMINISTRATIONS } from './copenhagen.ts';
import { ExtractionError, extractText } from './extract.ts';
import { importDocument } from './import-document.ts';
import { extractPdfText } from './pdf.ts';
import type { ImportedProposal } from './types.ts';

const thousands = (value: Kroner | null) => (value === null ? null : kronerToThousands(value));

/** The JSON shape the CLI prints for one proposal. */
export function presentProposal(proposal: ImportedProposal) {
  const { content, stated, computed, mismatches } = proposal;
  return {
    code: content.code,
    title: content.title,
    kind: content.kind,
    leadAdministration: content.leadAdministration,
    affectedAdministrations: content.affectedAdministrations,
    round: proposal.round?.short ?? null,
    priceLevelYear: content.economy.priceLevelYear,
    years: content.economy.years,
    rows: content.economy.rows.map((row) => ({
      label: row.label,
      section: row.section,
      area: row.area,
      values: row.values.map(thousands),
    })),
    stated: {
      payback: stated.payback,
      totals: stated.totals.map((total) => ({
        label: total.label,
        values: total.values.map(thousands),
      })),
    },
    computed: { payback: computed?.payback ?? { service: null, total: null } },
    mismatches: mismatches.map((m) => ({
      field: m.field,
      stated: m.unit === 'kroner' ? thousands(m.stated as Kroner | null) : m.stated,
      computed: m.unit === 'kroner' ? thousands(m.computed as Kroner | null) : m.computed,
    })),
    unread: proposal.unread,
  };
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

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  out(text: string): void;
  err(text: string): void;
}

export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (files.length !== 1) {
    io.err('Brug: npx tsx src/import/cli.ts [--json] FIL');
    return 1;
  }
  const file = files[0]!;
  let text: string;
  try {
    text = await extractText(await io.readFile(file), file, extractPdfText);
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
  const result = importDocument(text, { administrations: COPENHAGEN_ADMINISTRATIONS });
  if (!result.ok) {
    io.err(`Kan ikke læse ${file}: ${result.error.message}`);
    return 1;
  }
  io.out(
    json
      ? JSON.stringify(result.proposals.map(presentProposal), null, 2)
      : result.proposals.map(summary).join('\n\n'),
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runCli(process.argv.slice(2), {
    readFile: (path) => readFile(path),
    out: (text) => process.stdout.write(text + '\n'),
    err: (text) => process.stderr.write(text + '\n'),
  });
}
