import { useQuery } from '@tanstack/react-query';
import type {
  GoalOutput,
  GoalUpdateInput,
  ProposalGoalsOutput,
} from '../../../shared/followup/goals-schema.ts';
import { apiRequest } from '../../api/client.ts';

export const goalKeys = { of: (proposalId: string) => ['goals', proposalId] as const };

const base = (proposalId: string) => `/proposals/${encodeURIComponent(proposalId)}/goals`;

export const useProposalGoals = (proposalId: string) =>
  useQuery({
    queryKey: goalKeys.of(proposalId),
    queryFn: ({ signal }) => apiRequest<ProposalGoalsOutput>(base(proposalId), { signal }),
  });

export const startGoals = (proposalId: string) =>
  apiRequest<ProposalGoalsOutput>(`${base(proposalId)}/from-tabel3`, { method: 'POST' });

export const updateGoal = (goalId: string, body: GoalUpdateInput) =>
  apiRequest<GoalOutput>(`/goals/${encodeURIComponent(goalId)}`, { method: 'PUT', body });

export const recordMeasurement = (goalId: string, body: FormData) =>
  apiRequest<GoalOutput>(`/goals/${encodeURIComponent(goalId)}/measurements`, {
    method: 'POST',
    body,
  });

export const evidenceUrl = (goalId: string, evidenceId: string) =>
  `/api/goals/${encodeURIComponent(goalId)}/evidence/${encodeURIComponent(evidenceId)}`;
