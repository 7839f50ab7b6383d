/**
 * Requests take turns: each one starts in its own turn of the event loop, in the order it arrived.
 *
 * Why: libuv accepts one new connection per turn of the event loop, and within a turn Node handles
 * every request that has arrived on the open connections. Our handlers are synchronous work (SQLite,
 * rendering), so with 100 busy connections one turn lasted as long as 100 requests, and a client that
 * connected behind them waited in the kernel's accept queue for turn after turn: measured on `tally
 * serve` and on a bare `node:http` server alike, 20–30 of 100 readers got no answer for 10 s while the
 * rest were served in under one. Deferring each request to its own turn bounds a turn to about one
 * request, so a new connection is accepted within one request's time and nobody waits behind
 * everybody else twice. The order stays first come, first served, and throughput is unchanged.
 */
import type { onRequestAsyncHookHandler } from 'fastify';

/** A fresh queue per server: an onRequest hook that resolves when the request's turn comes. */
export function takeTurns(): onRequestAsyncHookHandler {
  const waiting: (() => void)[] = [];
  let draining = false;
  const next = (): void => {
    waiting.shift()?.();
    // The request just released runs on in this turn's microtasks; the next one waits for a new turn.
    if (waiting.length > 0) setImmediate(next);
    else draining = false;
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (!draining) {
        draining = true;
        setImmediate(next);
      }
    });
}
