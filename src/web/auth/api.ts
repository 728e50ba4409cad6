import type { LoginInput, Me, SignInOptions } from '../../shared/auth-schema.ts';
import { ApiError, apiRequest, setCsrfToken } from '../api/client.ts';

export type { Me, SignInOptions };

/** Who is signed in, or null; remembers the session's CSRF token for the writes that follow. */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const me = await apiRequest<Me>('/auth/me', { signal });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function signIn(input: LoginInput): Promise<Me> {
  const me = await apiRequest<Me>('/auth/login', { method: 'POST', body: input });
  setCsrfToken(me.csrfToken);
  return me;
}

export async function signOut(): Promise<void> {
  await apiRequest<null>('/auth/logout', { method: 'POST' });
  setCsrfToken(null);
}

export function getSignInOptions(signal?: AbortSignal): Promise<SignInOptions> {
  return apiRequest('/auth/options', { signal });
}
