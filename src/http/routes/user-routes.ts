/**
 * Users and the audit log (admins only). A new secret is in the answer once and never again; the audit
 * log is read-only here as everywhere.
 */
import type { FastifyInstance } from 'fastify';
import type { UserChangeRequest } from '../../app/accounts/change-user.js';
import type { App } from '../../compose.js';
import { userActor, type User } from '../../domain/account.js';
import { AuditQuery, NewUserBody, RoleBody, UserParams, parseInput } from '../api-schemas.js';

export function userRoutes(server: FastifyInstance, app: App): void {
  server.get('/users', { config: { access: 'admin' } }, async () => {
    const { users } = await app.listUsers();
    return { items: users.map(toUserResponse) };
  });

  server.post('/users', { config: { access: 'admin' } }, async (request, reply) => {
    const { name, role } = parseInput(NewUserBody, request.body, 'body');
    const { user, secret } = await app.addUser({ name, role, actor: userActor(request.viewer!.user) });
    return reply.status(201).send({ user: toUserResponse(user), secret });
  });

  const change = (kind: UserChangeRequest['kind']) => async (request: { params: unknown; body: unknown; viewer: { user: User } | null }) => {
    const { name } = parseInput(UserParams, request.params, 'path');
    const request_: UserChangeRequest = kind === 'role' ? { kind, role: parseInput(RoleBody, request.body, 'body').role } : { kind };
    const { user, secret } = await app.changeUser({ name, change: request_, actor: userActor(request.viewer!.user) });
    return secret === undefined ? { user: toUserResponse(user) } : { user: toUserResponse(user), secret };
  };
  server.post('/users/:name/disable', { config: { access: 'admin' } }, change('disable'));
  server.put('/users/:name/role', { config: { access: 'admin' } }, change('role'));
  server.post('/users/:name/secret', { config: { access: 'admin' } }, change('secret'));

  server.get('/audit', { config: { access: 'admin' } }, async (request) => {
    const query = parseInput(AuditQuery, request.query, 'query');
    const { entries } = await app.listAudit(query);
    return { items: entries };
  });
}

function toUserResponse(user: User) {
  return { id: user.id, name: user.name, role: user.role, createdAt: user.createdAt, disabledAt: user.disabledAt };
}
