import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Area, ProposalKind, RowSection } from '../domain/proposal.ts';
import { COPENHAGEN_ADMINISTRATIONS } from './copenhagen.ts';
import { importDocument } from './import-document.ts';
import { presentProposal } from './present.ts';

// Our own test documents, one per generation of the template, and what a reader must get from
// each, field by field (thousands of kroner, null for an empty cell).

export type Values = (number | null)[];

export interface ExpectedProposal {
  code: string;
  title: string;
  kind: ProposalKind;
  lead: string;
  priceLevelYear: number;
  years: number[];
  rows: [string, RowSection, Area, Values][];
  totals: [string, Values][];
  payback: { service: number | null; total: number | null };
  /** The forvaltninger affected besides the lead; checked when given. */
  affected?: string[];
  /** The stated figures that do not add up in the document itself ("Samlet varig ændring 2025"). */
  mismatches?: string[];
}

/** How many years Tabel 1 of our test documents shows, from its price level on. */
const TABLE_YEARS = 6;

/** Every proposal of our test documents is an investment case; most show six years. */
export function investmentCase(
  proposal: Omit<ExpectedProposal, 'kind' | 'years'> & { years?: number[] },
): ExpectedProposal {
  const years = Array.from({ length: TABLE_YEARS }, (_, i) => proposal.priceLevelYear + i);
  return { kind: 'investeringsforslag', years, ...proposal };
}

export function readFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
}

/** Each field of the expected proposals, named, with whether the reader got it right. */
export function checkFields(
  text: string,
  expected: readonly ExpectedProposal[],
): { field: string; right: boolean }[] {
  const result = importDocument(text, { administrations: COPENHAGEN_ADMINISTRATIONS });
  const read = result.ok ? result.proposals.map(presentProposal) : [];
  const fields: { field: string; right: boolean }[] = [];
  const check = (field: string, got: unknown, want: unknown) =>
    fields.push({ field, right: JSON.stringify(got) === JSON.stringify(want) });
  check('proposals', read.length, expected.length);
  expected.forEach((want, i) => {
    const got = read[i];
    const at = `${want.code}.`;
    check(at + 'code', got?.code, want.code);
    check(at + 'title', got?.title, want.title);
    check(at + 'kind', got?.kind, want.kind);
    check(at + 'lead', got?.leadAdministration, want.lead);
    check(at + 'priceLevelYear', got?.priceLevelYear, want.priceLevelYear);
    check(at + 'years', got?.years, want.years);
    want.rows.forEach(([label, section, area, values], r) => {
      const row = got?.rows[r];
      check(`${at}rows.${r}`, row && [row.label, row.section, row.area, row.values], [
        label,
        section,
        area,
        values,
      ]);
    });
    check(at + 'rows.count', got?.rows.length, want.rows.length);
    want.totals.forEach(([label, values], t) => {
      const total = got?.stated.totals[t];
      check(`${at}totals.${t}`, total && [total.label, total.values], [label, values]);
    });
    if (want.affected) check(at + 'affected', got?.affectedAdministrations, want.affected);
    // Every arithmetic error of the source is flagged, and nothing else.
    check(
      at + 'mismatches',
      got?.mismatches.map((m) => m.field),
      want.mismatches ?? [],
    );
    check(at + 'payback.service', got?.stated.payback.service, want.payback.service);
    check(at + 'payback.total', got?.stated.payback.total, want.payback.total);
    // Where the document states a payback, our computation must agree with it.
    for (const kind of ['service', 'total'] as const) {
      if (want.payback[kind] !== null)
        check(`${at}computed.payback.${kind}`, got?.computed.payback[kind], want.payback[kind]);
    }
  });
  return fields;
}

/** Fails naming every field read wrong; says how many were right, to follow progress. */
export function expectEveryFieldRead(
  name: string,
  text: string,
  expected: readonly ExpectedProposal[],
): void {
  const fields = checkFields(text, expected);
  const wrong = fields.filter((field) => !field.right);
  console.log(`${name}: ${fields.length - wrong.length} of ${fields.length} fields right`);
  expect(wrong.map((field) => field.field)).toEqual([]);
}
