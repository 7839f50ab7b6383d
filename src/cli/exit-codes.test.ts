import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ERROR_CODES, type ErrorCode } from '../domain/errors.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, exitCodeFor, exitCodeForRun } from './exit-codes.js';

/** The rows of the codes table in docs/error-codes.md: code → [category, exit code cell]. */
function documentedCodes(): Map<string, [string, string]> {
  const doc = readFileSync(new URL('../../docs/error-codes.md', import.meta.url), 'utf8');
  const rows = [...doc.matchAll(/^\| `([a-z0-9_.]+)` \| ([a-z_]+) \| (\d)[^|]* \|/gm)];
  return new Map(rows.map((m) => [m[1]!, [m[2]!, m[3]!]]));
}

describe('exit codes', () => {
  it('docs/error-codes.md lists every error code with its category and CLI exit code', () => {
    const documented = documentedCodes();
    for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
      const row = documented.get(code);
      assert.ok(row, `${code} is documented`);
      assert.equal(row[0], ERROR_CODES[code], `${code}'s category`);
      assert.equal(Number(row[1]), exitCodeFor({ code }), `${code}'s exit code`);
    }
    assert.deepEqual([...documented.keys()].filter((code) => !(code in ERROR_CODES)), [], 'no retired code documented');
  });

  it('never ends a run for one bad file with a usage code', () => {
    for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
      if (code.startsWith('document.')) assert.equal(exitCodeFor({ code }), EXIT_FAILED, code);
    }
    assert.equal(exitCodeFor({ code: 'config.invalid' }), EXIT_USAGE);
  });

  it('counts an unchanged document as success and any failure as 1', () => {
    assert.equal(exitCodeForRun(['ingested', 'unchanged']), EXIT_OK);
    assert.equal(exitCodeForRun(['ingested', 'failed', 'unchanged']), EXIT_FAILED);
  });
});
