import { describe, expect, it } from 'vitest';
import { PROPOSAL_STATUSES } from '../proposal.ts';
import { waitScope, waitsFor } from './inbox.ts';
import { ROLES, type Actor, type Role } from './roles.ts';

const as = (role: Role, administration: string | null = null): Actor => ({
  userId: 'u',
  role,
  administration,
});

describe('whose turn a proposal is (the inbox)', () => {
  it('gives a draft to its own forvaltning’s author and reviewer, not another’s', () => {
    const draft = { status: 'draft' as const, leadAdministration: 'SOF' };
    expect(waitsFor(as('author', 'SOF'), draft)).toBe(true);
    expect(waitsFor(as('reviewer', 'SOF'), draft)).toBe(true);
    expect(waitsFor(as('author', 'BIF'), draft)).toBe(false);
    expect(waitsFor(as('finance'), draft)).toBe(false);
  });

  it('gives one ready for finance to Center for Økonomi only, though others may send it back', () => {
    const ready = { status: 'ready_for_finance' as const, leadAdministration: 'SOF' };
    expect(waitsFor(as('finance'), ready)).toBe(true);
    expect(waitsFor(as('secretariat'), ready)).toBe(false);
    expect(waitsFor(as('reviewer', 'SOF'), ready)).toBe(false);
  });

  it('gives one in hearing to the hearing bodies, and a submitted one to the secretariat', () => {
    const heard = { status: 'in_hearing' as const, leadAdministration: 'SOF' };
    expect(waitsFor(as('hearing'), heard)).toBe(true);
    const submitted = { status: 'submitted' as const, leadAdministration: 'SOF' };
    expect(waitsFor(as('secretariat'), submitted)).toBe(true);
    expect(waitsFor(as('author', 'SOF'), submitted)).toBe(false);
    expect(waitsFor(as('reader'), submitted)).toBe(false);
  });
});

describe('the inbox as a database condition (waitScope)', () => {
  const actors = ROLES.flatMap((role) =>
    role === 'author' || role === 'reviewer' ? [as(role, 'SOF')] : [as(role), as(role, 'SOF')],
  );

  it.each(actors.map((actor) => [`${actor.role} ${actor.administration ?? ''}`, actor] as const))(
    'selects for %s exactly the proposals waitsFor gives them, in any forvaltning or none',
    (_, actor) => {
      const scope = waitScope(actor);
      for (const status of PROPOSAL_STATUSES) {
        for (const leadAdministration of ['SOF', 'BIF', null]) {
          const selected =
            scope.anyAdministration.includes(status) ||
            (leadAdministration === scope.administration &&
              scope.ownAdministration.includes(status));
          expect(selected, `${status} in ${leadAdministration}`).toBe(
            waitsFor(actor, { status, leadAdministration }),
          );
        }
      }
    },
  );

  it('keeps a draft to its own forvaltning', () => {
    expect(waitScope(as('author', 'SOF'))).toMatchObject({
      administration: 'SOF',
      anyAdministration: [],
      ownAdministration: expect.arrayContaining(['draft']),
    });
  });
});
