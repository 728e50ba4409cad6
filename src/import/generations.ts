import type { ProposalKind, RowSection } from '../domain/proposal.ts';
import type { SectionKey, TableKey } from './template.ts';

// The words of Copenhagen's template as they changed over the years, as data: the reader asks
// this table which label opens the title, which words name a section or a header field, so a
// new generation is a new entry here, not a new branch in the reader.

export type GenerationId = '2022-2026' | '2018-2021' | '2016-2019' | '2016-2017';

export interface Generation {
  id: GenerationId;
  /** Lines only this generation writes; the recogniser counts them. */
  marks: readonly RegExp[];
  /** The label in front of the code and title ("Forslagets titel: BC05 ..."), if any. */
  titleLabel: RegExp | null;
  /** Header labels that hold nothing the proposal keeps, but end the field above them. */
  otherLabels: readonly RegExp[];
  /** Section headings (after their number) and the part of the proposal they hold. */
  sections: readonly [SectionKey, RegExp][];
  /** Headings this generation writes without a number, as the whole line ("Baggrund"). */
  unnumberedSections: readonly [SectionKey, RegExp][];
  /** The sections its template asks for; null for those of the kind (today's template). */
  expectedSections: readonly SectionKey[] | null;
  /** Whole lines that title a table, beside the "Tabel N. ..." form every generation uses. */
  tableTitles: readonly [TableKey, RegExp][];
  /** The kind as the generation writes it alone on a line, and what it is today. */
  kinds: readonly [RegExp, ProposalKind][];
  /**
   * Tabel 1's group headings, the whole line without a parenthesis ("Implementeringsomkostninger
   * (midler fra investeringspuljen)"): the part of the economy the rows under them belong to.
   */
  groupHeadings: readonly [RegExp, RowSection][];
  /** Which stated payback a payback line's words name. */
  paybacks: readonly [RegExp, 'service' | 'total'][];
}

export const GENERATIONS: readonly Generation[] = [
  {
    id: '2022-2026',
    marks: [/^kort\s+resum[eé]/i, /^(overførselssagen|budget)\s*\d{4}/i],
    titleLabel: null,
    otherLabels: [],
    sections: [
      ['description', /^beskrivelse\b/i],
      ['economy', /^økonomi\b/i],
      ['futureInvestment', /^kommende\s+investerings/i],
      ['implementation', /^implementering\b/i],
      ['risk', /^risiko/i],
      ['adminEfficiency', /^effektivisering\w*\s+på\s+administration/i],
      ['heard', /^hvem\s+er\s+hørt/i],
    ],
    unnumberedSections: [],
    expectedSections: null,
    tableTitles: [],
    kinds: [
      [/^investeringsforslag$/i, 'investeringsforslag'],
      [/^innovationsforslag$/i, 'innovationsforslag'],
      [/^foranalyse$/i, 'foranalyse'],
    ],
    groupHeadings: [
      [/^varige?\s+ændring(er)?$/i, 'lasting'],
      [/^implementeringsomkostninger$/i, 'implementation'],
    ],
    paybacks: [
      [/service/i, 'service'],
      [/total/i, 'total'],
    ],
  },
  {
    id: '2018-2021',
    marks: [/^forslagets\s+titel\s*:/i, /^angiv\s+p\s*\/\s*l/i, /^der\s+søges\s+om\s+midler/i],
    titleLabel: /^(?:forslagets\s+(?:titel|navn)|titel\s+på\s+forslaget)\s*:\s*/i,
    otherLabels: [/^der\s+søges\s+om\s+midler\s+fra\s*:?/i, /^angiv\s+p\s*\/\s*l\s*:?/i],
    sections: [
      ['description', /^baggrund\s+og\s+formål/i],
      ['description', /^forslagets\s+indhold/i],
      ['implementation', /^implementering/i],
      ['risk', /^risiko/i],
      ['heard', /^(hvem\s+er\s+hørt|inddragelse|høring)/i],
    ],
    unnumberedSections: [],
    expectedSections: ['description', 'economy', 'implementation', 'risk'],
    tableTitles: [],
    kinds: [[/^INVESTERINGSFORSLAG$/u, 'investeringsforslag']],
    groupHeadings: [
      [/^varige\s+(effektiviseringer|ændringer)(\s+og\s+(drift|driftsudgifter))?$/i, 'lasting'],
      [/^implementerings(omkostninger|udgifter)$/i, 'implementation'],
    ],
    paybacks: [],
  },
  {
    id: '2016-2019',
    marks: [
      /^\d\.\d\s+FORSLAGETS\s+SAMLEDE\s+ØKONOMISKE/u,
      /^1\.?000\s*kr\.?\s*p\s*\/\s*l\s+styringsområde/i,
      /^(BUSINESS\s+CASE|EFFEKTIVISERINGSFORSLAG)$/u,
    ],
    titleLabel: null,
    otherLabels: [],
    sections: [
      ['economy', /^FORSLAGETS\s+ØKONOMI$/u],
      ['description', /^BAGGRUND\s+OG\s+FORMÅL$/u],
      ['description', /^FORSLAGETS\s+INDHOLD$/u],
      ['implementation', /^IMPLEMENTERING/u],
      ['risk', /^RISIKO/u],
    ],
    unnumberedSections: [],
    expectedSections: ['description'],
    tableTitles: [['economy', /^\d\.\d\s+FORSLAGETS\s+SAMLEDE\s+ØKONOMISKE\s+KONSEKVENSER$/u]],
    // Both were business cases with an investment behind them: today's investeringsforslag.
    kinds: [
      [/^BUSINESS\s+CASE$/u, 'investeringsforslag'],
      [/^EFFEKTIVISERINGSFORSLAG$/u, 'investeringsforslag'],
    ],
    groupHeadings: [
      [/^varige\s+ændringer$/i, 'lasting'],
      [/^(drifts)?effektiviseringer$/i, 'lasting'],
      [/^implementeringsomkostninger$/i, 'implementation'],
    ],
    paybacks: [],
  },
  {
    id: '2016-2017',
    marks: [/^tabel\s*1\.?\s*forslagets\s+samlede\s+økonomi$/i, /break\s*even/i, /^Type\s+\S/u],
    // A header table: "Forslag" and the code and title in the cell beside it.
    titleLabel: /^Forslag\s*:?\s+(?=[A-ZÆØÅ]{1,5}(?:\/[A-ZÆØÅ]{1,5})?[-.]?\d{1,3}[a-z]?\b)/u,
    otherLabels: [/^Type\s*:?\s+\S/u],
    sections: [],
    // Headings in bold without numbers, after the table.
    unnumberedSections: [
      ['description', /^(Baggrund|Formål|Beskrivelse)( og (formål|baggrund|indhold))?$/u],
      ['implementation', /^Implementering( og opfølgning)?$/u],
      ['risk', /^(Risici|Risikovurdering)$/u],
    ],
    expectedSections: [],
    tableTitles: [['economy', /^tabel\s*1\.?\s*forslagets\s+samlede\s+økonomi$/i]],
    kinds: [[/^BUSINESS\s+CASE$/u, 'investeringsforslag']],
    groupHeadings: [
      [/^drifts(effektiviseringer|udgifter|ændringer)$/i, 'lasting'],
      [/^(øgede|nye|varige)\s+driftsudgifter$/i, 'lasting'],
      [/^(besparelser|gevinster)$/i, 'lasting'],
      [
        /^(investering(er)?|investeringsbehov|engangsudgifter|implementeringsomkostninger)$/i,
        'implementation',
      ],
    ],
    // The business case states one payback, of the whole case.
    paybacks: [[/break\s*even/i, 'total']],
  },
];

