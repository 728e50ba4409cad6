import { resolveAdministrations, type AdministrationDirectory } from './administrations.ts';
import { excerpt, isBlank, joinLines, prose, type SourceLine } from './lines.ts';
import {
  AFFECTED_LABEL,
  CODE,
  CODE_AFTER,
  COMMITTEE_LABEL,
  LEAD_LABEL,
  SUMMARY_LABEL,
  tableTitle,
} from './template.ts';
import type { Unread } from './types.ts';
import { OTHER_HEADER_LABELS, withoutTitleLabel } from './generations.ts';

// The header block: code and title above "Kort resumé", then the summary, the lead
// (fremstillende) and affected (berørte) forvaltninger, and sometimes the committee.

export interface Header {
  code: string | null;
  title: string;
  summary: string;
  leadAdministration: string | null;
  affectedAdministrations: string[];
  committee: string | null;
  unread: Unread[];
}

export function readTitle(titleLines: readonly SourceLine[]): {
  code: string | null;
  title: string;
} {
  const text = withoutTitleLabel(joinLines(titleLines.map((line) => line.text)));
  const match = CODE.exec(text);
  if (match) return { code: match[1]!, title: text.slice(match[0].length).trim() };
  const after = CODE_AFTER.exec(text);
  if (after) return { code: after[1]!, title: text.slice(0, after.index).trim() };
  return { code: null, title: text };
}

type Field = 'summary' | 'lead' | 'affected' | 'committee' | 'other';

const LABELS: readonly [Field, RegExp, RegExp][] = [
  // The label and the pattern that says a line starts it (labels may wrap: "Fremstillende" /
  // "forvaltning:").
  ['summary', SUMMARY_LABEL, /^(kort\s+resum[eé]|resum[eé]\s*:)/i],
  ['lead', LEAD_LABEL, /^fremstillende\b/i],
  ['affected', AFFECTED_LABEL, /^berørte\b/i],
  ['committee', COMMITTEE_LABEL, /^(fagudvalg|udvalg)\s*:/i],
];

/** Whether a line opens a field of the header ("Kort resumé:", "Angiv p/l:", ...). */
export function isHeaderLabel(text: string): boolean {
  return fieldAt(text) !== null;
}

function fieldAt(text: string): Field | null {
  // Older generations' labels that hold nothing kept ("Angiv p/l:") still end the field above.
  if (OTHER_HEADER_LABELS.some((label) => label.test(text))) return 'other';
  for (const [field, , starts] of LABELS) if (starts.test(text)) return field;
  return null;
}

/** Removes a wrapped label ("Fremstillende" + "forvaltning:") from a field's text. */
function stripLabel(field: Field, lines: SourceLine[]): SourceLine[] {
  const label = LABELS.find(([f]) => f === field)?.[1];
  if (!label) return lines;
  const joined = lines.map((line) => line.text).join(' ');
  const match = label.exec(joined);
  let drop = match ? match[0].length : 0;
  const result: SourceLine[] = [];
  for (const line of lines) {
    if (drop <= 0) {
      result.push(line);
      continue;
    }
    if (line.text.length + 1 <= drop) {
      drop -= line.text.length + 1;
      continue;
    }
    result.push({ ...line, text: line.text.slice(drop).trim() });
    drop = 0;
  }
  return result;
}

// "Berørte forvaltninger: Ingen" names none.
const NONE = /^(ingen|-|–)\.?$/i;
// Check boxes as fonts and extraction leave them: Word's ☒/☐, other glyphs, a symbol font's
// private characters (U+F0FE checked, U+F0A8/U+F06F empty), brackets, or a lone X.
const CHECKED = /^(?:[☒☑■⊠✓✔✗✘\uF0FE\uF078]|\[[xX✓]\]|\([xX]\)|[xX])$/u;
const BOX =
  /([☒☑■⊠✓✔✗✘☐□▢❑❏\uF0FE\uF078\uF0A8\uF06F]|\[[xX✓ ]?\]|\([xX ]?\)|(?:^|(?<=\s))[xX](?=\s+\p{Lu}))/u;

/**
 * Older templates list every forvaltning with a check box ("☐ Børne- og ... ☒ Socialforvalt-
 * ningen"): only the checked names are meant. Text without boxes is kept whole.
 */
