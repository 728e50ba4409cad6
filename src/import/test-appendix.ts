import fc from 'fast-check';
import { evaluateTable } from '../domain/economics/index.ts';
import { thousandsToKroner, type Kroner } from '../domain/money.ts';
import type { Area, EconomicRow, RowSection } from '../domain/proposal.ts';
import type { GenerationId } from './generations.ts';

// Generated appendices of proposals, written in each generation's layout with the mess PDF
// extraction leaves (labels and names broken over lines, figures on the label's last line, a
// placeholder in the subtotals' area cell, empty cells as dashes, spaces or nothing, a minus set
// apart or written "÷", payback figures before the rest of their label, page numbers inside
// Tabel 1), for the property test that reads them back.

export interface GeneratedRow {
  label: string;
  area: Area;
  /** Thousands of kroner per year; null for an empty cell. */
  values: (number | null)[];
}

export interface GeneratedProposal {
  code: string;
  title: string;
  lead: readonly [string, string];
  first: number;
  implementation: GeneratedRow[];
  lasting: GeneratedRow[];
}

/** How this appendix's extraction came out. */
export interface Mess {
  empty: 'dash' | 'omit' | 'spaces';
  minus: 'plain' | 'apart' | 'division';
  placeholder: '-' | '▪' | '.' | '';
  paybackBreak: 'none' | 'figure-first' | 'figure-last';
  wrapLabels: boolean;
  pageBreakAfterRow: number | null;
  lastingFirst: boolean;
}

const YEARS = 6;

const FORVALTNINGER = [
  ['ØKF', 'Økonomiforvaltningen'],
  ['KFF', 'Kultur- og Fritidsforvaltningen'],
  ['BUF', 'Børne- og Ungdomsforvaltningen'],
  ['SUF', 'Sundheds- og Omsorgsforvaltningen'],
  ['SOF', 'Socialforvaltningen'],
  ['TMF', 'Teknik- og Miljøforvaltningen'],
  ['BIF', 'Beskæftigelses- og Integrationsforvaltningen'],
] as const;

const IMPLEMENTATION_LABELS = [
  'Projektledelse',
  'Udvikling af løsning',
  'Uddannelse af medarbejdere i nye arbejdsgange',
  'Indkøb af udstyr',
  'Ekstern rådgivning og test af integrationer',
];
const LASTING_LABELS = [
  'Færre manuelle sagsskridt',
  'Licens og drift',
  'Mindre brug af vikarer på tværs af enhederne',
  'Vedligehold af løsningen',
  'Sparet husleje',
];
const TITLES = [
  'Digital visitation',
  'Fælles vagtplan for botilbuddene i hele kommunen',
  'Selvbetjening i borgerservice',
  'Robotter i økonomiadministrationen',
];

const amount = fc.integer({ min: 1, max: 400 }).map((n) => n * 10);

const implementationRow = fc
  .record({
    label: fc.constantFrom(...IMPLEMENTATION_LABELS),
    area: fc.constantFrom<Area>('service', 'service', 'anlaeg'),
    length: fc.integer({ min: 1, max: 3 }),
    amounts: fc.array(amount, { minLength: 3, maxLength: 3 }),
  })
  .map(({ label, area, length, amounts }) => ({
    label,
    area,
    values: Array.from({ length: YEARS }, (_, y) => (y < length ? amounts[y]! : null)),
  }));

const lastingRow = fc
  .record({
    label: fc.constantFrom(...LASTING_LABELS),
    area: fc.constantFrom<Area>('service', 'service', 'overfoersler'),
    start: fc.integer({ min: 1, max: 2 }),
    amount,
    saving: fc.boolean(),
  })
  .map(({ label, area, start, amount: value, saving }) => ({
    label,
    area,
    values: Array.from({ length: YEARS }, (_, y) =>
      y < start ? null : saving ? -value * 3 : value,
    ),
  }));

export const generatedProposal: fc.Arbitrary<Omit<GeneratedProposal, 'code'>> = fc.record({
  title: fc.constantFrom(...TITLES),
  lead: fc.constantFrom(...FORVALTNINGER),
  first: fc.integer({ min: 2016, max: 2024 }),
  implementation: fc.array(implementationRow, { minLength: 1, maxLength: 3 }),
  lasting: fc.array(lastingRow, { minLength: 1, maxLength: 3 }),
});

