import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP } from '../../../domain/followup/reminders.ts';
import { reminderList } from '../../../shared/followup/reminders-schema.ts';
import { hashPassword } from '../../auth/passwords.ts';
import type { RoleGrant } from '../../auth/actor.ts';
import { dataAccess, type DataAccess } from '../../data-access.ts';
import { openDatabase, type Database } from '../../db/database.ts';
import { tv01DigitaltSamtykke } from '../../demo/proposals/tv01-digitalt-samtykke.ts';
import { startTestApp, testDatabases, type TestApp } from '../../test/app.ts';
import { givenMunicipality, unique, type Municipality } from '../../test/factories.ts';
import { signIn } from '../../test/users.ts';
import { givenGranted } from '../test-plans.ts';
import { smtpMailer } from './mailer.ts';
import { reminderService } from './service.ts';
import { startSmtp } from './test-smtp.ts';

// The reminders of a granted proposal's yearly reports, e-mailed through a real SMTP server on
// loopback: to the proposal's own forvaltning's people only, in Danish, and once, however many
// senders run and however often.

/** 20 February 2027 in Copenhagen: the 2025 report (due 1 March 2026) is overdue, 2026's open. */
const NOW = () => new Date('2027-02-20T10:00:00Z');

describe.each(testDatabases())('reminders on $name', (target) => {
  let t: TestApp;
  let m: Municipality;
  let second: { database: Database; access: DataAccess } | null = null;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const people: Record<string, { email: string; username: string }> = {};

  async function person(key: string, roles: RoleGrant[]) {
    const username = unique(`${key}-`);
    const email = `${username}@puljer.invalid`;
    await t.access.users.insertMissing([
      {
        username,
        name: `Person ${key}`,
        email,
        passwordHash: await hashPassword('kode-1234-x'),
        oidcSubject: null,
        roles,
      },
    ]);
    people[key] = { email, username };
  }

  beforeAll(async () => {
    t = await startTestApp(target);
    m = await givenMunicipality(t.access);
    smtp = await startSmtp();
    await person('author', [{ role: 'author', administration: m.administration }]);
    await person('reviewer', [{ role: 'reviewer', administration: m.administration }]);
    await person('other', [{ role: 'author', administration: m.otherAdministration }]);
    await person('reader', [{ role: 'reader', administration: null }]);
    // On PostgreSQL the second sender has its own connection, as a second server would.
    if (target.options.driver === 'postgres') {
      const database = await openDatabase(target.options);
      second = { database, access: dataAccess(database) };
    }
  });
  afterAll(async () => {
    await second?.database.close();
    await smtp?.close();
    await t?.close();
  });

  const ours = () =>
    smtp.received.filter((mail) =>
      mail.to.some((to) => Object.values(people).some((p) => p.email === to)),
    );

  it('e-mails each report reminder once to each of the forvaltning’s people, in Danish, with two senders racing', async () => {
    await givenGranted(t.access, m, tv01DigitaltSamtykke);
    const sender = (access: DataAccess) =>
      reminderService(access, { clock: NOW, rules: DEFAULT_FOLLOW_UP });
    const mailers = [
      smtpMailer({ url: smtp.url, from: 'Puljer <puljer@puljer.invalid>' }),
      smtpMailer({ url: smtp.url, from: 'Puljer <puljer@puljer.invalid>' }),
    ];
    const reports = await Promise.all([
      sender(t.access).sendDueReminders({ mailer: mailers[0]! }),
      sender(second?.access ?? t.access).sendDueReminders({ mailer: mailers[1]! }),
    ]);
    expect(reports.every((r) => r.failed === 0)).toBe(true);

    const mails = ours().filter((mail) => mail.subject.includes(tv01DigitaltSamtykke.title));
    const sent = mails.map((mail) => `${mail.to.join()} ${mail.subject}`).sort();
    const title = `${tv01DigitaltSamtykke.title}`;
    expect(sent).toEqual(
      [
        `${people.author!.email} Påmindelse: opfølgning for 2025 på ${title} senest 1. marts 2026`,
        `${people.author!.email} Påmindelse: opfølgning for 2026 på ${title} senest 1. marts 2027`,
        `${people.reviewer!.email} Påmindelse: opfølgning for 2025 på ${title} senest 1. marts 2026`,
        `${people.reviewer!.email} Påmindelse: opfølgning for 2026 på ${title} senest 1. marts 2027`,
      ].sort(),
    );
    const to2026 = mails.find(
      (mail) => mail.to[0] === people.author!.email && mail.subject.includes('2026 på'),
    )!;
    expect(to2026.text).toContain('Kære Person author');
    expect(to2026.text).toContain(
      'de realiserede udgifter og besparelser for 2026 skal følges op senest 1. marts 2027',
    );

    // A restart, or the next run of either server, sends none of them again.
    await sender(t.access).sendDueReminders({ mailer: mailers[0]! });
    expect(ours().filter((mail) => mail.subject.includes(title))).toHaveLength(4);
    for (const mailer of mailers) mailer.close();
  });

  it('tries again next time when the server did not take the mail', async () => {
    const proposal = await givenGranted(t.access, m, {
      ...tv01DigitaltSamtykke,
      title: unique('Uden svar '),
    });
    const failing = { send: () => Promise.reject(new Error('451 prøv igen')), close: () => {} };
    const service = reminderService(t.access, { clock: NOW, rules: DEFAULT_FOLLOW_UP });
    const first = await service.sendDueReminders({ mailer: failing });
    expect(first.failed).toBeGreaterThanOrEqual(4);
    const mailer = smtpMailer({ url: smtp.url, from: 'puljer@puljer.invalid' });
    await service.sendDueReminders({ mailer });
    mailer.close();
    const title = (await t.access.proposals.find(proposal.id))!.content.title;
    expect(ours().filter((mail) => mail.subject.includes(title))).toHaveLength(4);
  });

  it('shows the forvaltning’s people their reminders in the inbox, and no one else', async () => {
    const proposal = await givenGranted(t.access, m, tv01DigitaltSamtykke);
    const inbox = async (key: string) => {
      const session = await signIn(t.app, {
        username: people[key]!.username,
        password: 'kode-1234-x',
      });
      const response = await t.app.inject({ url: '/api/reminders', headers: session.headers });
      expect(response.statusCode).toBe(200);
      return reminderList.parse(response.json()).items.filter((i) => i.proposalId === proposal.id);
    };
    // The 2025 report was due 1 March 2026; today is later than that, whenever the test runs.
    expect(await inbox('author')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'report', year: 2025, dueOn: '2026-03-01', overdue: true }),
      ]),
    );
    expect(await inbox('other')).toEqual([]);
    expect(await inbox('reader')).toEqual([]);
  });

  it('counts a report as done once the year’s realised figures are in: off the inbox, never e-mailed', async () => {
    const proposal = await givenGranted(t.access, m, {
      ...tv01DigitaltSamtykke,
      title: unique('Rapporteret '),
    });
    const session = await signIn(t.app, {
      username: people.author!.username,
      password: 'kode-1234-x',
    });
    const reportYears = async () => {
      const inbox = await t.app.inject({ url: '/api/reminders', headers: session.headers });
      return reminderList
        .parse(inbox.json())
        .items.flatMap((i) =>
          i.proposalId === proposal.id && i.kind === 'report' ? [i.year] : [],
        );
    };
    expect(await reportYears()).toContain(2025);
    const reported = await t.app.inject({
      method: 'PUT',
      url: `/api/proposals/${proposal.id}/realised/2025`,
      headers: session.headers,
      payload: { version: null, rows: [{ row: 0, amount: 0 }] },
    });
    expect(reported.statusCode, reported.body).toBe(200);
    expect(await reportYears()).not.toContain(2025);

    const mailer = smtpMailer({ url: smtp.url, from: 'puljer@puljer.invalid' });
    await reminderService(t.access, { clock: NOW, rules: DEFAULT_FOLLOW_UP }).sendDueReminders({
      mailer,
    });
    mailer.close();
    const title = (await t.access.proposals.find(proposal.id))!.content.title;
    const subjects = ours()
      .filter((mail) => mail.subject.includes(title))
      .map((mail) => mail.subject);
    expect(subjects).toHaveLength(2);
    expect(subjects.every((s) => s.includes('opfølgning for 2026'))).toBe(true);
  });
});
