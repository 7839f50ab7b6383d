import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Terminal } from './cli-context.js';
import { createIngestProgress, formatDuration } from './ingest-progress.js';

function terminal(tty: boolean): Terminal & { lines: string[]; drawn: string[] } {
  const t = { lines: [] as string[], drawn: [] as string[], out: () => {}, err: (s: string) => void t.lines.push(s), columns: 80 };
  return tty ? { ...t, progress: (s: string) => void t.drawn.push(s), lines: t.lines, drawn: t.drawn } : t;
}

describe('createIngestProgress', () => {
  it('writes a plain line every 10 s when stderr is not a terminal, with rate and ETA', () => {
    const t = terminal(false);
    let clock = 0;
    const progress = createIngestProgress(t, () => clock);
    for (let i = 1; i <= 30; i++) {
      clock = i * 1000; // one document a second
      progress.tick(i / 60);
    }
    progress.done();
    assert.deepEqual(t.lines, [
      'ingest: 10 documents, 1/s, 16.7% (ETA 50s)',
      'ingest: 20 documents, 1/s, 33.3% (ETA 40s)',
      'ingest: 30 documents, 1/s, 50.0% (ETA 30s)',
    ]);
  });

  it('redraws in place on a terminal and erases the line at the end, without an ETA when the total is unknown', () => {
    const t = terminal(true);
    let clock = 0;
    const progress = createIngestProgress(t, () => clock);
    clock = 500;
    progress.tick(null);
    progress.done();
    assert.deepEqual(t.drawn, ['ingest: 1 document, 2/s', '']);
    assert.deepEqual(t.lines, []);
  });
});

describe('formatDuration', () => {
  const cases: [number, string][] = [[0, '0s'], [59.4, '59s'], [61, '1m01s'], [3599, '59m59s'], [7260, '2h01m']];
  for (const [seconds, shown] of cases) it(`shows ${seconds} s as ${shown}`, () => assert.equal(formatDuration(seconds), shown));
});
