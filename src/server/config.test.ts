import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const OIDC = {
  OIDC_ISSUER: 'https://login.kk.dk/realms/puljer',
  OIDC_CLIENT_ID: 'puljer',
  OIDC_CLIENT_SECRET: 'hemmelig-noegle',
  OIDC_REDIRECT_URL: 'https://puljer.kk.dk/api/auth/oidc/callback',
};

describe('configuration', () => {
  it('runs embedded with demo data when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      database: { driver: 'pglite', dataDir: resolve('data', 'pglite') },
      demoData: true,
      logLevel: 'info',
      audit: {
        key: { kind: 'file', path: resolve('data', 'audit-hmac.key') },
        checkpointMinutes: 60,
      },
      bodyLimitBytes: 1024 * 1024,
      importLimitBytes: 20 * 1024 * 1024,
      loadShedding: { maxConcurrent: 64, retryAfterSeconds: 1 },
      answerCacheMegabytes: 32,
      followUp: { reportDue: { month: 3, day: 1 }, leadDays: 14 },
      smtp: null,
      work: { importMaxPages: 1000, importTimeoutMs: 30_000 },
      auth: {
        demoMode: true,
        sessionTtlSeconds: 12 * 3600,
        cookieSecure: 'auto',
        trustProxy: false,
        oidc: null,
      },
    });
  });

  it('e-mails reminders through SMTP_URL, never repeating its password, by the rule it is given', () => {
    const config = loadConfig({
      SMTP_URL: 'smtp://puljer:hemmelig@mail.kk.dk:587',
      REPORT_DUE: '04-15',
      REMINDER_LEAD_DAYS: '30',
    });
    expect(config.smtp).toEqual({
      url: 'smtp://puljer:hemmelig@mail.kk.dk:587',
      from: 'Investerings- og innovationspuljer <puljer@localhost>',
      intervalMinutes: 60,
    });
    expect(config.followUp).toEqual({ reportDue: { month: 4, day: 15 }, leadDays: 30 });
    expect(() => loadConfig({ SMTP_URL: 'http://hemmelig@mail.kk.dk' })).toThrow(
      /SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL[^(]*$/m,
    );
    expect(() => loadConfig({ REPORT_DUE: '02-29' })).toThrow(
      /REPORT_DUE: must be a day of the year/,
    );
    expect(() => loadConfig({ REPORT_DUE: '1. marts' })).toThrow(/REPORT_DUE/);
  });

  it('takes the import limit from IMPORT_LIMIT_BYTES and names the variable when it is bad', () => {
    expect(loadConfig({ IMPORT_LIMIT_BYTES: '5000000' }).importLimitBytes).toBe(5_000_000);
    expect(() => loadConfig({ IMPORT_LIMIT_BYTES: '12' })).toThrow(
      /IMPORT_LIMIT_BYTES: must be a whole number of bytes, 1024 to 1073741824 \(is '12'\)/,
    );
  });

  it('takes the bound of requests worked on at once from MAX_CONCURRENT_REQUESTS', () => {
    expect(loadConfig({ MAX_CONCURRENT_REQUESTS: '200' }).loadShedding.maxConcurrent).toBe(200);
    expect(() => loadConfig({ MAX_CONCURRENT_REQUESTS: '0' })).toThrow(
      /MAX_CONCURRENT_REQUESTS: must be a whole number of requests, 1 to 10000 \(is '0'\)/,
    );
  });

  it('takes how much a server keeps of its answers from ANSWER_CACHE_MB, 0 for nothing', () => {
    expect(loadConfig({ ANSWER_CACHE_MB: '0' }).answerCacheMegabytes).toBe(0);
    expect(loadConfig({ ANSWER_CACHE_MB: '256' }).answerCacheMegabytes).toBe(256);
    expect(() => loadConfig({ ANSWER_CACHE_MB: '-1' })).toThrow(
      /ANSWER_CACHE_MB: must be a whole number of megabytes, 0 \(keep no answers\) to 4096 \(is '-1'\)/,
    );
  });

  it('takes the page and time limits of an import from IMPORT_MAX_PAGES and IMPORT_TIMEOUT_SECONDS', () => {
    expect(loadConfig({ IMPORT_MAX_PAGES: '200', IMPORT_TIMEOUT_SECONDS: '90' }).work).toEqual({
      importMaxPages: 200,
      importTimeoutMs: 90_000,
    });
    expect(() => loadConfig({ IMPORT_MAX_PAGES: '0' })).toThrow(
      /IMPORT_MAX_PAGES: must be a whole number of pages, 1 to 100000 \(is '0'\)/,
    );
  });

  it('uses PostgreSQL without demo data when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app@db.example:5432/puljer' });
    expect(config.database).toEqual({
      driver: 'postgres',
      url: 'postgres://app@db.example:5432/puljer',
    });
    expect(config.demoData).toBe(false);
  });

  it('loads demo data into PostgreSQL only when asked to', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://db/puljer', DEMO_DATA: 'true' });
    expect(config.demoData).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    const config = loadConfig({ DATABASE_URL: '', PORT: '', DEMO_DATA: '' });
    expect(config.database.driver).toBe('pglite');
    expect(config.port).toBe(3000);
    expect(config.demoData).toBe(true);
  });

  it('reads numbers, flags and the data directory from their text', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/puljer',
      DEMO_DATA: 'No',
      LOG_LEVEL: 'warn',
      BODY_LIMIT_BYTES: '2048',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      database: { driver: 'pglite', dataDir: '/var/lib/puljer/pglite' },
      demoData: false,
      logLevel: 'warn',
      bodyLimitBytes: 2048,
    });
  });

  it.each([
    ['PORT', { PORT: 'tre tusind' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://db/puljer' }],
    ['DEMO_DATA', { DEMO_DATA: 'måske' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['BODY_LIMIT_BYTES', { BODY_LIMIT_BYTES: '1.5' }],
    ['SESSION_HOURS', { SESSION_HOURS: '0' }],
    ['IMPORT_TIMEOUT_SECONDS', { IMPORT_TIMEOUT_SECONDS: 'et minut' }],
    ['COOKIE_SECURE', { COOKIE_SECURE: 'sometimes' }],
    ['OIDC_CLIENT_ID', { ...OIDC, OIDC_CLIENT_ID: '' }],
    ['OIDC_ISSUER', { ...OIDC, OIDC_ISSUER: 'http://idp.example.dk' }],
    ['OIDC_REDIRECT_URL', { ...OIDC, OIDC_REDIRECT_URL: 'ikke en adresse' }],
    ['OIDC_ROLE_CLAIM', { ...OIDC, OIDC_ROLE_CLAIM: 'roller med mellemrum' }],
  ])('refuses to start, naming %s, on a bad value', (name, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration:\\n  ${name}: `));
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT: .*\n {2}LOG_LEVEL: /s);
  });

  it('does not repeat a database password in its message', () => {
    const attempt = () => loadConfig({ DATABASE_URL: 'mysql://u:hemmelig@db/x' });
    expect(attempt).toThrow(/DATABASE_URL/);
    expect(attempt).not.toThrow(/hemmelig/);
  });

  it('has no demo accounts on PostgreSQL or in production unless asked for', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/puljer' }).auth.demoMode).toBe(false);
    const production = { NODE_ENV: 'production', AUDIT_HMAC_KEY: 'k'.repeat(32) };
    expect(loadConfig(production).auth.demoMode).toBe(false);
    expect(loadConfig({ ...production, DEMO_MODE: 'true' }).auth.demoMode).toBe(true);
  });

  it('requires an audit key in production, of 32 characters, and never repeats it', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /AUDIT_HMAC_KEY: must be a secret/,
    );
    const short = () => loadConfig({ AUDIT_HMAC_KEY: 'kort-hemmelighed' });
    expect(short).toThrow(/AUDIT_HMAC_KEY/);
    expect(short).not.toThrow(/kort-hemmelighed/);
    const key = 'x'.repeat(40);
    expect(loadConfig({ AUDIT_HMAC_KEY: key }).audit.key).toEqual({ kind: 'configured', key });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/puljer' }).audit.key).toEqual({
      kind: 'development',
    });
  });

  it('sets up the identity provider with the claims that carry role and forvaltning', () => {
    const config = loadConfig({ ...OIDC, OIDC_ROLE_CLAIM: 'puljer_rolle' });
    expect(config.auth.oidc).toEqual({
      issuer: OIDC.OIDC_ISSUER,
      clientId: 'puljer',
      clientSecret: 'hemmelig-noegle',
      redirectUrl: OIDC.OIDC_REDIRECT_URL,
      scope: 'openid profile',
      roleClaim: 'puljer_rolle',
      administrationClaim: 'forvaltning',
    });
  });

  it('accepts a plain-http identity provider on loopback only', () => {
    const local = { ...OIDC, OIDC_ISSUER: 'http://127.0.0.1:4000' };
    expect(loadConfig(local).auth.oidc?.issuer).toBe('http://127.0.0.1:4000');
  });

  it('names the missing OIDC variables when only some are set, without the secret', () => {
    const attempt = () => loadConfig({ OIDC_ISSUER: OIDC.OIDC_ISSUER, OIDC_CLIENT_SECRET: 'x9z' });
    expect(attempt).toThrow(/OIDC_CLIENT_ID: .*\n {2}OIDC_REDIRECT_URL: /s);
    expect(attempt).not.toThrow(/x9z/);
  });
});