/** Every generation's title label, to strip it wherever a title is read. */
export const TITLE_LABELS = GENERATIONS.flatMap((g) => (g.titleLabel ? [g.titleLabel] : []));
export const OTHER_HEADER_LABELS = GENERATIONS.flatMap((g) => g.otherLabels);
export const SECTION_WORDS = GENERATIONS.flatMap((g) => g.sections);
export const UNNUMBERED_SECTIONS = GENERATIONS.flatMap((g) => g.unnumberedSections);
export const TABLE_TITLES = GENERATIONS.flatMap((g) => g.tableTitles);
export const KIND_WORDS = GENERATIONS.flatMap((g) => g.kinds);
const GROUP_HEADINGS = GENERATIONS.flatMap((g) => g.groupHeadings);
// The most specific wordings first: "service" and "total" alone are the newest generation's.
export const PAYBACK_WORDS = [...GENERATIONS].reverse().flatMap((g) => g.paybacks);

/** The generation whose own lines a proposal's text holds most of; the newest on a tie. */
export function recogniseGeneration(texts: readonly string[]): Generation {
  let best: Generation = GENERATIONS[0]!;
  let bestCount = 0;
  for (const generation of GENERATIONS) {
    const count = texts.filter((text) => generation.marks.some((mark) => mark.test(text))).length;
    if (count > bestCount) {
      best = generation;
      bestCount = count;
    }
  }
  return best;
}

/** The title line without its label. */
export function withoutTitleLabel(text: string): string {
  for (const label of TITLE_LABELS) if (label.test(text)) return text.replace(label, '');
  return text;
}

/**
 * The part of the economy a group heading of Tabel 1 opens, or null when the line is no group
 * heading. Its parenthesis may be cut off at the line's end ("Varige ændringer (effektiviseringer
 * og" / "drift)").
 */
export function groupHeading(text: string): RowSection | null {
  // A heading opens its line with a capital; "implementeringsomkostninger" alone is the rest of
  // a label broken over lines ("Samlede" / "implementeringsomkostninger").
  if (!/^\p{Lu}/u.test(text)) return null;
  const bare = text
    .replace(/\s*\(.*$/, '')
    .replace(/[:*]+$/, '')
    .trim();
  return GROUP_HEADINGS.find(([pattern]) => pattern.test(bare))?.[1] ?? null;
}

// What a row's label says it is, for a row under no group heading: an efficiency or a running
// cost lasts, a one-off cost of getting there is implementation. Words of every generation.
const LASTING_WORDS =
  /effektivisering|besparelse|gevinst|reduktion|reduceret|færre|mindre|sparet|sparede|lavere|drift|licens|vedligehold|abonnement|husleje|løbende/i;
const IMPLEMENTATION_WORDS =
  /implementering|projekt|etablering|anskaffelse|indkøb|udvikling|investering|engangs|opstart|uddannelse|oplæring|kursus|konsulent|tilpasning|installation|montering|afprøvning/i;

/** The part of the economy a row's label points to, or null when it says nothing clear. */
export function sectionByMeaning(label: string): RowSection | null {
  const lasting = LASTING_WORDS.test(label);
  const implementation = IMPLEMENTATION_WORDS.test(label);
  if (lasting === implementation) return null;
  return lasting ? 'lasting' : 'implementation';
}
