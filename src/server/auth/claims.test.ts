import { describe, expect, it } from 'vitest';
import { accountFromClaims } from './claims.ts';

const names = { roleClaim: 'roles', administrationClaim: 'forvaltning' };
const known = new Set(['SOF', 'BIF']);
const issuer = 'https://login.kk.dk';

describe('accounts from the identity provider’s claims', () => {
  it('scopes an author to the forvaltning of the claim and leaves central roles unscoped', () => {
    const result = accountFromClaims(
      issuer,
      { sub: 's1', preferred_username: 'Karin', roles: ['author', 'reader'], forvaltning: 'SOF' },
      names,
      known,
    );
    expect(result).toEqual({
      ok: true,
      account: {
        oidcSubject: 'https://login.kk.dk#s1',
        username: 'karin',
        name: 'karin',
        roles: [
          { role: 'author', administration: 'SOF' },
          { role: 'reader', administration: null },
        ],
      },
    });
  });

  it('reads a role given as one string as well as a list', () => {
    const result = accountFromClaims(issuer, { sub: 's', roles: 'finance' }, names, known);
    expect(result.ok && result.account.roles).toEqual([{ role: 'finance', administration: null }]);
  });

  it('refuses a person with no role of ours, ignoring names it does not know', () => {
    expect(accountFromClaims(issuer, { sub: 's', roles: ['admin'] }, names, known)).toEqual({
      ok: false,
      refusal: 'role',
    });
  });

  it('refuses a reviewer whose forvaltning is missing or unknown', () => {
    for (const forvaltning of [undefined, 'XYZ']) {
      const claims = { sub: 's', roles: ['reviewer'], forvaltning };
      expect(accountFromClaims(issuer, claims, names, known)).toEqual({
        ok: false,
        refusal: 'administration',
      });
    }
  });
});
