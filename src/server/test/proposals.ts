import { expect } from 'vitest';
import {
  proposalOutput,
  type ProposalContentInput,
  type ProposalOutput,
} from '../../shared/proposal-schema.ts';
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
