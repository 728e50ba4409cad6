import type { QueryClient } from '@tanstack/react-query';
import { ApiError, setCsrfToken } from '../api/client.ts';
import { authKeys } from './queries.ts';
import { signInPath } from './return-path.ts';

export interface SignedOutContext {
  queryClient: QueryClient;
  navigate: (to: string) => void;
  location: { pathname: string; search: string };
}

/**
 * Any API call answered 401 means there is no session (never signed in, expired, or signed out
 * in another tab): forget the user and everything fetched as them, and go to the sign-in page,
 * which returns here after. On the sign-in page a 401 is a refused password, shown there.
 */
export function whenSignedOut(
  error: unknown,
  { queryClient, navigate, location }: SignedOutContext,
) {
  if (!(error instanceof ApiError) || error.status !== 401) return;
  if (location.pathname.startsWith('/log-ind')) return;
  setCsrfToken(null);
  queryClient.clear();
  queryClient.setQueryData(authKeys.me, null);
  navigate(signInPath(location.pathname + location.search));
}
