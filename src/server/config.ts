import { resolve } from 'node:path';
import { z } from 'zod';

// Configuration is read from the environment once, at start-up, and checked as a whole: a bad
// value stops the app with a message naming the variable rather than failing later in a request.

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** An unset variable and an empty one mean the same: `FOO= npm start` is how shells unset. */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const flag = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
  z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off']),
);

const environment = z
  .object({
    PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535).default(3000)),
    HOST: z.preprocess(unsetIfEmpty, z.string().default('127.0.0.1')),
    DATA_DIR: z.preprocess(unsetIfEmpty, z.string().default('./data')),
    DATABASE_URL: z.preprocess(
      unsetIfEmpty,
      z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
    ),
    DEMO_DATA: z.preprocess(unsetIfEmpty, flag.optional()),
    LOG_LEVEL: z.preprocess(unsetIfEmpty, z.enum(LOG_LEVELS).default('info')),
    BODY_LIMIT_BYTES: z.preprocess(
      unsetIfEmpty,
      z.coerce
        .number()
        .int()
        .min(1024)
        .max(100 * 1024 * 1024)
        .default(1024 * 1024),
    ),
  })
  .transform((env) => ({
    port: env.PORT,
    host: env.HOST,
    database: env.DATABASE_URL
      ? ({ driver: 'postgres', url: env.DATABASE_URL } as const)
      : ({ driver: 'pglite', dataDir: resolve(env.DATA_DIR, 'pglite') } as const),
    // Demo data belongs to the one-command embedded start, not to a production database.
    demoData:
      env.DEMO_DATA === undefined
        ? !env.DATABASE_URL
        : ['true', '1', 'yes', 'on'].includes(env.DEMO_DATA),
    logLevel: env.LOG_LEVEL,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
  }));

/** What each variable must be, said to the operator in the words of this app, not of zod. */
const EXPECTED: Record<string, string> = {
  PORT: 'must be a port number, 0 to 65535',
  HOST: 'must be a host name or address',
  DATA_DIR: 'must be a directory',
  DATABASE_URL: 'must be a postgres:// or postgresql:// URL',
  DEMO_DATA: 'must be true or false',
  LOG_LEVEL: `must be one of ${LOG_LEVELS.join(', ')}`,
  BODY_LIMIT_BYTES: 'must be a whole number of bytes, 1024 to 104857600',
};

export type Config = z.output<typeof environment>;
export type DatabaseConfig = Config['database'];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = environment.safeParse(env);
  if (parsed.success) return parsed.data;
  const names = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
  const problems = names.map((name) => {
    // A connection string may carry a password, so only the others are repeated back.
    const was = name === 'DATABASE_URL' ? '' : ` (is '${env[name]}')`;
    return `  ${name}: ${EXPECTED[name] ?? 'is not valid'}${was}`;
  });
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}
