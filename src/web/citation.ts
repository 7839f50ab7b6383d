/** The plain-text citations of the "Cite" boxes: whose figure, which document, which date, and where to check it. */
import type { GetClaimOutput } from '../app/get-claim.js';
import type { GetDocumentOutput } from '../app/get-document.js';
import type { EventDossier } from '../app/get-event-dossier.js';
import { countedWords, countWords, dayOf } from './figure-words.js';

const today = (now: Date) => now.toISOString().slice(0, 10);

export function citeEvent({ event, totals, figures }: EventDossier, permalink: string, now: Date): string {
  const lines = figures
    .filter((f) => f.estimate.best !== null || f.estimate.low !== null)
    .map((f) => {
      const e = f.estimate;
      const sources = f.claimants.filter((c) => c.independent).length;
      return `${f.measure} (${countedWords(f)}): ${e.best === null ? 'no best figure' : countWords({ low: e.best, high: e.best, unit: f.unit })}, range ${countWords({ low: e.low, high: e.high, unit: f.unit })} (${e.rule} rule, ${sources} independent source${sources === 1 ? '' : 's'})`;
    });
  return [
    `Tally event dossier "${event.title}" (${event.id}), ${totals.documents} document${totals.documents === 1 ? '' : 's'}.`,
    ...lines,
    `${permalink} (accessed ${today(now)})`,
  ].join('\n');
}

export function citeDocument({ document }: Pick<GetDocumentOutput, 'document'>, permalink: string, now: Date): string {
  return [
    `${document.siteName ?? 'Publisher not given'}${document.byline ? ` (${document.byline})` : ''}. "${document.title ?? document.source}". ${dayOf(document.publishedAt)}.`,
    `SHA-256 ${document.sha256}. ${permalink} (accessed ${today(now)})`,
  ].join('\n');
}

export function citeClaim({ claim, document }: GetClaimOutput, permalink: string, now: Date): string {
  const publisher = document.siteName ?? 'publisher not given';
  const who = claim.claimant ?? `${publisher} (own voice)`;
  return [
    `${who}: ${claim.measure}, ${countWords(claim)} (${claim.modality}), in "${document.title ?? document.source}" (${publisher}, ${dayOf(document.publishedAt)}).`,
    `Quote: "${claim.quote}"`,
    `SHA-256 ${document.sha256}, characters ${claim.start}–${claim.end}. ${permalink} (accessed ${today(now)})`,
  ].join('\n');
}