export const mess: fc.Arbitrary<Mess> = fc.record({
  empty: fc.constantFrom('dash' as const, 'omit' as const, 'spaces' as const),
  minus: fc.constantFrom('plain' as const, 'apart' as const, 'division' as const),
  placeholder: fc.constantFrom('-' as const, '▪' as const, '.' as const, '' as const),
  paybackBreak: fc.constantFrom('none' as const, 'figure-first' as const, 'figure-last' as const),
  wrapLabels: fc.boolean(),
  pageBreakAfterRow: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  lastingFirst: fc.boolean(),
});

/** The proposal's Tabel 1 as the domain holds it, to state its subtotals and paybacks. */
export function economicRows(p: GeneratedProposal): EconomicRow[] {
  const rows = (section: RowSection, list: GeneratedRow[]) =>
    list.map((row) => ({
      label: row.label,
      section,
      area: row.area,
      values: row.values.map((v) => (v === null ? null : (thousandsToKroner(v) as Kroner))),
    }));
  return [...rows('implementation', p.implementation), ...rows('lasting', p.lasting)];
}

function evaluate(p: GeneratedProposal) {
  const years = Array.from({ length: YEARS }, (_, y) => p.first + y);
  return evaluateTable({ priceLevelYear: p.first, years, rows: economicRows(p) });
}

const grouped = (n: number) => String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function figure(value: number, m: Mess): string {
  if (value >= 0) return grouped(value);
  if (m.minus === 'apart') return '- ' + grouped(value);
  if (m.minus === 'division') return '÷' + grouped(value);
  return '-' + grouped(value);
}

/** A row's cells after its label: the area, then a figure or an empty cell per year. */
function cells(area: string | null, values: readonly (number | null)[], m: Mess): string {
  const parts: string[] = area === null ? [] : [area];
  let spaces = '';
  for (const value of values) {
    if (value === null) {
      if (m.empty === 'dash') parts.push('-');
      if (m.empty === 'spaces') spaces += '   ';
      continue;
    }
    parts.push(spaces + figure(value, m));
    spaces = '';
  }
  return parts.join('   ');
}

const AREA_WORDS: Record<GenerationId, Record<Area, string>> = {
  '2022-2026': {
    service: 'Service',
    anlaeg: 'Anlæg',
    overfoersler: 'Efterspørgselsstyred\ne overførsler',
    finans: 'Finansposter',
  },
  '2018-2021': {
    service: 'Service',
    anlaeg: 'Anlæg',
    overfoersler: 'Efterspørgselsstyrede overførsler',
    finans: 'Finansposter',
  },
  '2016-2019': {
    service: 'Service',
    anlaeg: 'Anlæg',
    overfoersler: 'Overførsl.\ner (eo)',
    finans: 'Finansposter',
  },
  '2016-2017': {
    service: 'Service',
    anlaeg: 'Anlæg',
    overfoersler: 'Overførsler',
    finans: 'Finansposter',
  },
};

/** A label broken before its last word, the figures on the line with the rest. */
function labelLines(label: string, rest: string, m: Mess): string[] {
  const words = label.split(' ');
  if (!m.wrapLabels || words.length < 3) return [`${label}   ${rest}`];
  return [words.slice(0, -1).join(' ') + '   ', `${words.at(-1)}   ${rest}`];
}

function rowLines(rows: readonly GeneratedRow[], g: GenerationId, m: Mess): string[][] {
  return rows.map((row) => {
    const area = AREA_WORDS[g][row.area];
    const [areaStart, areaEnd] = area.includes('\n') ? area.split('\n') : [null, area];
    const rest = cells(areaEnd!, row.values, m);
    const lines = labelLines(row.label, areaStart ?? rest, m);
    return areaStart === null ? lines : [...lines, rest];
  });
}

function sums(rows: readonly GeneratedRow[]): number[] {
  return Array.from({ length: YEARS }, (_, y) =>
    rows.reduce((sum, row) => sum + (row.values[y] ?? 0), 0),
  );
}

