import { isBlank, type SourceLine } from './lines.ts';
import { DIVIDER, sectionHeading, tableTitle, type SectionKey, type TableKey } from './template.ts';

// Cuts a proposal's lines into its header block, its numbered sections and the tables inside
// them. Sections are known by their heading words; tables by their title words.

export interface Table {
  key: TableKey;
  /** The title line and everything up to the next table, section or end of the section. */
  lines: SourceLine[];
}

export interface Section {
  key: SectionKey;
  heading: SourceLine;
  /** The section's lines without its heading. */
  lines: SourceLine[];
  tables: Table[];
}

export interface Sections {
  header: SourceLine[];
  sections: Map<SectionKey, Section>;
  /** Tables found outside any section (a section heading lost in extraction). */
  looseTables: Table[];
}

function cutTables(lines: readonly SourceLine[]): { text: SourceLine[]; tables: Table[] } {
  const text: SourceLine[] = [];
  const tables: Table[] = [];
  let current: Table | null = null;
  for (const line of lines) {
    const key = tableTitle(line.text);
    if (key) {
      current = { key, lines: [line] };
      tables.push(current);
    } else if (current) {
      current.lines.push(line);
    } else {
      text.push(line);
    }
  }
  return { text, tables };
}

export function splitSections(lines: readonly SourceLine[]): Sections {
  const header: SourceLine[] = [];
  const sections = new Map<SectionKey, Section>();
  let current: Section | null = null;
  for (const line of lines) {
    const key = isBlank(line) ? null : sectionHeading(line.text);
    if (key && !sections.has(key)) {
      current = { key, heading: line, lines: [], tables: [] };
      sections.set(key, current);
      continue;
    }
    if (DIVIDER.test(line.text)) continue;
    if (current) current.lines.push(line);
    else header.push(line);
  }
  for (const section of sections.values()) section.tables = cutTables(section.lines).tables;
  const looseTables = cutTables(header).tables;
  return { header, sections, looseTables };
}

/** The section's lines that are not part of a table. */
export function sectionText(section: Section | undefined): SourceLine[] {
  if (!section) return [];
  return cutTables(section.lines).text;
}

export function findTable(parts: Sections, key: TableKey): Table | undefined {
  for (const section of parts.sections.values()) {
    const table = section.tables.find((t) => t.key === key);
    if (table) return table;
  }
  return parts.looseTables.find((t) => t.key === key);
}
