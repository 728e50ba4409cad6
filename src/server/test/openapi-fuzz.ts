import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { apiError } from '../../shared/api-schemas.ts';
import { multipartUpload } from '../imports/test-upload.ts';

// Hostile requests generated from the OpenAPI document alone, so a new operation is fuzzed the
// day it is added, and what it accepts is read from the same schemas the server validates
// with. Each part of a request is mostly shaped like what the schema asks (so the request gets
// past the first check and into the handler) and sometimes replaced by something hostile:
// NUL, oversized, wrong-typed, deeply nested, malformed.

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  $ref?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  format?: string;
}

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  /** `PUT /api/proposals/{id}`, as the permission matrix names it. */
  name: string;
  method: string;
  path: string;
  parameters: Parameter[];
  /** The JSON body's schema, if the operation takes one. */
  body: JsonSchema | null;
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Parameter[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      name: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      parameters: operation.parameters ?? [],
      body: operation.requestBody?.content['application/json']?.schema ?? null,
    })),
  );
}

/** Values the fuzzer cannot guess, such as the id of a proposal that exists, by parameter name. */
export type Known = Record<string, unknown[]>;

const NUL = '\u0000';
/** Larger than any field's maxLength (100.000), smaller than the body limit. */
const OVERSIZED = 'æ'.repeat(100_001);
const DEEP = 2_000;

function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** A value of the wrong kind, or of the right kind that no field expects. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    NUL,
    `før${NUL}efter`,
    OVERSIZED,
    '\ud800',
    '🙂'.repeat(500),
    "'; drop table proposals; --",
    '<script>alert(1)</script>',
    '../../../etc/passwd',
    '%00',
    '__proto__',
    '',
    ' ',
    1e308,
    -1e308,
    2 ** 53 + 2,
    2 ** 31,
    -(2 ** 31) - 1,
    -0,
    0.1,
    true,
    null,
    [],
    {},
    // An own key named __proto__, as JSON.parse makes it (a literal would set the prototype).
    JSON.parse('{"__proto__": {"admin": true}}') as unknown,
    nested(DEEP),
  ),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const withNul = (text: string, at: number) => {
  const cut = text.length === 0 ? 0 : at % text.length;
  return `${text.slice(0, cut)}${NUL}${text.slice(cut)}`;
};

const dayArbitrary = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** What shapes a generated value: the document its references point into, and how hostile. */
export interface Shaping {
  document: OpenApiDocument;
  known: Known;
  /**
   * Calm values keep to the schema, to get past validation into the handlers; hostile ones
   * have a part replaced by something no field expects now and then.
   */
  hostile: boolean;
}

/** A value shaped like `schema` asks for the field or parameter `name`. */
export function valueOf(schema: JsonSchema, shaping: Shaping, name = ''): fc.Arbitrary<unknown> {
  const shaped = shapedValue(schema, shaping, name);
  if (!shaping.hostile) return shaped;
  return fc.oneof({ weight: 5, arbitrary: shaped }, { weight: 1, arbitrary: hostileValue });
}

function shapedValue(schema: JsonSchema, shaping: Shaping, name: string): fc.Arbitrary<unknown> {
  const recurse = (inner: JsonSchema, innerName = name) => valueOf(inner, shaping, innerName);
  if (schema.$ref) {
    const id = schema.$ref.replace('#/components/schemas/', '');
    const target = shaping.document.components?.schemas?.[id];
    return target ? shapedValue(target, shaping, name) : fc.jsonValue();
  }
  const choices = shaping.known[name];
  const own = ownShape(schema, recurse, shaping.hostile);
  return choices?.length
    ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...choices) }, own)
    : own;
}

function ownShape(
  schema: JsonSchema,
  recurse: (inner: JsonSchema, name?: string) => fc.Arbitrary<unknown>,
  hostile: boolean,
): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((inner) => recurse(inner)));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(...types.map((type) => ofType(type, schema, recurse, hostile)));
}