function subtotal(label: string, values: readonly number[], m: Mess): string {
  const placeholder = m.placeholder === '' ? '' : `   ${m.placeholder}`;
  return `${label}${placeholder}   ${values.map((v) => figure(v, m)).join('   ')}`;
}

function paybackLines(label: string, kind: string, years: number | null, m: Mess): string[] {
  const stated = years === null ? 'Ikke relevant' : `${years} år`;
  if (m.paybackBreak === 'figure-first') return [`${label}   ${stated}`, kind];
  if (m.paybackBreak === 'figure-last') return [label, `${kind}   ${stated}`];
  return [`${label} ${kind}   ${stated}`];
}

/** Tabel 1's body: group headings, rows and subtotals in the generation's order. */
function tableBody(p: GeneratedProposal, g: GenerationId, m: Mess): string[] {
  const implementation = rowLines(p.implementation, g, m);
  const lasting = rowLines(p.lasting, g, m);
  const implSum = sums(p.implementation);
  const lastSum = sums(p.lasting);
  const impact = implSum.map((v, y) => v + lastSum[y]!);
  const blocks: string[][] = [];
  if (g === '2016-2017') {
    blocks.push(['Implementeringsomkostninger'], ...implementation);
    blocks.push(['Driftseffektiviseringer'], ...lasting);
    blocks.push([subtotal('Samlet driftsændring (varig)', lastSum, m)]);
    return withPageBreak(blocks, m);
  }
  const implBlock = [
    ['Implementeringsomkostninger (midler fra investeringspuljen)'],
    ...implementation,
    [subtotal('Samlede implementeringsomkostninger', implSum, m)],
  ];
  const lastBlock = [
    ['Varige ændringer (effektiviseringer og drift)'],
    ...lasting,
    [subtotal('Samlet varig ændring', lastSum, m)],
  ];
  blocks.push(...(m.lastingFirst ? [...lastBlock, ...implBlock] : [...implBlock, ...lastBlock]));
  if (g !== '2016-2019') blocks.push([subtotal('Samlet økonomisk påvirkning', impact, m)]);
  return withPageBreak(blocks, m);
}

function withPageBreak(blocks: string[][], m: Mess): string[] {
  const at = m.pageBreakAfterRow;
  return blocks.flatMap((block, i) =>
    at !== null && i === at + 1 ? ['Side 4 af 9', ...block] : block,
  );
}

function paybacks(p: GeneratedProposal, g: GenerationId, m: Mess): string[] {
  const { payback } = evaluate(p);
  if (g === '2016-2017') {
    return paybackLines('Tilbagebetalingstid', '(Break Even)', payback.total, m);
  }
  const label = 'Tilbagebetalingstid i år baseret på';
  return [
    ...paybackLines(label, 'serviceeffektivisering', payback.service, m),
    ...paybackLines(label, 'totaløkonomi', payback.total, m),
  ];
}

/** The lead's name broken over two lines at its last syllables, as a narrow cell breaks it. */
function broken(name: string): string {
  return name.length > 30 ? `${name.slice(0, -5)}-\n${name.slice(-5)}` : name;
}

function checkBoxes(lead: string): string[] {
  return FORVALTNINGER.map(
    ([code, name]) => `${code === lead ? '☒' : '☐'} ${broken(name)}`,
  ).flatMap((line) => line.split('\n'));
}

function years(p: GeneratedProposal): string {
  return Array.from({ length: YEARS }, (_, y) => String(p.first + y)).join('   ');
}

