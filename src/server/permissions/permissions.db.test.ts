import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProposalStatus } from '../../domain/proposal.ts';
import { readSeed } from '../../import/test-seeds.ts';
import { importOutput, type ImportOutput } from '../../shared/import-schemas.ts';
import { proposalContentInput } from '../../shared/proposal-schema.ts';
import type { Step } from '../../domain/workflow/transitions.ts';
import type { RoleGrant } from '../auth/actor.ts';
import { demoAccounts } from '../demo/accounts.ts';
import { demoPriceIndices } from '../demo/index.ts';
import { budgetAppendix } from '../imports/test-overview.ts';
import { multipartUpload } from '../imports/test-upload.ts';
import { moveProposal, storeProposal } from '../test/proposals.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import {
  authorDraft,
  givenMunicipality,
  givenReference,
  unique,
  type Municipality,
} from '../test/factories.ts';
import { givenUser, signIn, type SignedIn, type TestUser } from '../test/users.ts';
import { givenLaterRound, givenRules } from '../decisions/test-round.ts';
import { givenGranted, givenSeed002Loan } from '../followup/test-plans.ts';
import { measurementForm } from '../followup/goals/test-form.ts';
import { tv01DigitaltSamtykke } from '../demo/proposals/tv01-digitalt-samtykke.ts';
import type { GoalOutput } from '../../shared/followup/goals-schema.ts';
import { givenPlan } from '../followup/realised/test-plan.ts';
import { EXPECTATIONS, SUBJECTS, type Subject } from './expectations.ts';

// The permission matrix of issue 4: every operation of the OpenAPI document, called as every
// subject on a proposal of their own forvaltning's and of another's, answers what
// expectations.ts says. The subjects hold the demo accounts' roles, with BIF as the own
// forvaltning and SOF as the other one.

const SEED_002 = readSeed('002_');

/** How to call one operation: the request, given the proposal it is about. */
type Call = (fx: Fixture) => Promise<InjectOptions>;

interface Fixture {
  /** A fresh proposal of the own forvaltning with this status. */
  proposalId: string;
  version: number;
  /** The step the case takes, where it names one. */
  step?: Step;
}

