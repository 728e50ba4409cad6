import { evaluateTable } from '../domain/economics/index.ts';
import type { Kroner } from '../domain/money.ts';
import type { Area, ProposalKind, RowSection } from '../domain/proposal.ts';
import { formatDanishNumber } from '../shared/danish-number.ts';

// Proposals in the template's shape as PDF extraction prints them, written from random figures
// in our own words: test input whose right answer is known, and bulk input for the benchmark.
// Two layouts occur in real extractions: "wide" (cells three spaces apart, an empty cell leaves
// its separator) and "narrow" (cells one space apart, every line double-spaced).

export type Layout = 'wide' | 'narrow';

export interface SyntheticRow {
  label: string;
  section: RowSection;
  area: Area;
  /** Thousands of kroner, null for an empty cell. */
  values: (number | null)[];
}

export interface SyntheticProposal {
  text: string;
  code: string;
  title: string;
  kind: ProposalKind;
  lead: string;
  priceLevelYear: number;
  years: number[];
  rows: SyntheticRow[];
  payback: { service: number | null; total: number | null };
}

const LEADS: readonly [string, string][] = [
  ['TMF', 'Teknik- og Miljøforvaltningen'],
  ['KFF', 'Kultur- og Fritidsforvaltningen'],
  ['BUF', 'Børne- og Ungdomsforvaltningen'],
  ['SUF', 'Sundheds- og Omsorgsforvaltningen'],
  ['ØKF', 'Økonomiforvaltningen'],
];

const SUBJECTS = [
  'Fælles booking af mødelokaler og biler',
  'Digital indberetning af skader på vejarealer',
  'Automatisk journalisering af borgerhenvendelser',
  'Sensorer til styring af rengøring i idrætshaller',
  'Selvbetjening ved ansøgning om fripladstilskud',
  'Robotstøvsugere i daginstitutioner',
];

const SENTENCES = [
  'Forvaltningen vil afprøve en ny arbejdsgang, der samler opgaven ét sted.',
  'Løsningen bygger på erfaringer fra en mindre pilot i to enheder.',
  'Medarbejderne frigøres fra manuelle registreringer og kan bruge tiden på kerneopgaven.',
  'Der er dialog med Koncern IT om drift, sikkerhed og integration til de eksisterende systemer.',
  'Gevinsterne hentes gradvist, efterhånden som løsningen rulles ud i hele forvaltningen.',
  'Projektet følges af en styregruppe, som mødes hvert kvartal og godkender milepælene.',
];

const IMPLEMENTATION_LABELS = [
  'Projektledelse',
  'Indkøb af licenser og opsætning',
  'Udvikling af integration til fagsystemet og test af løsningen',
  'Uddannelse af medarbejdere',
  'Ekstern konsulentbistand',
];
const COST_LABELS = ['Drift og support', 'Licenser', 'Systemforvaltning og vedligehold af data'];
const SAVING_LABELS = ['Effektivisering af sagsbehandling', 'Færre køb af eksterne ydelser'];

type Random = () => number;

