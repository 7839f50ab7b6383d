/**
 * The URL fetcher against a local server on 127.0.0.1 (port 0): loopback is refused unless private
 * addresses are allowed; a test host name stands for a public site while it resolves to 127.0.0.1, so
 * redirects from "outside" into the local network can be tried; limits on redirects, size and time.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { DomainError, type ErrorCode } from '../domain/errors.js';
import { classifyAddress } from './classify-address.js';
import { createHttpUrlFetcher, type HttpUrlFetcherOptions } from './http-url-fetcher.js';

const TEXT = 'At least 12 people were killed in the flood, the Morvanian Red Cross said.';
const MAX_BYTES = 10_000;
const PUBLIC_HOST = 'news.example.test'; // resolves to 127.0.0.1 here, treated as a public site
const INTRANET_HOST = 'intranet.example.test'; // resolves to 127.0.0.1, judged as what it is

let server: Server;
let port: number;

before(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const chain = /^\/chain\/(\d+)$/.exec(path);
    if (path === '/doc') return response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(TEXT);
    if (path === '/page.md') return response.writeHead(200, { 'content-type': 'text/markdown' }).end(`# Flood\n\n${TEXT}`);
    if (path === '/to-loopback') return response.writeHead(302, { location: `http://127.0.0.1:${port}/doc` }).end();
    if (path === '/to-intranet') return response.writeHead(301, { location: `http://${INTRANET_HOST}:${port}/doc` }).end();
    if (path === '/to-metadata') return response.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    if (path === '/to-file') return response.writeHead(302, { location: 'file:///etc/passwd' }).end();
    if (path === '/loop-a') return response.writeHead(302, { location: '/loop-b' }).end();
    if (path === '/loop-b') return response.writeHead(302, { location: '/loop-a' }).end();
    if (chain) {
      const n = Number(chain[1]);
      return response.writeHead(302, { location: n === 0 ? '/doc' : `/chain/${n - 1}` }).end();
    }
    if (path === '/big') return response.writeHead(200, { 'content-type': 'text/plain', 'content-length': MAX_BYTES + 1 }).end('x'.repeat(MAX_BYTES + 1));
    if (path === '/endless') {
      // No Content-Length: the limit has to be found while the body streams.
      response.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => response.write('x'.repeat(4096)), 1);
      response.on('close', () => clearInterval(timer));
      return;
    }
    if (path === '/stall') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('At least'); // ...and never the rest
      return;
    }
    if (path === '/silent') return; // never answers at all
    return response.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A fetcher whose resolver sends the test host names to 127.0.0.1 and which trusts PUBLIC_HOST. */
function fetcher(options: Partial<HttpUrlFetcherOptions> = {}) {
  return createHttpUrlFetcher({
    maxBytes: MAX_BYTES,
    timeoutMs: 5_000,
    resolve: async (hostname) => {
      if (hostname === PUBLIC_HOST || hostname === INTRANET_HOST) return [{ address: '127.0.0.1', family: 4 }];
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    },
    classify: (address, hostname) => (hostname === PUBLIC_HOST ? 'public' : classifyAddress(address)),
    ...options,
  });
}

const fails = (code: ErrorCode, message: RegExp) => (error: unknown) => {
  assert.ok(error instanceof DomainError, `expected a DomainError, got ${String(error)}`);
  assert.equal(error.code, code);
  assert.match(error.message, message);
  assert.equal(error.message.includes('\n'), false, 'one line');
  return true;
};

