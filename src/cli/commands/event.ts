/** `tally event ID`: one event's dossier. */
import { Command } from 'commander';
import { toEventOutput } from '../../app/to-event-output.js';
import { openApp } from '../../compose.js';
import type { EstimateRule } from '../../pipeline/reconcile/reconcile-types.js';
import { commandConfig, type CliContext } from '../cli-context.js';
import { jsonOption } from '../cli-options.js';
import { eventDossier } from '../event-dossier.js';
import { JSON_SHAPE, ruleOption } from './events.js';

export function eventCommand(ctx: CliContext): Command {
  return new Command('event')
    .summary('show one event: every claim side by side, who agrees, and an estimate')
    .description(
      'Show an event\'s dossier: its documents and the words each uses to name the event; then per measure ' +
        'and subject every claim with its claimant, document, publisher, date and language; repeats of an ' +
        'earlier figure without attribution; which claimants agree or conflict; and an estimate (low, best, ' +
        'high) under the chosen rule, with the claims it used in words.',
    )
    .argument('<id>', 'event id, as `tally events` lists them')
    .addOption(jsonOption('the event'))
    .addOption(ruleOption())
    .addHelpText('after', `
Examples:
  $ tally event ev-1a2b3c4d5e6f
  $ tally event ev-1a2b3c4d5e6f --rule conservative --json

${JSON_SHAPE}`)
    .action(async (id: string, options: { json?: boolean; rule: EstimateRule }, command: Command) => {
      const app = await openApp(commandConfig(command, ctx));
      try {
        const dossier = await app.reconcileEvent({ id, rule: options.rule });
        if (options.json) ctx.terminal.out(JSON.stringify(toEventOutput(dossier)));
        else for (const line of eventDossier(dossier, ctx.terminal.columns)) ctx.terminal.out(line);
      } finally {
        await app.close();
      }
    });
}
