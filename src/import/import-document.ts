import { evaluateTable } from '../domain/economics/index.ts';
import { compareWithOverview } from '../domain/imports/overview-line.ts';
import { tableMismatches } from '../domain/imports/mismatches.ts';
import {
  wholeProposal,
  type EconomicTable,
  type ProposalKind,
  type StatedFigures,
} from '../domain/proposal.ts';
import { readFinanceApproval, readHearings, readPartners } from './admin-tables.ts';
import type { AdministrationDirectory } from './administrations.ts';
import { readEconomicTable } from './economic-table.ts';
import { readHeader } from './header.ts';
import { excerpt, normaliseDocument, prose, toLines, type SourceLine } from './lines.ts';
import { recogniseGeneration } from './generations.ts';
import { formatOf } from './overview.ts';
import { placeCells } from './placement.ts';
import { readCriteria, readGoals } from './plan-tables.ts';
import { readRisks } from './risks.ts';
import { findTable, sectionText, splitSections, type Sections } from './sections.ts';
import { splitDocument, type DocumentSplit, type Segment } from './segment.ts';
import { DIVIDER, KIND_ONLY, kindOf, type SectionKey } from './template.ts';
import type { ImportErrorCode, ImportedProposal, ImportResult, Mismatch, Unread } from './types.ts';

export interface ImportOptions {
  /** The municipality's forvaltninger, to map written names to codes. */
  administrations: AdministrationDirectory;
  /**
   * The text was laid out from a PDF's positions (pdf.ts), so a figure ends where it ends on
   * the page; plain-text extractions pack their cells, and there it would mislead.
   */
  positioned?: boolean;
}

/** Share of unreadable characters above which input is taken for binary data, not text. */
const BINARY_SHARE = 0.02;

function looksBinary(input: string): boolean {
  let odd = 0;
  for (const char of input) {
    const code = char.codePointAt(0)!;
    if (code === 0xfffd || (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13))
      odd++;
  }
  return odd > input.length * BINARY_SHARE;
}

/** A document cut into proposals, ready to be read one proposal at a time. */
export interface PreparedDocument {
  lines: SourceLine[];
  split: DocumentSplit;
}

export type PreparedResult =
  | { ok: true; document: PreparedDocument }
  | { ok: false; error: { code: ImportErrorCode; message: string } };

/**
 * Finds where each proposal of a document starts and ends, without reading them: quick, so a
 * caller can say how many there are before it reads them one by one with `importSegment`.
 */
export function prepareDocument(input: string): PreparedResult {
  if (input.trim() === '') {
    return { ok: false, error: { code: 'empty', message: 'Dokumentet er tomt' } };
  }
  if (looksBinary(input)) {
    return {
      ok: false,
      error: { code: 'binary', message: 'Dokumentet er ikke tekst (binære data)' },
    };
  }
  const lines = toLines(normaliseDocument(input));
  const split = splitDocument(lines);
  // A round's overview alone is a document too: it is read into the round.
  if (split.segments.length === 0 && !split.overview) {
    return {
      ok: false,
      error: {
        code: 'no-proposal',
        message:
          'Der er ikke fundet noget forslag i dokumentet (intet "Kort resumé" eller afsnit 1)',
      },
    };
  }
  return { ok: true, document: { lines, split } };
}

/** The `index`th proposal of a prepared document (0-based). */
export function importSegment(
  document: PreparedDocument,
  index: number,
  options: ImportOptions,
): ImportedProposal {
  const segment = document.split.segments[index];
  if (!segment) throw new RangeError(`The document has no proposal ${index}`);
  return importProposal(document.lines, segment, document.split, options);
}

/**
 * Reads every proposal in a document's text. Never throws on bad input: a document without a
 * recognisable proposal gives an error result, a damaged one partial proposals whose `unread`
 * says what is missing.
 */
export function importDocument(input: string, options: ImportOptions): ImportResult {
  const prepared = prepareDocument(input);
  if (!prepared.ok) return prepared;
  const { document } = prepared;
  return {
    ok: true,
    proposals: document.split.segments.map((_, i) => importSegment(document, i, options)),
    overview: document.split.overview,
  };
}

