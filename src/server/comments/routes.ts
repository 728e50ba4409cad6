import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../shared/api-schemas.ts';
import { commentInput, commentList, commentOutput } from '../../shared/comment-schema.ts';
import { mapPage, pageQuery } from '../../shared/paging.ts';
import { actorOf } from '../auth/access.ts';
import { sendProblem } from '../http/errors.ts';
import { proposalParams } from '../proposals/schema.ts';
import type { Services } from '../services.ts';
import { commentPolicy } from './policy.ts';
import type { StoredComment } from './store.ts';

const tags = ['comments'];
const refusals = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };

const present = (c: StoredComment) => ({
  id: c.id,
  author: c.authorName,
  body: c.body,
  createdAt: c.createdAt.toISOString(),
});

export const commentRoutes: FastifyPluginAsyncZod<{
  services: Pick<Services, 'addComment' | 'listComments' | 'proposals'>;
}> = async (app, { services }) => {
  app.get(
    '/proposals/:id/comments',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Kommentarer til forslaget, ældste først',
        params: proposalParams,
        querystring: pageQuery,
        response: { 200: commentList, ...refusals },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const refused = await services.proposals.refusal(actorOf(request), id, commentPolicy.read);
      if (refused) return sendProblem(reply, refused);
      return mapPage(await services.listComments({ proposalId: id, ...request.query }), present);
    },
  );

  app.post(
    '/proposals/:id/comments',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Skriv en kommentar til forslaget',
        description: 'For alle, der kan se forslaget, undtagen læsere (403).',
        params: proposalParams,
        body: commentInput,
        response: { 201: commentOutput, ...refusals },
      },
    },
    async (request, reply) => {
      const user = actorOf(request);
      const { id } = request.params;
      const refused = await services.proposals.refusal(user, id, commentPolicy.write);
      if (refused) return sendProblem(reply, refused);
      const written = await services.addComment({ proposalId: id, user, body: request.body.body });
      return reply.code(201).send(present(written));
    },
  );
};
