/**
 * Signing in and out on the web, and what every page request learns from its session cookie. The
 * cookie holds a random session id (the store keeps only its hash): httpOnly, SameSite=Strict, Path=/,
 * Secure over https (or always, with TALLY_SECURE_COOKIES). Every state-changing page request needs the
 * session, the session's CSRF token (a synchronizer token, put in every form by csrf-forms.ts), a
 * matching Origin when the browser sends one, and the route's role; refusals are 401 or 403 pages.
 * The sign-in form itself, made before any session exists, is protected by a double-submit token.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_HOURS } from '../app/accounts/sign-in.js';
import type { App } from '../compose.js';
import { DomainError } from '../domain/errors.js';
import { requireAccess, routeAccess } from '../http/authorize-request.js';
import { CSRF_FIELD } from './csrf-forms.js';
import type { PageInput } from './page-layout.js';
import { signInPage, type SignInForm } from './pages/sign-in-page.js';

export const SESSION_COOKIE = 'tally_session';
const LOGIN_COOKIE = 'tally_login';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type SendPage = (request: FastifyRequest, reply: FastifyReply, page: Omit<PageInput, 'origin'>, status?: number) => FastifyReply;

export function webSessions(server: FastifyInstance, app: App, send: SendPage): void {
  if (!server.hasContentTypeParser('application/x-www-form-urlencoded')) {
    server.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_request, body, done) =>
      done(null, formFields(String(body))));
  }

  server.addHook('onRequest', async (request) => {
    const sessionId = request.cookies[SESSION_COOKIE];
    if (sessionId === undefined) return;
    const found = await app.resumeSession({ sessionId });
    if (found !== null) request.viewer = { user: found.user, csrfToken: found.session.csrfToken };
  });

  server.addHook('preHandler', async (request) => {
    const access = routeAccess(request);
    if (SAFE_METHODS.has(request.method) || access === 'public') return;
    const viewer = request.viewer;
    if (viewer === null) throw new DomainError('auth.required', 'sign in first: this needs an account (Sign in, at the top of the page)');
    checkOrigin(request);
    const sent = field(request.body, CSRF_FIELD) ?? field(request.query, CSRF_FIELD);
    if (sent === undefined || viewer.csrfToken === null || !sameSecret(sent, viewer.csrfToken)) {
      throw new DomainError('auth.csrf', 'the form is missing its security token or it is out of date: reload the page and submit again');
    }
    requireAccess(request, viewer.user, access);
  });

  const cookieOptions = (request: FastifyRequest, path: string, maxAge: number) => ({
    httpOnly: true, sameSite: 'strict' as const, path, maxAge, secure: request.protocol === 'https' || app.config.secureCookies === true,
  });

  const showForm = (request: FastifyRequest, reply: FastifyReply, form: Omit<SignInForm, 'loginToken' | 'signedInAs'>, status = 200) => {
    const existing = request.cookies[LOGIN_COOKIE];
    const loginToken = existing !== undefined && /^[A-Za-z0-9_-]{43}$/.test(existing) ? existing : randomBytes(32).toString('base64url');
    reply.setCookie(LOGIN_COOKIE, loginToken, cookieOptions(request, '/login', 3600));
    const body = signInPage({ ...form, loginToken, signedInAs: request.viewer?.user.name ?? null });
    return send(request, reply, { title: 'Sign in', path: '/login', permalink: false, body }, status);
  };

  server.get('/login', async (request, reply) =>
    showForm(request, reply, { name: '', next: safeNext(field(request.query, 'next')), error: null }));

  server.post('/login', { config: { access: 'public' } }, async (request, reply) => {
    const name = (field(request.body, 'name') ?? '').trim().slice(0, 64);
    const next = safeNext(field(request.body, 'next'));
    checkOrigin(request);
    const sent = field(request.body, '_login');
    const expected = request.cookies[LOGIN_COOKIE];
    if (sent === undefined || expected === undefined || !sameSecret(sent, expected)) {
      throw new DomainError('auth.csrf', 'the sign-in form is out of date or was not sent from this site: reload it and try again');
    }
    try {
      await server.rateLimits.signIn(request, reply, `ip:${request.ip}`);
      await server.rateLimits.signIn(request, reply, `name:${name.toLowerCase()}`);
      const { sessionId } = await app.signIn({ name, secret: field(request.body, 'secret') ?? '' });
      const previous = request.cookies[SESSION_COOKIE];
      if (previous !== undefined) await app.signOut({ sessionId: previous });
      reply.setCookie(SESSION_COOKIE, sessionId, cookieOptions(request, '/', SESSION_HOURS * 3600));
      reply.clearCookie(LOGIN_COOKIE, { path: '/login' });
      return reply.redirect(next, 303);
    } catch (error) {
      if (!(error instanceof DomainError) || (error.code !== 'auth.invalid' && error.code !== 'auth.rate_limited')) throw error;
      return showForm(request, reply, { name, next, error: error.message }, error.code === 'auth.invalid' ? 401 : 429);
    }
  });

  server.post('/logout', { config: { access: 'signed-in' } }, async (request, reply) => {
    const sessionId = request.cookies[SESSION_COOKIE];
    if (sessionId !== undefined) await app.signOut({ sessionId });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/', 303);
  });
}

/** Where to go after signing in: a path on this site only, never another origin (`//evil`, `https:`). */
export function safeNext(next: string | undefined): string {
  return next !== undefined && /^\/(?![/\\])[^\s]*$/.test(next) ? next : '/';
}

/** A browser names the page a POST came from; one from another site is refused even with a cookie. */
function checkOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (origin === undefined || origin === 'null') return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    host = '';
  }
  if (host !== request.host) throw new DomainError('auth.csrf', `a form on ${origin} cannot post to this site`);
}

/** A form body: one string per field, or every value of a field sent more than once (checkboxes). */
export function formFields(body: string): Record<string, string | string[]> {
  const fields = new Map<string, string | string[]>();
  for (const [name, value] of new URLSearchParams(body)) {
    const seen = fields.get(name);
    fields.set(name, seen === undefined ? value : [...[seen].flat(), value]);
  }
  return Object.fromEntries(fields);
}

function field(source: unknown, name: string): string | undefined {
  const value = (source as Record<string, unknown> | null | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

function sameSecret(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}
