import type { z } from 'zod';
import { formatDanishNumber } from '../../shared/danish-number.ts';
import type { MessageKey } from '../../shared/i18n/da.ts';
import { problemsDa } from '../../shared/i18n/problems.da.ts';
import { say, type Words } from '../words.ts';

// What zod finds wrong, said in plain words as the rest of a sentence that starts with the
// field's name ("Titel må højst være 300 tegn"), in place of zod's own, which reads as a
// parser's report ("For stor: forventede streng havde <= 300 tegn"). Codes not named here keep
// zod's own locale. The words are the catalogue's `zod.*` (problems.da.ts), so the HTTP layer
// says them in the client's language.

type Issue = z.core.$ZodRawIssue;

const number = (value: unknown) =>
  typeof value === 'number' || typeof value === 'bigint'
    ? formatDanishNumber(Number(value))
    : String(value);

const KINDS: Record<string, MessageKey> = {
  string: 'zod.kind.string',
  number: 'zod.kind.number',
  int: 'zod.kind.int',
  boolean: 'zod.kind.boolean',
  array: 'zod.kind.array',
  object: 'zod.kind.object',
  date: 'zod.kind.date',
};

const FORMATS: Record<string, MessageKey> = {
  uuid: 'zod.format.uuid',
  email: 'zod.format.email',
  url: 'zod.format.url',
  date: 'zod.format.date',
  datetime: 'zod.format.datetime',
};

const mustBe = (what: MessageKey): Words => say('zod.mustBe', { what: say(what) });

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): Words | undefined {
  const n = number(issue.maximum);
  const under = issue.inclusive === false;
  switch (issue.origin) {
    case 'string':
      return say(under ? 'zod.string.under' : 'zod.string.atMost', { n });
    case 'array':
    case 'set':
      return say(under ? 'zod.array.under' : 'zod.array.atMost', { n });
    case 'number':
    case 'int':
    case 'bigint':
      return say(under ? 'zod.number.under' : 'zod.number.atMost', { n });
    default:
      return undefined;
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): Words | undefined {
  const n = number(issue.minimum);
  const one = Number(issue.minimum) <= 1;
  switch (issue.origin) {
    case 'string':
      return one ? say('zod.required') : say('zod.string.atLeast', { n });
    case 'array':
    case 'set':
      return one ? say('zod.array.atLeastOne') : say('zod.array.atLeast', { n });
    case 'number':
    case 'int':
    case 'bigint':
      return say(issue.inclusive === false ? 'zod.number.over' : 'zod.number.atLeast', { n });
    default:
      return undefined;
  }
}

/** A refinement's words when its params name them in the catalogue: `{ key, values }`. */
function catalogued(params: Record<string, unknown> | undefined): Words | undefined {
  const key = params?.key;
  if (typeof key !== 'string' || !Object.hasOwn(problemsDa, key)) return undefined;
  return say(key as MessageKey, params?.values as Record<string, string | number> | undefined);
}

/** The plain words for an issue, or undefined to keep zod's own. */
export function plainWords(issue: Issue): Words | undefined {
  if (
    issue.input === undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_value')
  ) {
    return say('zod.required');
  }
  switch (issue.code) {
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_type': {
      const kind = Object.hasOwn(KINDS, issue.expected) ? KINDS[issue.expected] : undefined;
      return kind && mustBe(kind);
    }
    case 'invalid_format': {
      const format = Object.hasOwn(FORMATS, issue.format) ? FORMATS[issue.format] : undefined;
      return format && mustBe(format);
    }
    case 'invalid_value':
      return issue.values.length <= 8
        ? say('zod.oneOf', { values: issue.values.map((v) => String(v)).join(', ') })
        : undefined;
    case 'not_multiple_of':
      return say('zod.multipleOf', { n: number(issue.divisor) });
    case 'custom':
      return catalogued(issue.params);
    default:
      return undefined;
  }
}
