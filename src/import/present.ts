import { kronerToThousands, type Kroner } from '../domain/money.ts';
import type { ImportedProposal } from './types.ts';

const thousands = (value: Kroner | null) => (value === null ? null : kronerToThousands(value));

/** The JSON shape the CLI prints for one proposal. */
export function presentProposal(proposal: ImportedProposal) {
  const { content, stated, computed, mismatches } = proposal;
  return {
    code: content.code,
    title: content.title,
    kind: content.kind,
    leadAdministration: content.leadAdministration,
    affectedAdministrations: content.affectedAdministrations,
    round: proposal.round?.short ?? null,
    priceLevelYear: content.economy.priceLevelYear,
    years: content.economy.years,
    rows: content.economy.rows.map((row) => ({
      label: row.label,
      section: row.section,
      area: row.area,
      values: row.values.map(thousands),
    })),
    stated: {
      payback: stated.payback,
      totals: stated.totals.map((total) => ({
        label: total.label,
        values: total.values.map(thousands),
      })),
    },
    computed: { payback: computed?.payback ?? { service: null, total: null } },
    mismatches: mismatches.map((m) => ({
      field: m.field,
      stated: m.unit === 'kroner' ? thousands(m.stated as Kroner | null) : m.stated,
      computed: m.unit === 'kroner' ? thousands(m.computed as Kroner | null) : m.computed,
    })),
    unread: proposal.unread,
  };
}
