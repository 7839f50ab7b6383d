/**
 * `tally users`: accounts for the web app and the API. Whoever can run `tally` on the database manages
 * them (there is no first-admin problem); each change is in the audit log as `cli:<os user>`.
 */
import { Command, InvalidArgumentError } from 'commander';
import { openApp } from '../../compose.js';
import { Role, type User } from '../../domain/account.js';
import { cliActor } from '../cli-actor.js';
import { commandConfig, type CliContext } from '../cli-context.js';
import { jsonOption } from '../cli-options.js';
import { formatTable } from '../format-table.js';

export function usersCommand(ctx: CliContext): Command {
  const users = new Command('users')
    .summary('manage who may upload, correct and delete (editors, admins)')
    .description(
      'Manage the accounts of the web app and API. Reading needs no account; editors upload and correct ' +
        'events; admins also delete documents and manage users. `users add` and `users secret` print a ' +
        'secret once: it is the password on the sign-in page and the API token (Authorization: Bearer). ' +
        'Only an scrypt hash of it is stored, so a lost secret cannot be shown again: issue a new one.',
    )
    .addHelpText('after', `
Examples:
  $ tally users add ana --role editor       # prints ana's secret once
  $ tally users list
  $ tally users role ana admin
  $ tally users secret ana                  # a new secret; the old one and ana's sessions stop working
  $ tally users disable ana`);

  users.addCommand(new Command('add')
    .summary('add a user and print their one-time secret')
    .argument('<name>', '2–32 letters, digits, dots, dashes or underscores (stored lower-case)')
    .requiredOption('--role <role>', 'editor or admin', parseRole)
    .addOption(jsonOption('the user and secret'))
    .action(async (name: string, options: { role: Role; json?: boolean }, command: Command) => {
      const app = await openApp(commandConfig(command, ctx));
      try {
        const { user, secret } = await app.addUser({ name, role: options.role, actor: cliActor() });
        printSecret(ctx, user, secret, options.json === true, 'added');
      } finally {
        await app.close();
      }
    }).copyInheritedSettings(users));

  users.addCommand(new Command('list')
    .summary('list the users, by name')
    .addOption(jsonOption('one user per line'))
    .action(async (options: { json?: boolean }, command: Command) => {
      const app = await openApp(commandConfig(command, ctx));
      try {
        const { users: listed } = await app.listUsers();
        if (options.json) {
          for (const user of listed) ctx.terminal.out(JSON.stringify(user));
          return;
        }
        if (listed.length === 0) {
          ctx.terminal.out('no users yet (add one with: tally users add NAME --role editor)');
          return;
        }
        const rows = listed.map((u) => [u.name, u.role, u.disabledAt === null ? 'active' : `disabled ${u.disabledAt.slice(0, 10)}`, u.createdAt.slice(0, 10)]);
        const columns = [{ header: 'name', min: 8 }, { header: 'role', fixed: true }, { header: 'status', fixed: true }, { header: 'created', fixed: true }];
        for (const line of formatTable(columns, rows, ctx.terminal.columns)) ctx.terminal.out(line);
      } finally {
        await app.close();
      }
    }).copyInheritedSettings(users));

  users.addCommand(new Command('role')
    .summary("change a user's role")
    .argument('<name>')
    .argument('<role>', 'editor or admin', parseRole)
    .action(async (name: string, role: Role, _options: unknown, command: Command) => {
      const app = await openApp(commandConfig(command, ctx));
      try {
        const { user } = await app.changeUser({ name, change: { kind: 'role', role }, actor: cliActor() });
        ctx.terminal.out(`${user.name} is now ${user.role}`);
      } finally {
        await app.close();
      }
    }).copyInheritedSettings(users));

  users.addCommand(new Command('secret')
    .summary('issue a new secret (the old one and open sessions stop working)')
    .argument('<name>')
    .addOption(jsonOption('the user and secret'))
    .action(async (name: string, options: { json?: boolean }, command: Command) => {
      const app = await openApp(commandConfig(command, ctx));
      try {
        const { user, secret } = await app.changeUser({ name, change: { kind: 'secret' }, actor: cliActor() });
        printSecret(ctx, user, secret!, options.json === true, 'has a new secret');
      } finally {
        await app.close();
      }
    }).copyInheritedSettings(users));

  users.addCommand(new Command('disable')
    .summary('disable a user: no more sign-in or token; their history stays')
    .argument('<name>')
    .action(async (name: string, _options: unknown, command: Command) => {
      const app = await openApp(commandConfig(command, ctx));
      try {
        const { user } = await app.changeUser({ name, change: { kind: 'disable' }, actor: cliActor() });
        ctx.terminal.out(`${user.name} is disabled (signed out everywhere; their token no longer works)`);
      } finally {
        await app.close();
      }
    }).copyInheritedSettings(users));
  return users;
}

function parseRole(value: string): Role {
  const parsed = Role.safeParse(value.trim().toLowerCase());
  if (!parsed.success) throw new InvalidArgumentError('expected editor or admin');
  return parsed.data;
}

/** The secret goes to stdout (to be piped or copied); the explanation to stderr. */
function printSecret(ctx: CliContext, user: User, secret: string, json: boolean, what: string): void {
  if (json) {
    ctx.terminal.out(JSON.stringify({ ...user, secret }));
    return;
  }
  ctx.terminal.err(`${user.name} (${user.role}) ${what}. Their secret, shown this once (sign-in password and API token):`);
  ctx.terminal.out(secret);
  ctx.terminal.err('Only a hash of it is stored: it cannot be shown again. Use it as: Authorization: Bearer <secret>');
}
