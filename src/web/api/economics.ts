import { useQuery } from '@tanstack/react-query';
import { thousandsToKroner, type Kroner } from '../../domain/money.ts';
import type { ProposalKind } from '../../domain/proposal.ts';
import { indexPointsOf, type PriceIndex } from '../../domain/economics/index.ts';
import type { YearRules } from '../../domain/rules.ts';
import type {
  PriceIndexInput,
  PriceIndexOutput,
  SubmissionRulesOutput,
} from '../../shared/economics-schema.ts';
import { apiRequest } from './client.ts';

export const economicsKeys = {
  submissionRules: ['economics', 'submission-rules'] as const,
  priceIndices: ['economics', 'price-indices'] as const,
};

/** Caps per kind as the wire carries them (thousands) back in whole kroner. */
export function capsInKroner(
  caps: Record<ProposalKind, number | null>,
): Record<ProposalKind, Kroner | null> {
  const cap = (value: number | null) => (value === null ? null : thousandsToKroner(value));
  return {
    foranalyse: cap(caps.foranalyse),
    innovationsforslag: cap(caps.innovationsforslag),
    investeringsforslag: cap(caps.investeringsforslag),
  };
}

/** The rules as the domain's validation takes them: caps back in whole kroner. */
export function toYearRules(item: SubmissionRulesOutput): YearRules {
  return {
    year: item.year,
    rules: { paybackLimitYears: item.paybackLimitYears, capByKind: capsInKroner(item.capByKind) },
  };
}

export const listSubmissionRules = (signal?: AbortSignal) =>
  apiRequest<{ items: SubmissionRulesOutput[] }>('/submission-rules', { signal }).then((r) =>
    r.items.map(toYearRules),
  );

export const listPriceIndices = (signal?: AbortSignal) =>
  apiRequest<{ items: PriceIndexOutput[] }>('/price-indices', { signal }).then((r) => r.items);

export const savePriceIndex = (year: number, body: PriceIndexInput) =>
  apiRequest<PriceIndexOutput>(`/price-indices/${year}`, { method: 'PUT', body });

export const removePriceIndex = (year: number, version: number) =>
  apiRequest<null>(`/price-indices/${year}?version=${version}`, { method: 'DELETE' });

// The rules change a few times a year; one fetch per visit is plenty.
export const useSubmissionRules = () =>
  useQuery({
    queryKey: economicsKeys.submissionRules,
    queryFn: ({ signal }) => listSubmissionRules(signal),
    staleTime: Infinity,
  });

export const usePriceIndices = () =>
  useQuery({
    queryKey: economicsKeys.priceIndices,
    queryFn: ({ signal }) => listPriceIndices(signal),
  });

/** The index as the domain converts with it: hundredths of a point per p/l year. */
export function toPriceIndex(items: readonly PriceIndexOutput[]): PriceIndex {
  return Object.fromEntries(
    items.flatMap((i) => {
      const points = indexPointsOf(i.index);
      return points === null ? [] : [[i.year, points]];
    }),
  );
}
