import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { administration, committee, hearingBody, round } from '../../shared/api-schemas.ts';
import type { Services } from '../services.ts';

const tags = ['reference'];
const list = <T extends z.ZodType>(item: T) => ({ 200: z.object({ items: z.array(item) }) });

export const referenceRoutes: FastifyPluginAsyncZod<{
  services: Pick<
    Services,
    'listAdministrations' | 'listCommittees' | 'listHearingBodies' | 'listRounds'
  >;
}> = async (app, { services }) => {
  app.get(
    '/administrations',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Forvaltninger', response: list(administration) },
    },
    async () => ({ items: await services.listAdministrations() }),
  );
  app.get(
    '/committees',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Udvalg', response: list(committee) },
    },
    async () => ({ items: await services.listCommittees() }),
  );
  app.get(
    '/rounds',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Runder (overførselssag og budget)', response: list(round) },
    },
    async () => ({ items: await services.listRounds() }),
  );
  app.get(
    '/hearing-bodies',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Høringsparter', response: list(hearingBody) },
    },
    async () => ({ items: await services.listHearingBodies() }),
  );
};
