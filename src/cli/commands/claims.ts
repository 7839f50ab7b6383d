/** `tally claims`: the stored claims, filtered, as a table or JSON Lines. */
import { Command, Option } from 'commander';
import type { ListedClaim } from '../../app/list-claims.js';
import { toClaimOutput } from '../../app/to-claim-output.js';
import { openApp } from '../../compose.js';
import { MEASURES, type Measure } from '../../domain/measure.js';
import { commandConfig, type CliContext } from '../cli-context.js';
import { jsonOption, parseLang } from '../cli-options.js';
import { claimsTable, documentLabel } from '../claims-table.js';
import { resolveDocumentId } from '../short-id.js';

type ClaimsOptions = { json?: boolean; measure?: Measure; lang?: string; document?: string };

export function claimsCommand(ctx: CliContext): Command {
  return new Command('claims')
    .summary('list the stored claims')
    .description(
      'List the stored claims in ingest order: whose figure, of what, how sure, and the sentence it is in. ' +
        'A claim with no claimant is stated in the document\'s own voice.',
    )
    .addOption(jsonOption('one claim per line'))
    .addOption(new Option('--measure <measure>', 'only claims of this measure').choices(MEASURES))
    .addOption(new Option('--lang <code>', 'only claims from documents read as this language').argParser(parseLang))
    .option('--document <id>', 'only claims of this document (its id, or a unique prefix as `tally documents` shows)')
    .addHelpText(
      'after',
      `
Examples:
  $ tally claims
  $ tally claims --measure killed --lang es
  $ tally claims --document sha256:3f2a9c --json

Each line of --json: {"document": "<id>", "source", "index", then the claim fields of \`tally extract --json\`:
"measure", "low", "high", "approximate", "modality", "subject", "group", "claimant", "partOf", "quote",
"start", "end", "date", "place", "ruleIds"}. partOf is the index of the containing claim.`,
    )
    .action(async (options: ClaimsOptions, command: Command) => {
      const app = await openApp(commandConfig(command, ctx));
      try {
        const documentId =
          options.document === undefined
            ? undefined
            : resolveDocumentId(options.document, (await app.listDocuments()).documents.map((d) => d.id));
        const { claims } = await app.listClaims({
          ...(options.measure && { measure: options.measure }),
          ...(options.lang && { lang: options.lang }),
          ...(documentId && { documentId }),
        });
        if (options.json) {
          for (const listed of claims) ctx.terminal.out(JSON.stringify(toJsonLine(listed)));
          return;
        }
        if (claims.length === 0) {
          ctx.terminal.out('no claims match');
          return;
        }
        printClaims(ctx, claims);
      } finally {
        await app.close();
      }
    });
}

export function printClaims(ctx: CliContext, claims: readonly ListedClaim[]): void {
  const rows = claims.map(({ claim, document }) => ({
    document: documentLabel(document.source),
    index: claim.claimIndex,
    claim,
  }));
  for (const line of claimsTable(rows, ctx.terminal.columns)) ctx.terminal.out(line);
}

function toJsonLine({ claim, document }: ListedClaim) {
  return { document: document.id, source: document.source, index: claim.claimIndex, ...toClaimOutput(claim) };
}
