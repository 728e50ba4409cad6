import { evaluateTable } from '../economics/evaluate.ts';
import { scaleKroner } from '../economics/rounding.ts';
import type { Kroner } from '../money.ts';
import type { EconomicTable, ProposalKind } from '../proposal.ts';
import type { SavingsYear } from './realised-portfolio.ts';

// The realism check: what promised savings have historically turned into. Past granted
// proposals' realised savings over their promised savings, in the years they reported and had
// savings planned, give a ratio per forvaltning and kind; a new proposal's lasting changes
// scaled by it show what it is likely to save, and the payback that would follow. The ratio is
// kept as an exact fraction and each scaled cell rounded half away from zero.

/** One past proposal's record: its savings per year at any one price level. */
export interface RealisationHistory {
  proposalId: string;
  administration: string | null;
  kind: ProposalKind;
  savings: readonly SavingsYear[];
}

export type RealismBasis = 'administration-kind' | 'kind' | 'all';

export interface RealisationRatio {
  basis: RealismBasis;
  administration: string | null;
  kind: ProposalKind | null;
  /** Realised savings over promised savings in the years counted. */
  realised: Kroner;
  promised: Kroner;
  /** How many proposals it rests on. */
  proposals: number;
}

/** The realised and promised savings of one proposal in its reported years with a saving planned. */
function record(history: RealisationHistory): { realised: number; promised: number } | null {
  let realised = 0;
  let promised = 0;
  let counted = false;
  for (const s of history.savings) {
    if (s.realised === null || s.planned <= 0) continue;
    realised += s.realised;
    promised += s.planned;
    counted = true;
  }
  return counted ? { realised, promised } : null;
}

/**
 * The ratio for a proposal of `kind` led by `administration`: from the past proposals of the
 * same forvaltning and kind, else of the same kind, else of all; null without any record.
 */
export function realisationRatio(
  histories: readonly RealisationHistory[],
  administration: string | null,
  kind: ProposalKind,
): RealisationRatio | null {
  const records = histories.flatMap((h) => {
    const r = record(h);
    return r ? [{ ...r, administration: h.administration, kind: h.kind }] : [];
  });
  const choices: { basis: RealismBasis; matches: (r: (typeof records)[number]) => boolean }[] = [
    {
      basis: 'administration-kind',
      matches: (r) =>
        administration !== null && r.administration === administration && r.kind === kind,
    },
    { basis: 'kind', matches: (r) => r.kind === kind },
    { basis: 'all', matches: () => true },
  ];
  for (const { basis, matches } of choices) {
    const chosen = records.filter(matches);
    if (chosen.length === 0) continue;
    return {
      basis,
      administration: basis === 'administration-kind' ? administration : null,
      kind: basis === 'all' ? null : kind,
      realised: chosen.reduce((sum, r) => sum + r.realised, 0) as Kroner,
      promised: chosen.reduce((sum, r) => sum + r.promised, 0) as Kroner,
      proposals: chosen.length,
    };
  }
  return null;
}

function scaled(value: Kroner, numerator: bigint, denominator: bigint): Kroner {
  const result = scaleKroner(value, numerator, denominator);
  if (result === null) throw new RangeError(`Scaling ${value} leaves exact whole kroner`);
  return result;
}

/**
 * The table with every lasting cell scaled by realised / promised (promised is above zero: it
 * sums savings planned above zero). Throws a RangeError only beyond exact whole kroner.
 */
export function likelyTable(table: EconomicTable, ratio: RealisationRatio): EconomicTable {
  const numerator = BigInt(ratio.realised);
  const denominator = BigInt(ratio.promised);
  return {
    ...table,
    rows: table.rows.map((row) =>
      row.section !== 'lasting'
        ? row
        : {
            ...row,
            values: row.values.map((v) => (v === null ? null : scaled(v, numerator, denominator))),
          },
    ),
  };
}

export interface RealismCheck {
  ratio: RealisationRatio;
  years: number[];
  /** Savings per year as promised and as likely by the ratio. */
  promisedSavings: Kroner[];
  likelySavings: Kroner[];
  payback: { promised: number | null; likely: number | null };
}

/** What a proposal's promised savings are likely to turn into, and the payback that follows. */
export function realismCheck(table: EconomicTable, ratio: RealisationRatio): RealismCheck {
  const promised = evaluateTable(table);
  const likely = evaluateTable(likelyTable(table, ratio));
  const savingsOf = (totals: Kroner[]) => totals.map((v) => (v === 0 ? 0 : -v) as Kroner);
  return {
    ratio,
    years: [...table.years],
    promisedSavings: savingsOf(promised.totals.lasting.total),
    likelySavings: savingsOf(likely.totals.lasting.total),
    payback: { promised: promised.payback.total, likely: likely.payback.total },
  };
}