describe('createHttpUrlFetcher: addresses', () => {
  const refused: [string, () => string, RegExp][] = [
    ['a loopback address literal', () => `http://127.0.0.1:${port}/doc`, /127\.0\.0\.1, a loopback address.*--allow-private/],
    ['a host name that resolves to loopback', () => `http://${INTRANET_HOST}:${port}/doc`, /intranet\.example\.test resolves to 127\.0\.0\.1, a loopback address/],
    ['an IPv4-mapped IPv6 loopback literal', () => `http://[::ffff:127.0.0.1]:${port}/doc`, /loopback address/],
    ['the IPv6 loopback', () => `http://[::1]:${port}/doc`, /::1, a loopback address/],
    ['loopback written as one number', () => `http://2130706433:${port}/doc`, /127\.0\.0\.1, a loopback address/],
    ['the cloud metadata address', () => 'http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254, a link-local address/],
    ['a private address', () => 'http://10.0.0.8/', /10\.0\.0\.8, a private address/],
    ['a redirect from a public site to loopback', () => `http://${PUBLIC_HOST}:${port}/to-loopback`, /^redirected to http:\/\/127\.0\.0\.1:\d+\/doc, which is refused: 127\.0\.0\.1, a loopback/],
    ['a redirect from a public site to a host inside', () => `http://${PUBLIC_HOST}:${port}/to-intranet`, /^redirected to .*intranet\.example\.test resolves to 127\.0\.0\.1/],
    ['a redirect from a public site to the metadata address', () => `http://${PUBLIC_HOST}:${port}/to-metadata`, /169\.254\.169\.254, a link-local address/],
  ];
  for (const [what, url, message] of refused) {
    it(`refuses ${what}`, () => assert.rejects(fetcher()(url()), fails('document.url_refused', message)));
  }

  it('fetches from loopback when private addresses are allowed, keeping the bytes and the declared type', async () => {
    const fetched = await fetcher({ allowPrivate: true })(`http://127.0.0.1:${port}/page.md`);
    assert.equal(new TextDecoder().decode(fetched.bytes), `# Flood\n\n${TEXT}`);
    assert.equal(fetched.declared, 'text/markdown');
    assert.equal(fetched.finalUrl, `http://127.0.0.1:${port}/page.md`);
  });

  it('fetches from a public site, following its redirects', async () => {
    const fetched = await fetcher()(`http://${PUBLIC_HOST}:${port}/chain/2`);
    assert.equal(new TextDecoder().decode(fetched.bytes), TEXT);
    assert.equal(fetched.finalUrl, `http://${PUBLIC_HOST}:${port}/doc`);
    assert.equal(fetched.declared, 'text/plain');
  });
});

describe('createHttpUrlFetcher: limits', () => {
  const open = () => fetcher({ allowPrivate: true, timeoutMs: 400 });
  const base = () => `http://127.0.0.1:${port}`;
  const cases: [string, () => string, ErrorCode, RegExp][] = [
    ['a redirect loop', () => `${base()}/loop-a`, 'document.url_redirects', /loop \(back to http:\/\/127\.0\.0\.1:\d+\/loop-a\)/],
    ['more than five redirects', () => `${base()}/chain/5`, 'document.url_redirects', /more than 5 times/],
    ['a body over the limit by its Content-Length', () => `${base()}/big`, 'document.too_large', /10000-byte limit/],
    ['a body that streams past the limit', () => `${base()}/endless`, 'document.too_large', /10000-byte limit/],
    ['a server that stalls in the body', () => `${base()}/stall`, 'document.url_timeout', /within 0\.4 s/],
    ['a server that never answers', () => `${base()}/silent`, 'document.url_timeout', /within 0\.4 s/],
    ['a missing page', () => `${base()}/nothing`, 'document.url_unreachable', /answered HTTP 404 Not Found/],
    ['a host that does not resolve', () => 'http://nowhere.example.test/', 'document.url_unreachable', /ENOTFOUND/],
    ['a redirect to a file: URL', () => `${base()}/to-file`, 'document.url_invalid', /redirected to file:\/\/\/etc\/passwd, which is not an http or https URL/],
    ['a file: URL', () => 'file:///etc/passwd', 'document.url_invalid', /not an http or https URL \(file\)/],
    ['a URL with credentials', () => `http://ana:secret@127.0.0.1:${port}/doc`, 'document.url_invalid', /user name or password/],
    ['text that is no URL', () => 'not a url', 'document.url_invalid', /not a valid URL/],
  ];
  for (const [what, url, code, message] of cases) {
    it(`fails on ${what} with ${code}`, () => assert.rejects(open()(url()), fails(code, message)));
  }

  it('follows exactly five redirects', async () => {
    const fetched = await open()(`${base()}/chain/4`);
    assert.equal(new TextDecoder().decode(fetched.bytes), TEXT);
  });
});
