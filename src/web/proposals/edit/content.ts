import { thousandsToKroner, type Kroner } from '../../../domain/money.ts';
import type { AmountRange, ProposalContent } from '../../../domain/proposal.ts';
import { toEconomicTable } from '../view/economy.ts';
import { economyOf, toInput, type ProposalDraft } from './draft.ts';

const kroner = (value: number | null | undefined): Kroner | null =>
  value === null || value === undefined ? null : thousandsToKroner(value);

const range = (r: { min?: number | null; max?: number | null } | undefined): AmountRange => ({
  min: kroner(r?.min),
  max: kroner(r?.max),
});

/**
 * The draft as the domain's submission rules read a proposal: amounts in whole kroner, and
 * what cannot be read (a half-typed number or date) as empty, exactly as a save would send it.
 */
export function contentOf(draft: ProposalDraft): ProposalContent {
  const {
    version: _version,
    economy: _economy,
    stated,
    futureInvestment,
    ...rest
  } = toInput(draft, 1);
  return {
    // toInput sets every field; only the types of the wire input call them optional.
    ...(rest as Omit<ProposalContent, 'economy' | 'stated' | 'futureInvestment'>),
    economy: toEconomicTable(economyOf(draft)),
    // Not sent with a save, but the submission rules ask whether it is there.
    financeApproval: draft.financeApproval,
    stated: stated
      ? {
          payback: stated.payback,
          totals: stated.totals.map((t) => ({ label: t.label, values: t.values.map(kroner) })),
          financeApproval: draft.stated?.financeApproval,
        }
      : null,
    futureInvestment: futureInvestment
      ? {
          expectedCost: range(futureInvestment.expectedCost),
          expectedDecisionRound: futureInvestment.expectedDecisionRound ?? '',
          efficiencyPotential: range(futureInvestment.efficiencyPotential),
          efficiencyArea: futureInvestment.efficiencyArea ?? null,
          crossCuttingEfficiency: futureInvestment.crossCuttingEfficiency ?? false,
          largeScalePotential: futureInvestment.largeScalePotential ?? false,
          matureNewTechnology: futureInvestment.matureNewTechnology ?? false,
          note: futureInvestment.note ?? '',
        }
      : null,
  };
}
