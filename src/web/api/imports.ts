import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '../../shared/paging.ts';
import type {
  CorrectionsInput,
  ImportDetail,
  ImportedProposalOutput,
  ImportOutput,
  ProposalImportOutput,
} from '../../shared/import-schemas.ts';
import type {
  ImportOverviewOutput,
  readIntoRoundOutput,
} from '../../shared/import-overview-schema.ts';
import type { z } from 'zod';
import { apiRequest } from './client.ts';

export type { ImportDetail, ImportedProposalOutput, ImportOutput, ImportOverviewOutput };

export const importKeys = {
  all: ['imports'] as const,
  ofProposal: (proposalId: string) => ['imports', 'of-proposal', proposalId] as const,
  one: (id: string) => ['imports', id] as const,
  proposal: (id: string, position: number) => ['imports', id, 'proposals', position] as const,
  overview: (id: string) => ['imports', id, 'overview'] as const,
};

/** The round's overview the document holds; null when it holds none. */
export const useImportOverview = (id: string) =>
  useQuery({
    queryKey: importKeys.overview(id),
    queryFn: ({ signal }) =>
      apiRequest<ImportOverviewOutput | null>(`/imports/${encodeURIComponent(id)}/overview`, {
        signal,
      }),
  });

export const readOverviewIntoRound = (
  id: string,
  roundId: string,
): Promise<z.output<typeof readIntoRoundOutput>> =>
  apiRequest(`/imports/${encodeURIComponent(id)}/overview/round`, {
    method: 'POST',
    body: { roundId },
  });

/** Sends a document as multipart/form-data in the field `file`. */
export function uploadDocument(file: File): Promise<ImportOutput> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiRequest('/imports', { method: 'POST', body: form });
}

export const readNextProposals = (id: string): Promise<ImportOutput> =>
  apiRequest(`/imports/${encodeURIComponent(id)}/steps`, { method: 'POST' });

/** Accepts a draft read, with the reviewer's corrections when there are any. */
export const acceptImported = (
  id: string,
  position: number,
  corrections?: CorrectionsInput,
): Promise<{ proposalId: string; acceptedAt: string }> =>
  apiRequest(`/imports/${encodeURIComponent(id)}/proposals/${position}/accept`, {
    method: 'POST',
    ...(corrections && { body: { corrections } }),
  });

/** Makes a reading held as a possible copy a draft; refused (409) unless `createAnyway`. */
export const createHeld = (
  id: string,
  position: number,
  createAnyway: boolean,
  corrections?: CorrectionsInput,
): Promise<{ proposalId: string }> =>
  apiRequest(`/imports/${encodeURIComponent(id)}/proposals/${position}/create`, {
    method: 'POST',
    body: { createAnyway, ...(corrections && { corrections }) },
  });

export const skipHeld = (id: string, position: number): Promise<{ skippedAt: string }> =>
  apiRequest(`/imports/${encodeURIComponent(id)}/proposals/${position}/skip`, { method: 'POST' });

export const useImport = (id: string) =>
  useQuery({
    queryKey: importKeys.one(id),
    queryFn: ({ signal }) =>
      apiRequest<ImportDetail>(`/imports/${encodeURIComponent(id)}`, { signal }),
  });

export const useImportedProposal = (id: string, position: number) =>
  useQuery({
    queryKey: importKeys.proposal(id, position),
    queryFn: ({ signal }) =>
      apiRequest<ImportedProposalOutput>(
        `/imports/${encodeURIComponent(id)}/proposals/${position}`,
        { signal },
      ),
  });

export const IMPORTS_PAGE_SIZE = 20;

export const useRecentImports = (offset: number) =>
  useQuery({
    queryKey: [...importKeys.all, offset],
    queryFn: ({ signal }) =>
      apiRequest<Page<ImportOutput>>(`/imports?limit=${IMPORTS_PAGE_SIZE}&offset=${offset}`, {
        signal,
      }),
    placeholderData: keepPreviousData,
  });

/** Where a proposal was imported from; null for one that was not. */
export const useProposalImport = (proposalId: string) =>
  useQuery({
    queryKey: importKeys.ofProposal(proposalId),
    queryFn: ({ signal }) =>
      apiRequest<ProposalImportOutput | null>(
        `/proposals/${encodeURIComponent(proposalId)}/import`,
        { signal },
      ),
  });
