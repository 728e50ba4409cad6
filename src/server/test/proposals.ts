import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import {
  proposalOutput,
  type ProposalContentInput,
  type ProposalOutput,
} from '../../shared/proposal-schema.ts';

/** Creates a proposal through the API, as a client would, and fails the test if it is refused. */
export async function postProposal(
  app: FastifyInstance,
  input: ProposalContentInput,
): Promise<ProposalOutput> {
  const response = await app.inject({ method: 'POST', url: '/api/proposals', payload: input });
  expect(response.statusCode, response.body).toBe(201);
  return proposalOutput.parse(response.json());
}
