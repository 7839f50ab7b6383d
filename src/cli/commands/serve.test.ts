import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { App } from '../../compose.js';
import { openApp } from '../../compose.js';
import { loadConfig } from '../../config.js';
import { buildWebServer } from '../../web/build-web-server.js';
import { newContext } from '../cli-context.js';
import { main } from '../main.js';
import { serveLogger } from './serve.js';

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

  describe('logs a failed request with its error and request id, and nothing for a reader\'s mistake', () => {
    const cases = [
      { name: 'an API route that fails', path: '/api/events', status: 500, logged: true },
      { name: 'a page that fails', path: '/', status: 500, logged: true },
      { name: 'an unknown route', path: '/api/nothing-here', status: 404, logged: false },
      { name: 'a malformed query', path: '/api/claims?limit=abc', status: 400, logged: false },
    ];
    for (const c of cases) {
      it(`${c.name} (${c.status}) is ${c.logged ? '' : 'not '}logged at TALLY_LOG_LEVEL=error`, async () => {
        const app = await openApp(loadConfig({}, { db: join(dir, `log-${c.status}-${c.path.length}.db`) }));
        const broken = { ...app, listEvents: async () => { throw new Error('SQLITE_CORRUPT: database disk image is malformed'); } } as App;
        const lines: string[] = [];
        const server = await buildWebServer(broken, { logger: serveLogger('error', (line) => lines.push(line)) });
        try {
          const response = await server.inject(c.path);
          assert.equal(response.statusCode, c.status);
          const errors = lines.map((l) => JSON.parse(l) as { level: number; reqId: string; err?: { message: string } }).filter((e) => e.level >= 50);
          if (!c.logged) return assert.deepEqual(errors, []);
          assert.equal(errors.length, 1, lines.join('\n'));
          assert.match(errors[0]!.err?.message ?? '', /SQLITE_CORRUPT/);
          assert.ok(errors[0]!.reqId, 'the entry names the request');
        } finally {
          await server.close();
          await app.close();
        }
      });
    }

    it('says nothing at TALLY_LOG_LEVEL=silent', async () => {
      const app = await openApp(loadConfig({}, { db: join(dir, 'log-silent.db') }));
      const broken = { ...app, listEvents: async () => { throw new Error('boom'); } } as App;
      const lines: string[] = [];
      const server = await buildWebServer(broken, { logger: serveLogger('silent', (line) => lines.push(line)) });
      try {
        assert.equal((await server.inject('/api/events')).statusCode, 500);
        assert.deepEqual(lines, []);
      } finally {
        await server.close();
        await app.close();
      }
    });
  });
});
