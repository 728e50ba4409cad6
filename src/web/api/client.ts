import type { Language } from '../../shared/i18n/translate.ts';

/** One problem the server found with one field, e.g. `economy.rows.0.values.2`. */
export interface ApiIssue {
  field: string;
  message: string;
}

/** A failed API call: the HTTP status (0 when the server could not be reached) and its message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[];
  /** On 409: the version the proposal has now. */
  readonly currentVersion: number | null;

  constructor(options: {
    status: number;
    code: string;
    message: string;
    issues?: ApiIssue[];
    currentVersion?: number | null;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.issues = options.issues ?? [];
    this.currentVersion = options.currentVersion ?? null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readIssues(value: unknown): ApiIssue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((issue): ApiIssue[] => {
    if (!isRecord(issue) || typeof issue.message !== 'string') return [];
    const field = Array.isArray(issue.path) ? issue.path.join('.') : issue.field;
    return [{ field: typeof field === 'string' ? field : '', message: issue.message }];
  });
}

/**
 * Turns an error response into an ApiError. Proxies and crashes answer with HTML or nothing,
 * so anything that is not the API's error JSON still gives a usable error.
 */
export function errorFromResponse(status: number, statusText: string, body: string): ApiError {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(body);
  } catch {
    // not JSON: fall back to the status line
  }
  if (!isRecord(parsed)) {
    return new ApiError({ status, code: 'HttpError', message: statusText || `HTTP ${status}` });
  }
  return new ApiError({
    status,
    code: typeof parsed.error === 'string' ? parsed.error : 'HttpError',
    message: typeof parsed.message === 'string' ? parsed.message : statusText,
    issues: readIssues(parsed.issues),
    currentVersion: typeof parsed.currentVersion === 'number' ? parsed.currentVersion : null,
  });
}

// The session's CSRF token, sent with every write (the server checks it once sign-in is
// required). Set when the user signs in or the page learns who is signed in.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

// The language the user chose, sent with every request so the server words its errors in it.
let language: Language = 'da';

export function setApiLanguage(chosen: Language): void {
  language = chosen;
}

function headersFor(method: string, hasJsonBody: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': language,
  };
  if (hasJsonBody) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  return headers;
}

export async function apiRequest<T>(
  path: string,
  options: {
    method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
    body?: unknown;
    signal?: AbortSignal;
  } = {},
): Promise<T> {
  // A file upload goes as multipart/form-data, with the boundary the browser chooses.
  const form = options.body instanceof FormData;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: options.method ?? 'GET',
      headers: headersFor(options.method ?? 'GET', options.body !== undefined && !form),
      body: form
        ? (options.body as FormData)
        : options.body === undefined
          ? undefined
          : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'NetworkError', message: String(cause) });
  }
  if (!response.ok) {
    throw errorFromResponse(response.status, response.statusText, await response.text());
  }
  // 204 No Content (a removal) has no body to read.
  if (response.status === 204) return null as T;
  return (await response.json()) as T;
}

/** The path parameters that name what a page shows. */
const ADDRESS_FIELDS = new Set(['id', 'proposalId']);

/**
 * Whether a request failed because its address names nothing: a 404, or a 400 about the `id`
 * (or `proposalId`) in the path (a malformed proposal address), both shown as "page not found".
 */
export function pointsNowhere(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.status === 404 ||
      (error.status === 400 && error.issues.some((i) => ADDRESS_FIELDS.has(i.field))))
  );
}
