import { formatDanishNumber } from '../shared/danish-number.ts';
import { COPENHAGEN_ADMINISTRATIONS } from './copenhagen.ts';
import type { SyntheticProposal, SyntheticRow } from './synthetic-document.ts';

// Proposals as a word processor prints them: running text in a proportional font and Tabel 1
// as a real table, its unit and price level in the corner cell, its figures right-aligned in
// their year's column. Printed to PDF (printHtmlToPdf), this is what PDFs of Word documents
// give the importer, unlike the plain-text extractions of the seeds.

const AREA_NAMES: Record<SyntheticRow['area'], string> = {
  service: 'Service',
  anlaeg: 'Anlæg',
  overfoersler: 'Efterspørgselsstyrede overførsler',
  finans: 'Finansposter',
};

const PARAGRAPH =
  'Forslaget beskrives her i almindelig tekst, som den står i skabelonen, over et par linjer, ' +
  'så afsnittet fylder som et afsnit i et rigtigt forslag.';

function sum(rows: readonly SyntheticRow[], years: number): (number | null)[] {
  return Array.from({ length: years }, (_, y) => {
    const total = rows.reduce((sum, row) => sum + (row.values[y] ?? 0), 0);
    return total === 0 ? null : total;
  });
}

function tableRow(label: string, area: string, values: readonly (number | null)[]): string {
  const cells = values
    .map((v) => `<td align="right">${v === null ? '' : formatDanishNumber(v)}</td>`)
    .join('');
  return `<tr><td>${label}</td><td>${area}</td>${cells}</tr>`;
}

function proposalHtml(p: SyntheticProposal): string {
  const name = COPENHAGEN_ADMINISTRATIONS.find((a) => a.code === p.lead)?.names[0] ?? p.lead;
  const n = p.years.length;
  const lasting = p.rows.filter((r) => r.section === 'lasting');
  const implementation = p.rows.filter((r) => r.section === 'implementation');
  const heading = (text: string) => `<tr><td colspan="${n + 2}">${text}</td></tr>`;
  const kind = p.kind === 'investeringsforslag' ? 'Investeringsforslag' : 'Innovationsforslag';
  return `
<p style="page-break-before: always">Overførselssagen ${p.years[0]! - 1}-${p.years[0]} ${kind}</p>
<p><b>${p.code} ${p.title}</b></p>
<p>Kort resumé: ${PARAGRAPH}</p>
<p>Fremstillende forvaltning: ${name}</p>
<h2>1. Beskrivelse af forslag (fremgangsmåde og effekt)</h2><p>${PARAGRAPH}</p>
<h2>2. Økonomi</h2><p>${PARAGRAPH}</p>
<p>Tabel 1. Forslagets samlede økonomiske konsekvenser</p>
<table cellspacing="0" border="1">
<tr><td>1.000 kr. ${p.priceLevelYear} p/l</td><td>Styringsområde</td>${p.years
    .map((year) => `<td align="right">${year}</td>`)
    .join('')}</tr>
${
  lasting.length > 0
    ? [
        heading('Varige ændringer (effektiviseringer og drift)'),
        ...lasting.map((r) => tableRow(r.label, AREA_NAMES[r.area], r.values)),
        tableRow('Samlet varig ændring', '', sum(lasting, n)),
      ].join('\n')
    : ''
}
${heading('Implementeringsomkostninger (midler fra investeringspuljen)')}
${implementation.map((r) => tableRow(r.label, AREA_NAMES[r.area], r.values)).join('\n')}
${tableRow('Samlede implementeringsomkostninger', '', sum(implementation, n))}
</table>
${
  p.kind === 'investeringsforslag'
    ? `<p>Tilbagebetalingstid baseret på serviceeffektivisering ${p.payback.service ?? '-'}</p>
<p>Tilbagebetalingstid baseret på totaløkonomi ${p.payback.total ?? '-'}</p>`
    : ''
}
<h2>3. Implementering og opfølgning</h2><p>${PARAGRAPH}</p>
<h2>4. Risikovurdering</h2><p>Den samlede risiko vurderes som lav. ${PARAGRAPH}</p>
<h2>6. Hvem er hørt?</h2><p>${PARAGRAPH}</p>`;
}

/** The proposals as one HTML document, each starting on a new page. */
export function proposalsAsHtml(proposals: readonly SyntheticProposal[]): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body { font-family: 'Liberation Sans'; font-size: 10pt }
td { font-size: 8pt }
</style></head><body>${proposals.map(proposalHtml).join('\n')}</body></html>`;
}