const RENDER: Record<GenerationId, (p: GeneratedProposal, m: Mess) => string[]> = {
  '2022-2026': (p, m) => [
    `Overførselssagen ${p.first}-${p.first + 1}`,
    'Investeringsforslag',
    `${p.code} ${p.title}`,
    '',
    'Kort resumé: Forslaget samler arbejdsgange, der i dag går på tværs af flere',
    'enheder, i én løsning.',
    `Fremstillende forvaltning: ${p.lead[1]}`,
    '',
    '1. Beskrivelse af forslag (fremgangsmåde og effekt)',
    'Et forslag skrevet til testen.',
    '2. Økonomi',
    'Tabel 1. Forslagets samlede økonomiske konsekvenser',
    `1.000 kr. ${p.first} p/l`,
    `Styringsområde   ${years(p)}`,
    ...tableBody(p, '2022-2026', m),
    ...paybacks(p, '2022-2026', m),
    '4. Implementering og opfølgning',
    'Projektet følges hvert kvartal.',
  ],
  '2018-2021': (p, m) => [
    'INVESTERINGSFORSLAG',
    `Forslagets titel: ${p.code} ${p.title}`,
    'Kort resumé:',
    'Forslaget samler arbejdsgange, der i dag går på tværs af flere enheder, i én',
    'løsning.',
    'Der søges om midler fra: ☒ Investeringspuljen ☐ Innovationspuljen',
    'Fremstillende forvaltning:',
    ...checkBoxes(p.lead[0]),
    `Angiv p/l: ${p.first}`,
    '',
    '1. Baggrund og formål',
    'Et forslag skrevet til testen.',
    '3. Økonomi',
    'Tabel 1. Forslagets samlede økonomiske konsekvenser',
    `1.000 kr. (${p.first} p/l)   Styringsområde   ${years(p)}`,
    ...tableBody(p, '2018-2021', m),
    ...paybacks(p, '2018-2021', m),
    'Tabel 2. Ændring i antal årsværk',
    `Årsværk   ${years(p)}`,
    'Medarbejdere   0,0   -1,0   -2,0   -2,0   -2,0   -2,0',
    '5. Risikovurdering',
    'Samlet risiko: Lav',
  ],
  '2016-2019': (p, m) => [
    'EFFEKTIVISERINGSFORSLAG',
    `${p.code} ${p.title}`,
    'Kort resumé: Forslaget samler arbejdsgange, der i dag går på tværs af flere',
    'enheder.',
    `Fremstillende forvaltning: ${broken(p.lead[1])}`,
    'Berørte forvaltninger: Ingen',
    '',
    '1.1 FORSLAGETS SAMLEDE ØKONOMISKE KONSEKVENSER',
    `1.000 kr p/l Styringsområde   ${years(p)}`,
    ...tableBody(p, '2016-2019', m),
    ...paybacks(p, '2016-2019', m),
    `Note: Beløbene er angivet i ${p.first} p/l.`,
    '1.2 BAGGRUND OG FORMÅL',
    'Et forslag skrevet til testen.',
  ],
  '2016-2017': (p, m) => [
    'BUSINESS CASE',
    `Forslag   ${p.code} ${p.title}`,
    `Fremstillende forvaltning   ${p.lead[1]}`,
    'Type   Investering',
    'Resumé: Forslaget samler arbejdsgange, der i dag går på tværs af flere enheder,',
    'i én løsning.',
    '',
    'Tabel 1. Forslagets samlede økonomi',
    `1000 kr p/l   ${years(p)}`,
    ...tableBody(p, '2016-2017', m),
    ...paybacks(p, '2016-2017', m),
    `Note: Alle beløb er angivet i ${p.first} p/l.`,
  ],
};

/** Which minus signs a generation's documents write. */
export function fits(g: GenerationId, m: Mess): boolean {
  return m.minus !== 'division' || g === '2016-2017';
}

/** An appendix of the proposals in the generation's layout; each proposal's first line (1-based). */
export function renderAppendix(
  proposals: readonly GeneratedProposal[],
  g: GenerationId,
  m: Mess,
): { text: string; starts: number[] } {
  const lines = ['Bilag 3', 'Forslag til investeringspuljen', ''];
  const starts: number[] = [];
  for (const p of proposals) {
    starts.push(lines.length + 1);
    lines.push(...RENDER[g](p, m).flatMap((line) => line.split('\n')), '', '');
  }
  return { text: lines.join('\n'), starts };
}

/** What the reader must give back for each generated proposal, in the order it is printed. */
export function expectedRows(p: GeneratedProposal, g: GenerationId, m: Mess) {
  const rows = (section: RowSection, list: readonly GeneratedRow[]) =>
    list.map((row) => ({ label: row.label, section, area: row.area, values: row.values }));
  const implementation = rows('implementation', p.implementation);
  const lasting = rows('lasting', p.lasting);
  return m.lastingFirst && g !== '2016-2017'
    ? [...lasting, ...implementation]
    : [...implementation, ...lasting];
}

export { evaluate as evaluateGenerated };
