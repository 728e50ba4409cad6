import { kronerToThousands, type Kroner } from '../domain/money.ts';
import type { OverviewEntry } from '../domain/imports/overview-line.ts';
import type { RoundOverview } from './overview.ts';
import type { ImportedProposal } from './types.ts';

const thousands = (value: Kroner | null) => (value === null ? null : kronerToThousands(value));

/** The JSON shape the CLI prints for one proposal. */
export function presentProposal(proposal: ImportedProposal) {
  const { content, stated, computed, mismatches } = proposal;
  return {
    code: content.code,
    title: content.title,
    kind: content.kind,
    generation: proposal.generation,
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
    overview: proposal.overview && presentEntry(proposal.overview.entry),
    mismatches: mismatches.map((m) => ({
      field: m.field,
      stated: m.unit === 'kroner' ? thousands(m.stated as Kroner | null) : m.stated,
      computed: m.unit === 'kroner' ? thousands(m.computed as Kroner | null) : m.computed,
    })),
    unread: proposal.unread,
  };
}

/** A line of a round's overview, amounts in thousands of kroner like Tabel 1. */
function presentEntry(entry: OverviewEntry) {
  return {
    code: entry.code,
    title: entry.title,
    committee: entry.committee,
    crossCutting: entry.crossCutting,
    investment: {
      service: thousands(entry.investment.service),
      anlaeg: thousands(entry.investment.anlaeg),
      total: thousands(entry.investment.total),
    },
    efficiency: thousands(entry.efficiency),
    payback: entry.payback,
  };
}

/** The JSON shape the CLI prints for a round's overview (--overview). */
export function presentOverview(overview: RoundOverview) {
  return {
    round: overview.round?.short ?? null,
    priceLevelYear: overview.priceLevelYear,
    entries: overview.entries.map(presentEntry),
    mismatches: overview.mismatches.map((m) => ({
      field: m.field,
      stated: thousands(m.stated as Kroner | null),
      computed: thousands(m.computed as Kroner | null),
    })),
    unread: overview.unread,
  };
}
