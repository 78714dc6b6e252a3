import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
export type Me = Schemas['Me'];
export type Membership = Schemas['Membership'];
export type Organization = Schemas['Organization'];
export type OrganizationListItem = Schemas['OrganizationListItem'];
export type Center = Schemas['Center'];
export type SupportRecord = Schemas['SupportRecord'];
export type Program = Schemas['Program'];
export type Person = Schemas['Person'];
export type Role = Membership['role'];

/** A failed API call: the HTTP status and, when the server sent one, its problem+json. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }

  get code(): string | undefined {
    return this.problem?.code;
  }
}

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && 'code' in value && 'title' in value;

type SessionLost = (reason: 'expired' | 'unauthenticated') => void;

// Session state the client needs on every request; the React tree owns the rest.
const state: { csrfToken: string | null; language: string; onSessionLost: SessionLost | null } = {
  csrfToken: null,
  language: 'ko',
  onSessionLost: null,
};

export const apiSession = {
  setCsrfToken(token: string | null) {
    state.csrfToken = token;
  },
  hasSession() {
    return state.csrfToken !== null;
  },
  /** The headers every write carries, for requests made outside this client (multipart uploads with progress). */
  writeHeaders(): Record<string, string> {
    return { 'Accept-Language': state.language, ...(state.csrfToken ? { 'X-CSRF-Token': state.csrfToken } : {}) };
  },
  setLanguage(language: string) {
    state.language = language;
  },
  onSessionLost(handler: SessionLost) {
    state.onSessionLost = handler;
  },
};

export const api = createClient<paths>({ baseUrl: '' });

api.use({
  onRequest({ request }) {
    request.headers.set('Accept-Language', state.language);
    if (request.method !== 'GET' && request.method !== 'HEAD' && state.csrfToken) {
      request.headers.set('X-CSRF-Token', state.csrfToken);
    }
    return request;
  },
  async onResponse({ request, response }) {
    // A session that ends while the app is open (expired, signed out elsewhere) sends the user back to sign-in.
    if (response.status === 401 && state.csrfToken !== null && !request.url.includes('/auth/sign-in')) {
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => null);
      state.csrfToken = null;
      state.onSessionLost?.(isProblem(body) && body.code === 'sessionExpired' ? 'expired' : 'unauthenticated');
    }
    return response;
  },
});

type Result<T> = { data?: T; error?: unknown; response: Response };

/** The data of a successful call, or an ApiError carrying the problem+json. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, isProblem(error) ? error : null);
  return data as T;
}

/** Like unwrap, with the response's ETag for a later If-Match. */
export async function unwrapWithEtag<T>(call: Promise<Result<T>>): Promise<{ data: T; etag: string }> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, isProblem(error) ? error : null);
  return { data: data as T, etag: response.headers.get('ETag') ?? '' };
}
