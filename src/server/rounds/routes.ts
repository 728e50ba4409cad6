import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../shared/api-schemas.ts';
import { roundImportedOverviews } from '../../shared/import-overview-schema.ts';
import { codesOutput, roundOverviewOutput } from '../../shared/overview-schema.ts';
import { lockInput, rulesInput, rulesOutput } from '../../shared/rounds-schema.ts';
import { actorOf } from '../auth/access.ts';
import { answer, refusedWrites, sendProblem } from '../http/errors.ts';
import { languageOf } from '../http/language.ts';
import type { Services } from '../services.ts';
import { presentOverview } from './presenter.ts';

const tags = ['rounds'];
const roundParams = z.object({ id: z.string().min(1).max(60) });

export const roundRoutes: FastifyPluginAsyncZod<{
  services: Pick<
    Services,
    | 'assignCodes'
    | 'lockRound'
    | 'roundImportedOverviews'
    | 'roundOverview'
    | 'roundRules'
    | 'saveRoundRules'
  >;
}> = async (app, { services }) => {
  app.get(
    '/rounds/:id/overview',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Rundens oversigt over indkomne ansøgninger, puljerne og hvad der er tilbage',
        description:
          'Pr. udvalg og forvaltning hvad hvert indkommet forslag søger pr. år i rundens ' +
          'prisniveau (præcist i 1.000 kr. og afrundet som i bilaget), summerne med deres ' +
          'afrundingsdifference, puljernes budget og rest, og hvor en pulje eller et loft er ' +
          'overskredet, beregnet efter den version af reglerne, der står i svaret. Kun de ' +
          'forslag, brugeren må se.',
        params: roundParams,
        response: { 200: roundOverviewOutput, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        await services.roundOverview({ id: request.params.id, user: actorOf(request) }),
        ({ round, overview }) => ({
          round: { id: round.id, name: round.name, phase: round.phase },
          ...presentOverview(overview, languageOf(request)),
        }),
      ),
  );

  app.get(
    '/rounds/:id/imported-overviews',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Oversigterne (bilag) fra indlæste dokumenter, der er læst ind i runden',
        description:
          'Som dokumentet angav dem, linje for linje, med de forslag i runden, linjerne står ' +
          'for (kun dem, brugeren må se), og hvor et forslags egen Tabel 1 afviger fra linjen.',
        params: roundParams,
        response: { 200: roundImportedOverviews, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        await services.roundImportedOverviews({
          roundId: request.params.id,
          user: actorOf(request),
        }),
        (overviews) => overviews,
      ),
  );

  app.post(
    '/rounds/:id/codes',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Giv rundens indkomne forslag uden kode deres koder (BC01, BC02, ...)',
        description:
          'I den rækkefølge forslagene kom ind, efter den højeste kode runden har givet. En ' +
          'given kode ændres aldrig og gives aldrig igen. Kun puljesekretariatet.',
        params: roundParams,
        response: { 200: codesOutput, ...refusedWrites },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        await services.assignCodes({ roundId: request.params.id, user: actorOf(request) }),
        (value) => value,
      ),
  );

  app.get(
    '/rounds/:id/rules',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Rundens regler: puljer, lofter, tilbagebetalingskrav og kriterier',
        description: 'Den nyeste version, eller `?version=N`. Beløb i 1.000 kr.',
        params: roundParams,
        querystring: z.strictObject({ version: z.coerce.number().int().min(1).optional() }),
        response: { 200: rulesOutput, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      const found = await services.roundRules({
        roundId: request.params.id,
        version: request.query.version,
      });
      return found.ok ? found.value : sendProblem(reply, found.problem);
    },
  );

  app.put(
    '/rounds/:id/rules',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Ny version af rundens regler (kun sekretariatet)',
        description:
          'Efter at runden er åbnet for beslutning, kræver en ændring en begrundelse (`reason`), ' +
          'som skrives i revisionssporet. `version` er den version, brugeren så (null uden regler).',
        params: roundParams,
        body: rulesInput,
        response: { 200: rulesOutput, ...refusedWrites },
      },
    },
    async (request, reply) => {
      const saved = await services.saveRoundRules({
        roundId: request.params.id,
        user: actorOf(request),
        input: request.body,
      });
      return saved.ok ? saved.value : sendProblem(reply, saved.problem);
    },
  );

  app.post(
    '/rounds/:id/lock',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Åbn runden for beslutning: reglerne låses (kun sekretariatet)',
        params: roundParams,
        body: lockInput,
        response: { 200: rulesOutput, ...refusedWrites },
      },
    },
    async (request, reply) => {
      const locked = await services.lockRound({
        roundId: request.params.id,
        user: actorOf(request),
        input: request.body,
      });
      return locked.ok ? locked.value : sendProblem(reply, locked.problem);
    },
  );
};
