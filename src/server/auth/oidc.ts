import * as client from 'openid-client';
import type { DataAccess } from '../data-access.ts';
import { accountFromClaims, type ClaimNames, type ClaimsRefusal } from './claims.ts';
import type { authService, NewSession } from './service.ts';

// Sign-in through the municipality's identity provider: the authorization code flow with PKCE,
// state and nonce. What the browser must bring back (state, nonce, the PKCE verifier) travels
// in a short-lived http-only cookie, so any app server can finish a sign-in another started.

export interface OidcConfig extends ClaimNames {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUrl: string;
  scope: string;
}

export interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
}

export type OidcOutcome =
  | { ok: true; session: NewSession }
  | { ok: false; refusal: ClaimsRefusal | 'provider'; detail?: unknown };

export function oidcService(
  { reference }: DataAccess,
  auth: ReturnType<typeof authService>,
  config: OidcConfig,
) {
  let discovered: Promise<client.Configuration> | null = null;

  /** Discovered on first use and kept; a failed discovery is tried again next time. */
  function provider(): Promise<client.Configuration> {
    const insecure = new URL(config.issuer).protocol === 'http:';
    discovered ??= client
      .discovery(
        new URL(config.issuer),
        config.clientId,
        undefined,
        client.ClientSecretBasic(config.clientSecret),
        // The configuration allows plain http for a provider on loopback only.
        insecure ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = null;
        throw error;
      });
    return discovered;
  }

  return {
    async startOidcSignIn(): Promise<{ url: string; pending: PendingSignIn }> {
      const pending: PendingSignIn = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(await provider(), {
        redirect_uri: config.redirectUrl,
        scope: config.scope,
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url: url.href, pending };
    },

    /** `query` is the callback's query string, as the provider redirected the browser with it. */
    async finishOidcSignIn({
      query,
      pending,
    }: {
      query: string;
      pending: PendingSignIn;
    }): Promise<OidcOutcome> {
      let claims: Record<string, unknown>;
      try {
        const configuration = await provider();
        // The configured address, not the one the request arrived at behind a proxy: the
        // provider checks that it is the same as at the start.
        const currentUrl = new URL(config.redirectUrl);
        currentUrl.search = query;
        const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
          pkceCodeVerifier: pending.verifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims();
        if (!idClaims) return { ok: false, refusal: 'provider' };
        claims = { ...idClaims };
        // Providers put custom claims in the ID token or only in userinfo; ask when missing.
        if (claims[config.roleClaim] === undefined) {
          const info = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
          claims = { ...info, ...idClaims };
        }
      } catch (detail) {
        return { ok: false, refusal: 'provider', detail };
      }
      const known = await reference.existingAdministrations(
        [claims[config.administrationClaim]].flat().filter((v) => typeof v === 'string'),
      );
      const mapped = accountFromClaims(config.issuer, claims, config, known);
      if (!mapped.ok) {
        // Only the two claims that decided it: the log is no place for the rest of a person.
        const detail = {
          [config.roleClaim]: claims[config.roleClaim],
          [config.administrationClaim]: claims[config.administrationClaim],
        };
        return { ok: false, refusal: mapped.refusal, detail };
      }
      return { ok: true, session: await auth.signInFromProvider(mapped.account) };
    },
  };
}
