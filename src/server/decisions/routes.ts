import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../shared/api-schemas.ts';
import {
  allocationOutput,
  decisionInput,
  recommendationInput,
  roundDecisionItem,
  roundDecisionsOutput,
} from '../../shared/decisions-schema.ts';
import { actorOf } from '../auth/access.ts';
import type { SignedInUser } from '../auth/actor.ts';
import { refusedWrites, sendProblem } from '../http/errors.ts';
import type { Result } from '../problems.ts';
import type { Services } from '../services.ts';
import { presentAllocation, presentRoundDecisions } from './presenter.ts';

const tags = ['decisions'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// `id`, as the round's other routes name it, so the router sees one parameter there.
const roundParams = z.object({ id: z.string().min(1).max(60) });
const decisionParams = roundParams.extend({ proposalId: z.uuid() });
const reads = { 400: apiError, 401: apiError, 404: apiError };

export const decisionRoutes: FastifyPluginAsyncZod<{
  services: Pick<
    Services,
    | 'exportAllocationXlsx'
    | 'listRoundDecisions'
    | 'recordDecision'
    | 'recordRecommendation'
    | 'roundAllocation'
  >;
}> = async (app, { services }) => {
  /**
   * A recommendation or decision recorded through `record`, answered with the proposal's line of
   * the round's decisions as the list shows it.
   */
  async function recordedLine(
    reply: FastifyReply,
    user: SignedInUser,
    { id: roundId, proposalId }: z.infer<typeof decisionParams>,
    record: (target: {
      roundId: string;
      proposalId: string;
      user: SignedInUser;
    }) => Promise<Result<unknown>>,
  ) {
    const done = await record({ roundId, proposalId, user });
    if (!done.ok) return sendProblem(reply, done.problem);
    const listed = await services.listRoundDecisions({ roundId, user });
    if (!listed.ok) return sendProblem(reply, listed.problem);
    return presentRoundDecisions(listed.value).items.find((i) => i.proposalId === proposalId)!;
  }

  app.get(
    '/rounds/:id/decisions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Rundens forslag med indstilling, beslutning og plan',
        description:
          'Kun de forslag, du må se. Beløb i 1.000 kr. i rundens prisniveau. Et forslag, der er ' +
          'udsat til en senere runde, står med `inRound: false`.',
        params: roundParams,
        response: { 200: roundDecisionsOutput, ...reads },
      },
    },
    async (request, reply) => {
      const listed = await services.listRoundDecisions({
        roundId: request.params.id,
        user: actorOf(request),
      });
      if (!listed.ok) return sendProblem(reply, listed.problem);
      return presentRoundDecisions(listed.value);
    },
  );

  app.post(
    '/rounds/:id/decisions/:proposalId/recommendation',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Registrér puljesekretariatets indstilling',
        description:
          'Kun puljesekretariatet. `not_recommended` kræver `note`. 409 når forslaget er ' +
          'ændret siden `version`, eller dets status ikke tillader indstillingen.',
        params: decisionParams,
        body: recommendationInput,
        response: { 200: roundDecisionItem, ...refusedWrites },
      },
    },
    async (request, reply) =>
      recordedLine(reply, actorOf(request), request.params, (target) =>
        services.recordRecommendation({ ...target, input: request.body }),
      ),
  );

  app.post(
    '/rounds/:id/decisions/:proposalId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Registrér den politiske beslutning',
        description:
          'Kun puljesekretariatet, når runden er åbnet for beslutning. `granted` gemmer ' +
          'forslagets Tabel 1 som besluttet som dets plan (bevilget pr. år i `granted`, ellers ' +
          'som søgt); `postponed` flytter forslaget til `postponedToRoundId`; `rejected` og ' +
          '`postponed` kræver `decisionText`.',
        params: decisionParams,
        body: decisionInput,
        response: { 200: roundDecisionItem, ...refusedWrites },
      },
    },
    async (request, reply) =>
      recordedLine(reply, actorOf(request), request.params, (target) =>
        services.recordDecision({ ...target, input: request.body }),
      ),
  );

  app.get(
    '/rounds/:id/allocation',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Hvad runden har bevilget pr. pulje, forvaltning og år, og hvad der er tilbage',
        description:
          'Beløb i 1.000 kr. i rundens prisniveau, af de bevillinger du må se (`complete` er ' +
          'false, når det ikke er alle).',
        params: roundParams,
        response: { 200: allocationOutput, ...reads },
      },
    },
    async (request, reply) => {
      const found = await services.roundAllocation({
        roundId: request.params.id,
        user: actorOf(request),
      });
      if (!found.ok) return sendProblem(reply, found.problem);
      return presentAllocation(found.value);
    },
  );

  app.get(
    '/rounds/:id/allocation.xlsx',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Rundens fordeling som Excel-ark (.xlsx)',
        params: roundParams,
        response: {
          200: {
            description: 'Excel-arket',
            content: { [XLSX]: { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
          },
          ...reads,
        },
      },
    },
    async (request, reply) => {
      const made = await services.exportAllocationXlsx({
        roundId: request.params.id,
        user: actorOf(request),
      });
      if (!made.ok) return sendProblem(reply, made.problem);
      return reply
        .type(XLSX)
        .header('content-disposition', made.value.disposition)
        .header('cache-control', 'no-store')
        .send(made.value.body);
    },
  );
};
