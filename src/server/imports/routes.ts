import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../shared/api-schemas.ts';
import {
  acceptInput,
  acceptOutput,
  createHeldInput,
  createHeldOutput,
  skipOutput,
  importDetail,
  importedProposalOutput,
  importedProposalParams,
  importList,
  importOutput,
  importParams,
  proposalImportOutput,
  proposalParams,
} from '../../shared/import-schemas.ts';
import {
  importOverviewOutput,
  readIntoRoundInput,
  readIntoRoundOutput,
} from '../../shared/import-overview-schema.ts';
import { mapPage, pageQuery } from '../../shared/paging.ts';
import { answer, refusedWrites, sendProblem } from '../http/errors.ts';
import { readUpload } from '../http/upload.ts';
import type { Services } from '../services.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorOf } from '../auth/access.ts';
import { importPolicy } from './policy.ts';
import { presentImport, presentImportDetail, presentImportedProposal } from './presenter.ts';
import { say } from '../words.ts';

const tags = ['imports'];

/** Imports are the secretariat's (see policy.ts). */
async function refuseUnlessManager(request: FastifyRequest, reply: FastifyReply) {
  if (!importPolicy.manage(actorOf(request))) {
    return sendProblem(reply, {
      error: 'Forbidden',
      message: say('problem.import.forbidden'),
    });
  }
}

export interface ImportRouteOptions {
  services: Pick<
    Services,
    | 'acceptImportedProposal'
    | 'createHeldProposal'
    | 'skipHeldProposal'
    | 'getImport'
    | 'getImportedProposal'
    | 'importOfProposal'
    | 'importOverview'
    | 'listImports'
    | 'proposals'
    | 'readImportStep'
    | 'readOverviewIntoRound'
    | 'startImport'
  >;
  /** Largest document accepted, in bytes. */
  fileLimitBytes: number;
}

