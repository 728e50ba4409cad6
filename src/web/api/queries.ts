import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '../../shared/paging.ts';
import {
  getProposal,
  getVersion,
  listProposals,
  listVersions,
  type ProposalListParams,
  type ProposalSummary,
} from './proposals.ts';
import { listAdministrations, listCommittees, listHearingBodies, listRounds } from './reference.ts';

export const queryKeys = {
  proposals: ['proposals'] as const,
  proposalList: (params: ProposalListParams) => ['proposals', 'list', params] as const,
  proposal: (id: string) => ['proposals', 'one', id] as const,
  versions: (id: string) => ['proposals', 'one', id, 'versions'] as const,
  version: (id: string, version: number) => ['proposals', 'one', id, 'versions', version] as const,
};

// Reference data changes a few times a year; one fetch per visit is plenty.
const REFERENCE = { staleTime: Infinity, gcTime: Infinity } as const;

export const useProposalList = (params: ProposalListParams) =>
  useQuery<Page<ProposalSummary>>({
    queryKey: queryKeys.proposalList(params),
    queryFn: ({ signal }) => listProposals(params, signal),
    // Keep the table on screen while a new filter or sort loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });

export const useProposal = (id: string) =>
  useQuery({ queryKey: queryKeys.proposal(id), queryFn: ({ signal }) => getProposal(id, signal) });

export const useVersions = (id: string, offset: number) =>
  useQuery({
    queryKey: [...queryKeys.versions(id), 'page', offset],
    queryFn: ({ signal }) => listVersions(id, offset, signal),
    placeholderData: keepPreviousData,
  });

export const useVersion = (id: string, version: number) =>
  useQuery({
    queryKey: queryKeys.version(id, version),
    queryFn: ({ signal }) => getVersion(id, version, signal),
    // A saved version never changes.
    staleTime: Infinity,
  });

export const useAdministrations = () =>
  useQuery({
    queryKey: ['reference', 'administrations'],
    queryFn: ({ signal }) => listAdministrations(signal),
    ...REFERENCE,
  });

export const useCommittees = () =>
  useQuery({
    queryKey: ['reference', 'committees'],
    queryFn: ({ signal }) => listCommittees(signal),
    ...REFERENCE,
  });

export const useRounds = () =>
  useQuery({
    queryKey: ['reference', 'rounds'],
    queryFn: ({ signal }) => listRounds(signal),
    ...REFERENCE,
  });

export const useHearingBodies = () =>
  useQuery({
    queryKey: ['reference', 'hearing-bodies'],
    queryFn: ({ signal }) => listHearingBodies(signal),
    ...REFERENCE,
  });
