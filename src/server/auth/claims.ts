import { ROLES, type Role } from '../../domain/workflow/roles.ts';
import type { RoleGrant } from './actor.ts';

// What the identity provider says about a person, turned into our user: the role claim names
// one or more of our roles, the forvaltning claim the forvaltning an author or reviewer acts for.

export interface ClaimNames {
  roleClaim: string;
  administrationClaim: string;
}

export type ClaimsRefusal = 'role' | 'administration';

export interface ProviderAccount {
  oidcSubject: string;
  username: string;
  name: string;
  roles: RoleGrant[];
}

const SCOPED: readonly Role[] = ['author', 'reviewer'];

const texts = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === 'string' && item.trim() !== '',
  );

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export function accountFromClaims(
  issuer: string,
  claims: Record<string, unknown>,
  names: ClaimNames,
  knownAdministrations: ReadonlySet<string>,
): { ok: true; account: ProviderAccount } | { ok: false; refusal: ClaimsRefusal } {
  const roles = texts(claims[names.roleClaim])
    .map((value) => value.trim())
    .filter(isRole);
  if (roles.length === 0) return { ok: false, refusal: 'role' };
  const administration = texts(claims[names.administrationClaim])[0]?.trim() ?? null;
  const needsAdministration = roles.some((role) => SCOPED.includes(role));
  if (
    needsAdministration &&
    (administration === null || !knownAdministrations.has(administration))
  ) {
    return { ok: false, refusal: 'administration' };
  }
  const sub = String(claims.sub);
  const username = (texts(claims.preferred_username)[0] ?? texts(claims.email)[0] ?? sub)
    .trim()
    .toLowerCase();
  return {
    ok: true,
    account: {
      oidcSubject: `${issuer}#${sub}`,
      username,
      name: texts(claims.name)[0] ?? username,
      roles: [...new Set(roles)].map((role) => ({
        role,
        administration: SCOPED.includes(role) ? administration : null,
      })),
    },
  };
}