export const importRoutes: FastifyPluginAsyncZod<ImportRouteOptions> = async (
  app,
  { services, fileLimitBytes },
) => {
  // Registered here so that only this resource takes multipart bodies.
  await app.register(fastifyMultipart, {
    limits: { fileSize: fileLimitBytes, files: 1, fields: 5, parts: 6 },
  });

  app.post(
    '/imports',
    {
      preHandler: refuseUnlessManager,
      schema: {
        tags,
        summary: 'Indlæs et dokument (PDF eller tekst) med eksisterende forslag',
        description:
          'multipart/form-data med feltet `file`. Svarer med antallet af forslag i dokumentet; ' +
          'de læses derefter trinvis med `POST /imports/{id}/steps`, og hvert bliver en kladde.',
        consumes: ['multipart/form-data'],
        response: {
          201: importOutput,
          400: apiError,
          413: apiError,
          415: apiError,
          503: apiError,
        },
      },
    },
    async (request, reply) => {
      const upload = await readUpload(request, fileLimitBytes);
      if (!upload.ok) return sendProblem(reply, upload.problem);
      const started = await services.startImport({
        fileName: upload.fileName,
        bytes: new Uint8Array(upload.bytes),
        mimeType: upload.mimeType,
        actor: actorOf(request) ?? 'anonymous',
      });
      if (!started.ok) return sendProblem(reply, started.problem);
      return reply.code(201).send(presentImport(started.value));
    },
  );

  app.get(
    '/imports',
    {
      preHandler: refuseUnlessManager,
      schema: {
        tags,
        summary: 'Indlæsningerne, nyeste først',
        querystring: pageQuery,
        response: { 200: importList, 400: apiError },
      },
    },
    async (request) => mapPage(await services.listImports(request.query), presentImport),
  );

  app.get(
    '/imports/:id',
    {
      preHandler: refuseUnlessManager,
      schema: {
        tags,
        summary: 'En indlæsning: hvor langt den er, og de forslag der er læst',
        params: importParams,
        response: { 200: importDetail, 400: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      const found = await services.getImport({ id: request.params.id });
      if (!found.ok) return sendProblem(reply, found.problem);
      return presentImportDetail(found.value);
    },
  );

  app.post(
    '/imports/:id/steps',
    {
      preHandler: refuseUnlessManager,
      schema: {
        tags,
        summary: 'Læs de næste forslag i dokumentet',
        description:
          'Læser videre i op til et kvart sekund og svarer med `done` af `total`. Kald igen, ' +
          'til `status` er `done`. Læser en anden server allerede, svares straks med status.',
        params: importParams,
        response: { 200: importOutput, 400: apiError, 404: apiError, 413: apiError, 503: apiError },
      },
    },
    async (request, reply) => {
      const read = await services.readImportStep({
        id: request.params.id,
        actor: actorOf(request),
      });
      if (!read.ok) return sendProblem(reply, read.problem);
      return presentImport(read.value);
    },
  );

  app.get(
    '/imports/:id/overview',
    {
      preHandler: refuseUnlessManager,
      schema: {
        tags,
        summary:
          'Rundens oversigt (bilag) i dokumentet, med de forslag i systemet, linjerne står for',
        description:
          'Hver linje (kode, titel, udvalg, investering, effektivisering ved fuld effekt og ' +
          'tilbagebetalingstid, beløb i 1.000 kr.) med forslaget af samme kode i samme runde, ' +
          'og hvor forslagets egen Tabel 1 afviger fra linjen. null, når dokumentet ingen ' +
          'oversigt har.',
        params: importParams,
        response: { 200: importOverviewOutput.nullable(), 400: apiError, 404: apiError },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        await services.importOverview({ id: request.params.id, user: actorOf(request) }),
        (overview) => overview,
      ),
  );

  app.post(
    '/imports/:id/overview/round',
    {
      preHandler: refuseUnlessManager,
      schema: {
        tags,
        summary: 'Læs oversigten ind i en runde: forslagene, den nævner, placeres i runden',
        description:
          'De forslag i systemet, som oversigtens linjer står for (samme kode i den runde, ' +
          'oversigten nævner, eller i `roundId`), og som ikke er i nogen runde, placeres i ' +
          'runden, hver som en ny version i revisionssporet. Et forslag i en anden runde flyttes ' +
          'ikke, men nævnes i `elsewhere`. Runden viser derefter oversigten. Igen i samme runde ' +
          'placeres det, der er indlæst siden; en anden runde svares med 409.',
        params: importParams,
        body: readIntoRoundInput,
        response: { 200: readIntoRoundOutput, ...refusedWrites },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        await services.readOverviewIntoRound({
          id: request.params.id,
          roundId: request.body.roundId,
          user: actorOf(request),
        }),
        (read) => read,
      ),
  );

  app.get(
    '/imports/:id/proposals/:position',
    {
      preHandler: refuseUnlessManager,
      schema: {
        tags,
        summary: 'Et indlæst forslag til gennemsyn: kildetekst, det læste og afvigelser',
        params: importedProposalParams,
        response: {
          200: importedProposalOutput,
          400: apiError,
          404: apiError,
          413: apiError,
          503: apiError,
        },
      },
    },
    async (request, reply) => {
      const found = await services.getImportedProposal(request.params);
      if (!found.ok) return sendProblem(reply, found.problem);
      return presentImportedProposal(found.value);
    },
  );

  app.post(
    '/imports/:id/proposals/:position/accept',
    {
      preHandler: refuseUnlessManager,
      schema: {
        tags,
        summary: 'Godkend et indlæst forslag efter gennemsyn; det er derefter en almindelig kladde',
        params: importedProposalParams,
        body: acceptInput,
        description:
          'Med `corrections` rettes det læste først (kode, type, fremstillende forvaltning, ' +
          'Tabel 1-rækkernes afsnit, styringsområde og tal); kladden gemmes med rettelserne, og ' +
          'de gemmes med indlæsningen (`corrections` i gennemsynet). Et tilbageholdt forslag ' +
          '(`state: held`) kan ikke godkendes: det besvares med 409, til det er oprettet med ' +
          '`POST …/create` eller sprunget over.',
        response: {
          200: acceptOutput,
          400: apiError,
          404: apiError,
          409: apiError,
        },
      },
    },
    async (request, reply) => {
      const accepted = await services.acceptImportedProposal({
        ...request.params,
        actor: actorOf(request),
        corrected: request.body?.corrections,
      });
      if (!accepted.ok) return sendProblem(reply, accepted.problem);
      return {
        // An entry is accepted only once it is a draft (a held one is refused above).
        proposalId: accepted.value.proposalId!,
        acceptedAt: accepted.value.acceptedAt!.toISOString(),
      };
    },
  );

  app.post(
    '/imports/:id/proposals/:position/create',
    {
      preHandler: refuseUnlessManager,
      schema: {
        tags,
        summary: 'Opret et tilbageholdt forslag som kladde, skønt det ligner et, der findes',
        description:
          'Et forslag, der ligner et forslag i systemet (samme kode i samme runde, eller næsten ' +
          'samme titel i samme forvaltning), oprettes ikke ved læsningen, men holdes tilbage ' +
          '(`state: held`) med de forslag, det ligner, i `duplicates`. Uden `createAnyway: true` ' +
          'svares 409 med feltet `createAnyway`, så længe det stadig ligner et forslag. ' +
          '`corrections` (som ved godkendelse) rettes i det læste først, fx en fejllæst kode.',
        params: importedProposalParams,
        body: createHeldInput,
        response: { 201: createHeldOutput, 400: apiError, 404: apiError, 409: apiError },
      },
    },
    async (request, reply) => {
      const created = await services.createHeldProposal({
        ...request.params,
        createAnyway: request.body?.createAnyway ?? false,
        corrected: request.body?.corrections,
        actor: actorOf(request) ?? 'anonymous',
      });
      if (!created.ok) return sendProblem(reply, created.problem);
      return reply.code(201).send(created.value);
    },
  );

  app.post(
    '/imports/:id/proposals/:position/skip',
    {
      preHandler: refuseUnlessManager,
      schema: {
        tags,
        summary: 'Spring et tilbageholdt forslag over: det findes allerede i systemet',
        params: importedProposalParams,
        response: { 200: skipOutput, 400: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      const skipped = await services.skipHeldProposal({
        ...request.params,
        actor: actorOf(request) ?? 'anonymous',
      });
      if (!skipped.ok) return sendProblem(reply, skipped.problem);
      return { skippedAt: skipped.value.skippedAt!.toISOString() };
    },
  );

  app.get(
    '/proposals/:id/import',
    {
      schema: {
        tags,
        summary: 'Det dokument, forslaget er indlæst fra, og om det er gennemset',
        description:
          'null for et forslag, der ikke er indlæst fra et dokument (de fleste): et svar, ikke en fejl, ' +
          'så forslagets side ikke logger en fejlet forespørgsel. 404 kun for et forslag, brugeren ikke kan se.',
        params: proposalParams,
        response: { 200: proposalImportOutput.nullable(), 400: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      const refused = await services.proposals.refusal(actorOf(request), request.params.id);
      if (refused) return sendProblem(reply, refused);
      const found = await services.importOfProposal({ proposalId: request.params.id });
      if (!found.ok)
        return found.problem.error === 'NotFound' ? null : sendProblem(reply, found.problem);
      const { acceptedAt, ...rest } = found.value;
      return { ...rest, accepted: acceptedAt !== null };
    },
  );
};
