import { useQuery } from '@tanstack/react-query';
import type { CodesOutput, RoundOverviewOutput } from '../../shared/overview-schema.ts';
import type {
  PortfolioInput,
  PortfolioOutput,
  ScoresOutput,
} from '../../shared/portfolio-schema.ts';
import type { RulesOutput } from '../../shared/rounds-schema.ts';
import type { ImportOverviewOutput } from '../../shared/import-overview-schema.ts';
import { apiRequest } from '../api/client.ts';
import type { RulesInput } from './rules-draft.ts';

export const roundKeys = {
  all: ['rounds'] as const,
  rules: (roundId: string) => ['rounds', roundId, 'rules'] as const,
  scores: (roundId: string) => ['rounds', roundId, 'scores'] as const,
  overview: (roundId: string) => ['rounds', roundId, 'overview'] as const,
  importedOverviews: (roundId: string) => ['rounds', roundId, 'imported-overviews'] as const,
};

const base = (roundId: string) => `/rounds/${encodeURIComponent(roundId)}`;

/** The round's current rules; asks nothing while `roundId` is null (a proposal in no round). */
export const useRoundRules = (roundId: string | null) =>
  useQuery({
    queryKey: roundKeys.rules(roundId ?? ''),
    queryFn: ({ signal }) => apiRequest<RulesOutput>(`${base(roundId ?? '')}/rules`, { signal }),
    enabled: roundId !== null,
    // A 404 (no rules yet) is an answer, not a failure to try again.
    retry: false,
  });

/** The overviews (bilag) read into the round from imported documents. */
export const useImportedOverviews = (roundId: string) =>
  useQuery({
    queryKey: roundKeys.importedOverviews(roundId),
    queryFn: ({ signal }) =>
      apiRequest<ImportOverviewOutput[]>(`${base(roundId)}/imported-overviews`, { signal }),
  });

export const saveRules = (
  roundId: string,
  body: { version: number | null; reason: string; rules: RulesInput },
) => apiRequest<RulesOutput>(`${base(roundId)}/rules`, { method: 'PUT', body });

export const lockRound = (roundId: string, roundVersion: number) =>
  apiRequest<RulesOutput>(`${base(roundId)}/lock`, {
    method: 'POST',
    body: { version: roundVersion },
  });

export const useRoundOverview = (roundId: string) =>
  useQuery({
    queryKey: roundKeys.overview(roundId),
    queryFn: ({ signal }) =>
      apiRequest<RoundOverviewOutput>(`${base(roundId)}/overview`, { signal }),
  });

export const overviewDocxUrl = (roundId: string) => `/api${base(roundId)}/overview.docx`;
export const overviewXlsxUrl = (roundId: string) => `/api${base(roundId)}/overview.xlsx`;

export const assignCodes = (roundId: string) =>
  apiRequest<CodesOutput>(`${base(roundId)}/codes`, { method: 'POST' });

export const useScores = (roundId: string) =>
  useQuery({
    queryKey: roundKeys.scores(roundId),
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