function ofType(
  type: string,
  schema: JsonSchema,
  recurse: (inner: JsonSchema, name?: string) => fc.Arbitrary<unknown>,
  hostile: boolean,
): fc.Arbitrary<unknown> {
  const min = schema.minimum ?? -(2 ** 31);
  const max = schema.maximum ?? 2 ** 31;
  switch (type) {
    case 'string': {
      const text =
        schema.format === 'uuid'
          ? fc.uuid()
          : schema.format === 'date'
            ? dayArbitrary
            : fc.string({
                unit: 'grapheme',
                minLength: Math.min(schema.minLength ?? 0, 40),
                maxLength: Math.min(schema.maxLength ?? 40, 40),
              });
      // NUL, which PostgreSQL's text cannot hold, hidden in an otherwise fitting value.
      return hostile
        ? fc.oneof(
            { weight: 3, arbitrary: text },
            { weight: 1, arbitrary: fc.tuple(text, fc.nat()).map(([t, at]) => withNul(t, at)) },
          )
        : text;
    }
    case 'integer':
      return fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) });
    case 'number':
      return fc.oneof(
        fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) }),
        fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
      );
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schema.items ? recurse(schema.items) : fc.jsonValue({ maxDepth: 1 }), {
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    case 'object': {
      const properties = schema.properties ?? {};
      const fields = Object.fromEntries(
        Object.entries(properties).map(([key, inner]) => [key, recurse(inner, key)]),
      );
      const required = (schema.required ?? []).filter((key) => key in properties);
      const record = fc.record(fields, { requiredKeys: required });
      if (!hostile) return record;
      return fc
        .tuple(
          record,
          // Now and then a key no schema declares, or one that is a prototype's name.
          fc.option(fc.constantFrom('ukendt', 'constructor', `felt${NUL}`), { freq: 8 }),
        )
        .map(([value, extra]) => (extra === null ? value : { ...value, [extra]: 1 }));
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A path or query value as text: what a client puts in a URL. */
const asText = (value: unknown) =>
  typeof value === 'string'
    ? value
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

/** Encodes what can be encoded; a lone surrogate goes in as its raw UTF-8 escape. */
function encoded(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

const rawBody = fc.constantFrom(
  '{',
  '{"title": ',
  '[1, 2,',
  'null',
  '"tekst"',
  '1e999999',
  `{"title": "${NUL}"}`,
  '{"__proto__": {"admin": true}}',
  '{"constructor": {"prototype": {"admin": true}}}',
  '['.repeat(100_000) + ']'.repeat(100_000),
  '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000),
  // Over the body limit of 1 MiB.
  `{"title": "${'x'.repeat(1_100_000)}"}`,
  '',
);

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=latin1',
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=xyz',
  'application/octet-stream',
  '',
  'ø/æ',
);

const uploads = fc
  .tuple(
    fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('a.xlsx', 'a.pdf', `a${NUL}.txt`)),
    fc.oneof(
      fc.uint8Array({ maxLength: 2_000 }),
      fc.string({ maxLength: 2_000 }),
      // A zip's signature with nothing sensible after it, as a damaged .xlsx would start.
      fc.uint8Array({ maxLength: 500 }).map((rest) => new Uint8Array([0x50, 0x4b, 3, 4, ...rest])),
      fc.constant('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'),
    ),
  )
  .map(([fileName, content]) => multipartUpload(fileName.replace(/["\r\n]/g, ''), content));

/** Extra headers a client might send; Origin and the CSRF token are left as the session has them. */
const extraHeaders = fc.dictionary(
  fc.constantFrom('accept', 'accept-language', 'x-forwarded-for', 'x-requested-with', 'range'),
  fc.oneof(
    fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      maxLength: 200,
    }),
    fc.constant('x'.repeat(8_000)),
  ),
  { maxKeys: 2 },
);

/** A body and the headers that say what it is. */
interface Sent {
  payload?: string | Buffer;
  headers?: Record<string, string>;
}

export interface FuzzRequest {
  method: NonNullable<InjectOptions['method']>;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** Clients come from many addresses; sign-in throttling counts per address. */
  remoteAddress: string;
}

/** Requests to `operation`, shaped by its schemas: a third calm, the rest with hostile parts. */
export function requestsFor(
  operation: Operation,
  document: OpenApiDocument,
  known: Known,
): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    { weight: 1, arbitrary: shapedRequests(operation, { document, known, hostile: false }) },
    { weight: 2, arbitrary: shapedRequests(operation, { document, known, hostile: true }) },
  );
}

function shapedRequests(operation: Operation, shaping: Shaping): fc.Arbitrary<FuzzRequest> {
  const { hostile } = shaping;
  const pathParameters = operation.parameters.filter((p) => p.in === 'path');
  const queryParameters = operation.parameters.filter((p) => p.in === 'query');
  const path = fc.record(
    Object.fromEntries(pathParameters.map((p) => [p.name, valueOf(p.schema, shaping, p.name)])),
  );
  const query = fc.tuple(
    fc.record(
      Object.fromEntries(queryParameters.map((p) => [p.name, valueOf(p.schema, shaping, p.name)])),
      { requiredKeys: [] },
    ),
    // Now and then a name repeated (an array where a string is expected), or one not declared.
    hostile
      ? fc.option(fc.constantFrom(...queryParameters.map((p) => p.name), 'ukendt', `x${NUL}`), {
          freq: 4,
        })
      : fc.constant(null),
  );
  const jsonBody: fc.Arbitrary<Sent> = operation.body
    ? valueOf(operation.body, shaping).map((value) => ({
        payload: JSON.stringify(value),
        headers: { 'content-type': 'application/json' },
      }))
    : fc.constant<Sent>({});
  const writes = operation.method !== 'GET' && operation.method !== 'DELETE';
  const rawJson: fc.Arbitrary<Sent> = rawBody.map((payload) => ({
    payload,
    headers: { 'content-type': 'application/json' },
  }));
  const mislabelled: fc.Arbitrary<Sent> = fc
    .tuple(rawBody, contentTypes)
    .map(([payload, type]) => ({ payload, headers: { 'content-type': type } }));
  const upload: fc.Arbitrary<Sent> = uploads;
  const none: fc.Arbitrary<Sent> = fc.constant({});
  const uploadWeight = writes && !operation.body ? 4 : hostile ? 1 : 0;
  const bodies = [
    { weight: writes ? 6 : 1, arbitrary: jsonBody },
    { weight: hostile ? 1 : 0, arbitrary: rawJson },
    { weight: hostile ? 1 : 0, arbitrary: mislabelled },
    { weight: uploadWeight, arbitrary: upload },
    { weight: writes ? 1 : 4, arbitrary: none },
  ];
  const body = fc.oneof(...bodies.filter(({ weight }) => weight > 0));
  return fc
    .tuple(path, query, body, hostile ? extraHeaders : fc.constant({}), fc.ipV4())
    .map(([pathValues, [queryValues, extra], sent, headers, remoteAddress]) => {
      let url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
        encoded(asText(pathValues[name])),
      );
      const pairs = Object.entries(queryValues)
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => `${encoded(name)}=${encoded(asText(value))}`);
      if (extra !== null)
        pairs.push(`${encoded(extra)}=${encoded(extra === 'ukendt' ? '1' : 'gentaget')}`);
      if (pairs.length > 0) url += `?${pairs.join('&')}`;
      const options: FuzzRequest = {
        method: operation.method as FuzzRequest['method'],
        url,
        headers: { ...headers, ...sent.headers },
        remoteAddress,
      };
      if (sent.payload !== undefined) options.payload = sent.payload;
      return options;
    });
}

const STACK_TRACE = /\bat .+\.(ts|js|mjs|cjs):\d+/;
/** What a database error says; a proposal may well contain SQL, but never these. */
const DATABASE_ERROR =
  /Failed query|syntax error at or near|violates .* constraint|invalid input syntax|duplicate key value|relation "|SQLSTATE|DrizzleQueryError/i;

/** The guarantees for every answer: no 5xx, nothing internal shown, every 4xx explained. */
export function expectSoundAnswer(response: LightMyRequestResponse, request: FuzzRequest): void {
  const what = `${request.method} ${request.url.slice(0, 300)} → ${response.statusCode} ${response.body.slice(0, 300)}`;
  expect(response.statusCode, what).toBeLessThan(500);
  const type = String(response.headers['content-type'] ?? '');
  if (/json|text|html/.test(type)) {
    expect(response.body, what).not.toMatch(STACK_TRACE);
    expect(response.body, what).not.toMatch(DATABASE_ERROR);
  }
  if (response.statusCode >= 400) {
    expect(type, what).toMatch(/^application\/json/);
    const body = apiError.safeParse(response.json());
    expect(body.success, what).toBe(true);
    expect(body.data?.message.trim().length, what).toBeGreaterThan(0);
  }
}
