import { useQuery } from '@tanstack/react-query';
import type {
  DashboardOutput,
  DeviationsOutput,
  FollowUpSettingsInput,
  FollowUpSettingsOutput,
  RealisedImportOutput,
  RealisedOutput,
  RealisedReportInput,
  RealismOutput,
} from '../../../shared/followup-realised-schema.ts';
import { apiRequest } from '../../api/client.ts';

// Benefit realisation on the API: a proposal's plan against its realised figures, reporting a
// year and importing an accounting export, the dashboard, the deviation list, the secretariat's
// settings and the realism check. A report changes all of them, so they share one key prefix.

export const realisedKeys = {
  all: ['realised'] as const,
  of: (proposalId: string) => ['realised', 'proposal', proposalId] as const,
  realism: (proposalId: string) => ['realised', 'realism', proposalId] as const,
  dashboard: ['realised', 'dashboard'] as const,
  deviations: ['realised', 'deviations'] as const,
  settings: ['realised', 'settings'] as const,
};

const proposalUrl = (proposalId: string) => `/proposals/${encodeURIComponent(proposalId)}`;

export const useRealised = (proposalId: string) =>
  useQuery({
    queryKey: realisedKeys.of(proposalId),
    queryFn: ({ signal }) =>
      apiRequest<RealisedOutput>(`${proposalUrl(proposalId)}/realised`, { signal }),
  });

export const reportRealised = (proposalId: string, year: number, body: RealisedReportInput) =>
  apiRequest<RealisedOutput>(`${proposalUrl(proposalId)}/realised/${year}`, {
    method: 'PUT',
    body,
  });

export function importRealised(file: File, priceLevelYear: number | null) {
  const body = new FormData();
  body.append('file', file);
  const query = priceLevelYear === null ? '' : `?priceLevelYear=${priceLevelYear}`;
  return apiRequest<RealisedImportOutput>(`/followup/realised/import${query}`, {
    method: 'POST',
    body,
  });
}

export const useRealism = (proposalId: string) =>
  useQuery({
    queryKey: realisedKeys.realism(proposalId),
    queryFn: ({ signal }) =>
      apiRequest<RealismOutput>(`${proposalUrl(proposalId)}/realism`, { signal }),
  });

export const useDashboard = () =>
  useQuery({
    queryKey: realisedKeys.dashboard,
    queryFn: ({ signal }) => apiRequest<DashboardOutput>('/followup/dashboard', { signal }),
  });

export const useDeviations = () =>
  useQuery({
    queryKey: realisedKeys.deviations,
    queryFn: ({ signal }) => apiRequest<DeviationsOutput>('/followup/deviations', { signal }),
  });

export const useFollowUpSettings = () =>
  useQuery({
    queryKey: realisedKeys.settings,
    queryFn: ({ signal }) => apiRequest<FollowUpSettingsOutput>('/followup/settings', { signal }),
  });

export const saveFollowUpSettings = (body: FollowUpSettingsInput) =>
  apiRequest<FollowUpSettingsOutput>('/followup/settings', { method: 'PUT', body });
