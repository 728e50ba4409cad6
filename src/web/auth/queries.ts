import { useQuery } from '@tanstack/react-query';
import { getMe, getSignInOptions } from './api.ts';

export const authKeys = { me: ['auth', 'me'] as const, options: ['auth', 'options'] as const };

// Who is signed in changes only by signing in or out, which set this query themselves.
export const useMe = () =>
  useQuery({ queryKey: authKeys.me, queryFn: ({ signal }) => getMe(signal), staleTime: Infinity });

export const useSignInOptions = () =>
  useQuery({
    queryKey: authKeys.options,
    queryFn: ({ signal }) => getSignInOptions(signal),
    staleTime: Infinity,
  });
