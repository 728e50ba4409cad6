import type { ProposalOutput } from '../../shared/proposal-schema.ts';
import type { HearingInput, StepInput } from '../../shared/workflow-schema.ts';
import { apiRequest } from '../api/client.ts';

export function takeStep(id: string, input: StepInput): Promise<ProposalOutput> {
  return apiRequest(`/proposals/${encodeURIComponent(id)}/steps`, { method: 'POST', body: input });
}

export function recordHearing(id: string, input: HearingInput): Promise<ProposalOutput> {
  return apiRequest(`/proposals/${encodeURIComponent(id)}/hearings`, {
    method: 'POST',
    body: input,
  });
}
