import { resolve } from 'node:path';
import { z } from 'zod';
import type { AuditKeySource } from './audit/key.ts';
import { DEFAULT_ANSWER_CACHE_MB } from './db/answers.ts';
import { DEFAULT_LOAD_SHEDDING } from './http/load-shedding.ts';

// Configuration is read from the environment once, at start-up, and checked as a whole: a bad
// value stops the app with a message naming the variable rather than failing later in a request.

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** An unset variable and an empty one mean the same: `FOO= npm start` is how shells unset. */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const flag = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
  z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off']),
);

/** Loopback addresses may speak plain http (a provider on the same machine, in tests). */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const isHttpsOrLoopback = (url: string) => {
  if (!URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' || (protocol === 'http:' && LOOPBACK.has(hostname));
};
const OIDC_REQUIRED = [
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_REDIRECT_URL',
] as const;
const claimName = z.string().regex(/^[A-Za-z0-9_.:/-]{1,100}$/);

const isOn = (value: string) => ['true', '1', 'yes', 'on'].includes(value);

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
    DEMO_MODE: z.preprocess(unsetIfEmpty, flag.optional()),
    NODE_ENV: z.preprocess(unsetIfEmpty, z.string().optional()),
    SESSION_HOURS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(720).default(12)),
    COOKIE_SECURE: z.preprocess(unsetIfEmpty, z.enum(['auto', 'true', 'false']).default('auto')),
    TRUST_PROXY: z.preprocess(unsetIfEmpty, flag.default('false')),
    OIDC_ISSUER: z.preprocess(unsetIfEmpty, z.url().refine(isHttpsOrLoopback).optional()),
    OIDC_CLIENT_ID: z.preprocess(unsetIfEmpty, z.string().optional()),
    OIDC_CLIENT_SECRET: z.preprocess(unsetIfEmpty, z.string().optional()),
    OIDC_REDIRECT_URL: z.preprocess(unsetIfEmpty, z.url().refine(isHttpsOrLoopback).optional()),
    OIDC_SCOPE: z.preprocess(unsetIfEmpty, z.string().default('openid profile')),
    OIDC_ROLE_CLAIM: z.preprocess(unsetIfEmpty, claimName.default('roles')),
    OIDC_ADMINISTRATION_CLAIM: z.preprocess(unsetIfEmpty, claimName.default('forvaltning')),
    LOG_LEVEL: z.preprocess(unsetIfEmpty, z.enum(LOG_LEVELS).default('info')),
    AUDIT_HMAC_KEY: z.preprocess(unsetIfEmpty, z.string().min(32).optional()),
    AUDIT_CHECKPOINT_MINUTES: z.preprocess(
      unsetIfEmpty,
      z.coerce.number().int().min(1).max(10_080).default(60),
    ),
    BODY_LIMIT_BYTES: z.preprocess(
      unsetIfEmpty,
      z.coerce
        .number()
        .int()
        .min(1024)
        .max(100 * 1024 * 1024)
        .default(1024 * 1024),
    ),
    IMPORT_LIMIT_BYTES: z.preprocess(
      unsetIfEmpty,
      z.coerce
        .number()
        .int()
        .min(1024)
        .max(1024 * 1024 * 1024)
        .default(20 * 1024 * 1024),
    ),
    IMPORT_MAX_PAGES: z.preprocess(
      unsetIfEmpty,
      z.coerce.number().int().min(1).max(100_000).default(1000),
    ),
    IMPORT_TIMEOUT_SECONDS: z.preprocess(
      unsetIfEmpty,
      z.coerce.number().int().min(1).max(3600).default(30),
    ),
    MAX_CONCURRENT_REQUESTS: z.preprocess(
      unsetIfEmpty,
      z.coerce.number().int().min(1).max(10_000).default(DEFAULT_LOAD_SHEDDING.maxConcurrent),
    ),
    ANSWER_CACHE_MB: z.preprocess(
      unsetIfEmpty,
      z.coerce.number().int().min(0).max(4096).default(DEFAULT_ANSWER_CACHE_MB),
    ),
    SMTP_URL: z.preprocess(
      unsetIfEmpty,
      z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
    ),
    SMTP_FROM: z.preprocess(
      unsetIfEmpty,
      z.string().max(320).default('Investerings- og innovationspuljer <puljer@localhost>'),
    ),
    REPORT_DUE: z.preprocess(
      unsetIfEmpty,
      z
        .string()
        .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
        .refine((v) => !['02-29', '02-30', '02-31', '04-31', '06-31', '09-31', '11-31'].includes(v))
        .default('03-01'),
    ),
    REMINDER_LEAD_DAYS: z.preprocess(
      unsetIfEmpty,
      z.coerce.number().int().min(0).max(365).default(14),
    ),
    REMINDER_INTERVAL_MINUTES: z.preprocess(
      unsetIfEmpty,
      z.coerce.number().int().min(1).max(1440).default(60),
    ),
  })
  .superRefine((env, context) => {
    // In production the audit log must be signed with a key only the operator holds.
    if (env.NODE_ENV === 'production' && env.AUDIT_HMAC_KEY === undefined) {
      context.addIssue({ code: 'custom', path: ['AUDIT_HMAC_KEY'], message: '' });
    }
    // Sign-in through the identity provider needs all four, or none of them.
    if (!OIDC_REQUIRED.some((name) => env[name] !== undefined)) return;
    for (const name of OIDC_REQUIRED) {
      if (env[name] === undefined) context.addIssue({ code: 'custom', path: [name], message: '' });
    }
  })
  .transform((env) => ({
    port: env.PORT,
    host: env.HOST,
    database: env.DATABASE_URL
      ? ({ driver: 'postgres', url: env.DATABASE_URL } as const)
      : ({ driver: 'pglite', dataDir: resolve(env.DATA_DIR, 'pglite') } as const),
    // Demo data belongs to the one-command embedded start, not to a production database.
    demoData: env.DEMO_DATA === undefined ? !env.DATABASE_URL : isOn(env.DEMO_DATA),
    logLevel: env.LOG_LEVEL,
    audit: {
      key: (env.AUDIT_HMAC_KEY
        ? { kind: 'configured', key: env.AUDIT_HMAC_KEY }
        : env.DATABASE_URL
          ? { kind: 'development' }
          : // The embedded start keeps a key of its own beside its data, outside the database.
            {
              kind: 'file',
              path: resolve(env.DATA_DIR, 'audit-hmac.key'),
            }) satisfies AuditKeySource,
      checkpointMinutes: env.AUDIT_CHECKPOINT_MINUTES,
    },
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    importLimitBytes: env.IMPORT_LIMIT_BYTES,
    loadShedding: { ...DEFAULT_LOAD_SHEDDING, maxConcurrent: env.MAX_CONCURRENT_REQUESTS },
    answerCacheMegabytes: env.ANSWER_CACHE_MB,
    followUp: {
      reportDue: {
        month: Number(env.REPORT_DUE.slice(0, 2)),
        day: Number(env.REPORT_DUE.slice(3, 5)),
      },
      leadDays: env.REMINDER_LEAD_DAYS,
    },
    // Reminders are e-mailed only when an SMTP server is configured; the inbox shows them always.
    smtp: env.SMTP_URL
      ? { url: env.SMTP_URL, from: env.SMTP_FROM, intervalMinutes: env.REMINDER_INTERVAL_MINUTES }
      : null,
    work: {
      importMaxPages: env.IMPORT_MAX_PAGES,
      importTimeoutMs: env.IMPORT_TIMEOUT_SECONDS * 1000,
    },
    auth: {
      // Demo accounts with a known password belong to a demo, never to production.
      demoMode:
        env.DEMO_MODE === undefined
          ? !env.DATABASE_URL && env.NODE_ENV !== 'production'
          : isOn(env.DEMO_MODE),
      sessionTtlSeconds: env.SESSION_HOURS * 3600,
      cookieSecure: env.COOKIE_SECURE === 'auto' ? ('auto' as const) : env.COOKIE_SECURE === 'true',
      trustProxy: isOn(env.TRUST_PROXY),
      oidc:
        env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET && env.OIDC_REDIRECT_URL
          ? {
              issuer: env.OIDC_ISSUER,
              clientId: env.OIDC_CLIENT_ID,
              clientSecret: env.OIDC_CLIENT_SECRET,
              redirectUrl: env.OIDC_REDIRECT_URL,
              scope: env.OIDC_SCOPE,
              roleClaim: env.OIDC_ROLE_CLAIM,
              administrationClaim: env.OIDC_ADMINISTRATION_CLAIM,
            }
          : null,
    },
  }));

