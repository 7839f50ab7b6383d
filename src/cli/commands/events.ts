/** `tally events`: the events, and the corrections `merge` and `split`. */
import { Command, Option } from 'commander';
import { toEventOutput } from '../../app/to-event-output.js';
import { openApp } from '../../compose.js';
import { headlineFigures } from '../../pipeline/reconcile/headline-figures.js';
import { ESTIMATE_RULES, type EstimateRule } from '../../pipeline/reconcile/reconcile-types.js';
import { cliActor } from '../cli-actor.js';
import { commandConfig, type CliContext } from '../cli-context.js';
import { jsonOption } from '../cli-options.js';
import { formatTable } from '../format-table.js';

export const JSON_SHAPE = `Each line of --json: {"id", "title", "dateStart", "dateEnd", "place", "documents": [ids],
"figures": [{"measure", "subject", "claims": [{"claimIndex", "documentId", "low", "high", "approximate",
"modality", "claimant", "repeats"}], "estimate": {"low", "best", "high", "rule", "explanation"}}]}.
repeats is "<documentId>#<claimIndex>" of the attributed claim an unattributed one repeats, or null.`;

export function ruleOption(): Option {
  return new Option('--rule <rule>', 'estimate rule (see docs/reconciliation.md)').choices(ESTIMATE_RULES).default('ucdp');
}

export function eventsCommand(ctx: CliContext): Command {
  const events = new Command('events')
    .summary('list the events the stored documents report; merge or split them')
    .description(
      'List events: documents grouped by place and date across languages, each with a neutral title (place ' +
        'and date only) and an estimate per measure. Grouping is recomputed after every ingest; corrections made ' +
        'with `events merge` and `events split` are kept by document id and survive re-ingest.',
    )
    .addOption(jsonOption('one event per line'))
    .addOption(ruleOption())
    .addHelpText('after', `
Examples:
  $ tally events
  $ tally events --json --rule range
  $ tally events merge ev-1a2b3c4d5e6f ev-6f5e4d3c2b1a
  $ tally events split ev-1a2b3c4d5e6f --documents 3f2a9c 77b0e1

${JSON_SHAPE}`)
    .action(async (options: { json?: boolean; rule: EstimateRule }, command: Command) => {
      const app = await openApp(commandConfig(command, ctx));
      try {
        const { events: listed } = await app.listEvents({ rule: options.rule });
        if (options.json) {
          for (const e of listed) ctx.terminal.out(JSON.stringify(toEventOutput(e)));
          return;
        }
        if (listed.length === 0) {
          ctx.terminal.out('no events yet (add documents with: tally ingest PATH...)');
          return;
        }
        const rows = listed.map(({ event, figures }) => [
          event.id,
          event.title,
          String(event.documents.length),
          // The headline counts people: households have their own rows in the dossier.
          headlineFigures(figures).filter((f) => f.estimate.best !== null)
            .map((f) => `${f.measure}${f.subject === null ? '' : ` (${f.subject})`} ${f.estimate.best}`).join(' · ') || '—',
        ]);
        const columns = [{ header: 'event', min: 15 }, { header: 'title', min: 12 }, { header: 'documents', align: 'right' as const }, { header: `best (${options.rule})`, min: 12 }];
        for (const line of formatTable(columns, rows, ctx.terminal.columns)) ctx.terminal.out(line);
      } finally {
        await app.close();
      }
    });

  events.addCommand(new Command('merge')
    .summary('say two events are one')
    .description('Merge two events into one. Kept as a correction naming their documents, so it survives regrouping and re-ingest.')
    .argument('<a>', 'event id')
    .argument('<b>', 'event id')
    .action(async (a: string, b: string, _options: unknown, command: Command) => {
      const app = await openApp(commandConfig(command, ctx));
      try {
        const { event } = await app.mergeEvents({ a, b, actor: cliActor() });
        ctx.terminal.out(`merged into ${event.id}  ${event.title}  (${event.documents.length} documents)`);
      } finally {
        await app.close();
      }
    }).copyInheritedSettings(events));

  events.addCommand(new Command('split')
    .summary('say some documents of an event report another event')
    .description(
      'Split the listed documents off an event: they become one event of their own, the others stay. ' +
        'Documents are named by id or a unique prefix of it (as `tally event ID` shows them). Kept as a ' +
        'correction naming the documents, so it survives regrouping and re-ingest.',
    )
    .argument('<id>', 'event id')
    .requiredOption('--documents <ids...>', 'the documents that leave the event')
    .action(async (id: string, options: { documents: string[] }, command: Command) => {
      const app = await openApp(commandConfig(command, ctx));
      try {
        const { kept, split } = await app.splitEvent({ id, documents: options.documents, actor: cliActor() });
        ctx.terminal.out(`kept   ${kept.id}  ${kept.title}  (${kept.documents.length} documents)`);
        ctx.terminal.out(`split  ${split.id}  ${split.title}  (${split.documents.length} documents)`);
      } finally {
        await app.close();
      }
    }).copyInheritedSettings(events));
  return events;
}
