import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { authKeys } from './queries.ts';
import { whenSignedOut } from './signed-out.ts';

const unauthorized = new ApiError({ status: 401, code: 'Unauthorized', message: 'Log ind' });

function signedIn() {
  const queryClient = new QueryClient();
  queryClient.setQueryData(authKeys.me, { username: 'okonomi' });
  queryClient.setQueryData(['proposals'], { items: [{ id: 'a' }] });
  const visited: string[] = [];
  return { queryClient, visited, navigate: (to: string) => void visited.push(to) };
}

describe('a 401 from the API in the web app', () => {
  it('forgets the user and what was fetched as them, and goes to sign-in with the way back', () => {
    const { queryClient, visited, navigate } = signedIn();
    whenSignedOut(unauthorized, {
      queryClient,
      navigate,
      location: { pathname: '/forslag/42', search: '?fane=historik' },
    });
    expect(queryClient.getQueryData(authKeys.me)).toBeNull();
    expect(queryClient.getQueryData(['proposals'])).toBeUndefined();
    expect(visited).toEqual([`/log-ind?til=${encodeURIComponent('/forslag/42?fane=historik')}`]);
  });

  it('leaves the sign-in page, where a 401 is a wrong password, and other errors alone', () => {
    const { queryClient, visited, navigate } = signedIn();
    whenSignedOut(unauthorized, {
      queryClient,
      navigate,
      location: { pathname: '/log-ind', search: '' },
    });
    const forbidden = new ApiError({ status: 403, code: 'Forbidden', message: 'Nej' });
    whenSignedOut(forbidden, { queryClient, navigate, location: { pathname: '/', search: '' } });
    expect(visited).toEqual([]);
    expect(queryClient.getQueryData(authKeys.me)).toEqual({ username: 'okonomi' });
  });
});
