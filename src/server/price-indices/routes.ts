import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  priceIndexDeleteQuery,
  priceIndexInput,
  priceIndexList,
  priceIndexOutput,
  priceIndexParams,
} from '../../shared/economics-schema.ts';
import type { SignedInUser } from '../auth/actor.ts';
import { actorOf } from '../auth/access.ts';
import { refusedWrites, sendProblem } from '../http/errors.ts';
import type { Problem } from '../problems.ts';
import type { Services } from '../services.ts';
import { priceIndexPolicy } from './policy.ts';
import { presentPriceIndex } from './presenter.ts';
import { say } from '../words.ts';

const tags = ['economics'];

/** Only the pool secretariat changes the index; anyone signed in reads it. */
function refusal(actor: SignedInUser): Problem | null {
  if (priceIndexPolicy.change(actor)) return null;
  return {
    error: 'Forbidden',
    message: say('problem.priceIndex.forbidden'),
  };
}
export const priceIndexRoutes: FastifyPluginAsyncZod<{
  services: Pick<Services, 'listPriceIndices' | 'removePriceIndex' | 'setPriceIndex'>;
}> = async (app, { services }) => {
  app.get(
    '/price-indices',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Pris- og lønindekset, år for år',
        description:
          'Indekset som sekretariatet vedligeholder det. Kun forholdet mellem to år bruges, ' +
          'til omregning mellem prisniveauer.',
        response: { 200: priceIndexList },
      },
    },
    async () => ({ items: (await services.listPriceIndices()).map(presentPriceIndex) }),
  );

  app.put(
    '/price-indices/:year',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Tilføj eller ret et års indeks (puljesekretariatet)',
        description:
          '`version` er den version, ændringen bygger på, eller null for et nyt år. Har en ' +
          'anden ændret eller tilføjet året siden, svares 409 med `currentVersion`, og intet gemmes.',
        params: priceIndexParams,
        body: priceIndexInput,
        response: { 200: priceIndexOutput, 201: priceIndexOutput, ...refusedWrites },
      },
    },
    async (request, reply) => {
      const refused = refusal(actorOf(request));
      if (refused) return sendProblem(reply, refused);
      const { index, version } = request.body;
      const saved = await services.setPriceIndex({
        year: request.params.year,
        points: index,
        version,
        actor: actorOf(request) ?? 'anonymous',
      });
      if (!saved.ok) return sendProblem(reply, saved.problem);
      return reply.code(version === null ? 201 : 200).send(presentPriceIndex(saved.value));
    },
  );

  app.delete(
    '/price-indices/:year',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Fjern et år fra indekset (puljesekretariatet)',
        params: priceIndexParams,
        querystring: priceIndexDeleteQuery,
        response: { 204: z.null(), ...refusedWrites },
      },
    },
    async (request, reply) => {
      const refused = refusal(actorOf(request));
      if (refused) return sendProblem(reply, refused);
      const removed = await services.removePriceIndex({
        year: request.params.year,
        version: request.query.version,
        actor: actorOf(request) ?? 'anonymous',
      });
      if (!removed.ok) return sendProblem(reply, removed.problem);
      return reply.code(204).send(null);
    },
  );
};
