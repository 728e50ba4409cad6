import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { me } from '../../shared/auth-schema.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { givenMunicipality, unique, type Municipality } from '../test/factories.ts';
import { signIn } from '../test/users.ts';
import { runUsersCli } from './users-cli.ts';

describe.each(testDatabases())('the users command on $name', (target) => {
  let t: TestApp;
  let m: Municipality;
  beforeAll(async () => {
    t = await startTestApp(target);
    m = await givenMunicipality(t.access);
  });
  afterAll(() => t?.close());

  async function run(args: string[], password = 'en lang adgangskode') {
    const lines: string[] = [];
    const code = await runUsersCli(args, t.access, {
      readPassword: async () => password,
      out: (line) => lines.push(line),
    });
    return { code, output: lines.join('\n') };
  }

  it('adds a local account whose roles and password the sign-in knows', async () => {
    const username = unique('ny-');
    const added = await run([
      'add',
      username,
      '--name',
      'Ny Forfatter',
      '--role',
      `author:${m.administration}`,
      '--role',
      'reader',
    ]);
    expect(added).toEqual({ code: 0, output: `oprettet: ${username}` });
    const session = await signIn(t.app, { username, password: 'en lang adgangskode' });
    const who = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: session.cookie },
    });
    expect(me.parse(who.json()).roles).toEqual([
      { role: 'author', administration: m.administration, hearingBody: null },
      { role: 'reader', administration: null, hearingBody: null },
    ]);
    expect((await run(['list'])).output).toContain(
      `${username}\tNy Forfatter\tauthor:${m.administration}, reader`,
    );
  });

  it.each([
    [['--role', 'admin'], 'roles.0: ukendt rolle'],
    [['--role', 'author'], 'roles.0: author skal have en forvaltning'],
    [['--role', 'finance:SOF'], 'roles.0: finance har ingen forvaltning'],
    [[], 'roles: angiv mindst én --role'],
    [['--role', 'author:FINDES-IKKE'], 'role: ukendt forvaltning FINDES-IKKE'],
  ])('refuses %j, naming what is wrong', async (roles, message) => {
    const result = await run(['add', unique('x-'), '--name', 'X', ...roles]);
    expect(result.code).toBe(1);
    expect(result.output).toContain(message);
  });

  it.each([
    ['password', 'er blandt de mest brugte'],
    ['12345678', 'er blandt de mest brugte'],
    ['Qwertyuiop', 'er blandt de mest brugte'],
    ['zzzzzzzzzzzz', 'er blandt de mest brugte'],
    ['birgitte-hansen-2026', 'må ikke indeholde dit brugernavn eller navn'],
    ['mit-kodeord-bhansen', 'må ikke indeholde dit brugernavn eller navn'],
    ['puljer-i-forår', 'må ikke indeholde systemets eller kommunens navn'],
  ])('refuses the password %j, naming the field', async (password, message) => {
    const result = await run(
      ['add', 'bhansen', '--name', 'Birgitte Hansen', '--role', 'reader'],
      password,
    );
    expect(result.code).toBe(1);
    expect(result.output).toContain(`password: adgangskoden ${message}`);
  });

  it('holds a new password of an existing account to the same rules', async () => {
    const username = unique('glemsom-');
    await run(['add', username, '--name', 'Glemsom Person', '--role', 'reader']);
    const common = await run(['password', username], '12345678');
    expect(common.code).toBe(1);
    expect(common.output).toMatch(/^password: /);
    const named = await run(['password', username], 'person-glemsom-kode');
    expect(named).toEqual({
      code: 1,
      output: 'password: adgangskoden må ikke indeholde dit brugernavn eller navn',
    });
  });

  it('refuses a short password and a username that is taken', async () => {
    const short = await run(['add', unique('x-'), '--name', 'X', '--role', 'reader'], 'kort');
    expect(short).toEqual({ code: 1, output: 'password: adgangskoden skal have mindst 8 tegn' });
    const username = unique('to-gange-');
    await run(['add', username, '--name', 'X', '--role', 'reader']);
    const again = await run(['add', username, '--name', 'Y', '--role', 'reader']);
    expect(again).toEqual({ code: 1, output: `username: '${username}' findes allerede` });
  });

  it('sets a new password and ends the sessions taken with the old one', async () => {
    const username = unique('glemsom-');
    await run(['add', username, '--name', 'Glemsom', '--role', 'reader']);
    const old = await signIn(t.app, { username, password: 'en lang adgangskode' });
    expect(await run(['password', username], 'en helt ny kode')).toEqual({
      code: 0,
      output: `ny adgangskode: ${username}`,
    });
    const ended = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: old.cookie },
    });
    expect(ended.statusCode).toBe(401);
    await signIn(t.app, { username, password: 'en helt ny kode' });
    expect((await run(['password', unique('ingen-')], 'en helt ny kode')).code).toBe(1);
  });
});

describe('the users command as a program', () => {
  it('reads the password from standard input and stores the account in DATA_DIR', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'puljer-users-'));
    const run = (args: string[], input: string) =>
      new Promise<{ code: number; stdout: string }>((resolve) => {
        const child = execFile(
          process.execPath,
          ['--import', 'tsx', 'src/server/auth/users-cli.ts', ...args],
          { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } },
          (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout }),
        );
        child.stdin?.end(input);
      });
    try {
      const added = await run(
        ['add', 'kasper', '--name', 'Kasper', '--role', 'finance'],
        'hemmelig-kode\n',
      );
      expect(added).toEqual({ code: 0, stdout: 'oprettet: kasper\n' });
      const listed = await run(['list'], '');
      expect(listed.stdout).toBe('kasper\tKasper\tfinance\n');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
