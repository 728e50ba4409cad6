import type { Kroner } from '../domain/money.ts';
import type { AmountRange, FollowUpGoal, FutureInvestment, GoalGroup } from '../domain/proposal.ts';
import { parseDanishNumber } from '../shared/danish-number.ts';
import { areaOf } from './economic-table.ts';
import { collapse, excerpt, isBlank, joinLines, type SourceLine } from './lines.ts';
import type { Table } from './sections.ts';
import type { Unread } from './types.ts';

// Tabel 2 (the future investment case and the prioritisation marks) and Tabel 3 (follow-up
// goals). Their cells reach us as loose lines; what cannot be told apart is reported.

const CRITERIA_HEADER = [
  /kommende\s+investeringsforslag/gi,
  /kriterier\s+til\s+prioritering\.?/gi,
  /udgift\s*(?:i\s*)?(?:1\.000\s*kr\.*)?/gi,
  /\b\d{4}\s*p\s*\/\s*l\b/gi,
  /forventet\s+vedtagelse/gi,
  /potentiale\s+for\s+varig\s+effektivisering/gi,
  /\(\s*styringsområde\s*\)/gi,
  /tværgående\s+effektivisering/gi,
  /potentiale\s+for\s+storskala/gi,
  /modne?\s+anvendelse\s+af\s+ny\s+teknologi/gi,
];

const ROUND_TOKEN =
  /\b(OFS\s?\d{2}\s?\/\s?\d{2}|OFS\s?\d{4}(?:\s?[-–/]\s?\d{2,4})?|B\s?\d{4}|Budget\s?\d{4})\b/i;
const MARK = /(?<=^|\s)X(?=\s|$)/g;
const AREA_IN_BRACKETS =
  /\(\s*(service|anlæg|(?:efterspørgselsstyrede\s+)?overførsler|finans\w*)\s*\)/i;

/** "4-8 mio. kroner", "900–1.500", "1.300 kr." (in a 1.000 kr. column) as a range in kroner. */
export function parseAmountRange(text: string): AmountRange {
  const match = /(\d[\d.]*(?:,\d+)?)\s*(?:[-–]\s*(\d[\d.]*(?:,\d+)?))?/.exec(text);
  if (!match) return { min: null, max: null };
  const unit = /\bmia\b|milliard/i.test(text)
    ? 1_000_000_000
    : /\bmio\b|million/i.test(text)
      ? 1_000_000
      : 1000;
  const amount = (written: string | undefined): Kroner | null => {
    if (written === undefined) return null;
    const value = parseDanishNumber(written.replace(/\.$/, ''));
    if (value === null || Number.isNaN(value)) return null;
    const kroner = Math.round(value * unit);
    return Number.isSafeInteger(kroner) ? (kroner as Kroner) : null;
  };
  const min = amount(match[1]);
  const max = match[2] === undefined ? min : amount(match[2]);
  return { min, max };
}

