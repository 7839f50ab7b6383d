import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { newContext } from '../cli-context.js';
import { main } from '../main.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function terminal() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, ctx: newContext({ out: (t) => out.push(t), err: (t) => err.push(t), columns: 100 }, {}) };
}

describe('tally serve', () => {
  for (const port of ['70000', 'http', '-1']) {
    it(`refuses --port ${port} as a usage error`, async () => {
      const { err, ctx } = terminal();
      assert.equal(await main(['node', 'tally', 'serve', '--port', port], ctx), 2);
      assert.match(err.join('\n'), /expected a port number/);
    });
  }

  it('serves the pages and the API on the given database until stopped', async () => {
    const { out, ctx } = terminal();
    const running = main(['node', 'tally', '--db', join(dir, 'served.db'), 'serve', '--port', '0', '--host', '127.0.0.1'], ctx);
    let url: string | undefined;
    for (let i = 0; i < 200 && url === undefined; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      url = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out.join('\n'))?.[1];
    }
    assert.ok(url, `no URL printed: ${out.join('\n')}`);
    try {
      const events = await fetch(`${url}/api/events`);
      assert.equal(events.status, 200);
      assert.deepEqual(((await events.json()) as { items: unknown[] }).items, []);
      const home = await fetch(`${url}/`);
      assert.match(await home.text(), /No events yet/);
    } finally {
      process.emit('SIGINT'); // what Ctrl-C delivers; the command closes the server and the database
    }
    assert.equal(await running, 0);
  });
});