/** What each variable must be, said to the operator in the words of this app, not of zod. */
const EXPECTED: Record<string, string> = {
  PORT: 'must be a port number, 0 to 65535',
  HOST: 'must be a host name or address',
  DATA_DIR: 'must be a directory',
  DATABASE_URL: 'must be a postgres:// or postgresql:// URL',
  DEMO_DATA: 'must be true or false',
  LOG_LEVEL: `must be one of ${LOG_LEVELS.join(', ')}`,
  AUDIT_HMAC_KEY:
    'must be a secret of at least 32 characters (e.g. openssl rand -hex 32); required when NODE_ENV=production',
  AUDIT_CHECKPOINT_MINUTES: 'must be a whole number of minutes, 1 to 10080',
  BODY_LIMIT_BYTES: 'must be a whole number of bytes, 1024 to 104857600',
  IMPORT_LIMIT_BYTES: 'must be a whole number of bytes, 1024 to 1073741824',
  IMPORT_MAX_PAGES: 'must be a whole number of pages, 1 to 100000',
  IMPORT_TIMEOUT_SECONDS: 'must be a whole number of seconds, 1 to 3600',
  MAX_CONCURRENT_REQUESTS: 'must be a whole number of requests, 1 to 10000',
  ANSWER_CACHE_MB: 'must be a whole number of megabytes, 0 (keep no answers) to 4096',
  DEMO_MODE: 'must be true or false',
  SMTP_URL: 'must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.dk:587',
  SMTP_FROM: 'must be a sender address of at most 320 characters',
  REPORT_DUE: 'must be a day of the year as MM-DD (03-01 is 1 March), not 29 February',
  REMINDER_LEAD_DAYS: 'must be a whole number of days, 0 to 365',
  REMINDER_INTERVAL_MINUTES: 'must be a whole number of minutes, 1 to 1440',
  SESSION_HOURS: 'must be a whole number of hours, 1 to 720',
  COOKIE_SECURE: 'must be auto, true or false',
  TRUST_PROXY: 'must be true or false',
  OIDC_ISSUER:
    'must be an https:// URL (http:// only on localhost), set with the other OIDC_ variables',
  OIDC_CLIENT_ID: 'must be set when OIDC_ISSUER is',
  OIDC_CLIENT_SECRET: 'must be set when OIDC_ISSUER is',
  OIDC_REDIRECT_URL:
    'must be the https:// URL of /api/auth/oidc/callback (http:// only on localhost), set with the other OIDC_ variables',
  OIDC_ROLE_CLAIM: 'must be a claim name',
  OIDC_ADMINISTRATION_CLAIM: 'must be a claim name',
};

/** Variables whose values are secret, so an error does not repeat them. */
const SECRET = new Set(['DATABASE_URL', 'OIDC_CLIENT_SECRET', 'AUDIT_HMAC_KEY', 'SMTP_URL']);

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
    const was = SECRET.has(name) || env[name] === undefined ? '' : ` (is '${env[name]}')`;
    return `  ${name}: ${EXPECTED[name] ?? 'is not valid'}${was}`;
  });
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}
