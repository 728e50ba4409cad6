import { expect } from 'vitest';
import {
  proposalOutput,
  type ProposalContentInput,
  type ProposalOutput,
} from '../../shared/proposal-schema.ts';
import type { ProposalContent, ProposalStatus } from '../../domain/proposal.ts';
import { proposalSaved } from '../audit/entries.ts';
import type { DataAccess } from '../data-access.ts';
import type { StoredProposal } from '../proposals/store.ts';
import type { Inject } from './users.ts';

/** Creates a proposal through the API, as a client would, and fails the test if it is refused. */
export async function postProposal(
  inject: Inject,
  input: ProposalContentInput,
): Promise<ProposalOutput> {
  const response = await inject({ method: 'POST', url: '/api/proposals', payload: input });
  expect(response.statusCode, response.body).toBe(201);
  return proposalOutput.parse(response.json());
}

/**
 * The content an editor saves: the proposal without what only workflow steps write (the
 * finance approval, the hearings' answers), so the save is the same whoever may make it.
 */
export function editable(content: ProposalContentInput): ProposalContentInput {
  const { financeApproval: _approval, hearings: _hearings, ...rest } = content;
  return rest;
}

/**
 * A fixture written straight through the store (to put a proposal in a status no test wants
 * to walk to), with the audit entry a real change writes, so the log keeps verifying on the
 * database all tests share.
 */
export async function storeProposal(
  access: DataAccess,
  content: ProposalContent,
  status: ProposalStatus = 'draft',
): Promise<StoredProposal> {
  const created = await access.transaction(async (tx) => {
    const stored = await tx.proposals.insert(content);
    await tx.audit.append(
      proposalSaved({
        actor: 'system',
        proposalId: stored.id,
        version: stored.version,
        before: null,
        after: content,
        fromState: null,
        toState: stored.status,
      }),
    );
    return stored;
  });
  return status === created.status ? created : moveProposal(access, created, content, status);
}

/** Saves `content` in `status` as the next version of `current`, with its audit entry. */
export async function moveProposal(
  access: DataAccess,
  current: StoredProposal,
  content: ProposalContent,
  status: ProposalStatus,
): Promise<StoredProposal> {
  return access.transaction(async (tx) => {
    const moved = await tx.proposals.update({
      id: current.id,
      version: current.version,
      content,
      status,
      before: current.content,
    });
    if (moved.outcome !== 'updated') throw new Error(`could not move to ${status}`);
    await tx.audit.append(
      proposalSaved({
        actor: 'system',
        proposalId: current.id,
        version: moved.proposal.version,
        before: current.content,
        after: content,
        fromState: current.status,
        toState: status,
      }),
    );
    return moved.proposal;
  });
}
