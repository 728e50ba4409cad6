import type { Area, ProposalKind, RowSection } from '../proposal.ts';

// A new proposal's Tabel 1 starts as the template's blank table does (SPEC.md section 5), so the
// author fills in cells instead of building the table: the template's rows for the kind and one
// column per year from the round's first budget year.

/** How many year columns the template has: "usually six years from the first budget year". */
export const TEMPLATE_YEARS = 6;

export interface TemplateRow {
  label: string;
  section: RowSection;
  area: Area;
}

const implementation = (label: string, area: Area = 'service'): TemplateRow => ({
  label,
  section: 'implementation',
  area,
});

/**
 * An investment case states its lasting efficiency gain and running costs and what the pool
 * pays to implement it; an innovation case and a pre-analysis need not save money, so their
 * template holds only what the pool pays (the seeds' BC01, BC02 and BC39 have nothing else).
 */
export const TEMPLATE_ROWS: Record<ProposalKind, readonly TemplateRow[]> = {
  investeringsforslag: [
    { label: 'Effektiviseringsgevinst', section: 'lasting', area: 'service' },
    { label: 'Øgede driftsudgifter', section: 'lasting', area: 'service' },
    implementation('Projektledelse og interne ressourcer'),
    implementation('Udvikling og anskaffelse', 'anlaeg'),
  ],
  innovationsforslag: [
    implementation('Projektledelse og interne ressourcer'),
    implementation('Afprøvning og udvikling'),
  ],
  foranalyse: [implementation('Projektledelse og interne ressourcer'), implementation('Analyse')],
};

/** The template's Tabel 1 for a kind, its columns from `firstYear` on (none when null). */
export function templateTable(kind: ProposalKind, firstYear: number | null) {
  const years =
    firstYear === null ? [] : Array.from({ length: TEMPLATE_YEARS }, (_, i) => firstYear + i);
  return {
    years,
    rows: TEMPLATE_ROWS[kind].map((row) => ({ ...row, values: years.map(() => null) })),
  };
}