describe.each(testDatabases())('permission matrix on $name', (target) => {
  let t: TestApp;
  let m: Municipality;
  const users = {} as Record<Exclude<Subject, 'anonymous'>, TestUser>;
  const sessions = {} as Record<Exclude<Subject, 'anonymous'>, SignedIn>;
  let loginUser: TestUser;
  let readImport: ImportOutput;
  let heldImport: ImportOutput;
  /** A round's overview alone, to read into the test's round. */
  let overviewImport: ImportOutput;
  let importedProposalId: string;

  const grantsOf = (username: string): RoleGrant[] =>
    demoAccounts
      .find((a) => a.username === username)!
      .roles.map(({ role, administration, hearingBody }) => ({
        role,
        hearingBody,
        administration:
          administration === 'BIF'
            ? m.administration
            : administration === 'SOF'
              ? m.otherAdministration
              : null,
      }));
  const ACCOUNT_OF: Record<Exclude<Subject, 'anonymous'>, string> = {
    secretariat: 'sekretariat',
    finance: 'okonomi',
    reader: 'laeser',
    hearing: 'hoering',
    authorOwn: 'forfatter-bif',
    authorOther: 'forfatter-sof',
    reviewerOwn: 'reviewer-bif',
    reviewerOther: 'reviewer-sof',
  };

  const content = () => proposalContentInput.parse(authorDraft(m));

  async function givenProposal(status: ProposalStatus): Promise<Fixture> {
    const stored = await storeProposal(t.access, content(), status);
    return { proposalId: stored.id, version: stored.version };
  }

  /**
   * Uploads and reads a document; unless `keepHeld`, every proposal held as a possible copy (of
   * an earlier test's or run's) is created anyway, so each is a draft.
   */
  async function readImportOf(text: string, keepHeld = false): Promise<ImportOutput> {
    const upload = await t.api({
      method: 'POST',
      url: '/api/imports',
      ...multipartUpload('seed-002.txt', text),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    let progress = importOutput.parse(upload.json());
    for (let i = 0; progress.status !== 'done' && i < 50; i++) {
      const step = await t.api({
        method: 'POST',
        url: `/api/imports/${progress.id}/steps`,
      });
      progress = importOutput.parse(step.json());
    }
    expect(progress.status).toBe('done');
    for (let position = 0; !keepHeld && position < progress.total; position++) {
      const created = await t.api({
        method: 'POST',
        url: `/api/imports/${progress.id}/proposals/${position}/create`,
        payload: { createAnyway: true },
      });
      expect(created.statusCode, created.body).toBe(201);
    }
    return progress;
  }

  /** The last year the index may hold: no other test uses it, so this one may clear it. */
  const YEAR = 2100;

  async function clearYear(): Promise<void> {
    const present = (await t.services.listPriceIndices()).find((i) => i.year === YEAR);
    if (present) await t.services.removePriceIndex({ ...present, actor: 'system' });
  }

  /** Puts the fixture in the test's round, where a decision on it is recorded; its new version. */
  async function inRound(fx: Fixture): Promise<number> {
    const p = (await t.access.proposals.find(fx.proposalId))!;
    const moved = await moveProposal(t.access, p, { ...p.content, roundId: m.roundId }, p.status);
    return moved.version;
  }

  /** A granted proposal of the own forvaltning with its Tabel 3 goals started; its first goal. */
  async function givenGoal(): Promise<GoalOutput> {
    const p = await givenGranted(t.access, m, tv01DigitaltSamtykke);
    const started = await t.api({
      method: 'POST',
      url: `/api/proposals/${p.id}/goals/from-tabel3`,
    });
    expect(started.statusCode, started.body).toBe(201);
    return started.json<{ goals: GoalOutput[] }>().goals[0]!;
  }

  /** Gives the fixture a code and its Tabel 1 as the plan granted in the test's round. */
  async function granted(fx: Fixture): Promise<string> {
    const code = unique('R');
    await givenPlan(t.access, (await t.access.proposals.find(fx.proposalId))!, m.roundId, code);
    return code;
  }

  /** The settings as stored now, saved again unchanged by whoever calls. */
  async function currentSettings() {
    const s = await t.services.followUpSettings();
    const { version, lagThresholdPercent, reportDueMonth, reportDueDay } = s;
    return { version, lagThresholdPercent, reportDueMonth, reportDueDay, targets: [] };
  }

  const REQUESTS: Record<string, Call> = {
    'POST /api/auth/login': async () => ({
      method: 'POST',
      url: '/api/auth/login',
      payload: loginUser,
    }),
    'POST /api/auth/logout': async () => ({ method: 'POST', url: '/api/auth/logout' }),
    'GET /api/auth/me': async () => ({ url: '/api/auth/me' }),
    'GET /api/auth/options': async () => ({ url: '/api/auth/options' }),
    'GET /api/auth/oidc/start': async () => ({ url: '/api/auth/oidc/start' }),
    'GET /api/auth/oidc/callback': async () => ({ url: '/api/auth/oidc/callback?code=x&state=y' }),
    'GET /api/health': async () => ({ url: '/api/health' }),
    'GET /api/proposals': async () => ({ url: '/api/proposals' }),
    'GET /api/inbox': async () => ({ url: '/api/inbox' }),
    'GET /api/proposals/rule-breaches': async (fx) => ({
      url: `/api/proposals/rule-breaches?ids=${fx.proposalId}`,
    }),
    'POST /api/proposals': async () => ({
      method: 'POST',
      url: '/api/proposals',
      payload: authorDraft(m),
    }),
    'GET /api/proposals/{id}': async (fx) => ({ url: `/api/proposals/${fx.proposalId}` }),
    'PUT /api/proposals/{id}': async (fx) => ({
      method: 'PUT',
      url: `/api/proposals/${fx.proposalId}`,
      payload: { ...authorDraft(m), title: 'Ny titel', version: fx.version },
    }),
    'GET /api/proposals/{id}/versions': async (fx) => ({
      url: `/api/proposals/${fx.proposalId}/versions`,
    }),
    'GET /api/proposals/{id}/versions/{version}': async (fx) => ({
      url: `/api/proposals/${fx.proposalId}/versions/1`,
    }),
    'GET /api/proposals/{id}/history': async (fx) => ({
      url: `/api/proposals/${fx.proposalId}/history`,
    }),
    'POST /api/proposals/{id}/steps': async (fx) => ({
      method: 'POST',
      url: `/api/proposals/${fx.proposalId}/steps`,
      // Every step's comment, so the role and the status decide, not a missing reason.
      payload: { step: fx.step, version: fx.version, comment: 'Begrundelse.' },
    }),
    'POST /api/proposals/{id}/hearings': async (fx) => ({
      method: 'POST',
      url: `/api/proposals/${fx.proposalId}/hearings`,
      payload: {
        version: fx.version,
        body: 'IT-kredsen',
        heard: true,
        date: '2026-03-01',
        answer: 'Anbefalet',
      },
    }),
    'GET /api/proposals/{id}/comments': async (fx) => ({
      url: `/api/proposals/${fx.proposalId}/comments`,
    }),
    'POST /api/proposals/{id}/comments': async (fx) => ({
      method: 'POST',
      url: `/api/proposals/${fx.proposalId}/comments`,
      payload: { body: 'Husk at opdatere Tabel 1.' },
    }),
    'GET /api/audit/verify': async () => ({ url: '/api/audit/verify' }),
    'POST /api/audit/verify': async () => ({
      method: 'POST',
      url: '/api/audit/verify',
      payload: { checkpoints: [] },
    }),
    'GET /api/audit/entries': async () => ({ url: '/api/audit/entries?type=user' }),
    'POST /api/audit/checkpoints': async () => ({ method: 'POST', url: '/api/audit/checkpoints' }),
    'POST /api/imports': async () => ({
      method: 'POST',
      url: '/api/imports',
      ...multipartUpload('seed-002.txt', SEED_002),
    }),
    'GET /api/imports': async () => ({ url: '/api/imports' }),
    'GET /api/imports/{id}': async () => ({ url: `/api/imports/${readImport.id}` }),
    'POST /api/imports/{id}/steps': async () => ({
      method: 'POST',
      url: `/api/imports/${readImport.id}/steps`,
    }),
    'GET /api/imports/{id}/overview': async () => ({
      url: `/api/imports/${overviewImport.id}/overview`,
    }),
    'POST /api/imports/{id}/overview/round': async () => ({
      method: 'POST',
      url: `/api/imports/${overviewImport.id}/overview/round`,
      payload: { roundId: m.roundId },
    }),
    'GET /api/imports/{id}/proposals/{position}': async () => ({
      url: `/api/imports/${readImport.id}/proposals/0`,
    }),
    'POST /api/imports/{id}/proposals/{position}/accept': async () => ({
      method: 'POST',
      url: `/api/imports/${readImport.id}/proposals/0/accept`,
    }),
    'POST /api/imports/{id}/proposals/{position}/create': async () => ({
      method: 'POST',
      url: `/api/imports/${heldImport.id}/proposals/1/create`,
      payload: { createAnyway: true },
    }),
    'POST /api/imports/{id}/proposals/{position}/skip': async () => ({
      method: 'POST',
      url: `/api/imports/${heldImport.id}/proposals/2/skip`,
    }),
    'GET /api/proposals/{id}/import': async () => ({
      url: `/api/proposals/${importedProposalId}/import`,
    }),
    'GET /api/administrations': async () => ({ url: '/api/administrations' }),
    'GET /api/committees': async () => ({ url: '/api/committees' }),
    'GET /api/rounds': async () => ({ url: '/api/rounds' }),
    'GET /api/hearing-bodies': async () => ({ url: '/api/hearing-bodies' }),
    'GET /api/search': async () => ({ url: '/api/search?q=visitation' }),
    'GET /api/proposals/{id}/similar': async (fx) => ({
      url: `/api/proposals/${fx.proposalId}/similar`,
    }),
    'GET /api/proposals/{id}/export.docx': async (fx) => ({
      url: `/api/proposals/${fx.proposalId}/export.docx`,
    }),
    'GET /api/proposals/{id}/tabel1.xlsx': async (fx) => ({
      url: `/api/proposals/${fx.proposalId}/tabel1.xlsx`,
    }),
    'GET /api/rounds/{id}/overview.docx': async () => ({
      url: `/api/rounds/${m.roundId}/overview.docx`,
    }),
    'GET /api/rounds/{id}/overview.xlsx': async () => ({
      url: `/api/rounds/${m.roundId}/overview.xlsx`,
    }),
    'GET /api/rounds/{id}/overview': async () => ({ url: `/api/rounds/${m.roundId}/overview` }),
    'GET /api/rounds/{id}/imported-overviews': async () => ({
      url: `/api/rounds/${m.roundId}/imported-overviews`,
    }),
    'POST /api/rounds/{id}/codes': async () => ({
      method: 'POST',
      url: `/api/rounds/${m.roundId}/codes`,
    }),
    'POST /api/economics/import-xlsx': async (fx) => {
      const sheet = await t.api(`/api/proposals/${fx.proposalId}/tabel1.xlsx`);
      expect(sheet.statusCode).toBe(200);
      return {
        method: 'POST',
        url: '/api/economics/import-xlsx',
        ...multipartUpload('tabel1.xlsx', sheet.rawPayload),
      };
    },
    'POST /api/economics/evaluate': async () => ({
      method: 'POST',
      url: '/api/economics/evaluate',
      payload: authorDraft(m).economy,
    }),
    'GET /api/submission-rules': async () => ({ url: '/api/submission-rules' }),
    'GET /api/price-indices': async () => ({ url: '/api/price-indices' }),
    'PUT /api/price-indices/{year}': async () => {
      await clearYear();
      return {
        method: 'PUT',
        url: `/api/price-indices/${YEAR}`,
        payload: { index: 100, version: null },
      };
    },
    'GET /api/rounds/{id}/decisions': async () => ({ url: `/api/rounds/${m.roundId}/decisions` }),
    'POST /api/rounds/{id}/decisions/{proposalId}/recommendation': async (fx) => ({
      method: 'POST',
      url: `/api/rounds/${m.roundId}/decisions/${fx.proposalId}/recommendation`,
      payload: { version: await inRound(fx), recommendation: 'recommended' },
    }),
    'POST /api/rounds/{id}/decisions/{proposalId}': async (fx) => ({
      method: 'POST',
      url: `/api/rounds/${m.roundId}/decisions/${fx.proposalId}`,
      payload: {
        version: await inRound(fx),
        outcome: 'rejected',
        decidedOn: '2026-05-07',
        decidingBody: 'Økonomiudvalget',
        decisionText: 'Ikke bevilget.',
      },
    }),
    'GET /api/rounds/{id}/allocation': async () => ({ url: `/api/rounds/${m.roundId}/allocation` }),
    'GET /api/rounds/{id}/allocation.xlsx': async () => ({
      url: `/api/rounds/${m.roundId}/allocation.xlsx`,
    }),
    'GET /api/rounds/{id}/scores': async () => ({ url: `/api/rounds/${m.roundId}/scores` }),
    'PUT /api/rounds/{id}/scores/{proposalId}': async (fx) => {
      await inRound(fx);
      return {
        method: 'PUT',
        url: `/api/rounds/${m.roundId}/scores/${fx.proposalId}`,
        payload: { scores: [] },
      };
    },
    'POST /api/rounds/{id}/portfolio': async () => ({
      method: 'POST',
      url: `/api/rounds/${m.roundId}/portfolio`,
      payload: {},
    }),
    'GET /api/rounds/{id}/rules': async () => ({ url: `/api/rounds/${m.roundId}/rules` }),
    'PUT /api/rounds/{id}/rules': async () => {
      const current = await t.services.roundRules({ roundId: m.roundId });
      if (!current.ok) throw new Error('the matrix round has no rules');
      return {
        method: 'PUT',
        url: `/api/rounds/${m.roundId}/rules`,
        payload: {
          version: current.value.version,
          rules: current.value.rules,
          reason: 'Uændret, gemt igen',
        },
      };
    },
    'POST /api/rounds/{id}/lock': async () => {
      const roundId = await givenLaterRound(t.access, 2026);
      await givenRules(t.access, roundId, 'open');
      return { method: 'POST', url: `/api/rounds/${roundId}/lock`, payload: { version: 1 } };
    },
    'GET /api/loans': async () => ({ url: '/api/loans' }),
    'GET /api/reminders': async () => ({ url: '/api/reminders' }),
    'GET /api/proposals/{id}/goals': async () => ({
      url: `/api/proposals/${(await givenGranted(t.access, m, tv01DigitaltSamtykke)).id}/goals`,
    }),
    'POST /api/proposals/{id}/goals/from-tabel3': async () => ({
      method: 'POST',
      url: `/api/proposals/${(await givenGranted(t.access, m, tv01DigitaltSamtykke)).id}/goals/from-tabel3`,
    }),
    'POST /api/proposals/{id}/goals': async () => ({
      method: 'POST',
      url: `/api/proposals/${(await givenGranted(t.access, m, tv01DigitaltSamtykke)).id}/goals`,
      payload: { group: 'efficiency', goal: 'Færre manuelle samtykker', unit: 'antal' },
    }),
    'PUT /api/goals/{goalId}': async () => {
      const goal = await givenGoal();
      return {
        method: 'PUT',
        url: `/api/goals/${goal.id}`,
        payload: { group: goal.group, goal: goal.goal, version: 1, status: 'on_track' },
      };
    },
    'POST /api/goals/{goalId}/measurements': async () => {
      const form = measurementForm({ version: 1, measuredOn: '2026-06-30', value: '4' });
      return { method: 'POST', url: `/api/goals/${(await givenGoal()).id}/measurements`, ...form };
    },
    'GET /api/goals/{goalId}/evidence/{evidenceId}': async () => {
      const goal = await givenGoal();
      const measured = await t.api({
        method: 'POST',
        url: `/api/goals/${goal.id}/measurements`,
        ...measurementForm(
          { version: 1, measuredOn: '2026-06-30' },
          { name: 'svar.csv', content: 'spørgsmål;svar\n1;ja\n' },
        ),
      });
      const evidence = measured.json<GoalOutput>().measurements[0]!.evidence!;
      return { url: `/api/goals/${goal.id}/evidence/${evidence.id}` };
    },
    'GET /api/budget-frames': async () => ({ url: '/api/budget-frames' }),
    'GET /api/budget-frames.xlsx': async () => ({ url: '/api/budget-frames.xlsx' }),
    'GET /api/proposals/{id}/loan': async () => ({
      url: `/api/proposals/${(await givenSeed002Loan(t.access, m)).id}/loan`,
    }),
    'PUT /api/proposals/{id}/loan': async () => ({
      method: 'PUT',
      url: `/api/proposals/${(await givenSeed002Loan(t.access, m)).id}/loan`,
      payload: {
        version: 0,
        principal: 1200,
        instalments: [{ dueOn: '2026-12-31', amount: 1200 }],
        reason: 'Ét afdrag',
      },
    }),
    'POST /api/proposals/{id}/loan/payments': async () => ({
      method: 'POST',
      url: `/api/proposals/${(await givenSeed002Loan(t.access, m)).id}/loan/payments`,
      payload: { version: 0, paidOn: '2026-11-20', amount: 610 },
    }),
    'GET /api/proposals/{id}/realised': async (fx) => {
      await granted(fx);
      return { url: `/api/proposals/${fx.proposalId}/realised` };
    },
    'PUT /api/proposals/{id}/realised/{year}': async (fx) => {
      await granted(fx);
      return {
        method: 'PUT',
        url: `/api/proposals/${fx.proposalId}/realised/2026`,
        payload: { version: null, rows: [{ row: 2, amount: 1400 }] },
      };
    },
    'POST /api/followup/realised/import': async (fx) => {
      const code = await granted(fx);
      return {
        method: 'POST',
        url: '/api/followup/realised/import',
        ...multipartUpload(
          'udtraek.csv',
          `Forslag;År;Konto;Beløb\n${code};2026;Projektleder;1400\n`,
        ),
      };
    },
    'GET /api/proposals/{id}/realism': async (fx) => ({
      url: `/api/proposals/${fx.proposalId}/realism`,
    }),
    'GET /api/followup/settings': async () => ({ url: '/api/followup/settings' }),
    'PUT /api/followup/settings': async () => ({
      method: 'PUT',
      url: '/api/followup/settings',
      payload: await currentSettings(),
    }),
    'GET /api/followup/dashboard': async () => ({ url: '/api/followup/dashboard' }),
    'GET /api/followup/deviations': async () => ({ url: '/api/followup/deviations' }),
    'DELETE /api/price-indices/{year}': async () => {
      await clearYear();
      const added = await t.services.setPriceIndex({
        year: YEAR,
        points: 100,
        version: null,
        actor: 'system',
      });
      if (!added.ok) throw new Error(`could not add ${YEAR}`);
      return {
        method: 'DELETE',
        url: `/api/price-indices/${YEAR}?version=${added.value.version}`,
      };
    },
  };

  beforeAll(async () => {
    t = await startTestApp(target);
    m = await givenMunicipality(t.access);
    await givenRules(t.access, m.roundId, 'locked');
    // Seed 002 names these as its lead and affected forvaltninger. The budget frames convert
    // every granted plan on the shared database (other tests' too, at 2025 p/l) to one level.
    await givenReference(t.access, {
      administrations: [
        { code: 'SOF', name: 'Socialforvaltningen' },
        { code: 'BIF', name: 'Beskæftigelses- og Integrationsforvaltningen' },
      ],
      priceIndices: demoPriceIndices,
    });
    for (const [subject, username] of Object.entries(ACCOUNT_OF)) {
      const user = await givenUser(t.access, grantsOf(username));
      users[subject as keyof typeof users] = user;
      sessions[subject as keyof typeof sessions] = await signIn(t.app, user);
    }
    loginUser = await givenUser(t.access, [{ role: 'reader', administration: null }]);

    const accepted = await readImportOf(SEED_002);
    const accept = await t.api({
      method: 'POST',
      url: `/api/imports/${accepted.id}/proposals/0/accept`,
    });
    expect(accept.statusCode, accept.body).toBe(200);
    importedProposalId = accept.json<{ proposalId: string }>().proposalId;
    // Made the own forvaltning's, so the row reads like every other draft's.
    const imported = await t.access.proposals.find(importedProposalId);
    await moveProposal(
      t.access,
      imported!,
      { ...imported!.content, leadAdministration: m.administration },
      'draft',
    );
    readImport = await readImportOf(SEED_002);
    // The same document once more, its copies left held for the reviewer to decide on.
    heldImport = await readImportOf(SEED_002, true);
    // A round no other test names: reading it in must not place another test's proposals.
    const year = 2900 + Math.floor(Math.random() * 100);
    overviewImport = await readImportOf(budgetAppendix(year).overviewAlone);
  }, 60_000);
  afterAll(async () => {
    await clearYear();
    await t?.close();
  });

  it('has one entry in the table of expectations for every operation of the OpenAPI document', async () => {
    const document = (await t.app.inject('/api/openapi.json')).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.length).toBeGreaterThan(30);
    expect(Object.keys(EXPECTATIONS).sort()).toEqual([...operations].sort());
    expect(Object.keys(REQUESTS).sort()).toEqual([...operations].sort());
  });

  it('lists only the proposals each role may read, as reading one answers', async () => {
    const reading = EXPECTATIONS['GET /api/proposals/{id}']!;
    const draftCase = reading.find((c) => c.status === 'draft');
    const submittedCase = reading.find((c) => c.status === 'submitted');
    const draft = await givenProposal('draft');
    const submitted = await givenProposal('submitted');
    for (const [subject, session] of Object.entries(sessions)) {
      const response = await t.app.inject({
        url: `/api/proposals?administration=${m.administration}`,
        headers: session.headers,
      });
      const ids = response.json<{ items: { id: string }[] }>().items.map((p) => p.id);
      const who = subject as keyof typeof sessions;
      expect([subject, ids.includes(draft.proposalId)]).toEqual([
        subject,
        draftCase!.answers[who] === 200,
      ]);
      expect([subject, ids.includes(submitted.proposalId)]).toEqual([
        subject,
        submittedCase!.answers[who] === 200,
      ]);
    }
  });

  it.each(Object.entries(EXPECTATIONS))(
    '%s answers each role as the table expects',
    async (operation, cases) => {
      const call = REQUESTS[operation];
      expect(call, `no request for ${operation}`).toBeDefined();
      const answered: string[] = [];
      const expected: string[] = [];
      for (const { status, step, answers } of cases) {
        for (const subject of SUBJECTS) {
          const fx = { ...(await givenProposal(status ?? 'draft')), step };
          const options = await call!(fx);
          // Signing out ends the session, so that one is called on a session of its own.
          const session =
            subject === 'anonymous'
              ? null
              : operation === 'POST /api/auth/logout'
                ? await signIn(t.app, users[subject])
                : sessions[subject];
          const response = await t.app.inject({
            ...options,
            headers: { ...options.headers, ...session?.headers },
          });
          const on = status ? `${status}${step ? ` ${step}` : ''}: ` : '';
          answered.push(`${on}${subject} ${response.statusCode}`);
          expected.push(`${on}${subject} ${answers[subject]}`);
        }
      }
      expect(answered).toEqual(expected);
    },
    60_000,
  );
});
