/** Prints each golden line whose extraction differs, with expected and actual claims side by side. */
import { fileURLToPath } from 'node:url';
import { actualFor, readGolden } from '../test/golden/golden.js';
import { isDeepStrictEqual } from 'node:util';

let failed = 0;
let total = 0;
for (const lang of process.argv.slice(2).length ? process.argv.slice(2) : ['en', 'es']) {
  for (const line of readGolden(fileURLToPath(new URL(`../test/golden/${lang}.jsonl`, import.meta.url)))) {
    total++;
    const result = actualFor(lang, line);
    const actual = result.claims;
    if (isDeepStrictEqual(actual, line.claims) && isDeepStrictEqual(result.figures, line.figures)) continue;
    failed++;
    console.log(`\n## ${line.id}${line.todo ? ' (todo)' : ''}: ${line.text}`);
    const n = Math.max(actual.length, line.claims.length);
    for (let i = 0; i < n; i++) {
      const e = JSON.stringify(line.claims[i] ?? null);
      const a = JSON.stringify(actual[i] ?? null);
      console.log(e === a ? `  = ${e}` : `  - ${e}\n  + ${a}`);
    }
    if (line.figures) console.log(`  figures - ${JSON.stringify(line.figures)}\n  figures + ${JSON.stringify(result.figures)}`);
  }
}
console.log(`\n${total - failed} passed, ${failed} failed`);
