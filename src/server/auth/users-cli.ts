// npm run users -- add USERNAME --name "Navn" --role author:SOF [--role reader ...] [--email a@b.dk]
// npm run users -- add USERNAME --name "IT-kredsen" --role "hearing:IT-kredsen"
// npm run users -- password USERNAME
// npm run users -- list
// Local accounts for the embedded mode, in the database the app is configured with (DATA_DIR or
// DATABASE_URL). The password is read from standard input, never from the command line, where
// other users of the machine and the shell's history would see it.
import { userInfo } from 'node:os';
import { text } from 'node:stream/consumers';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ROLES } from '../../domain/workflow/roles.ts';
import { entityChanged, type AuditAction } from '../audit/entries.ts';
import type { DataAccess } from '../data-access.ts';
import type { RoleGrant } from './actor.ts';
import { refusePassword } from './password-policy.ts';
import { hashPassword } from './passwords.ts';
import { normaliseUsername } from './service.ts';

const SCOPED = new Set(['author', 'reviewer']);

// role, role:FORVALTNING for authors and reviewers, hearing:HØRINGSPART for a hearing body.
const grant = z.string().transform((value, context): RoleGrant => {
  const at = value.indexOf(':');
  const role = at === -1 ? value : value.slice(0, at);
  const scope = at === -1 ? '' : value.slice(at + 1).trim();
  if (!(ROLES as readonly string[]).includes(role)) {
    context.addIssue({ code: 'custom', message: `ukendt rolle '${role}' (${ROLES.join(', ')})` });
    return z.NEVER;
  }
  if (role === 'hearing') {
    return { role, administration: null, hearingBody: scope || null };
  }
  if (SCOPED.has(role) !== (scope !== '')) {
    context.addIssue({
      code: 'custom',
      message: SCOPED.has(role)
        ? `${role} skal have en forvaltning, fx ${role}:SOF`
        : `${role} har ingen forvaltning`,
    });
    return z.NEVER;
  }
  return { role: role as RoleGrant['role'], administration: scope || null };
});

const addOptions = z.object({
  username: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  roles: z.array(grant).min(1, 'angiv mindst én --role'),
  /** Where reminders of follow-up are sent, when an SMTP server is configured. */
  email: z.email('skal være en e-mailadresse').max(320).optional(),
  password: z.string(),
});

export interface Io {
  readPassword(): Promise<string>;
  out(line: string): void;
}

/** The CLI runs as the system; the entry names the machine account that ran it, no secret. */
const byOperator = (action: AuditAction, username: string, details: object = {}) =>
  entityChanged({
    actor: 'system',
    action,
    entity: { type: 'user', id: username },
    details: { username, ...details, via: 'npm run users', operator: userInfo().username },
  });

/** Runs one command and answers the exit code; every refusal names what is wrong. */
export async function runUsersCli(args: string[], access: DataAccess, io: Io): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      role: { type: 'string', multiple: true },
      email: { type: 'string' },
    },
  });
  const [command, username = ''] = positionals;
  switch (command) {
    case 'add': {
      const parsed = addOptions.safeParse({
        username,
        name: values.name ?? '',
        roles: values.role ?? [],
        email: values.email,
        password: await io.readPassword(),
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          io.out(`${issue.path.join('.')}: ${issue.message}`);
        return 1;
      }
      const { roles, name, password, email = null } = parsed.data;
      const weak = refusePassword(password, { username: parsed.data.username, name });
      if (weak) {
        io.out(weak);
        return 1;
      }
      const wanted = roles.flatMap((r) => (r.administration ? [r.administration] : []));
      const known = await access.reference.existingAdministrations(wanted);
      const unknown = wanted.filter((code) => !known.has(code));
      if (unknown.length > 0) {
        io.out(`role: ukendt forvaltning ${unknown.join(', ')}`);
        return 1;
      }
      const normalised = normaliseUsername(parsed.data.username);
      const passwordHash = await hashPassword(password);
      const added = await access.transaction(async (tx) => {
        const count = await tx.users.insertMissing([
          { username: normalised, name, email, passwordHash, oidcSubject: null, roles },
        ]);
        if (count === 1)
          await tx.audit.append(byOperator('user.add', normalised, { name, roles, email }));
        return count;
      });
      io.out(added === 1 ? `oprettet: ${username}` : `username: '${username}' findes allerede`);
      return added === 1 ? 0 : 1;
    }
    case 'password': {
      const password = await io.readPassword();
      const local = await access.users.findLocal(normaliseUsername(username));
      if (!local) {
        io.out(`username: '${username}' findes ikke`);
        return 1;
      }
      const weak = refusePassword(password, local.user);
      if (weak) {
        io.out(weak);
        return 1;
      }
      const normalised = local.user.username;
      const passwordHash = await hashPassword(password);
      const changed = await access.transaction(async (tx) => {
        const done = await tx.users.setPassword(normalised, passwordHash);
        if (done) await tx.audit.append(byOperator('user.password', normalised));
        return done;
      });
      io.out(changed ? `ny adgangskode: ${username}` : `username: '${username}' findes ikke`);
      return changed ? 0 : 1;
    }
    case 'list': {
      for (const user of await access.users.list()) {
        const roles = user.roles.map((r) => {
          const scope = r.administration ?? r.hearingBody;
          return scope ? `${r.role}:${scope}` : r.role;
        });
        io.out(`${user.username}\t${user.name}\t${roles.join(', ')}`);
      }
      return 0;
    }
    default:
      io.out(
        'brug: users add BRUGERNAVN --name NAVN --role ROLLE[:FORVALTNING|:HØRINGSPART] [--email ADRESSE] | password BRUGERNAVN | list',
      );
      return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { runWithAccess } = await import('../open-access.ts');
  await runWithAccess((access) =>
    runUsersCli(process.argv.slice(2), access, {
      // The first line of standard input: `echo "$PASSWORD" | npm run users -- add ...`.
      readPassword: async () => (await text(process.stdin)).split(/\r?\n/)[0] ?? '',
      out: (line) => console.log(line),
    }),
  );
}
