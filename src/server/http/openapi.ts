import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { proposalOutput } from '../../shared/proposal-schema.ts';

// The OpenAPI document is generated from the same zod schemas that validate the requests, so
// it cannot drift from what the server accepts. Schemas with an id in zod's registry become
// components; the shared schemas name their own, the proposal is named here.

z.globalRegistry.add(proposalOutput, { id: 'Proposal' });

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Investerings- og innovationspuljer',
        version: '0.1.0',
        description:
          'Forslag til kommunens investerings- og innovationspuljer. Beløb er i 1.000 kr. med ' +
          'højst tre decimaler. Alle fejl har formen { error, message, issues? }.',
      },
      tags: [
        { name: 'proposals', description: 'Forslag og deres versioner' },
        { name: 'reference', description: 'Forvaltninger, udvalg, runder og høringsparter' },
        { name: 'search', description: 'Fuldtekstsøgning og lignende forslag' },
        {
          name: 'economics',
          description: 'Beregning af Tabel 1, indsendelsesregler og pris- og lønindeks',
        },
        {
          name: 'documents',
          description: 'Word og Excel: forslaget, rundens oversigt (bilag) og Tabel 1 ud og ind',
        },
        { name: 'auth', description: 'Log ind og ud, og hvem der er logget ind' },
        { name: 'audit', description: 'Revisionsspor: historik og kontrol af kæden' },
        { name: 'workflow', description: 'Arbejdsgangens skridt og høringssvar' },
        { name: 'system', description: 'Drift' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    // Swagger UI adds <style> elements as it renders; its scripts stay under the strict policy.
    transformStaticCSP: (header) =>
      header.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  });
}
