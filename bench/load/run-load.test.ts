/**
 * The short run of the load test in `npm test`: 100 concurrent readers for a few seconds against the
 * demo server must meet no error, no timeout and no non-2xx answer. No timing is asserted (the machine
 * may be busy); `npm run bench:load` is the full 60-second run whose figures go in bench/README.md.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { formatLoadReport, runLoad } from './run-load.js';

it('serves 100 concurrent readers over pages and API with no error', { timeout: 120_000 }, async (t) => {
  const report = await runLoad({ seconds: 5, connections: 100 });
  for (const line of formatLoadReport(report).split('\n')) t.diagnostic(line);
  assert.ok(report.requests > 0, 'some requests were answered');
  assert.deepEqual(
    { errors: report.errors, timeouts: report.timeouts, non2xx: report.non2xx, failedPaths: report.failedPaths },
    { errors: 0, timeouts: 0, non2xx: 0, failedPaths: {} },
  );
});
