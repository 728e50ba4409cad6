import { convertAmount, type PriceIndex } from '../domain/economics/index.ts';
import type { Kroner } from '../domain/money.ts';
import { PROPOSAL_KINDS, type EconomicTable, type ProposalKind } from '../domain/proposal.ts';
import { evaluateOrNull } from './tabel1-layout.ts';

// A round's overview of proposals received (seed 000, "Oversigt over indkomne ansøgninger"):
// per kind of proposal (each drawn from its own pool), grouped by committee, what each asks of
// the pool, with totals per committee and per kind. The amounts are the engine's
// requestedFromPool and its split by styringsområde, never sums of our own. Given the round's
// price level and the secretariat's index, each amount is converted to it, as the overview the
// committees read is in the p/l the money is paid out in.

export interface OverviewProposal {
  code: string | null;
  title: string;
  kind: ProposalKind;
  committee: string | null;
  economy: EconomicTable;
}

export interface Requested {
  service: Kroner;
  anlaeg: Kroner;
  total: Kroner;
}

export interface OverviewEntry {
  code: string | null;
  title: string;
  /** The price level the amounts are in: the round's when converted, else the proposal's own. */
  priceLevelYear: number | null;
  /** Null when the table's amounts are beyond exact arithmetic. */
  requested: Requested | null;
  /** Why the amounts could not be converted to the round's price level. */
  notConverted: string | null;
}

/** The price level to show the overview in, and the index to convert with. */
export interface OverviewPriceLevel {
  year: number;
  index: PriceIndex;
}

export interface CommitteeGroup {
  committee: string | null;
  entries: OverviewEntry[];
  total: Requested;
}

export interface KindGroup {
  kind: ProposalKind;
  committees: CommitteeGroup[];
  total: Requested;
}

export interface RoundOverview {
  kinds: KindGroup[];
  total: Requested;
  /** The price levels the proposals are written in; more than one means they are not converted. */
  priceLevels: number[];
  /** Proposals whose Tabel 1 could not be evaluated, left out of the totals. */
  unevaluated: number;
}

const danish = new Intl.Collator('da', { numeric: true });
const zero = (): Requested => ({ service: 0 as Kroner, anlaeg: 0 as Kroner, total: 0 as Kroner });

function add(sum: Requested, part: Requested | null): Requested {
  if (!part) return sum;
  return {
    service: (sum.service + part.service) as Kroner,
    anlaeg: (sum.anlaeg + part.anlaeg) as Kroner,
    total: (sum.total + part.total) as Kroner,
  };
}

function requested(economy: EconomicTable): Requested | null {
  const evaluation = evaluateOrNull(economy);
  if (!evaluation) return null;
  const byArea = evaluation.totals.implementation.byArea;
  const sum = (values: Kroner[]) => values.reduce((a, b) => a + b, 0) as Kroner;
  return {
    service: sum(byArea.service),
    anlaeg: sum(byArea.anlaeg),
    total: evaluation.requestedFromPool,
  };
}

/** Each part converted on its own, the total their sum, so the columns still add up. */
function converted(
  amount: Requested,
  from: number,
  target: OverviewPriceLevel,
): { ok: true; value: Requested } | { ok: false; reason: string } {
  const parts = [
    amount.service,
    amount.anlaeg,
    (amount.total - amount.service - amount.anlaeg) as Kroner,
  ];
  const results = parts.map((part) => convertAmount(part, from, target.year, target.index));
  const values: Kroner[] = [];
  for (const result of results) {
    if (!result.ok) return { ok: false, reason: result.error.message };
    values.push(result.value);
  }
  const [service, anlaeg, other] = values as [Kroner, Kroner, Kroner];
  return { ok: true, value: { service, anlaeg, total: (service + anlaeg + other) as Kroner } };
}

function entryOf(p: OverviewProposal, target: OverviewPriceLevel | null): OverviewEntry {
  const own = {
    code: p.code,
    title: p.title,
    priceLevelYear: p.economy.priceLevelYear,
    notConverted: null,
  };
  const amount = requested(p.economy);
  const from = p.economy.priceLevelYear;
  if (!amount || !target || from === target.year) return { ...own, requested: amount };
  if (from === null) {
    return { ...own, requested: amount, notConverted: 'Forslaget har intet prisniveau (p/l-år).' };
  }
  const result = converted(amount, from, target);
  return result.ok
    ? { ...own, priceLevelYear: target.year, requested: result.value }
    : { ...own, requested: amount, notConverted: result.reason };
}

export function roundOverview(
  proposals: readonly OverviewProposal[],
  target: OverviewPriceLevel | null = null,
): RoundOverview {
  const kinds: KindGroup[] = [];
  let unevaluated = 0;
  const priceLevels = new Set<number>();
  for (const kind of PROPOSAL_KINDS) {
    const ofKind = proposals.filter((p) => p.kind === kind);
    if (ofKind.length === 0) continue;
    const committees = [...new Set(ofKind.map((p) => p.committee))].sort((a, b) =>
      // Proposals without a committee come last.
      a === null ? 1 : b === null ? -1 : danish.compare(a, b),
    );
    const groups = committees.map((committee): CommitteeGroup => {
      const entries = ofKind
        .filter((p) => p.committee === committee)
        .sort(
          (a, b) =>
            danish.compare(a.code ?? '\uffff', b.code ?? '\uffff') ||
            danish.compare(a.title, b.title),
        )
        .map((p) => {
          const entry = entryOf(p, target);
          if (!entry.requested) unevaluated++;
          if (entry.priceLevelYear !== null) priceLevels.add(entry.priceLevelYear);
          return entry;
        });
      return {
        committee,
        entries,
        total: entries.reduce((sum, e) => add(sum, e.requested), zero()),
      };
    });
    kinds.push({
      kind,
      committees: groups,
      total: groups.reduce((sum, g) => add(sum, g.total), zero()),
    });
  }
  return {
    kinds,
    total: kinds.reduce((sum, k) => add(sum, k.total), zero()),
    priceLevels: [...priceLevels].sort(),
    unevaluated,
  };
}
