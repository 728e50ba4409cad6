import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditVerdict, type AuditVerdict } from '../../shared/audit-schema.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { fullProposal, givenMunicipality } from '../test/factories.ts';
import { canonicalJson, entryHash } from './hash-chain.ts';
import { DEVELOPMENT_AUDIT_KEY } from './key.ts';
import type { AuditRecord } from './store.ts';
import { freshDatabase, type FreshDatabase } from '../test/fresh-database.ts';

// Someone with access to the database edits the audit log directly. The table refuses updates
// and deletes through a trigger; these tests switch the trigger off first, as the owner of the
// table could, and verification must still notice.

describe.each(testDatabases())('tampering with the audit log on $name', (target) => {
  let fresh: FreshDatabase;
  let t: TestApp;

  beforeEach(async () => {
    fresh = await freshDatabase(target);
    t = await startTestApp({ name: target.name, options: fresh.options });
    const m = await givenMunicipality(t.access);
    // Five entries: the secretariat's sign-in, then two creates, each followed by a save.
    for (const title of ['Første', 'Andet']) {
      const created = await t.api({
        method: 'POST',
        url: '/api/proposals',
        payload: fullProposal(m, { title }),
      });
      const { id } = created.json<{ id: string }>();
      await t.api({
        method: 'PUT',
        url: `/api/proposals/${id}`,
        payload: { ...fullProposal(m), title: `${title} (rettet)`, version: 1 },
      });
    }
  });

  afterEach(async () => {
    await t?.close();
    await fresh?.drop();
  });

  async function verify(): Promise<AuditVerdict> {
    const response = await t.api({ method: 'GET', url: '/api/audit/verify' });
    expect(response.statusCode, response.body).toBe(200);
    return auditVerdict.parse(response.json());
  }

  /** Runs `statement` with the append-only trigger switched off, as a table owner could. */
  async function tamper(statement: ReturnType<typeof sql>) {
    await t.access.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_entries disable trigger audit_entries_no_change`);
      await tx.execute(statement);
      await tx.execute(sql`alter table audit_entries enable trigger audit_entries_no_change`);
    });
  }

  it('refuses an update or a delete while the trigger is on, and the log stays intact', async () => {
    await expect(
      t.access.db.execute(sql`update audit_entries set action = 'x' where seq = 1`),
    ).rejects.toThrow();
    await expect(
      t.access.db.execute(sql`delete from audit_entries where seq = 1`),
    ).rejects.toThrow();
    expect(await verify()).toEqual({ intact: true, entries: 5 });
  });

  it('names the entry whose changes were edited', async () => {
    await tamper(
      sql`update audit_entries set detail = jsonb_set(detail, '{changes,0,after}', '"Falsk titel"') where seq = 4`,
    );
    expect(await verify()).toMatchObject({
      intact: false,
      entries: 5,
      firstBroken: {
        seq: 4,
        reason: 'indholdet passer ikke til postens hash',
        action: 'proposal.create',
      },
    });
  });

  it('notices an edited actor, time or state even though the changes are untouched', async () => {
    await tamper(sql`update audit_entries set to_state = 'granted' where seq = 2`);
    expect(await verify()).toMatchObject({ intact: false, firstBroken: { seq: 2 } });
  });

  it('notices an entry deleted from the middle, reading the log in pages of any size', async () => {
    await tamper(sql`delete from audit_entries where seq = 2`);
    for (const pageSize of [1, 2, 1000]) {
      const walk = t.access.audit.walk();
      const head = await t.access.audit.readChain((page) => walk.add(page), pageSize);
      expect(walk.finish(head)).toMatchObject({ intact: false, entries: 4, brokenAt: 3 });
    }
    expect(await verify()).toMatchObject({
      intact: false,
      entries: 4,
      firstBroken: { seq: 3, reason: 'post nr. 2 mangler' },
    });
  });

  it('notices the newest entry deleted', async () => {
    await tamper(sql`delete from audit_entries where seq = 5`);
    expect(await verify()).toMatchObject({
      intact: false,
      entries: 4,
      firstBroken: { seq: 5, reason: 'de nyeste poster mangler eller er udskiftet' },
    });
  });

  it('notices two entries swapped in order', async () => {
    await tamper(sql`update audit_entries set seq = -seq where seq in (2, 3)`);
    await tamper(
      sql`update audit_entries set seq = case seq when -2 then 3 else 2 end where seq < 0`,
    );
    expect(await verify()).toMatchObject({ intact: false, firstBroken: { seq: 2 } });
  });

  it('notices an entry rewritten with a freshly computed hash, at the entry after it', async () => {
    const entries: AuditRecord[] = [];
    await t.access.audit.readChain((page) => entries.push(...page));
    const { hash: _old, ...first } = entries[0]!;
    const forged = { ...first, detail: { ...(first.detail as object), changes: [] } };
    await tamper(
      sql`update audit_entries set detail = ${JSON.stringify(forged.detail)}::jsonb,
            hash = ${entryHash(forged, DEVELOPMENT_AUDIT_KEY)} where seq = 1`,
    );
    expect(await verify()).toMatchObject({
      intact: false,
      firstBroken: { seq: 2, reason: 'hashen af den forrige post passer ikke' },
    });
  });

  it('notices an entry rewritten with every later hash recomputed by someone without the key', async () => {
    const entries: AuditRecord[] = [];
    await t.access.audit.readChain((page) => entries.push(...page));
    // The attacker knows the hashing scheme but not the key, so recomputes plain SHA-256.
    let prev = entries[0]!.prevHash;
    for (const { hash: _old, ...fields } of entries) {
      const detail =
        fields.seq === 2 ? { ...(fields.detail as object), changes: [] } : fields.detail;
      const hash = createHash('sha256')
        .update(canonicalJson({ ...fields, detail, prevHash: prev }))
        .digest('hex');
      await tamper(
        sql`update audit_entries set detail = ${JSON.stringify(detail)}::jsonb,
              prev_hash = ${prev}, hash = ${hash} where seq = ${fields.seq}`,
      );
      prev = hash;
    }
    await t.access.db.execute(sql`update audit_head set hash = ${prev} where id = 1`);
    expect(await verify()).toMatchObject({ intact: false, firstBroken: { seq: 1 } });
  });

  it('notices a proposal changed directly in the database, with no audit entry', async () => {
    await t.access.db.execute(
      sql`update proposals set title = 'Ændret uden om systemet' where title = 'Første (rettet)'`,
    );
    expect(await verify()).toMatchObject({
      intact: false,
      firstBroken: { reason: 'forslaget passer ikke til sporet' },
    });
  });

  it('notices the newest entries deleted and the head rewound, against a checkpoint kept outside', async () => {
    const download = await t.api({ method: 'POST', url: '/api/audit/checkpoints' });
    expect(download.statusCode, download.body).toBe(201);
    const kept = download.json<{ seq: number }>();
    expect(kept.seq).toBe(5);
    const entries: AuditRecord[] = [];
    await t.access.audit.readChain((page) => entries.push(...page));
    // Everything the database holds is rewound: the entries, the head and the checkpoints.
    await tamper(sql`delete from audit_entries where seq > 2`);
    await t.access.db.execute(
      sql`update audit_head set seq = 2, hash = ${entries[1]!.hash} where id = 1`,
    );
    await t.access.db.execute(sql`delete from audit_checkpoints`);
    const response = await t.api({
      method: 'POST',
      url: '/api/audit/verify',
      payload: { checkpoints: [kept] },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(auditVerdict.parse(response.json())).toMatchObject({
      intact: false,
      entries: 2,
      firstBroken: {
        seq: 3,
        reason: 'sporet er spolet tilbage: et underskrevet kontrolpunkt kender post nr. 5',
      },
    });
  });
});
