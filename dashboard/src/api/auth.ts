import { apiBase, isCrossOrigin } from './config';

/**
 * Signing in. On the API's own origin: the API's session (POST /login, session cookie, CSRF token from the
 * XSRF-TOKEN cookie). On another origin (a static host), where that cookie cannot go: POST /auth/token answers a
 * short-lived bearer token, kept in sessionStorage (gone with the tab; never localStorage) and sent as
 * Authorization: Bearer; sign-out revokes it.
 */
export interface Account {
  username: string;
  role: string;
}

/** Why a sign-in failed: wrong credentials, too many attempts, or anything else (network, server). */
export class SignInError extends Error {
  constructor(readonly reason: 'credentials' | 'rate' | 'other', message: string = reason) {
    super(message);
  }
}

const TOKEN_KEY = 'ipbridge.signInToken';

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // storage blocked: the user signs in again on every load
  }
}

export function token(): string | null {
  return storage()?.getItem(TOKEN_KEY) ?? null;
}

function forgetToken(): void {
  storage()?.removeItem(TOKEN_KEY);
}

/** The headers that sign a request to the API in; none on the same origin (the cookie goes by itself). */
export function authHeaders(): Record<string, string> {
  const bearer = isCrossOrigin() ? token() : null;
  return bearer ? { Authorization: `Bearer ${bearer}` } : {};
}

/** The API answered 401: whatever token we held is no good any more. */
export function signedOut(): void {
  forgetToken();
}

/** A cookie's value from a document.cookie string. */
export function readCookie(name: string, cookies: string): string | null {
  for (const part of cookies.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

async function csrfHeader(): Promise<Record<string, string>> {
  let value = readCookie('XSRF-TOKEN', document.cookie);
  if (!value) {
    await fetch(`${apiBase()}/login`, { credentials: 'same-origin' }); // any answer sets the cookie
    value = readCookie('XSRF-TOKEN', document.cookie);
  }
  return value ? { 'X-XSRF-TOKEN': value } : {};
}

function failed(response: Response): SignInError {
  if (response.status === 401) return new SignInError('credentials');
  if (response.status === 429) return new SignInError('rate');
  return new SignInError('other', `HTTP ${response.status}`);
}

export async function signIn(username: string, password: string): Promise<void> {
  let response: Response;
  try {
    if (isCrossOrigin()) {
      response = await fetch(`${apiBase()}/auth/token`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (response.ok) storage()?.setItem(TOKEN_KEY, ((await response.json()) as { token: string }).token);
    } else {
      response = await fetch(`${apiBase()}/login`, {
        method: 'POST', credentials: 'same-origin',
        headers: { Accept: 'application/json', ...(await csrfHeader()) },
        body: new URLSearchParams({ username, password }),
      });
    }
  } catch (e) {
    throw new SignInError('other', String(e));
  }
  if (!response.ok) throw failed(response);
}

export async function signOut(): Promise<void> {
  try {
    if (isCrossOrigin()) {
      const bearer = token();
      if (bearer) {
        await fetch(`${apiBase()}/auth/token`, { method: 'DELETE', headers: { Authorization: `Bearer ${bearer}` } });
      }
    } else {
      await fetch(`${apiBase()}/logout`, {
        method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json', ...(await csrfHeader()) },
      });
    }
  } finally {
    forgetToken();
  }
}

/** Accounts that are not a person who signed in: the API's anonymous role, or security switched off. */
export function isPerson(account: Account | null): boolean {
  return account != null && account.username !== 'anonymous' && !account.username.startsWith('(');
}
