import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import type { EventDocumentSummary, ReconcileEventOutput } from '../../app/reconcile-event.js';
import type { DocumentId } from '../../domain/document.js';
import { homePage } from './home-page.js';

const id = (digit: string) => `sha256:${digit.repeat(64)}` as DocumentId;
const summary = (doc: DocumentId): EventDocumentSummary =>
  ({ id: doc, siteName: 'Diario de Valdeluna', title: null, publishedAt: '2025-03-02', lang: 'es', source: 'nota.txt', framing: [] });

/** An event reported by `members`; `recalling` documents belong to other events but give it claims. */
function event(members: DocumentId[], recalling: DocumentId[]): ReconcileEventOutput {
  return {
    event: { id: 'ev-0123456789ab', title: 'Valdeluna, 2025-03-01', dateStart: '2025-03-01', dateEnd: '2025-03-01', datePrec: 1, place: null, documents: members },
    documents: [...members, ...recalling].map(summary),
    figures: [],
  };
}

const cardMeta = (output: ReconcileEventOutput): string =>
  parseHTML(`<html><body>${homePage([output]).toString()}</body></html>`).document.querySelector('.event-card .meta')!.textContent!.replace(/\s+/g, ' ');

describe('home page', () => {
  const cases: [string, ReconcileEventOutput, RegExp][] = [
    ['one document', event([id('a')], []), /^1 document · /],
    ['its own documents, as the dossier counts them', event([id('a'), id('b')], []), /^2 documents · /],
    ['a report of another event recalling it apart', event([id('a'), id('b')], [id('c')]), /^2 documents \(\+1 recalling it\) · /],
  ];
  for (const [what, output, expected] of cases) {
    it(`counts ${what}`, () => assert.match(cardMeta(output), expected));
  }
});
