import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { proposalOutput } from '../../shared/proposal-schema.ts';
import { hearingInput, stepInput } from '../../shared/workflow-schema.ts';
import { actorOf } from '../auth/access.ts';
import { refusedWrites, sendProblem } from '../http/errors.ts';
import { presentProposal } from '../proposals/presenter.ts';
import { proposalParams } from '../proposals/schema.ts';
import type { Services } from '../services.ts';

const tags = ['workflow'];
const answers = { 200: proposalOutput, ...refusedWrites };

export const workflowRoutes: FastifyPluginAsyncZod<{
  services: Pick<Services, 'recordHearing' | 'takeStep'>;
}> = async (app, { services }) => {
  app.post(
    '/proposals/:id/steps',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Tag et skridt i forslagets arbejdsgang',
        description:
          'Skridtet skal være tilladt for din rolle fra forslagets status (403 ellers; 409 når ' +
          'status ikke tillader det, eller forslaget er ændret siden `version`). Skridt, der ' +
          'sender forslaget tilbage eller afslutter det, kræver `comment`. `submit` afvises med ' +
          'de blokerende valideringsfejl som `issues`. `approve_finance` registrerer Center for ' +
          'Økonomis godkendelse (Tabel 4) med `date` (i dag, hvis udeladt) og `comment` som ' +
          'note; `assign_round` kræver `roundId`.',
        params: proposalParams,
        body: stepInput,
        response: answers,
      },
    },
    async (request, reply) => {
      const user = actorOf(request);
      const taken = await services.takeStep({ id: request.params.id, user, input: request.body });
      if (!taken.ok) return sendProblem(reply, taken.problem);
      return presentProposal(taken.value);
    },
  );

  app.post(
    '/proposals/:id/hearings',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Registrér et høringssvar (Tabel 6)',
        description:
          'For høringsparter og puljesekretariatet, mens forslaget er i høring. Svaret erstatter ' +
          'høringspartens planlagte række, eller tilføjes.',
        params: proposalParams,
        body: hearingInput,
        response: answers,
      },
    },
    async (request, reply) => {
      const user = actorOf(request);
      const recorded = await services.recordHearing({
        id: request.params.id,
        user,
        input: request.body,
      });
      if (!recorded.ok) return sendProblem(reply, recorded.problem);
      return presentProposal(recorded.value);
    },
  );
};