function readKind(
  lines: readonly SourceLine[],
  body: readonly SourceLine[],
  segment: Segment,
  split: DocumentSplit,
  unread: Unread[],
): ProposalKind {
  const own = segment.headers.find((header) => header.kind)?.kind;
  if (own) return own;
  // Older generations open each proposal with the kind alone, in capitals.
  const opening = lines
    .slice(segment.start, segment.anchor + 1)
    .find((line) => KIND_ONLY.test(line.text));
  if (opening) return kindOf(opening.text)!;
  for (const line of body) {
    const divider = DIVIDER.exec(line.text);
    if (divider) return kindOf(divider[1]!)!;
  }
  const text = body.map((line) => line.text).join(' ');
  if (/udspringer af et innovationsforslag|effektivisering\w* på administration/i.test(text))
    return 'investeringsforslag';
  if (/kriterier til prioritering|realisering af innovationsforslag/i.test(text))
    return 'innovationsforslag';
  const earlier = [...split.segments]
    .filter((other) => other.start < segment.start)
    .flatMap((other) => other.headers)
    .reverse()
    .find((header) => header.kind);
  if (earlier?.kind) return earlier.kind;
  unread.push({
    field: 'kind',
    reason: 'Forslagstypen står ikke i dokumentet; læst som innovationsforslag',
    excerpt: '',
  });
  return 'innovationsforslag';
}

const EXPECTED: Record<ProposalKind, readonly SectionKey[]> = {
  foranalyse: ['description', 'economy', 'implementation', 'risk', 'heard'],
  innovationsforslag: [
    'description',
    'economy',
    'futureInvestment',
    'implementation',
    'risk',
    'heard',
  ],
  investeringsforslag: ['description', 'economy', 'implementation', 'risk', 'heard'],
};

const SECTION_NAMES: Record<SectionKey, string> = {
  description: 'Beskrivelse af forslag',
  economy: 'Økonomi',
  futureInvestment: 'Kommende investeringsforslag',
  implementation: 'Implementering og opfølgning',
  risk: 'Risikovurdering',
  adminEfficiency: 'Effektivisering på administration',
  heard: 'Hvem er hørt?',
};

const ORIGIN = /udspringer\s+af\s+et\s+innovationsforslag/i;

function readOrigin(lines: readonly SourceLine[]): ImportedProposal['origin'] {
  const at = lines.findIndex((line) => ORIGIN.test(line.text));
  if (at < 0) return null;
  const boxes = lines
    .slice(at, at + 8)
    .map((line) => line.text)
    .join(' ');
  const yes = /[☒☑■]\s*Ja\b\s*(.*?)(?=[☐☒☑□■]|$)/u.exec(boxes);
  if (yes) return { fromInnovation: true, reference: yes[1]!.trim() };
  if (/[☒☑■]\s*Nej\b/u.test(boxes)) return { fromInnovation: false, reference: '' };
  return { fromInnovation: null, reference: '' };
}

function withoutOrigin(lines: readonly SourceLine[]): SourceLine[] {
  const at = lines.findIndex((line) => ORIGIN.test(line.text));
  if (at < 0) return [...lines];
  let end = at + 1;
  while (end < lines.length && (lines[end]!.text === '' || /^[☐☒☑□■]/u.test(lines[end]!.text)))
    end++;
  return [...lines.slice(0, at), ...lines.slice(end)];
}

function economy(
  parts: Sections,
  body: readonly SourceLine[],
  unread: Unread[],
  positioned: boolean,
) {
  const section = parts.sections.get('economy');
  // Tabel 1 may stand outside its section (a heading misread, the table moved to the end).
  let lines = section ? section.lines : body;
  let read = readEconomicTable(lines, { positioned });
  if (!read && section) {
    lines = body;
    read = readEconomicTable(lines, { positioned });
  }
  if (!read) {
    unread.push({
      field: 'economy',
      reason: 'Tabel 1 (forslagets økonomiske konsekvenser) blev ikke fundet',
      excerpt: excerpt(lines.slice(0, 6)),
    });
    const table: EconomicTable = { priceLevelYear: null, years: [], rows: [] };
    const narrative = section ? prose(section.lines) : '';
    return { table, totals: [], payback: { service: null, total: null }, narrative };
  }
  unread.push(...read.unread);
  if (read.priceLevelFromNote) {
    unread.push({
      field: 'economy.priceLevelYear',
      reason: 'Tabel 1 angiver ikke prisniveau; læst fra tabelnoten',
      excerpt: '',
    });
  } else if (read.priceLevelYear === null) {
    unread.push({
      field: 'economy.priceLevelYear',
      reason: 'Prisniveau (p/l) ikke fundet',
      excerpt: excerpt(lines.slice(read.firstLine, read.firstLine + 4)),
    });
  }
  const placement = placeCells(read);
  unread.push(...placement.unread);
  const table: EconomicTable = {
    priceLevelYear: read.priceLevelYear,
    years: read.years,
    rows: placement.rows,
  };
  const narrative = !section
    ? ''
    : lines === section.lines
      ? prose([...lines.slice(0, read.firstLine), ...lines.slice(read.lastLine + 1)])
      : prose(section.lines);
  return { table, totals: placement.totals, payback: read.payback, narrative };
}

