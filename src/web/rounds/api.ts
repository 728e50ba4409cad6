import { useQuery } from '@tanstack/react-query';
import type { CodesOutput, RoundOverviewOutput } from '../../shared/overview-schema.ts';
import type {
  PortfolioInput,
  PortfolioOutput,
  ScoresOutput,
} from '../../shared/portfolio-schema.ts';
import { apiRequest } from '../api/client.ts';

const base = (roundId: string) => `/rounds/${encodeURIComponent(roundId)}`;

export const overviewKey = (roundId: string) => ['rounds', roundId, 'overview'] as const;

export const useRoundOverview = (roundId: string) =>
  useQuery({
    queryKey: overviewKey(roundId),
    queryFn: ({ signal }) =>
      apiRequest<RoundOverviewOutput>(`${base(roundId)}/overview`, { signal }),
  });

export const overviewDocxUrl = (roundId: string) => `/api${base(roundId)}/overview.docx`;
export const overviewXlsxUrl = (roundId: string) => `/api${base(roundId)}/overview.xlsx`;

export const assignCodes = (roundId: string) =>
  apiRequest<CodesOutput>(`${base(roundId)}/codes`, { method: 'POST' });

export const scoresKey = (roundId: string) => ['rounds', roundId, 'scores'] as const;

export const useScores = (roundId: string) =>
  useQuery({
    queryKey: scoresKey(roundId),
    queryFn: ({ signal }) => apiRequest<ScoresOutput>(`${base(roundId)}/scores`, { signal }),
  });

export const saveScores = (
  roundId: string,
  proposalId: string,
  scores: { criterionKey: string; score: number }[],
) =>
  apiRequest<null>(`${base(roundId)}/scores/${encodeURIComponent(proposalId)}`, {
    method: 'PUT',
    body: { scores },
  });

export const optimise = (roundId: string, body: PortfolioInput) =>
  apiRequest<PortfolioOutput>(`${base(roundId)}/portfolio`, { method: 'POST', body });
