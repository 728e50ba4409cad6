import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../shared/api-schemas.ts';
import {
  searchQuery,
  searchResult,
  similarList,
  similarQuery,
} from '../../shared/search-schemas.ts';
import { actorOf } from '../auth/access.ts';
import { sendProblem } from '../http/errors.ts';
import { sendWritten } from '../http/written.ts';
import { proposalParams } from '../proposals/schema.ts';
import type { Services } from '../services.ts';

const tags = ['search'];

export const searchRoutes: FastifyPluginAsyncZod<{
  services: Pick<Services, 'searchAnswer' | 'similarProposals'>;
}> = async (app, { services }) => {
  app.get(
    '/search',
    {
      schema: {
        tags,
        summary: 'Søg i alle forslag',
        description:
          'Fuldtekstsøgning på dansk i titel, resumé, afsnit, Tabel 1-rækker, mål og risici. ' +
          'Ord findes i alle bøjningsformer (borgeren finder borgere); "citationstegn" søger ' +
          'en frase, -ord udelukker, or giver enten-eller. Hits sorteres efter relevans; et ord ' +
          'i titlen vejer mest. Facetterne tæller for hvert filter hits med søgningen og de ' +
          'øvrige filtre.',
        querystring: searchQuery,
        response: { 200: searchResult, 400: apiError },
      },
    },
    async (request, reply) =>
      sendWritten(
        reply,
        await services.searchAnswer(
          { ...request.query, user: actorOf(request) },
          request.dataVersion,
        ),
      ),
  );

  app.get(
    '/proposals/:id/similar',
    {
      schema: {
        tags,
        summary: 'Lignende forslag',
        description:
          'De forslag, der deler flest af forslagets særlige ord, så to forvaltninger ikke ' +
          'finansierer det samme. `scope=other` (standard) viser forslag fra andre ' +
          'forvaltninger, og fra samme forvaltning kun næsten ens forslag (score mindst 0,8 og ' +
          'næsten samme titel, ' +
          '`sameAdministration`), så en dublet også fanges; `all` alle; `round` kun forslag i ' +
          'den runde. `score` er andelen ' +
          '(0-1) af forslagets vægtede nøgleord, som det andet forslag også bruger.',
        params: proposalParams,
        querystring: similarQuery,
        response: { 200: similarList, 400: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      const similar = await services.similarProposals({
        id: request.params.id,
        ...request.query,
        user: actorOf(request),
      });
      if (!similar.ok) return sendProblem(reply, similar.problem);
      return { items: similar.value };
    },
  );
};
