import type { FastifyReply } from 'fastify';

/**
 * Sends JSON already written in the shape of the route's response schema: by the database, or
 * kept from when it was first written (db/answers.ts). Fastify sends a string with a JSON
 * content type unmodified (Reply.md, "Strings"), skipping the schema's serializer, which would
 * parse and check it only to write it again; the schema still documents the answer in the
 * OpenAPI document.
 */
export function sendWritten(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}
