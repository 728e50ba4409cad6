import { presentGrant } from './presenter.ts';
import type { SignInOptions } from '../../shared/auth-schema.ts';
import type { DataAccess } from '../data-access.ts';
import type { DemoAccount } from '../demo/accounts.ts';
import { oidcService, type OidcConfig } from './oidc.ts';
import { authService } from './service.ts';

export interface AuthServiceOptions {
  sessionTtlSeconds: number;
  /** Shown on the sign-in page in demo mode; empty otherwise. */
  demoAccounts: DemoAccount[];
  oidc: OidcConfig | null;
}

export const DEFAULT_AUTH: AuthServiceOptions = {
  sessionTtlSeconds: 12 * 3600,
  demoAccounts: [],
  oidc: null,
};

/** The sign-in verbs: local accounts always, the identity provider when it is configured. */
export function authServices(access: DataAccess, options: AuthServiceOptions) {
  const auth = authService(access, options);
  return {
    ...auth,
    oidc: options.oidc ? oidcService(access, auth, options.oidc) : null,
    signInOptions: (): SignInOptions => ({
      oidc: options.oidc !== null,
      demoAccounts: options.demoAccounts.map(({ username, name, roles }) => ({
        username,
        name,
        roles: roles.map(presentGrant),
      })),
    }),
  };
}
