// The one typed client for /api. Every call sends the session cookie (same origin only) and every
// state-changing call sends the session's CSRF token in X-CSRF-Token. The token lives in memory
// only: never in localStorage, sessionStorage or the URL.
import { pathOf, routes, type Method, type Route } from './routes';
import type {
  ApiErrorBody, AuditPage, PupilSearch, RosterResult, RowError, School, Session,
} from './types';

// An answer other than 2xx: the HTTP status, the server's error and any per-row problems.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    readonly rows: RowError[] = [],
  ) {
    super(body.message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | undefined;

// Remembers the CSRF token of the signed-in session (in memory) for state-changing calls.
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

interface CallOptions {
  body?: string | Blob;
  contentType?: string;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// Pulls row errors out of the shapes the server may use: rows, errors or error.rows.
function rowErrors(data: Record<string, unknown> | undefined): RowError[] {
  if (!data) return [];
  const error = data.error as Record<string, unknown> | undefined;
  const candidates = [data.rows, data.errors, error?.rows, error?.details];
  for (const candidate of candidates) {
    if (Array.isArray(candidate)) {
      return candidate
        .filter((row) => row && typeof row === 'object')
        .map((row) => ({
          line: Number((row as RowError).line ?? 0),
          message: String((row as RowError).message ?? ''),
          field: (row as RowError).field,
        }));
    }
  }
  return [];
}

export async function call<T>(method: Method, path: string, options: CallOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.contentType) headers['Content-Type'] = options.contentType;
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    body: options.body,
    credentials: 'same-origin',
    cache: 'no-store',
  });
  const data = (await readJson(response)) as Record<string, unknown> | undefined;
  if (!response.ok) {
    const error = (data?.error ?? {}) as Partial<ApiErrorBody>;
    throw new ApiError(
      response.status,
      {
        code: error.code ?? `http_${response.status}`,
        message: error.message ?? `The server answered ${response.status}; try again.`,
        where: error.where,
      },
      rowErrors(data),
    );
  }
  return data as T;
}

// Calls `target` with its path parameters; `json` is sent as the JSON body.
export function send<T>(target: Route, params: Record<string, string> = {},
  options: { query?: Record<string, string | undefined>; json?: unknown; body?: string | Blob; contentType?: string } = {}): Promise<T> {
  const body = options.json !== undefined ? JSON.stringify(options.json) : options.body;
  const contentType = options.json !== undefined ? 'application/json' : options.contentType;
  return call<T>(target.method, pathOf(target, params, options.query), { body, contentType });
}

// Lists may come bare or wrapped ({schools: [...]}); both are accepted.
export function listOf<T>(data: unknown, key: string): T[] {
  if (Array.isArray(data)) return data as T[];
  const wrapped = (data as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(wrapped) ? (wrapped as T[]) : [];
}

export const api = {
  async signIn(username: string, password: string): Promise<Session> {
    const session = await send<Session>(routes.signIn, {}, {
      body: JSON.stringify({ username, password }),
      contentType: 'application/json',
    });
    setCsrfToken(session.csrf_token);
    return session;
  },
  async me(): Promise<Session> {
    const session = await send<Session>(routes.me);
    if (session.csrf_token) setCsrfToken(session.csrf_token);
    return session;
  },
  async signOut(): Promise<void> {
    try {
      await send<unknown>(routes.signOut);
    } finally {
      setCsrfToken(undefined);
    }
  },
  async schools(): Promise<School[]> {
    return listOf<School>(await send<unknown>(routes.schools), 'schools');
  },
  async school(schoolId: string): Promise<School> {
    const data = await send<Record<string, unknown>>(routes.school, { school_id: schoolId });
    return (data.school ?? data) as School;
  },
  async pupils(schoolId: string, query: string): Promise<PupilSearch> {
    const data = await send<PupilSearch>(routes.pupils, { school_id: schoolId }, { query: { q: query.trim() } });
    return { pupils: data.pupils ?? [], truncated: Boolean(data.truncated) };
  },
  async importRoster(schoolId: string, csv: string): Promise<RosterResult> {
    return send<RosterResult>(routes.roster, { school_id: schoolId }, {
      body: csv,
      contentType: 'text/csv',
    });
  },
  async audit(schoolId: string, after = 0): Promise<AuditPage> {
    const data = await send<AuditPage>(routes.audit, { school_id: schoolId }, { query: { after: after > 0 ? String(after) : undefined } });
    return { events: data.events ?? [], next_after: data.next_after ?? after };
  },
};
