import type { ProposalKind } from '../domain/proposal.ts';
import { TITLE_LABELS, withoutTitleLabel } from './generations.ts';
import { isHeaderLabel, readTitle } from './header.ts';
import { overviewTableAt, readOverview, type RoundOverview } from './overview.ts';
import { isBlank, PAGE_NUMBER, type SourceLine } from './lines.ts';
import {
  CODE,
  KIND_ONLY,
  LEAD_LABEL,
  ROUND_HEADER,
  ROUND_IN_TEXT,
  anyTableTitle,
  kindOf,
  numberedHeading,
  readRound,
  sectionHeading,
  tableTitle,
  type Round,
} from './template.ts';

// Splits a document into proposals. A document may open with an overview table and then hold
// several proposals; each proposal's header block is anchored on its "Kort resumé" line, and
// its title (with or without a code) and round header stand just above it.

export interface RoundHeader {
  round: Round;
  kind: ProposalKind | null;
  /** Indices (into the document's lines) of the header's lines, blank lines between included. */
  indices: number[];
}

export interface Segment {
  /** Indices into the document's lines, inclusive. */
  start: number;
  end: number;
  /** Index of the line that anchors the header block (usually "Kort resumé"). */
  anchor: number;
  titleIndices: number[];
  code: string | null;
  headers: RoundHeader[];
}

export interface DocumentSplit {
  segments: Segment[];
  /** Indices of the lines a page prints around its content: page numbers, running heads. */
  furniture: Set<number>;
  /** Round named by the document outside any proposal (an overview's title, a page header). */
  round: Round | null;
  /** The round's overview table outside the proposals (a bilag), with a line per proposal. */
  overview: RoundOverview | null;
}

function previousNonBlank(lines: readonly SourceLine[], from: number, lower: number): number {
  let i = from;
  while (i >= lower && isBlank(lines[i]!)) i--;
  return i >= lower ? i : -1;
}

function nextNonBlank(lines: readonly SourceLine[], from: number, limit: number): number {
  let i = from;
  while (i < limit && isBlank(lines[i]!)) i++;
  return i;
}

/** The round header starting at line i ("Overførselssagen 2024-2025   Investeringsforslag"). */
export function roundHeaderAt(lines: readonly SourceLine[], i: number): RoundHeader | null {
  const line = lines[i];
  if (!line) return null;
  const match = ROUND_HEADER.exec(line.text);
  if (!match) return null;
  const indices = [i];
  let kind = match[4] ? kindOf(match[4]) : null;
  if (!kind) {
    const next = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 4));
    const nextLine = lines[next];
    if (nextLine && KIND_ONLY.test(nextLine.text)) {
      kind = kindOf(nextLine.text);
      for (let k = i + 1; k <= next; k++) indices.push(k);
    }
  }
  return { round: readRound(match), kind, indices };
}

function findHeaders(lines: readonly SourceLine[]): RoundHeader[] {
  const headers: RoundHeader[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = roundHeaderAt(lines, i);
    if (header) {
      headers.push(header);
      i = header.indices[header.indices.length - 1]!;
    }
  }
  return headers;
}

const ANCHOR = /^(kort\s+resum[eé]|resum[eé]\s*:)/i;
const DESCRIPTION = (text: string) => sectionHeading(text) === 'description';

function anchors(lines: readonly SourceLine[]): number[] {
  // A generation that labels its title ("Forslagets titel:") is split on that label: its
  // "Resumé:" label recurs inside the hearing tables. Otherwise the summary label is the template's most reliable opening; when a document lacks it
  // (damaged or another municipality's variant), the lead label or the first section serves.
  for (const test of [
    (text: string) => TITLE_LABELS.some((label) => label.test(text)),
    (text: string) => ANCHOR.test(text),
    (text: string) => LEAD_LABEL.test(text) && /^fremstillende/i.test(text),
    DESCRIPTION,
  ]) {
    const found = lines.flatMap((line, i) => (test(line.text) ? [i] : []));
    if (found.length > 0) return found;
  }
  return [];
}

function paragraphBreakAt(lines: readonly SourceLine[], last: number, lower: number) {
  let k = last;
  while (k >= lower && isBlank(lines[k]!)) k--;
  const run = lines.slice(k + 1, last + 1);
  return { breaks: run.length >= 2 || run.some((line) => line.raw.length > 0), before: k };
}

/** The title lines just above an anchor: at most a few lines, up to a paragraph break. */
function titleAbove(lines: readonly SourceLine[], anchor: number, lower: number): number[] {
  let j = anchor - 1;
  while (j >= lower && isBlank(lines[j]!)) j--;
  const collected: number[] = [];
  while (j >= lower && collected.length < 5) {
    const line = lines[j]!;
    if (isBlank(line)) {
      const { breaks, before } = paragraphBreakAt(lines, j, lower);
      if (breaks) break;
      j = before;
      continue;
    }
    if (ROUND_HEADER.test(line.text) || KIND_ONLY.test(line.text)) break;
    if (sectionHeading(line.text) || tableTitle(line.text)) break;
    collected.unshift(j);
    j--;
  }
  const codeLines = collected.filter((i) => CODE.test(lines[i]!.text));
  const from = codeLines.length > 0 ? codeLines[codeLines.length - 1]! : collected[0];
  return from === undefined ? [] : collected.filter((i) => i >= from);
}

