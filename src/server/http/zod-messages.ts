import type { z } from 'zod';
import { formatDanishNumber } from '../../shared/danish-number.ts';

// What zod finds wrong, said in plain Danish as the rest of a sentence that starts with the
// field's name ("Titel må højst være 300 tegn"), in place of zod's own Danish, which reads as a
// parser's report ("For stor: forventede streng havde <= 300 tegn"). Codes not named here keep
// zod's Danish locale.

type Issue = z.core.$ZodRawIssue;

const number = (value: unknown) =>
  typeof value === 'number' || typeof value === 'bigint'
    ? formatDanishNumber(Number(value))
    : String(value);

const KINDS: Record<string, string> = {
  string: 'tekst',
  number: 'et tal',
  int: 'et helt tal',
  boolean: 'ja eller nej',
  array: 'en liste',
  object: 'et objekt',
  date: 'en dato',
};

const FORMATS: Record<string, string> = {
  uuid: 'et gyldigt id',
  email: 'en gyldig e-mailadresse',
  url: 'en gyldig adresse',
  date: 'en dato (åååå-mm-dd)',
  datetime: 'et tidspunkt (ISO 8601)',
};

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string | undefined {
  const most = number(issue.maximum);
  const at = issue.inclusive === false ? 'under' : 'højst';
  switch (issue.origin) {
    case 'string':
      return `må ${at === 'højst' ? 'højst være' : 'være under'} ${most} tegn`;
    case 'array':
    case 'set':
      return `må ${at === 'højst' ? 'højst have' : 'have under'} ${most} punkter`;
    case 'number':
    case 'int':
    case 'bigint':
      return `må ${at === 'højst' ? 'højst være' : 'være under'} ${most}`;
    default:
      return undefined;
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string | undefined {
  const least = number(issue.minimum);
  switch (issue.origin) {
    case 'string':
      return Number(issue.minimum) <= 1 ? 'skal udfyldes' : `skal være mindst ${least} tegn`;
    case 'array':
    case 'set':
      return Number(issue.minimum) <= 1
        ? 'skal have mindst ét punkt'
        : `skal have mindst ${least} punkter`;
    case 'number':
    case 'int':
    case 'bigint':
      return issue.inclusive === false ? `skal være over ${least}` : `skal være mindst ${least}`;
    default:
      return undefined;
  }
}

/** The plain-Danish message for an issue, or undefined to keep zod's own. */
export function plainDanish(issue: Issue): string | undefined {
  if (
    issue.input === undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_value')
  ) {
    return 'skal udfyldes';
  }
  switch (issue.code) {
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_type': {
      const kind = KINDS[issue.expected];
      return kind ? `skal være ${kind}` : undefined;
    }
    case 'invalid_format': {
      const format = FORMATS[issue.format];
      return format ? `skal være ${format}` : undefined;
    }
    case 'invalid_value':
      return issue.values.length <= 8
        ? `skal være en af: ${issue.values.map((v) => String(v)).join(', ')}`
        : undefined;
    case 'not_multiple_of':
      return `skal gå op i ${number(issue.divisor)}`;
    default:
      return undefined;
  }
}
