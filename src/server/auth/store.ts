import { createHash } from 'node:crypto';
import { and, asc, eq, gt, inArray, isNull, lt, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { dataVersion, loginThrottle, sessions, userRoles, users } from '../db/schema.ts';
import type { FoundSession, RoleGrant, SignedInUser } from './actor.ts';
import type { ProviderAccount } from './claims.ts';
import { decide, WINDOW_SECONDS, type ThrottleRule } from './throttle.ts';

// Users, their roles, their sessions and the count of failed sign-ins, all in the database so
// that every app server sees the same.

export interface NewUser {
  username: string;
  name: string;
  passwordHash: string | null;
  oidcSubject: string | null;
  roles: RoleGrant[];
  /** Where follow-up reminders go; none, none sent. */
  email?: string | null;
}

export function userStore(db: Db) {
  // Every signed-in request asks this, so it is built once and prepared: drizzle does not build
  // the SQL again, and PostgreSQL plans it once per connection. Prepared on first use, as a
  // transaction's store seldom asks it.
  let prepared: ReturnType<typeof prepareSessionQuery> | undefined;
  const sessionQuery = () => (prepared ??= prepareSessionQuery(db));

  async function rolesOf(userIds: string[]): Promise<Map<string, RoleGrant[]>> {
    const rows =
      userIds.length === 0
        ? []
        : await db.select().from(userRoles).where(inArray(userRoles.userId, userIds));
    const byUser = new Map<string, RoleGrant[]>();
    for (const { userId, role, administration, hearingBody } of rows) {
      byUser.set(userId, [...(byUser.get(userId) ?? []), { role, administration, hearingBody }]);
    }
    return byUser;
  }

  async function replaceRoles(tx: Db, userId: string, roles: RoleGrant[]): Promise<void> {
    await tx.delete(userRoles).where(eq(userRoles.userId, userId));
    if (roles.length > 0) {
      await tx.insert(userRoles).values(roles.map((grant) => ({ userId, ...grant })));
    }
  }

  return {
    async findLocal(
      username: string,
    ): Promise<{ user: SignedInUser; passwordHash: string } | null> {
      const [row] = await db.select().from(users).where(eq(users.username, username));
      if (!row?.passwordHash) return null;
      const roles = (await rolesOf([row.id])).get(row.id) ?? [];
      return {
        user: { id: row.id, username: row.username, name: row.name, roles },
        passwordHash: row.passwordHash,
      };
    },

    async existingUsernames(usernames: string[]): Promise<Set<string>> {
      if (usernames.length === 0) return new Set();
      const rows = await db
        .select({ username: users.username })
        .from(users)
        .where(inArray(users.username, usernames));
      return new Set(rows.map((row) => row.username));
    },

    /** Adds the accounts whose usernames are free; existing ones are left as they are. */
    async insertMissing(accounts: NewUser[]): Promise<number> {
      let added = 0;
      for (const account of accounts) {
        await db.transaction(async (tx) => {
          const [row] = await tx
            .insert(users)
            .values(account)
            .onConflictDoNothing({ target: users.username })
            .returning({ id: users.id });
          if (!row) return;
          await replaceRoles(tx, row.id, account.roles);
          added++;
        });
      }
      return added;
    },

    /**
     * Creates or updates the person the identity provider names: their name and roles follow
     * the provider's claims at every sign-in. A username already taken by someone else gets
     * a short hash of the subject appended, so two people never share one.
     */
    async upsertFromProvider(account: ProviderAccount): Promise<SignedInUser> {
      return db.transaction(async (tx) => {
        const [existing] = await tx
          .select({ id: users.id, username: users.username })
          .from(users)
          .where(eq(users.oidcSubject, account.oidcSubject));
        let id: string;
        let username: string;
        if (existing) {
          ({ id, username } = existing);
          await tx
            .update(users)
            .set({ name: account.name, updatedAt: sql`now()` })
            .where(eq(users.id, id));
        } else {
          const [taken] = await tx
            .select({ id: users.id })
            .from(users)
            .where(eq(users.username, account.username));
          username = taken
            ? `${account.username}-${createHash('sha256').update(account.oidcSubject).digest('hex').slice(0, 8)}`
            : account.username;
          const [row] = await tx
            .insert(users)
            .values({ ...account, username, passwordHash: null })
            .returning({ id: users.id });
          if (!row) throw new Error('insert returned no row');
          id = row.id;
        }
        await replaceRoles(tx, id, account.roles);
        return { id, username, name: account.name, roles: account.roles };
      });
    },

    /**
     * A new password for a local account, ending its sessions, so one taken with the old
     * password stops working; false when there is no local account by that name.
     */
    async setPassword(username: string, passwordHash: string): Promise<boolean> {
      const rows = await db
        .update(users)
        .set({ passwordHash, updatedAt: sql`now()` })
        .where(and(eq(users.username, username), isNull(users.oidcSubject)))
        .returning({ id: users.id });
      if (rows[0]) await db.delete(sessions).where(eq(sessions.userId, rows[0].id));
      return rows.length === 1;
    },

    async list(): Promise<SignedInUser[]> {
      const rows = await db
        .select({ id: users.id, username: users.username, name: users.name })
        .from(users)
        .orderBy(asc(users.username));
      const roles = await rolesOf(rows.map((row) => row.id));
      return rows.map((row) => ({ ...row, roles: roles.get(row.id) ?? [] }));
    },

    async createSession(tokenHash: string, userId: string, expiresAt: Date): Promise<void> {
      // Expired sessions are cleared here, where a new one is made anyway, instead of by a job.
      await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
      await db.insert(sessions).values({ tokenHash, userId, expiresAt });
    },

    /**
     * One statement, as every signed-in request asks it: a row per role, folded here, each with
     * the data version as the request began, which spares a kept answer its own read of it
     * (db/answers.ts).
     */
    async findSession(tokenHash: string): Promise<FoundSession | null> {
      const rows = await sessionQuery().execute({ tokenHash });
      const [first] = rows;
      if (!first) return null;
      return {
        user: {
          id: first.id,
          username: first.username,
          name: first.name,
          roles: rows.flatMap(({ role, administration, hearingBody }) =>
            role === null ? [] : [{ role, administration, hearingBody }],
          ),
        },
        dataVersion: first.dataVersion,
      };
    },

    async deleteSession(tokenHash: string): Promise<void> {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    },

    /**
     * Counts an attempt under each key, unless one of them says to wait: then nothing is
     * counted and the longest wait is answered. The rows are locked for the decision, so
     * any number of simultaneous attempts on any number of servers are counted one by one.
     */
    async reserveAttempt(
      keys: { key: string; rule: ThrottleRule }[],
      now = new Date(),
    ): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
      const sorted = [...keys].sort((a, b) => a.key.localeCompare(b.key));
      const names = sorted.map(({ key }) => key);
      return db.transaction(async (tx) => {
        // A row to lock for every key, so the first attempts under a new key queue too.
        await tx
          .insert(loginThrottle)
          .values(names.map((key) => ({ key, windowStart: now, attempts: 0, notBefore: null })))
          .onConflictDoNothing({ target: loginThrottle.key });
        const rows = await tx
          .select()
          .from(loginThrottle)
          .where(inArray(loginThrottle.key, names))
          .orderBy(asc(loginThrottle.key))
          .for('update');
        const decisions = sorted.map(({ key, rule }) => ({
          key,
          decision: decide(rows.find((row) => row.key === key) ?? null, rule, now),
        }));
        const waits = decisions.flatMap(({ decision }) =>
          decision.allowed ? [] : [decision.retryAfterSeconds],
        );
        if (waits.length > 0) return { allowed: false, retryAfterSeconds: Math.max(...waits) };
        for (const { key, decision } of decisions) {
          if (!decision.allowed) continue;
          await tx.update(loginThrottle).set(decision.next).where(eq(loginThrottle.key, key));
        }
        // Keys whose window and wait have both run out are cleared here, so guessed
        // usernames do not pile up.
        await tx
          .delete(loginThrottle)
          .where(
            and(
              lt(loginThrottle.windowStart, new Date(now.getTime() - WINDOW_SECONDS * 1000)),
              or(isNull(loginThrottle.notBefore), lt(loginThrottle.notBefore, now)),
              notInArray(loginThrottle.key, names),
            ),
          );
        return { allowed: true };
      });
    },

    /** After a successful sign-in: the user proved the password, so their count starts over. */
    async clearAttempts(keys: string[]): Promise<void> {
      await db.delete(loginThrottle).where(inArray(loginThrottle.key, keys));
    },
  };
}

export type UserStore = ReturnType<typeof userStore>;

function prepareSessionQuery(db: Db) {
  return db
    .select({
      id: users.id,
      username: users.username,
      name: users.name,
      role: userRoles.role,
      administration: userRoles.administration,
      hearingBody: userRoles.hearingBody,
      dataVersion: sql<number>`(select ${dataVersion.n} from ${dataVersion})`.mapWith(Number),
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(userRoles, eq(userRoles.userId, users.id))
    .where(
      and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql`now()`)),
    )
    .prepare('session_user');
}
