import { problemMessage } from '../problems.ts';
import { eq } from 'drizzle-orm';
import type { ProposalStatus } from '../../domain/proposal.ts';
import type { ProposalContentInput } from '../../shared/proposal-schema.ts';
import { proposalContentInput } from '../../shared/proposal-schema.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { DataAccess } from '../data-access.ts';
import { DEMO_PASSWORD, type DemoAccount } from '../demo/accounts.ts';
import { proposalSaved } from '../audit/entries.ts';
import { recordDemoDecisions } from '../demo/decisions.ts';
import { recordDemoFollowUp } from '../followup/demo.ts';
import { recordDemoRealised } from '../demo/realised.ts';
import type { DemoRoundSetup } from '../demo/rounds.ts';
import { roundRules, rounds } from '../db/schema.ts';
import type { StoredProposal } from '../proposals/store.ts';
import type { ReferenceData } from '../reference/store.ts';
import type { Services } from '../services.ts';

export interface SeedData extends ReferenceData {
  proposals: ProposalContentInput[];
  /** The rounds' rules and phases, and the status each round's proposals are put in. */
  roundSetups?: DemoRoundSetup[];
}

/** Puts a demo proposal in its round's status, as one change with its audit entry. */
async function moveTo(access: DataAccess, current: StoredProposal, status: ProposalStatus) {
  if (current.status === status) return;
  await access.transaction(async (tx) => {
    const moved = await tx.proposals.update({
      id: current.id,
      version: current.version,
      content: current.content,
      status,
      before: current.content,
    });
    if (moved.outcome !== 'updated') throw new Error(`Demo proposal could not move to ${status}`);
    await tx.audit.append(
      proposalSaved({
        actor: 'system',
        proposalId: current.id,
        version: moved.proposal.version,
        before: current.content,
        after: current.content,
        fromState: current.status,
        toState: status,
      }),
    );
  });
}

/**
 * Fills a new database so the first start has something to show. A database that already holds
 * proposals is left alone, so the demo never mixes into real work and a restart adds nothing.
 * Proposals go in through the same verb and checks as the API's, so demo data that the API
 * would refuse stops the start instead of loading half.
 */
export async function seedDemoData({
  access,
  services,
  data,
}: {
  access: DataAccess;
  services: Services;
  data: SeedData;
}): Promise<{ seeded: boolean }> {
  if (!(await access.proposals.isEmpty())) return { seeded: false };
  await access.reference.insertMissing(data);
  const setups = data.roundSetups ?? [];
  for (const setup of setups) {
    await access.db
      .insert(roundRules)
      .values({ roundId: setup.roundId, version: 1, rules: setup.rules })
      .onConflictDoNothing();
    await access.db.update(rounds).set({ phase: setup.phase }).where(eq(rounds.id, setup.roundId));
  }
  for (const input of data.proposals) {
    const parsed = proposalContentInput.safeParse(input);
    if (!parsed.success) {
      throw new Error(`Demo proposal '${input.title}' is invalid: ${parsed.error.message}`);
    }
    const created = await services.proposals.create({ content: parsed.data, actor: 'system' });
    if (!created.ok) {
      throw new Error(
        `Demo proposal '${input.title}' was refused: ${problemMessage(created.problem, 'da')}`,
      );
    }
    const setup = setups.find((r) => r.roundId === parsed.data.roundId);
    if (setup) await moveTo(access, created.value, setup.proposalStatus);
  }
  await recordDemoDecisions(access);
  await recordDemoFollowUp(access);
  await recordDemoRealised(access);
  return { seeded: true };
}

/**
 * Demo mode's accounts, one per role, password `demo`. Added when missing at every start, so a
 * database made before they existed gets them too; an account already there is not touched,
 * and one whose forvaltning is not in the database is left out.
 */
export async function seedDemoAccounts({
  access,
  accounts,
}: {
  access: DataAccess;
  accounts: DemoAccount[];
}): Promise<{ added: number }> {
  const existing = await access.users.existingUsernames(accounts.map((a) => a.username));
  // An author or reviewer needs their forvaltning, which only the demo data brings.
  const known = await access.reference.existingAdministrations(
    accounts.flatMap((a) => a.roles.flatMap((r) => (r.administration ? [r.administration] : []))),
  );
  const missing = accounts.filter(
    (account) =>
      !existing.has(account.username) &&
      account.roles.every((r) => r.administration === null || known.has(r.administration)),
  );
  const added = await access.users.insertMissing(
    await Promise.all(
      missing.map(async (account) => ({
        ...account,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        oidcSubject: null,
      })),
    ),
  );
  return { added };
}