/** Lines a title may run over in a header table's cell, besides the label's own. */
const TITLE_LINES = 3;

/**
 * A labelled title ("Forslagets titel: BUF11 Digital understøttelse af skole-hjem-" /
 * "samarbejdet"): the label's line and those after it, up to the next label; the title may also
 * stand alone on the line after its label.
 */
function titleFrom(lines: readonly SourceLine[], at: number): number[] {
  const indices = [at];
  const labelOnly = withoutTitleLabel(lines[at]!.text).trim() === '';
  for (let i = at + 1; i < lines.length && indices.length <= TITLE_LINES; i++) {
    const line = lines[i]!;
    if (isBlank(line)) {
      if ((!labelOnly || indices.length > 1) && paragraphBreakAt(lines, i, at).breaks) break;
      continue;
    }
    const text = line.text;
    if (isHeaderLabel(text) || KIND_ONLY.test(text) || ROUND_HEADER.test(text)) break;
    if (sectionHeading(text) || anyTableTitle(text) || numberedHeading(text)) break;
    if (TITLE_LABELS.some((label) => label.test(text))) break;
    indices.push(i);
  }
  return indices;
}

/** A running head is short, names a round and stands on many pages. */
const RUNNING_HEAD_LENGTH = 80;
const RUNNING_HEAD_REPEATS = 2;

/**
 * The lines a page prints around its content, which land wherever the page broke (inside a
 * table too): page numbers ("Side 12 af 16") and running heads that name the round ("Business
 * cases til Budget 2017") repeated page after page.
 */
export function pageFurniture(lines: readonly SourceLine[]): Set<number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.text.length <= RUNNING_HEAD_LENGTH && ROUND_IN_TEXT.test(line.text))
      counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  }
  const furniture = new Set<number>();
  lines.forEach((line, i) => {
    if (PAGE_NUMBER.test(line.text) || (counts.get(line.text) ?? 0) >= RUNNING_HEAD_REPEATS)
      furniture.add(i);
  });
  return furniture;
}

/** The words an overview's title is written with ("Bilag 2", "Samlet oversigt", ...). */
const OVERVIEW_TITLE = /\b(bilag|oversigt|investeringsforslag\s+til|forslag\s+til)\b/i;
/** How far above its table an overview's title may stand (an intro paragraph between). */
const OVERVIEW_TITLE_LINES = 12;

/**
 * Where the last proposal ends when an overview of the round follows it at the document's end:
 * above the overview's title, or its table when no title is found.
 */
function beforeTrailingOverview(lines: readonly SourceLine[], last: Segment): number {
  const table = overviewTableAt(lines.slice(last.anchor + 1));
  if (table < 0) return lines.length - 1;
  const at = last.anchor + 1 + table;
  let start = at;
  for (let i = at - 1; i > last.anchor && i >= at - OVERVIEW_TITLE_LINES; i--) {
    if (OVERVIEW_TITLE.test(lines[i]!.text)) start = i;
  }
  return start - 1;
}

export function splitDocument(lines: readonly SourceLine[]): DocumentSplit {
  const headers = findHeaders(lines);
  const found = anchors(lines);
  const segments: Segment[] = [];
  let lower = 0;
  for (const anchor of found) {
    const labelled = TITLE_LABELS.some((label) => label.test(lines[anchor]!.text));
    const titleIndices = labelled ? titleFrom(lines, anchor) : titleAbove(lines, anchor, lower);
    let start = titleIndices[0] ?? anchor;
    // The kind in capitals just above the title opens the proposal ("INVESTERINGSFORSLAG").
    const kindAt = previousNonBlank(lines, start - 1, lower);
    if (kindAt >= 0 && KIND_ONLY.test(lines[kindAt]!.text)) start = kindAt;
    // A round header right above the title opens the proposal.
    const above = headers.find((header) => {
      const last = header.indices[header.indices.length - 1]!;
      if (header.indices[0]! < lower) return false;
      // The kind taken above may be the header's own second line.
      if (header.indices.includes(start)) return true;
      if (last >= start) return false;
      for (let k = last + 1; k < start; k++) if (!isBlank(lines[k]!)) return false;
      return true;
    });
    if (above) start = above.indices[0]!;
    const { code } = readTitle(titleIndices.map((i) => lines[i]!));
    segments.push({ start, end: lines.length - 1, anchor, titleIndices, code, headers: [] });
    lower = anchor + 1;
  }
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s]!;
    const next = segments[s + 1];
    if (next) segment.end = next.start - 1;
    else segment.end = beforeTrailingOverview(lines, segment);
    segment.headers = headers.filter(
      (header) => header.indices[0]! >= segment.start && header.indices[0]! <= segment.end,
    );
  }

  const inside = (i: number) => segments.some((segment) => i >= segment.start && i <= segment.end);
  const outside = lines.filter((_, i) => !inside(i));
  let round: Round | null = headers[0]?.round ?? null;
  for (const line of outside) {
    const named = round ? null : ROUND_IN_TEXT.exec(line.text);
    if (named) round = readRound(named);
  }
  return { segments, furniture: pageFurniture(lines), round, overview: readOverview(outside) };
}
