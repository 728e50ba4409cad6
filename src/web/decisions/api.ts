import { useQuery } from '@tanstack/react-query';
import type {
  AllocationOutput,
  DecisionInput,
  RecommendationInput,
  RoundDecisionItem,
  RoundDecisionsOutput,
} from '../../shared/decisions-schema.ts';
import { apiRequest } from '../api/client.ts';

export const decisionKeys = {
  round: (roundId: string) => ['decisions', roundId] as const,
  allocation: (roundId: string) => ['decisions', roundId, 'allocation'] as const,
};

const base = (roundId: string) => `/rounds/${encodeURIComponent(roundId)}`;

export const useRoundDecisions = (roundId: string) =>
  useQuery({
    queryKey: decisionKeys.round(roundId),
    queryFn: ({ signal }) =>
      apiRequest<RoundDecisionsOutput>(`${base(roundId)}/decisions`, { signal }),
  });

export const useAllocation = (roundId: string) =>
  useQuery({
    queryKey: decisionKeys.allocation(roundId),
    queryFn: ({ signal }) =>
      apiRequest<AllocationOutput>(`${base(roundId)}/allocation`, { signal }),
  });

export const allocationXlsxUrl = (roundId: string) => `/api${base(roundId)}/allocation.xlsx`;

export const recordRecommendation = (
  roundId: string,
  proposalId: string,
  body: RecommendationInput,
) =>
  apiRequest<RoundDecisionItem>(
    `${base(roundId)}/decisions/${encodeURIComponent(proposalId)}/recommendation`,
    { method: 'POST', body },
  );

export const recordDecision = (roundId: string, proposalId: string, body: DecisionInput) =>
  apiRequest<RoundDecisionItem>(`${base(roundId)}/decisions/${encodeURIComponent(proposalId)}`, {
    method: 'POST',
    body,
  });