function importProposal(
  lines: readonly SourceLine[],
  segment: Segment,
  split: DocumentSplit,
  options: ImportOptions,
): ImportedProposal {
  const unread: Unread[] = [];
  const pageHeaders = new Set(segment.headers.flatMap((header) => header.indices));
  const segmentLines = lines.slice(segment.start, segment.end + 1);
  const body = segmentLines.filter(
    (line) =>
      !pageHeaders.has(line.no - 1) &&
      !split.furniture.has(line.no - 1) &&
      !KIND_ONLY.test(line.text),
  );
  const kind = readKind(lines, body, segment, split, unread);
  const round =
    segment.headers[0]?.round ??
    [...split.segments]
      .filter((other) => other.start < segment.start)
      .flatMap((other) => other.headers)
      .at(-1)?.round ??
    split.round;

  const parts = splitSections(body);
  const titleLines = segment.titleIndices.map((i) => lines[i]!);
  const header = readHeader(titleLines, parts.header, options.administrations);
  unread.push(...header.unread);
  if (header.title === '') {
    unread.push({
      field: 'title',
      reason: 'Ingen titel fundet',
      excerpt: excerpt(body.slice(0, 4)),
    });
  }
  const generation = recogniseGeneration(segmentLines.map((line) => line.text));
  // An older template asked for fewer sections; those it never had are not missing.
  for (const key of generation.expectedSections ?? EXPECTED[kind]) {
    if (!parts.sections.has(key)) {
      unread.push({
        field: key,
        reason: `Afsnittet "${SECTION_NAMES[key]}" blev ikke fundet`,
        excerpt: '',
      });
    }
  }

  const money = economy(parts, body, unread, options.positioned ?? false);
  const stated: StatedFigures = {
    payback: money.payback,
    totals: money.totals.map(({ label, scope, values }) => ({ label, scope, values })),
  };
  let computed: ImportedProposal['computed'] = null;
  let mismatches: Mismatch[] = [];
  const listed = split.overview?.entries.find((entry) => entry.code === header.code) ?? null;
  try {
    const evaluation = evaluateTable(money.table);
    computed = { payback: evaluation.payback, impact: evaluation.impact };
    mismatches = tableMismatches(stated, evaluation);
    if (listed && split.overview)
      mismatches.push(...compareWithOverview(listed, split.overview, evaluation));
  } catch (error) {
    unread.push({
      field: 'economy',
      reason: `Tabel 1 kan ikke regnes igennem: ${(error as Error).message}`,
      excerpt: '',
    });
  }

  const riskSection = parts.sections.get('risk');
  const risk = readRisks(withoutOrigin(sectionText(riskSection)));
  const heardTables = (key: 'finance' | 'partners' | 'hearings') => findTable(parts, key);
  const content = wholeProposal({
    code: header.code,
    title: header.title,
    kind,
    summary: header.summary,
    leadAdministration: header.leadAdministration,
    affectedAdministrations: header.affectedAdministrations,
    committee: header.committee ?? listed?.committee ?? null,
    roundId: null,
    originProposalId: null,
    description: prose(sectionText(parts.sections.get('description'))),
    economyNarrative: money.narrative,
    economy: money.table,
    // Tabel 4 of the source is what it stated; the approval is Center for Økonomi's step here.
    stated: { ...stated, financeApproval: readFinanceApproval(heardTables('finance'), unread) },
    futureInvestmentNarrative: prose(sectionText(parts.sections.get('futureInvestment'))),
    futureInvestment: readCriteria(findTable(parts, 'criteria'), unread),
    implementationNarrative: prose(sectionText(parts.sections.get('implementation'))),
    followUpGoals: readGoals(findTable(parts, 'goals'), unread),
    riskLevel: risk.level,
    riskNarrative: risk.narrative,
    risks: risk.risks,
    adminEfficiency: prose(sectionText(parts.sections.get('adminEfficiency'))),
    financeApproval: { approved: null, date: null, note: '' },
    partners: readPartners(heardTables('partners')),
    hearings: readHearings(heardTables('hearings'), unread),
  });
  if (riskSection && content.riskLevel === null) {
    unread.push({
      field: 'riskLevel',
      reason: 'Intet samlet risikoniveau angivet',
      excerpt: excerpt(riskSection.lines.slice(0, 4)),
    });
  }
  return {
    content,
    generation: generation.id,
    round,
    overview: listed && split.overview && { entry: listed, format: formatOf(split.overview) },
    origin: readOrigin(body),
    stated,
    computed,
    mismatches,
    unread,
    source: {
      startLine: segmentLines[0]?.no ?? 0,
      endLine: segmentLines.at(-1)?.no ?? 0,
      text: segmentLines.map((line) => line.raw).join('\n'),
    },
  };
}
