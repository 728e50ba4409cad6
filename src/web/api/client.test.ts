import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, errorFromResponse, setApiLanguage } from './client.ts';

describe('errorFromResponse', () => {
  it('reads the message, the field issues and the current version of the API error JSON', () => {
    const error = errorFromResponse(
      409,
      'Conflict',
      JSON.stringify({
        error: 'Conflict',
        message: 'Forslaget er ændret',
        currentVersion: 4,
        issues: [{ field: 'economy.rows.0.values.2', message: 'skal være et tal' }],
      }),
    );
    expect(error.status).toBe(409);
    expect(error.code).toBe('Conflict');
    expect(error.message).toBe('Forslaget er ændret');
    expect(error.currentVersion).toBe(4);
    expect(error.issues).toEqual([
      { field: 'economy.rows.0.values.2', message: 'skal være et tal' },
    ]);
  });

  it('joins an issue path given as an array', () => {
    const error = errorFromResponse(
      400,
      'Bad Request',
      JSON.stringify({
        error: 'BadRequest',
        message: 'x',
        issues: [{ path: ['title'], message: 'm' }],
      }),
    );
    expect(error.issues).toEqual([{ field: 'title', message: 'm' }]);
  });

  it('falls back to the status line when the body is not JSON', () => {
    const error = errorFromResponse(502, 'Bad Gateway', '<html>proxy error</html>');
    expect(error.message).toBe('Bad Gateway');
    expect(error.issues).toEqual([]);
    expect(error.currentVersion).toBeNull();
  });
});

describe('apiRequest', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setApiLanguage('da');
  });

  it('asks for the language the user chose, so the server’s errors come in it', async () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    await apiRequest('/proposals');
    setApiLanguage('en');
    await apiRequest('/proposals');
    const languages = fetch.mock.calls.map(
      (call) => (call as unknown as [string, RequestInit])[1].headers,
    );
    expect(languages).toEqual([
      expect.objectContaining({ 'accept-language': 'da' }),
      expect.objectContaining({ 'accept-language': 'en' }),
    ]);
  });
});