/** mulberry32, so a seed gives the same proposal on every run. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)]!;
const int = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));

function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => pick(random, SENTENCES)).join(' ');
}

/** Wraps running text at about `width` characters, hyphenating a long word now and then. */
function wrap(text: string, width: number, random: Random): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > width && line !== '') {
      if (word.length > 9 && random() < 0.5) {
        const cut = 4 + Math.floor(random() * (word.length - 7));
        lines.push(`${line} ${word.slice(0, cut)}-`);
        line = word.slice(cut);
        continue;
      }
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function amount(value: number, random: Random): string {
  const text = formatDanishNumber(value);
  // Some extractions set the minus apart from its number.
  return value < 0 && random() < 0.2 ? `- ${text.slice(1)}` : text;
}

function randomRows(random: Random, kind: ProposalKind, n: number): SyntheticRow[] {
  const rows: SyntheticRow[] = [];
  const empty = () => new Array<number | null>(n).fill(null);
  const implementationCount = int(random, 1, 4);
  for (let i = 0; i < implementationCount; i++) {
    const values = empty();
    const from = random() < 0.8 ? 0 : 1;
    const length = int(random, 1, Math.min(3, n - from));
    for (let y = from; y < from + length; y++) values[y] = int(random, 1, 90) * 10;
    rows.push({
      label: IMPLEMENTATION_LABELS[i % IMPLEMENTATION_LABELS.length]!,
      section: 'implementation',
      area: kind === 'investeringsforslag' && random() < 0.3 ? 'anlaeg' : 'service',
      values,
    });
  }
  if (kind !== 'investeringsforslag') return rows;
  const costs = int(random, 0, 2);
  for (let i = 0; i < costs; i++) {
    const values = empty();
    const from = int(random, 1, 2);
    const cost = int(random, 5, 60) * 10;
    for (let y = from; y < n; y++) values[y] = cost;
    rows.push({
      label: COST_LABELS[i]!,
      section: 'lasting',
      area: random() < 0.8 ? 'service' : 'overfoersler',
      values,
    });
  }
  const savings = int(random, 1, 2);
  for (let i = 0; i < savings; i++) {
    const values = empty();
    const from = int(random, 1, 2);
    const full = -int(random, 50, 900) * 10;
    for (let y = from; y < n; y++) values[y] = y === from ? Math.round(full / 20) * 10 : full;
    rows.push({ label: SAVING_LABELS[i]!, section: 'lasting', area: 'service', values });
  }
  return rows;
}

const AREA_NAMES: Record<Area, string> = {
  service: 'Service',
  anlaeg: 'Anlæg',
  overfoersler: 'Efterspørgselsstyrede overførsler',
  finans: 'Finansposter',
};

function sum(rows: readonly SyntheticRow[], n: number): (number | null)[] {
  const totals = new Array<number>(n).fill(0);
  for (const row of rows) row.values.forEach((v, y) => (totals[y]! += v ?? 0));
  return totals.map((value) => (value === 0 ? null : value));
}

interface RenderedRow {
  label: string;
  area: string;
  values: (number | null)[];
}

function renderTable(
  rows: readonly SyntheticRow[],
  years: readonly number[],
  priceLevelYear: number,
  layout: Layout,
  noise: boolean,
  random: Random,
): string[] {
  const n = years.length;
  const sep = layout === 'wide' ? '   ' : ' ';
  const out: string[] = [];
  const line = (text: string) => {
    out.push(text);
    if (layout === 'narrow') out.push('');
  };
  const cells = (values: readonly (number | null)[]) =>
    values.map((v) => (v === null ? '' : amount(v, random))).join(sep);
  const row = ({ label, area, values }: RenderedRow) => {
    const labelLines = label.length > 32 ? wrap(label, 30, random) : [label];
    let areaText = area;
    if (area.startsWith('Efterspørgsels') && random() < 0.5) {
      // Narrow columns break the longest area name mid-word, without a hyphen.
      labelLines.push('Efterspørgselsstyred');
      areaText = 'e overførsler';
    }
    const own = random() < 0.2 && areaText !== '';
    for (const text of labelLines.slice(0, -1)) line(text);
    const last = labelLines[labelLines.length - 1]!;
    // Real extractions are not exact about whitespace: in the wide layout a run of empty
    // cells loses a space or two ("Service        7.550" for two empty years), in the narrow
    // one a cell's own padding adds a space after the styringsområde.
    const jitter = (text: string) => {
      if (!noise) return text;
      if (layout === 'wide')
        return text.replace(/ {6,}(?=\S)/g, (gap) =>
          random() < 0.5 ? gap.slice(gap.length >= 9 ? int(random, 1, 2) : 1) : gap,
        );
      return text.replace(/^(\S+) (?=\S)/, (cell) => (random() < 0.3 ? `${cell} ` : cell));
    };
    if (own) {
      line(last);
      line(jitter(`${areaText}${sep}${cells(values)}${sep}`));
    } else {
      line(`${last}${sep}${jitter(`${areaText}${sep}${cells(values)}${sep}`)}`);
    }
  };

  line('Tabel 1. Forslagets samlede økonomiske konsekvenser');
  line(`1.000 kr. ${priceLevelYear} p/l`);
  line(`Styringsområde${sep}${years.join(sep)}`);
  const lasting = rows.filter((r) => r.section === 'lasting');
  const implementation = rows.filter((r) => r.section === 'implementation');
  if (lasting.length > 0) {
    line('Varige ændringer (effektiviseringer og drift)');
    for (const r of lasting) row({ label: r.label, area: AREA_NAMES[r.area], values: r.values });
    for (const area of ['service', 'overfoersler'] as const) {
      const inArea = lasting.filter((r) => r.area === area);
      if (inArea.length > 0) {
        row({
          label: `Samlet varig ændring, ${AREA_NAMES[area].toLowerCase()}`,
          area: AREA_NAMES[area],
          values: sum(inArea, n),
        });
      }
    }
    row({ label: 'Samlet varig ændring', area: '', values: sum(lasting, n) });
  }
  line('Implementeringsomkostninger (midler fra investeringspuljen)');
  for (const r of implementation)
    row({ label: r.label, area: AREA_NAMES[r.area], values: r.values });
  row({ label: 'Samlede implementeringsomkostninger', area: '', values: sum(implementation, n) });
  if (lasting.length > 0) {
    row({ label: 'Samlet økonomisk påvirkning', area: '', values: sum(rows, n) });
  }
  return out;
}

export function syntheticProposal(
  random: Random,
  options: { layout?: Layout; kind?: ProposalKind; noise?: boolean } = {},
): SyntheticProposal {
  const layout = options.layout ?? (random() < 0.5 ? 'wide' : 'narrow');
  const kind = options.kind ?? (random() < 0.5 ? 'investeringsforslag' : 'innovationsforslag');
  const first = int(random, 2024, 2028);
  const n = random() < 0.8 ? 6 : 4;
  const years = Array.from({ length: n }, (_, i) => first + i);
  const priceLevelYear = first + (random() < 0.5 ? 0 : 1);
  // In the order the table prints them: lasting changes first.
  const drawn = randomRows(random, kind, n);
  const rows = [
    ...drawn.filter((r) => r.section === 'lasting'),
    ...drawn.filter((r) => r.section !== 'lasting'),
  ];
  const [leadCode, leadName] = pick(random, LEADS);
  const code = `${pick(random, ['TK', 'KU', 'BU', 'SU', 'ØK'])}${int(random, 10, 99)}`;
  const title = pick(random, SUBJECTS);
  const kindWord = kind === 'investeringsforslag' ? 'Investeringsforslag' : 'Innovationsforslag';

  const table = {
    priceLevelYear,
    years,
    rows: rows.map((r) => ({
      ...r,
      values: r.values.map((v) => (v === null ? null : ((v * 1000) as Kroner))),
    })),
  };
  const payback =
    kind === 'investeringsforslag' ? evaluateTable(table).payback : { service: null, total: null };

  const sep = layout === 'wide' ? '   ' : ' ';
  const out: string[] = [];
  const line = (text: string) => {
    out.push(text);
    if (layout === 'narrow') out.push('');
  };
  const para = (text: string) => {
    for (const l of wrap(text, 88, random)) line(l);
    out.push(layout === 'wide' ? '   ' : ' ');
  };
  line(` Overførselssagen ${first - 1}-${first}${sep}${kindWord}`);
  out.push('');
  line(`${code} ${title}`);
  out.push('   ');
  line(`Kort resumé:${sep}${paragraph(random, 2)}`);
  out.push('   ');
  line('Fremstillende');
  line('forvaltning:');
  line(leadName);
  out.push('   ');
  line('1. Beskrivelse af forslag (fremgangsmåde og effekt)');
  for (let p = 0; p < int(random, 3, 6); p++) para(paragraph(random, int(random, 3, 6)));
  line('2. Økonomi');
  para(paragraph(random, 3));
  out.push(...renderTable(rows, years, priceLevelYear, layout, options.noise ?? false, random));
  if (kind === 'investeringsforslag') {
    line('Tilbagebetalingstid baseret på');
    line(`serviceeffektivisering${sep}${payback.service ?? '-'}`);
    line('Tilbagebetalingstid baseret på');
    line(`totaløkonomi${sep}${payback.total ?? '-'}`);
  }
  line('Noter til alle tabeller: Alle effektiviseringer er angivet med negativt fortegn (-).');
  out.push('   ');
  line('3. Implementering og opfølgning');
  para(paragraph(random, 4));
  line('4. Risikovurdering');
  para(`Den samlede risiko vurderes som lav. ${paragraph(random, 2)}`);
  line('6. Hvem er hørt?');
  line('Tabel 4. Godkendelse af Center for Økonomi');
  line(`Ja/Nej${sep}Dato for godkendelse`);
  line(
    `Center for Økonomi, Økonomiforvaltningen${sep}Ja${sep}${int(random, 1, 28)}. marts ${first}`,
  );
  out.push('   ');
  return {
    text: out.join('\n') + '\n',
    code,
    title,
    kind,
    lead: leadCode,
    priceLevelYear,
    years,
    rows,
    payback,
  };
}

/** Proposals one after another until the text is at least `minChars` long. */
export function syntheticDocument(
  random: Random,
  minChars: number,
): { text: string; proposals: SyntheticProposal[] } {
  const proposals: SyntheticProposal[] = [];
  let text = '';
  while (text.length < minChars) {
    const proposal = syntheticProposal(random);
    proposals.push(proposal);
    text += proposal.text;
  }
  return { text, proposals };
}