export function readCriteria(table: Table | undefined, unread: Unread[]): FutureInvestment | null {
  if (!table) return null;
  const lines = table.lines.slice(1);
  let data = joinLines(lines.map((line) => line.text));
  for (const phrase of CRITERIA_HEADER) data = data.replace(phrase, ' ');
  data = collapse(data);
  if (data === '') {
    unread.push({ field: 'futureInvestment', reason: 'Tabel 2 er tom', excerpt: '' });
    return null;
  }
  const round = ROUND_TOKEN.exec(data);
  const before = round ? data.slice(0, round.index) : '';
  const after = round ? data.slice(round.index + round[0].length) : data;
  if (!round) {
    unread.push({
      field: 'futureInvestment.expectedDecisionRound',
      reason: 'Forventet vedtagelse kunne ikke læses',
      excerpt: excerpt(table.lines),
    });
  }
  const marks = [...after.matchAll(MARK)];
  const firstMark = marks[0]?.index ?? after.length;
  const lastMark = marks.at(-1);
  const potentialText = after.slice(0, firstMark);
  const note = lastMark ? collapse(after.slice(lastMark.index + 1)) : '';
  const areaMatch = AREA_IN_BRACKETS.exec(potentialText);
  const expectedCost = parseAmountRange(before);
  if (round && expectedCost.min === null) {
    unread.push({
      field: 'futureInvestment.expectedCost',
      reason: 'Forventet udgift er ikke angivet som beløb',
      excerpt: collapse(before) || excerpt(table.lines),
    });
  }

  let flags = [false, false, false];
  if (marks.length >= 3) {
    flags = [true, true, true];
  } else if (marks.length > 0) {
    // With fewer than three marks, the empty cells are where the layout says: a mark line that
    // starts with blank space has its marks in the last columns, one followed by text (the last
    // column's remark) in the first.
    const markLine = lines.find(
      (line) => /^(X\s*)+/.test(line.text) || /\sX(\s|$)/.test(line.text),
    );
    const indented = markLine ? /^\s/.test(markLine.raw) && /^X\b/.test(markLine.text) : false;
    const rightAligned = indented && note === '';
    flags = [0, 1, 2].map((i) => (rightAligned ? i >= 3 - marks.length : i < marks.length)) as [
      boolean,
      boolean,
      boolean,
    ];
    if (note === '') {
      unread.push({
        field: 'futureInvestment.marks',
        reason: `${marks.length} af 3 krydser uden sikker kolonne; læst efter opstillingen`,
        excerpt: excerpt(table.lines),
      });
    }
  }
  return {
    expectedCost,
    expectedDecisionRound: round ? round[0].replace(/\s+/g, ' ') : '',
    efficiencyPotential: parseAmountRange(potentialText.replace(AREA_IN_BRACKETS, ' ')),
    efficiencyArea: areaMatch ? areaOf(areaMatch[1]!) : null,
    crossCuttingEfficiency: flags[0]!,
    largeScalePotential: flags[1]!,
    matureNewTechnology: flags[2]!,
    note,
  };
}

// Tabel 3 ----------------------------------------------------------------------------------

const GOALS_HEADER =
  /^(opfølgningsmål|hvordan\s+måles|opfølgningsmålet\?|hvem\s+er\s+ansvarlig|opfølgning\?|hvornår\s+gennemføres|følgningen\?|opfølgningen\?)/i;
const GROUP_HEADINGS: readonly [RegExp, GoalGroup][] = [
  [/^realisering\s+af\s+effektivisering/i, 'efficiency'],
  [/^realisering\s+af\s+(innovations|investerings)forslag/i, 'implementation'],
  [/^realisering\s+af\s+foranalyse/i, 'implementation'],
  [/^implementering\s+og\s+anvendelse/i, 'implementation'],
];
// How a "when" cell begins: "Løbende ...", "Q4 2026", "Ultimo 2025", "Første kvartal 2026".
const WHEN_START = new RegExp(
  String.raw`(?:^|\s)((?:Løbende|Ultimo|Primo|Medio|Månedligt|Kvartalsvis|Årligt|Halvårligt|` +
    String.raw`Afslutning|Efter\s+hver|Ved\s+udrulning|Senest|Inden|Hver|` +
    String.raw`(?:Første|Andet|Tredje|Fjerde)\s+kvartal|I\s+(?:testperiode\w*|løbet|\d{4})|` +
    String.raw`Q[1-4]|[1-4]\.\s*kvartal|(?:Januar|Februar|Marts|April|Maj|Juni|Juli|August|` +
    String.raw`September|Oktober|November|December)|20\d{2})\b.*)$`,
  'u',
);
const CONNECTIVE_END = /(\s(og|af|for|med|samt|i|til|på|om|at|eller)|[,-])$/i;

