/**
 * The UrlFetcher port over node:http and node:https, guarded against server-side request forgery: a
 * URL a user (or a web form) gives must not reach the server's own network. Every address a host name
 * resolves to is checked in the socket's own `lookup`, the one the connection then uses, so a DNS
 * answer cannot change between the check and the connect (DNS rebinding); an address literal is checked
 * before connecting; redirects are followed by hand, at most a few, each one checked the same way.
 * The whole fetch has one deadline and the body is counted as it streams, so neither a slow server
 * nor an endless body holds the run.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { FetchedUrl, UrlFetcher } from '../app/ports.js';
import type { MediaType } from '../domain/document.js';
import { DomainError } from '../domain/errors.js';
import { classifyAddress, type AddressKind } from './classify-address.js';

export type ResolvedAddress = { address: string; family: number };

export type HttpUrlFetcherOptions = {
  /** The largest body accepted, in bytes (Tally's --max-bytes). */
  maxBytes: number;
  /** The deadline of the whole fetch, redirects included; default 30 s. */
  timeoutMs?: number;
  /** Redirects followed before giving up; default 5. */
  maxRedirects?: number;
  /** Fetch from loopback, private, link-local and other non-public addresses too (`--allow-private`). */
  allowPrivate?: boolean;
  /** Host name → addresses; the system resolver by default. Injected by tests. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  /** The kind of an address reached through `hostname`; classifyAddress by default. Injected by tests. */
  classify?: (address: string, hostname: string) => AddressKind;
};

export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function createHttpUrlFetcher(options: HttpUrlFetcherOptions): UrlFetcher {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const resolve = options.resolve ?? (async (hostname: string) => dnsLookup(hostname, { all: true, verbatim: true }));
  const classify = options.classify ?? ((address: string) => classifyAddress(address));

  /** Throws `document.url_refused` unless every address may be reached. */
  function checkAddresses(hostname: string, addresses: readonly ResolvedAddress[], via: string): void {
    if (options.allowPrivate) return;
    for (const { address } of addresses) {
      const kind = classify(address, hostname);
      if (kind === 'public') continue;
      const where = isIP(hostname) ? `${address},` : `${hostname} resolves to ${address},`;
      throw new DomainError('document.url_refused', `${via}is refused: ${where} a ${kind} address (only public addresses are fetched; tally ingest --allow-private lifts this)`);
    }
  }

  return async function fetchUrl(url: string): Promise<FetchedUrl> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      let current = parseUrl(url, '');
      const seen = new Set([current.href]);
      for (let redirects = 0; ; redirects++) {
        const via = redirects === 0 ? '' : `redirected to ${current.href}, which `;
        const response = await send(current, via, controller.signal);
        const location = response.headers.location;
        if (REDIRECTS.has(response.statusCode ?? 0) && location !== undefined) {
          response.resume();
          if (redirects >= maxRedirects) throw new DomainError('document.url_redirects', `was redirected more than ${maxRedirects} times`);
          const next = parseUrl(new URL(location, current).href, `redirected to ${location}, which `);
          if (seen.has(next.href)) throw new DomainError('document.url_redirects', `redirects in a loop (back to ${next.href})`);
          seen.add(next.href);
          current = next;
          continue;
        }
        const status = response.statusCode ?? 0;
        if (status < 200 || status > 299) {
          response.resume();
          throw new DomainError('document.url_unreachable', `${via}answered HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`);
        }
        const bytes = await readBody(response, options.maxBytes);
        return { url, finalUrl: current.href, bytes, declared: declaredType(response.headers['content-type']) };
      }
    } catch (error) {
      // Past the deadline, a broken connection is the deadline's doing; a verdict of ours still stands.
      const verdict = error instanceof DomainError && error.code !== 'document.url_unreachable';
      if (controller.signal.aborted && !verdict) {
        throw new DomainError('document.url_timeout', `did not arrive within ${formatSeconds(timeoutMs)} s`);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };

  function send(url: URL, via: string, signal: AbortSignal): Promise<IncomingMessage> {
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(hostname)) checkAddresses(hostname, [{ address: hostname, family: isIP(hostname) }], via);
    const lookup: LookupFunction = (name, lookupOptions, callback) => {
      resolve(name).then((addresses) => {
        if (addresses.length === 0) throw new DomainError('document.url_unreachable', `${via}could not be resolved: ${name} has no address`);
        checkAddresses(name, addresses, via);
        if (lookupOptions.all) callback(null, addresses.map((a) => ({ address: a.address, family: a.family })));
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      }).catch((error: NodeJS.ErrnoException) => callback(error, '', 0));
    };
    const client = url.protocol === 'https:' ? https : http;
    return new Promise((resolvePromise, reject) => {
      const request = client.request(url, {
        method: 'GET',
        lookup,
        signal,
        agent: false, // a fresh connection per request: never one opened for another (checked) address
        headers: { 'user-agent': 'Tally (document ingest)', accept: 'text/html, application/pdf, text/markdown, text/plain;q=0.9, */*;q=0.1', 'accept-encoding': 'identity' },
      });
      request.on('response', resolvePromise);
      request.on('error', (error: NodeJS.ErrnoException) => {
        if (error instanceof DomainError || signal.aborted) reject(error);
        else reject(new DomainError('document.url_unreachable', `${via}could not be fetched: ${error.code ?? error.message}`, { cause: error }));
      });
      request.end();
    });
  }
}

/** Only http and https, with no user name or password in them. */
function parseUrl(text: string, via: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new DomainError('document.url_invalid', `${via}is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DomainError('document.url_invalid', `${via}is not an http or https URL (${url.protocol.replace(/:$/, '')})`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new DomainError('document.url_invalid', `${via}carries a user name or password; Tally does not send credentials`);
  }
  url.hash = '';
  return url;
}

/** The body, refused as soon as it passes the limit (by its Content-Length, or while it streams). */
function readBody(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (): DomainError => new DomainError('document.too_large', `is over the ${maxBytes}-byte limit`);
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    response.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > maxBytes) {
        response.destroy();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks, length))));
    response.on('error', reject);
    response.on('close', () => {
      if (!response.complete) reject(new DomainError('document.url_unreachable', 'was cut off before the end of the body'));
    });
  });
}

/** The Content-Type as a hint for the text types (the content itself decides PDF and HTML). */
function declaredType(contentType: string | undefined): MediaType | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'text/html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'text/markdown';
  if (type === 'text/plain') return 'text/plain';
  if (type === 'application/pdf') return 'application/pdf';
  return null;
}

function formatSeconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}
