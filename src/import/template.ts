import type { ProposalKind } from '../domain/proposal.ts';
import { KIND_WORDS, SECTION_WORDS, TABLE_TITLES, UNNUMBERED_SECTIONS } from './generations.ts';

// The words of the proposal template (SPEC.md section 4) that the importer steers by. Headings
// are recognised by their words, not their numbers, since numbering differs between kinds.

export function kindOf(word: string): ProposalKind | null {
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(word)) return kind;
  return null;
}

const ROUND =
  String.raw`(Overførselssagen|Overførselssag|OFS|Budgetforhandlingerne|Budget|B)\s*(\d{4})` +
  String.raw`(?:\s*[-–/]\s*(\d{2,4}))?`;
const KIND = String.raw`(Investeringsforslag|Innovationsforslag|Foranalyse)`;

/** A page or proposal header: a round, optionally followed by the kind, and nothing else. */
export const ROUND_HEADER = new RegExp(String.raw`^${ROUND}(?:\s+${KIND})?$`, 'i');
/** A line holding only the kind, in any generation's words ("BUSINESS CASE"). */
export const KIND_ONLY = {
  test: (text: string): boolean => kindOf(text.trim()) !== null,
};
/** A round named in running text ("til OFS 2025-2026"). */
export const ROUND_IN_TEXT = new RegExp(
  String.raw`\b(Overførselssagen|OFS|Budget|B)\s?(\d{4})(?:\s?[-–/]\s?(\d{2,4}))?\b`,
  'i',
);

export interface Round {
  /** As written, e.g. "Overførselssagen 2024-2025". */
  name: string;
  /** The short form the municipality uses: "OFS 2024-2025", "B2027". */
  short: string;
}

export function readRound(match: RegExpExecArray): Round {
  const [, word = '', first = '', second] = match;
  const isBudget = /^b/i.test(word);
  const name = collapseRound(match[0]);
  if (isBudget) return { name, short: `B${first}` };
  const to = second ? (second.length === 2 ? first.slice(0, 2) + second : second) : null;
  return { name, short: to ? `OFS ${first}-${to}` : `OFS ${first}` };
}

function collapseRound(text: string): string {
  return text
    .replace(/\s+(Investeringsforslag|Innovationsforslag|Foranalyse)$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Kort resumé:" opens the header block of every proposal of the template. */
export const SUMMARY_LABEL = /^(?:kort\s+)?resum[eé]\s*:?\s*/i;
export const LEAD_LABEL = /^fremstillende(?:\s+forvaltning(?:er)?)?\s*:?\s*/i;
export const AFFECTED_LABEL = /^berørte(?:\s+forvaltning(?:er)?)?\s*:?\s*/i;
export const COMMITTEE_LABEL = /^(?:fagudvalg|udvalg)\s*:\s*/i;

/**
 * A proposal code given by the secretariat: letters, an optional second group after a slash,
 * one to three digits, sometimes after a hyphen or dot ("BC01", "UD/SI01", "KFF7", "BUF-07"),
 * optionally with the round year in brackets.
 */
const CODE_BODY = String.raw`[A-ZÆØÅ]{1,5}(?:\/[A-ZÆØÅ]{1,5})?[-.]?\d{1,3}[a-z]?`;
export const CODE = new RegExp(String.raw`^(${CODE_BODY})(?:\s*\((\d{4})\))?(?=[\s:,]|$)`, 'u');
/** A code written after the title, in brackets: "Digital skoleindskrivning (BUF07)". */
export const CODE_AFTER = new RegExp(String.raw`\s*[([]\s*(${CODE_BODY})\s*[)\]]$`, 'u');

export type SectionKey =
  | 'description'
  | 'economy'
  | 'futureInvestment'
  | 'implementation'
  | 'risk'
  | 'adminEfficiency'
  | 'heard';

/** A numbered section heading ("2. Økonomi"), or null. */
export function sectionHeading(text: string): SectionKey | null {
  for (const [key, pattern] of UNNUMBERED_SECTIONS) if (pattern.test(text)) return key;
  // Older generations number sub-sections ("1.2 BAGGRUND OG FORMÅL").
  const match = /^(\d{1,2})(?:\.\d{1,2}\s+|\s*[.)]\s*)(\S.{0,110})$/.exec(text);
  if (!match) return null;
  const words = match[2]!;
  for (const [key, pattern] of SECTION_WORDS) if (pattern.test(words)) return key;
  return null;
}

export type TableKey = 'economy' | 'criteria' | 'goals' | 'finance' | 'partners' | 'hearings';

const TABLE_WORDS: readonly [TableKey, RegExp][] = [
  ['finance', /godkendelse|center\s+for\s+økonomi/i],
  ['economy', /økonomisk/i],
  ['criteria', /kriterier/i],
  ['goals', /opfølgning/i],
  ['partners', /samarbejdspartner/i],
  ['hearings', /høring|kredse/i],
];

// When a table title is cut off, the number is all there is; this is the innovation template's.
const TABLE_BY_NUMBER: readonly TableKey[] = [
  'economy',
  'criteria',
  'goals',
  'finance',
  'partners',
  'hearings',
];

/** A table title line ("Tabel 4. Godkendelse af Center for Økonomi"), or null. */
export function tableTitle(text: string): TableKey | null {
  for (const [key, pattern] of TABLE_TITLES) if (pattern.test(text)) return key;
  const match = /^tabel\s*(\d{1,2})\s*[.:]?\s*(.*)$/i.exec(text);
  if (!match) return null;
  const title = match[2] ?? '';
  for (const [key, pattern] of TABLE_WORDS) if (pattern.test(title)) return key;
  if (title.trim() !== '') return null;
  return TABLE_BY_NUMBER[Number(match[1]) - 1] ?? null;
}

/** Any table's title, of whatever generation or numbering ("Tabel 3. Ændring i årsværk"). */
export function anyTableTitle(text: string): boolean {
  return /^tabel\s*\d{1,2}\b\s*[.:]?/i.test(text) || tableTitle(text) !== null;
}

/** A numbered heading of any section or sub-section ("1.4 ÆNDRING I ÅRSVÆRK", "4. Risiko"). */
export function numberedHeading(text: string): boolean {
  return /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}[\p{L}\s,.:/()-]*$/u.test(text);
}

/** Lines the template repeats that belong to no section's text. */
export const DIVIDER =
  /^administrative\s+bilag\s+til\s+(investeringsforslag|innovationsforslag|foranalyse)/i;
