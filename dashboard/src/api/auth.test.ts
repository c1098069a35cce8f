import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { signInFailure } from '../auth/signInPage';
import { setLang } from '../i18n/i18n';
import { authHeaders, isPerson, readCookie, signIn, SignInError, signOut, token } from './auth';
import { graphql, onUnauthorised } from './client';
import { isCrossOrigin, loadConfig } from './config';

class MemoryStorage {
  private items = new Map<string, string>();
  getItem(key: string) { return this.items.get(key) ?? null; }
  setItem(key: string, value: string) { this.items.set(key, value); }
  removeItem(key: string) { this.items.delete(key); }
}

type Call = { url: string; init?: RequestInit };

function fakeApi(answers: Record<string, (init?: RequestInit) => Response>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    const key = Object.keys(answers).find((k) => url.endsWith(k));
    return key ? answers[key](init) : new Response('', { status: 404 });
  });
  return calls;
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

describe('sign-in for a dashboard on another origin', () => {
  beforeEach(async () => {
    vi.stubGlobal('window', { location: { href: 'http://site.example.org/dashboard/' } });
    vi.stubGlobal('sessionStorage', new MemoryStorage());
    fakeApi({ 'config.json': () => json({ apiUrl: 'http://api.example.org/' }) });
    await loadConfig();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('knows the API is elsewhere', () => {
    expect(isCrossOrigin()).toBe(true);
    expect(isCrossOrigin('', 'http://a.org/')).toBe(false);
    expect(isCrossOrigin('http://a.org:8080', 'http://a.org:8080/x/')).toBe(false);
    expect(isCrossOrigin('http://a.org:8081', 'http://a.org:8080/')).toBe(true);
  });

  it('keeps the token from /auth/token in sessionStorage and sends it as a bearer', async () => {
    const calls = fakeApi({ '/auth/token': () => json({ token: 'ipbs_abc', tokenType: 'Bearer' }) });
    await signIn('wang', 'secret-password');
    expect(calls[0].url).toBe('http://api.example.org/auth/token');
    expect(JSON.parse(String(calls[0].init?.body))).toEqual({ username: 'wang', password: 'secret-password' });
    expect(token()).toBe('ipbs_abc');
    expect(authHeaders()).toEqual({ Authorization: 'Bearer ipbs_abc' });
  });

  it('says a wrong password is a wrong password, and keeps no token', async () => {
    fakeApi({ '/auth/token': () => json({ errors: [{ message: 'Wrong username or password' }] }, 401) });
    const failure = await signIn('wang', 'nope').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SignInError);
    expect((failure as SignInError).reason).toBe('credentials');
    expect(token()).toBeNull();
    setLang('zh');
    expect(signInFailure(failure)).toBe('用户名或密码错误，请重新输入。');
    setLang('en');
    expect(signInFailure(new SignInError('rate'))).toContain('Too many');
    setLang('zh');
  });

  it('revokes the token on sign-out and forgets it', async () => {
    sessionStorage.setItem('ipbridge.signInToken', 'ipbs_abc');
    const calls = fakeApi({ '/auth/token': () => new Response(null, { status: 204 }) });
    await signOut();
    expect(calls[0].init?.method).toBe('DELETE');
    expect((calls[0].init?.headers as Record<string, string>).Authorization).toBe('Bearer ipbs_abc');
    expect(token()).toBeNull();
    expect(authHeaders()).toEqual({});
  });

  it('forgets the token and asks for sign-in when the API answers 401', async () => {
    sessionStorage.setItem('ipbridge.signInToken', 'ipbs_old');
    fakeApi({ '/graphql': () => json({ errors: [{ message: 'Signed out' }] }, 401) });
    const asked = vi.fn();
    onUnauthorised(asked);
    await expect(graphql('{ me { username } }')).rejects.toMatchObject({ kind: 'auth' });
    expect(asked).toHaveBeenCalledOnce();
    expect(token()).toBeNull();
  });
});

describe('sign-in helpers', () => {
  it('reads the CSRF cookie', () => {
    expect(readCookie('XSRF-TOKEN', 'a=1; XSRF-TOKEN=ab%3Dc; b=2')).toBe('ab=c');
    expect(readCookie('XSRF-TOKEN', 'a=1')).toBeNull();
  });

  it('shows only people, not the anonymous role or security switched off', () => {
    expect(isPerson({ username: 'wang', role: 'STAFF' })).toBe(true);
    expect(isPerson({ username: 'anonymous', role: 'STAFF' })).toBe(false);
    expect(isPerson({ username: '(security disabled)', role: 'ADMIN' })).toBe(false);
    expect(isPerson(null)).toBe(false);
  });
});