function partGoalAndMeasure(text: string): [string, string] | null {
  const words = text.split(' ');
  for (let i = 1; i < words.length; i++) {
    if (/^\p{Lu}\p{Ll}/u.test(words[i]!) && !/[.:;!?–-]$/.test(words[i - 1]!)) {
      return [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    }
  }
  return null;
}

function groupOf(text: string): GoalGroup | null {
  for (const [pattern, group] of GROUP_HEADINGS) if (pattern.test(text)) return group;
  return null;
}

/** Cell texts in reading order: blank lines and wide gaps end a cell; a cut-off one goes on. */
function goalCells(lines: readonly SourceLine[]): string[] {
  const cells: string[][] = [];
  let open = false;
  for (const line of lines) {
    if (isBlank(line)) {
      open = false;
      continue;
    }
    const pieces = line.raw
      .trim()
      .split(/\s{3,}/)
      .map((piece) => collapse(piece))
      .filter((piece) => piece !== '');
    pieces.forEach((piece, i) => {
      const last = cells[cells.length - 1];
      const text = last ? joinLines(last) : '';
      // A line that opens a new page (one leading space) starts a new cell unless the text
      // plainly runs on.
      const pageBreak = /^ \S/.test(line.raw);
      const continues =
        last !== undefined &&
        i === 0 &&
        ((open && !pageBreak) || CONNECTIVE_END.test(text) || /^\p{Ll}/u.test(piece));
      if (continues) last.push(piece);
      else cells.push([piece]);
    });
    open = true;
  }
  return cells.map((cell) => joinLines(cell));
}

export function readGoals(table: Table | undefined, unread: Unread[]): FollowUpGoal[] {
  if (!table) return [];
  const lines = table.lines.slice(1).filter((line) => !GOALS_HEADER.test(line.text));
  const goals: FollowUpGoal[] = [];
  let group: GoalGroup = 'implementation';
  let row: string[] = [];
  let lastWasHeading = false;

  const finish = () => {
    if (row.length === 0) return;
    const cells = [...row];
    row = [];
    let when = '';
    const last = cells[cells.length - 1]!;
    const whenMatch = WHEN_START.exec(last);
    if (whenMatch) {
      when = whenMatch[1]!.trim();
      const before = last.slice(0, whenMatch.index).trim();
      if (before === '') cells.pop();
      else cells[cells.length - 1] = before;
    } else if (cells.length >= 4) {
      when = cells.pop()!;
    }
    let goal = cells[0] ?? '';
    let measure = '';
    let responsible = '';
    let sure = when !== '';
    if (cells.length >= 3) {
      responsible = cells[cells.length - 1]!;
      measure = cells.slice(1, -1).join(' ');
      sure &&= cells.length === 3;
    } else if (cells.length === 2 && cells[1]!.split(' ').length <= 6) {
      // Who is responsible is a short name ("KfD", "Center for Økonomi"), so the goal and its
      // measure were printed as one: they part where a capitalised word starts mid-sentence.
      responsible = cells[1]!;
      const parted = partGoalAndMeasure(goal);
      if (parted) [goal, measure] = parted;
      sure = false;
    } else {
      measure = cells.slice(1).join(' ');
      sure = false;
    }
    if (!sure) {
      unread.push({
        field: 'followUpGoals',
        reason:
          'Opfølgningsmålets celler kunne ikke adskilles sikkert; tjek mål, måling, ansvarlig og tidspunkt',
        excerpt: [goal, measure, responsible, when].filter(Boolean).join(' / ').slice(0, 240),
      });
    }
    goals.push({ group, goal, measure, responsible, when });
  };

  for (const cell of goalCells(lines)) {
    const heading = groupOf(cell);
    if (heading && !lastWasHeading) {
      finish();
      group = heading;
      lastWasHeading = true;
      continue;
    }
    lastWasHeading = false;
    row.push(cell);
    const isWhen = WHEN_START.exec(cell);
    // A row ends with its "when" cell: one that starts with a time, or a short name followed
    // by a time (the responsible and the when run together).
    if (isWhen && row.length >= 2) {
      const before = cell.slice(0, isWhen.index).trim();
      if (before === '' || (before.split(' ').length <= 5 && /^\p{Lu}/u.test(before))) finish();
    }
  }
  finish();
  return goals;
}
