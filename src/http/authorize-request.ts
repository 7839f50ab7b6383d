/**
 * Who may call what over HTTP. Reading is public. A route that needs more says so in its config
 * (`{ role: 'editor' }`); a write that says nothing needs an admin, so a forgotten route fails closed.
 * The API takes only `Authorization: Bearer <token>` (never a cookie, so it needs no CSRF token); pages
 * take the session cookie plus the session's CSRF token (src/web/web-session.ts). Rate limits are kept in
 * this process's memory, per server.
 */
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../compose.js';
import { roleAllows, type Role, type User } from '../domain/account.js';
import { DomainError } from '../domain/errors.js';

/** `public`: anyone; `signed-in`: any enabled user; a role: that role or a higher one. */
export type Access = 'public' | 'signed-in' | Role;

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user (session or token), with the session's CSRF token; null when anonymous. */
    viewer: Viewer | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    rateLimits: RateLimits;
  }
}

export type Viewer = { user: User; csrfToken: string | null };

export type RateLimitOptions = {
  /** Sign-in attempts per minute, counted per client address and per name (default 5). */
  signInPerMinute?: number;
  /** Upload requests per minute per user, API and form together (default 30). */
  uploadsPerMinute?: number;
};

/** Counts a request under a key; throws auth.rate_limited (429, with Retry-After) past the limit. */
export type Limiter = (request: FastifyRequest, reply: FastifyReply, key: string) => Promise<void>;
export type RateLimits = { signIn: Limiter; upload: Limiter };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Cookies, rate limiting and the `viewer` of every request, for the API and the pages alike. */
export async function registerAuthorization(server: FastifyInstance, limits: RateLimitOptions = {}): Promise<void> {
  await server.register(cookie);
  await server.register(rateLimit, { global: false });
  server.decorateRequest('viewer', null);
  server.decorate('rateLimits', {
    signIn: limiter(server, limits.signInPerMinute ?? 5, 'sign-in attempts'),
    upload: limiter(server, limits.uploadsPerMinute ?? 30, 'uploads'),
  });
}

/** What the route asks for: its declared access, else public for reads and admin for writes. */
export function routeAccess(request: FastifyRequest): Access {
  return request.routeOptions.config?.access ?? (SAFE_METHODS.has(request.method) ? 'public' : 'admin');
}

/** onRequest hook of the API: a route that is not public needs a valid bearer token of a user allowed it. */
export function apiAuthorization(app: App) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const access = routeAccess(request);
    if (access === 'public') return;
    const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
    if (token === undefined) {
      reply.header('www-authenticate', 'Bearer realm="tally"');
      throw new DomainError('auth.required', `${request.method} ${request.url.split('?')[0]} needs Authorization: Bearer <token> (an admin creates one: tally users add NAME --role editor)`);
    }
    reply.header('www-authenticate', 'Bearer realm="tally", error="invalid_token"');
    const user = await app.authenticateToken({ token });
    reply.removeHeader('www-authenticate');
    request.viewer = { user, csrfToken: null };
    if (!request.is404) requireAccess(request, user, access);
  };
}

export function requireAccess(request: FastifyRequest, user: User, access: Access): void {
  if (access === 'public' || access === 'signed-in' || roleAllows(user.role, access)) return;
  throw new DomainError('auth.forbidden', `${request.method} ${request.url.split('?')[0]} needs the ${access} role; ${user.name} is ${user.role === 'editor' ? 'an' : 'a'} ${user.role}`);
}

function limiter(server: FastifyInstance, perMinute: number, what: string): Limiter {
  // The plugin derives a key from the request; ours is given per call (an address, a name, a user id).
  const keys = new WeakMap<FastifyRequest, string>();
  const check = server.createRateLimit({ max: perMinute, timeWindow: 60_000, keyGenerator: (request) => keys.get(request) ?? request.ip });
  return async (request, reply, key) => {
    keys.set(request, key);
    const result = await check(request);
    if (!result.isAllowed && result.isExceeded) {
      reply.header('retry-after', String(result.ttlInSeconds));
      throw new DomainError('auth.rate_limited', `too many ${what} (at most ${perMinute} a minute); try again in ${result.ttlInSeconds} s`);
    }
  };
}