export function checkedOnly(text: string): string {
  const pieces = text.split(BOX);
  if (pieces.length < 2) return text;
  const names: string[] = [];
  for (let i = 1; i < pieces.length; i += 2) {
    if (CHECKED.test(pieces[i]!)) names.push(pieces[i + 1]!.trim());
  }
  // A name broken over lines ("Socialforvalt- ningen") is matched by its letters.
  return names.join(', ');
}

// A header table's label cell, when the label and the value stand side by side ("Fremstillende
// Beskæftigelses- og" / "forvaltning   Integrationsforvaltningen").
const SIDE_LABEL =
  /^(forslag|fremstillende|berørte|type|titel|udvalg|fagudvalg|(kort\s+)?resum[eé])\b/i;
const LABEL_REST = /^\p{Ll}[\p{L}\s]*:?$/u;

/**
 * A header printed as a two-column table, whose cells both wrap, comes out with the label's and
 * the value's lines interleaved. Each such label is made one line again, "label: value".
 */
export function untangleColumns(lines: readonly SourceLine[]): SourceLine[] {
  const result: SourceLine[] = [];
  let group: { first: SourceLine; label: string[]; values: string[] } | null = null;
  const close = () => {
    if (!group) return;
    const label = group.label.join(' ').replace(/:$/, '');
    const text = `${label}: ${joinLines(group.values)}`;
    result.push({ ...group.first, text });
    group = null;
  };
  for (const line of lines) {
    const cells = line.raw.trim().split(/\s{3,}/);
    const indented = /^\s{3,}\S/.test(line.raw);
    if (!indented && cells.length === 2 && SIDE_LABEL.test(cells[0]!)) {
      close();
      group = { first: line, label: [cells[0]!], values: [cells[1]!] };
      continue;
    }
    if (group && !indented && cells.length === 2 && LABEL_REST.test(cells[0]!)) {
      group.label.push(cells[0]!);
      group.values.push(cells[1]!);
      continue;
    }
    if (group && indented && cells.length === 1) {
      group.values.push(cells[0]!);
      continue;
    }
    close();
    result.push(line);
  }
  close();
  return result;
}

export function readHeader(
  titleLines: readonly SourceLine[],
  headerLines: readonly SourceLine[],
  directory: AdministrationDirectory,
): Header {
  const unread: Unread[] = [];
  const { code, title } = readTitle(titleLines);
  const fields = new Map<Field, SourceLine[]>();
  let current: Field | null = null;
  const ownLines = untangleColumns(headerLines.filter((line) => !titleLines.includes(line)));
  for (const line of ownLines) {
    // An older generation's Tabel 1 may follow the header with no section heading between.
    if (tableTitle(line.text)) break;
    const field = isBlank(line) ? null : fieldAt(line.text);
    if (field) {
      current = field;
      fields.set(field, []);
    }
    if (current) fields.get(current)!.push(line);
  }

  const text = (field: Field) => {
    const lines = fields.get(field);
    return lines ? stripLabel(field, lines) : [];
  };
  const summary = prose(text('summary'));
  if (!fields.has('summary')) {
    unread.push({ field: 'summary', reason: 'Intet kort resumé fundet', excerpt: '' });
  }

  const administrations = (field: 'lead' | 'affected') => {
    const written = checkedOnly(joinLines(text(field).map((line) => line.text)));
    if (NONE.test(written)) return [];
    const { codes, unknown } = resolveAdministrations(written, directory);
    for (const name of unknown) {
      unread.push({
        field: field === 'lead' ? 'leadAdministration' : 'affectedAdministrations',
        reason: `Forvaltningen "${name}" er ikke kendt`,
        excerpt: excerpt(fields.get(field) ?? []),
      });
    }
    return codes;
  };
  const lead = administrations('lead');
  if (!fields.has('lead')) {
    unread.push({
      field: 'leadAdministration',
      reason: 'Ingen fremstillende forvaltning fundet',
      excerpt: '',
    });
  }
  const affected = administrations('affected');
  for (const code of lead.slice(1)) if (!affected.includes(code)) affected.push(code);
  const committee = joinLines(text('committee').map((line) => line.text)) || null;
  return {
    code,
    title,
    summary,
    leadAdministration: lead[0] ?? null,
    affectedAdministrations: affected,
    committee,
    unread,
  };
}
