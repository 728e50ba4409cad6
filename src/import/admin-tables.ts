import type { FinanceApproval, Hearing, Partner } from '../domain/proposal.ts';
import { findDanishDate } from '../shared/danish-date.ts';
import { collapse, excerpt, isBlank, joinLines, paragraphs, type SourceLine } from './lines.ts';
import type { Table } from './sections.ts';
import type { Unread } from './types.ts';

// Section 6, "Hvem er hørt?": Tabel 4 (Center for Økonomi's approval), Tabel 5 (partners) and
// Tabel 6 (hearings of bodies). Small tables whose cells the extraction runs together.

const YES_NO = /\b(Ja|Nej)\b(?!\/)/;

/** The table's lines without its title and the column header ("Ja/Nej Dato for ..."). */
function body(table: Table): SourceLine[] {
  return table.lines
    .slice(1)
    .filter(
      (line) =>
        !/^ja\s*\/\s*nej\b/i.test(line.text) &&
        !/^relevante samarbejdspartnere/i.test(line.text) &&
        !/^slet herunder/i.test(line.text),
    );
}

function flatten(lines: readonly SourceLine[]): string {
  return joinLines(lines.map((line) => line.text));
}

export function readFinanceApproval(table: Table | undefined, unread: Unread[]): FinanceApproval {
  if (!table) {
    unread.push({
      field: 'financeApproval',
      reason: 'Tabel 4 (godkendelse af Center for Økonomi) blev ikke fundet',
      excerpt: '',
    });
    return { approved: null, date: null, note: '' };
  }
  // "☒ Ja ☐ Nej": with check boxes, the checked one answers and the boxes say nothing more.
  const boxed = flatten(body(table));
  const text = /(?:☒|☑|■|\[[xX]\])\s*(?:Ja|Nej)\b/u.test(boxed)
    ? boxed
        .replace(/(?:☐|□|\[\s?\])\s*(?:Ja|Nej)\b/gu, ' ')
        .replace(/(?:☒|☑|■|\[[xX]\])\s*(Ja|Nej)\b/gu, '$1')
    : boxed;
  const answer = YES_NO.exec(text);
  if (!answer) {
    unread.push({
      field: 'financeApproval',
      reason: 'Tabel 4 siger hverken Ja eller Nej',
      excerpt: excerpt(table.lines),
    });
    return { approved: null, date: findDanishDate(text)?.iso ?? null, note: collapse(text) };
  }
  const rest = text.slice(answer.index + answer[0].length).trim();
  const date = findDanishDate(rest);
  const onlyDate =
    date !== null &&
    collapse(rest.slice(0, date.index) + rest.slice(date.index + date.length)).replace(
      /^dato\s*:?$/i,
      '',
    ) === '';
  return { approved: answer[1] === 'Ja', date: date?.iso ?? null, note: onlyDate ? '' : rest };
}

const NOTHING = /^(-|–|ikke relevant\.?|ingen\.?|n\/a)$/i;

export function readPartners(table: Table | undefined): Partner[] {
  if (!table) return [];
  const partners: Partner[] = [];
  for (const paragraph of paragraphs(body(table))) {
    for (const item of joinLines(paragraph.map((line) => line.text)).split('\n')) {
      const name = item.replace(/^[•●▪◦·\-–\u2022\uFFFD]\s+/, '').trim();
      if (name !== '' && !NOTHING.test(name)) partners.push({ name, description: '' });
    }
  }
  return partners;
}

/**
 * An older hearing table has no Ja/Nej column: a row names the body, the date it was heard and
 * a summary of its answer ("IT-kredsen   3.9.2020   Resumé: Kredsen anbefaler forslaget.").
 */
function readDatedHearings(lines: readonly SourceLine[], unread: Unread[]): Hearing[] {
  const hearings: Hearing[] = [];
  for (const line of lines) {
    const cells = line.raw.trim().split(/\s{3,}/);
    const dateAt = cells.findIndex((cell) => findDanishDate(cell)?.index === 0);
    if (dateAt === 0 || (dateAt < 0 && /^(kreds|udvalg|organ|høringspart)/i.test(cells[0]!)))
      continue;
    const answer = (dateAt < 0 ? cells.slice(1) : cells.slice(dateAt + 1)).join(' ');
    if (dateAt < 0 && hearings.length > 0) {
      // The answer's text running on below its row.
      const last = hearings[hearings.length - 1]!;
      last.answer = joinLines([last.answer, line.text]);
      continue;
    }
    if (dateAt < 0) {
      unread.push({
        field: 'hearings',
        reason: 'Tekst i Tabel 6 uden Ja/Nej eller dato',
        excerpt: excerpt([line]),
      });
      continue;
    }
    hearings.push({
      body: cells.slice(0, dateAt).join(' '),
      heard: true,
      date: findDanishDate(cells[dateAt]!)!.iso,
      answer: answer.replace(/^resum[eé]\s*:\s*/i, ''),
    });
  }
  return hearings;
}

export function readHearings(table: Table | undefined, unread: Unread[]): Hearing[] {
  if (!table) return [];
  const lines = body(table).filter((line) => !isBlank(line));
  const text = flatten(lines);
  if (!YES_NO.test(text)) return readDatedHearings(lines, unread);
  const hearings: Hearing[] = [];
  const pattern = new RegExp(YES_NO.source, 'g');
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    const bodyName = text.slice(from, match.index).trim();
    let end = match.index + match[0].length;
    const after = text.slice(end);
    const date = findDanishDate(after);
    // A date belongs to this row when nothing but spaces stands before it.
    const ownDate = date && after.slice(0, date.index).trim() === '' ? date : null;
    if (ownDate) end += ownDate.index + ownDate.length;
    if (bodyName === '') {
      unread.push({
        field: 'hearings',
        reason: 'Et Ja/Nej i Tabel 6 uden navn på kreds eller udvalg',
        excerpt: excerpt(table.lines),
      });
    } else {
      hearings.push({
        body: bodyName,
        heard: match[1] === 'Ja',
        date: ownDate?.iso ?? null,
        answer: '',
      });
    }
    from = end;
  }
  const rest = text.slice(from).trim();
  if (rest !== '') {
    unread.push({
      field: 'hearings',
      reason: 'Tekst i Tabel 6 uden Ja/Nej',
      excerpt: rest.slice(0, 240),
    });
  }
  return hearings;
}
