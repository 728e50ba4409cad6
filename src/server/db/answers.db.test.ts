import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposalList } from '../../shared/api-schemas.ts';
import { proposalOutput } from '../../shared/proposal-schema.ts';
import { searchResult } from '../../shared/search-schemas.ts';
import { dataAccess } from '../data-access.ts';
import { services, type Services } from '../services.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { fullProposal, givenMunicipality, unique, type Municipality } from '../test/factories.ts';
import { moveProposal, postProposal } from '../test/proposals.ts';
import type { RoleGrant, SignedInUser } from '../auth/actor.ts';
import { dataVersionOf } from '../test/data-version.ts';

// Lists and searches are answered from what the server kept while the data version stands
// (answers.ts, migration 0026). Two servers share the database, each with answers of its own:
// what one of them saves must show in the other's next answer, or a user would read a list that
// no longer holds.

describe.each(testDatabases())('answers kept between changes on $name', (target) => {
  let t: TestApp;
  /** A second server: its own kept answers, the same database. */
  let other: { access: ReturnType<typeof dataAccess>; services: Services };
  let m: Municipality;

  beforeAll(async () => {
    t = await startTestApp(target);
    const access = dataAccess(t.database);
    other = { access, services: services(access) };
    m = await givenMunicipality(t.access);
  });
  afterAll(() => t.close());

  it("shows in one server's list and search what another server saved after it answered", async () => {
    const word = unique('kvartersgartner');
    const created = await postProposal(t.api, fullProposal(m, { title: 'Grønne gårde' }));
    const list = async () =>
      proposalList.parse((await t.api(`/api/proposals?administration=${m.administration}`)).json());
    const search = async () => searchResult.parse((await t.api(`/api/search?q=${word}`)).json());
    expect((await list()).items.map((p) => p.title)).toEqual(['Grønne gårde']);
    expect((await search()).total).toBe(0);
    const page = async () =>
      proposalOutput.parse((await t.api(`/api/proposals/${created.id}`)).json());
    expect(await page()).toEqual(created);
    // Asked again unchanged: the same answers.
    expect((await list()).items.map((p) => p.title)).toEqual(['Grønne gårde']);
    expect(await page()).toEqual(created);

    const stored = (await other.access.proposals.find(created.id))!;
    await moveProposal(
      other.access,
      stored,
      { ...stored.content, title: `Grønne gårde med ${word}` },
      stored.status,
    );

    expect((await list()).items.map((p) => p.title)).toEqual([`Grønne gårde med ${word}`]);
    expect(await page()).toMatchObject({
      title: `Grønne gårde med ${word}`,
      version: created.version + 1,
    });
    const found = await search();
    expect(found.total).toBe(1);
    expect(found.hits[0]!.id).toBe(created.id);
  });

  it('keeps answers apart for users who see different proposals', async () => {
    const word = unique('skolehave');
    const created = await postProposal(t.api, fullProposal(m, { title: `Forslag om ${word}` }));
    const asked = async (user: SignedInUser) =>
      searchResult.parse(
        JSON.parse(await other.services.searchAnswer({ q: word, limit: 20, offset: 0, user })),
      ).total;
    const person = (roles: RoleGrant[]): SignedInUser => ({
      id: '00000000-0000-4000-8000-000000000001',
      username: 'person',
      name: 'Person',
      roles,
    });
    expect(await asked(person([{ role: 'secretariat', administration: null }]))).toBe(1);
    // A draft of another forvaltning is not the author's to see, whatever the secretariat got.
    const author = person([{ role: 'author', administration: m.otherAdministration }]);
    expect(await asked(author)).toBe(0);
    const write = (found: { content: { title: string } }) => found.content.title;
    const secretariatRead = await other.services.proposals.read(
      person([{ role: 'secretariat', administration: null }]),
      created.id,
      write,
    );
    expect(secretariatRead).toEqual({ ok: true, value: `Forslag om ${word}` });
    const authorRead = await other.services.proposals.read(author, created.id, write);
    expect(authorRead.ok).toBe(false);
  });

  it('moves the version once per committed transaction, and not for one rolled back', async () => {
    const created = await postProposal(t.api, fullProposal(m, { title: 'Ét skridt' }));
    const before = await dataVersionOf(t.database.db);
    await t.database.db.transaction(async (tx) => {
      for (let i = 0; i < 3; i++) {
        await tx.execute(sql`update proposals set title = title where id = ${created.id}`);
      }
      // Deferred to the commit: a save holds the row only while it commits.
      expect(await dataVersionOf(tx)).toBe(before);
    });
    expect(await dataVersionOf(t.database.db)).toBe(before + 1);
    await expect(
      t.database.db.transaction(async (tx) => {
        await tx.execute(sql`update proposals set title = title where id = ${created.id}`);
        tx.rollback();
      }),
    ).rejects.toThrow();
    expect(await dataVersionOf(t.database.db)).toBe(before + 1);
  });
});
