/** `tally demo` (what `npm start` runs): the bundled example corpus, ingested and shown. */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { openFreshApp } from '../../compose.js';
import { SUPPORTED_EXTENSIONS } from '../../pipeline/extract/read-document.js';
import { cliActor } from '../cli-actor.js';
import { commandConfig, type CliContext } from '../cli-context.js';
import { createReporter } from '../reporter.js';
import { walkPaths } from '../walk-paths.js';
import { printClaims } from './claims.js';

/** Found beside the code, not in the working directory, so the demo runs from anywhere. */
export const CORPUS = fileURLToPath(new URL('../../../examples/corpus/', import.meta.url));
export const DEFAULT_DEMO_DB = './tally-demo.db';

export function demoCommand(ctx: CliContext): Command {
  return new Command('demo')
    .summary('ingest the bundled example corpus into a fresh database and show its claims')
    .description(
      'Ingest the fictional example corpus (examples/corpus/: 16 documents in English and Spanish, as ' +
        '.txt, .md, .html and .pdf) and print the claims table. The demo database is DELETED and recreated ' +
        'on every run so the demo always gives the same result; it never touches --db / $TALLY_DB.',
    )
    .option('--demo-db <file>', 'the demo database file, deleted and recreated', DEFAULT_DEMO_DB)
    .addHelpText(
      'after',
      `
Examples:
  $ npm start                      # tally serve --demo: this, then served as a web app
  $ tally demo --demo-db /tmp/demo.db
  $ tally --db tally-demo.db claims --measure killed   # explore it afterwards`,
    )
    .action(async (options: { demoDb: string }, command: Command) => {
      const config = { ...commandConfig(command, ctx), db: options.demoDb };
      const reporter = createReporter(ctx, config);
      const corpus = relative(process.cwd(), CORPUS) || '.';
      const app = await openFreshApp(config);
      try {
        const { results, claims } = await app.demo({ files: walkPaths([corpus], { extensions: SUPPORTED_EXTENSIONS }), actor: cliActor() });
        for (const result of results) if (result.error) reporter.fileFailed(result.source, result.error);
        const ingested = results.filter((r) => r.status === 'ingested').length;
        ctx.terminal.out(
          `Ingested ${ingested} documents from ${corpus} into ${config.db} (recreated on every run): ${claims.length} claims.`,
        );
        ctx.terminal.out('');
        printClaims(ctx, claims);
        ctx.terminal.out('');
        ctx.terminal.out(`Explore: tally --db ${config.db} documents | claims --measure killed | export --format csv`);
      } finally {
        await app.close();
      }
    });
}
