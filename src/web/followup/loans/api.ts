import { useQuery } from '@tanstack/react-query';
import type {
  LoanList,
  LoanOutput,
  LoanPaymentInput,
  LoanTermsInput,
} from '../../../shared/followup/loans-schema.ts';
import { apiRequest } from '../../api/client.ts';

export const loanKeys = {
  all: ['loans'] as const,
  one: (proposalId: string) => ['loans', proposalId] as const,
};

const loanUrl = (proposalId: string) => `/proposals/${encodeURIComponent(proposalId)}/loan`;

export const useLoans = () =>
  useQuery({
    queryKey: loanKeys.all,
    queryFn: ({ signal }) => apiRequest<LoanList>('/loans', { signal }).then((r) => r.items),
  });

export const useLoan = (proposalId: string) =>
  useQuery({
    queryKey: loanKeys.one(proposalId),
    queryFn: ({ signal }) => apiRequest<LoanOutput>(loanUrl(proposalId), { signal }),
  });

export const recordPayment = (proposalId: string, body: LoanPaymentInput) =>
  apiRequest<LoanOutput>(`${loanUrl(proposalId)}/payments`, { method: 'POST', body });

export const setTerms = (proposalId: string, body: LoanTermsInput) =>
  apiRequest<LoanOutput>(loanUrl(proposalId), { method: 'PUT', body });
