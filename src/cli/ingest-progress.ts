/**
 * Progress of a long ingest on stderr: a line redrawn in place on a terminal (count, rate, and percent
 * with ETA when the total is known), or a plain line every PLAIN_EVERY_MS otherwise, so logs of a
 * batch job show the run advancing without a line per document.
 */
import type { Terminal } from './cli-context.js';

const REDRAW_EVERY_MS = 200;
const PLAIN_EVERY_MS = 10_000;

export type IngestProgress = {
  /** One more document done; `fraction` is how much of the input is consumed, when known. */
  tick(fraction?: number | null): void;
  /** Clears the redrawn line (the summary follows). */
  done(): void;
};

export function createIngestProgress(terminal: Terminal, now: () => number = () => performance.now()): IngestProgress {
  const started = now();
  let count = 0;
  let lastShown = started;
  const describe = (at: number, fraction: number | null | undefined): string => {
    const seconds = (at - started) / 1000;
    const rate = seconds > 0 ? count / seconds : 0;
    let text = `ingest: ${count.toLocaleString('en')} ${count === 1 ? 'document' : 'documents'}, ${rate.toFixed(0)}/s`;
    if (fraction !== null && fraction !== undefined && fraction > 0) {
      const left = seconds * (1 - fraction) / fraction;
      text += `, ${(fraction * 100).toFixed(1)}% (ETA ${formatDuration(left)})`;
    }
    return text;
  };
  return {
    tick(fraction) {
      count++;
      const at = now();
      const every = terminal.progress ? REDRAW_EVERY_MS : PLAIN_EVERY_MS;
      if (at - lastShown < every) return;
      lastShown = at;
      if (terminal.progress) terminal.progress(describe(at, fraction));
      else terminal.err(describe(at, fraction));
    },
    done() {
      terminal.progress?.('');
    },
  };
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
