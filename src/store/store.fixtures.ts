/**
 * Fictional documents for the store contract: an English news page, a Spanish report with emoji and
 * a decomposed accent (so UTF-16 spans sit after astral characters), a Latin-1 notice and a binary
 * PDF (originals that are not UTF-8), and a bulletin with a dozen claims. Every span is computed
 * from the text, so `text.slice(start, end)` always yields what the claim says it quotes.
 */
import { createHash } from 'node:crypto';
import type { SaveDocumentInput } from '../app/ports.js';
import type { Claim, Figures } from '../domain/claim.js';
import type { Document } from '../domain/document.js';
import type { Span } from '../domain/span.js';

type DocumentFields = Omit<Document, 'id' | 'sha256' | 'byteLength'>;

function saveInput(
  fields: DocumentFields,
  original: Uint8Array,
  claims: Claim[],
  figures: Figures,
): SaveDocumentInput {
  const sha256 = createHash('sha256').update(original).digest('hex');
  const byteLength = original.byteLength;
  const document: Document = { ...fields, id: `sha256:${sha256}`, sha256, byteLength };
  return { document, original, claims, figures };
}

/** Where `needle` occurs in `haystack` (offset by `from`); a fixture typo must fail loudly, not silently. */
function spanOf(haystack: string, needle: string, from = 0): Span {
  const at = haystack.indexOf(needle);
  if (at < 0 || haystack.indexOf(needle, at + 1) >= 0) {
    throw new Error(`fixture: "${needle}" must occur exactly once in "${haystack}"`);
  }
  return { start: from + at, end: from + at + needle.length };
}

type ClaimSpec = Omit<Claim, 'quote' | 'start' | 'end' | 'evidence' | 'unit'> & {
  /** People unless given. */
  unit?: Claim['unit'];
  sentence: string;
  number: string;
  cue: string;
  claimantPhrase: string | null;
};

function claimIn(text: string, { sentence, number, cue, claimantPhrase, unit = 'people', ...claim }: ClaimSpec): Claim {
  const where = spanOf(text, sentence);
  return {
    ...claim,
    unit,
    quote: sentence,
    start: where.start,
    end: where.end,
    evidence: {
      sentence: where,
      number: spanOf(sentence, number, where.start),
      cue: spanOf(sentence, cue, where.start),
      claimant: claimantPhrase === null ? null : spanOf(sentence, claimantPhrase, where.start),
    },
  };
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const noClaimDetails = { subject: null, group: null, partOf: null, date: null, place: null } as const;

const floodSentences = [
  'At least 12 people were killed when the Orrin River burst its banks on Tuesday, the Halden Civil Protection Agency said.',
  'Between 40 and 55 people were injured, including 9 children, according to the district hospital.',
  'About 3,400 residents have been displaced, officials said.',
] as const;
const floodText = ['Flash floods hit Port Halden', ...floodSentences].join('\n\n');
const floodHtml =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flash floods hit Port Halden</title>' +
  '<meta property="og:site_name" content="Example News"></head><body><article>' +
  '<h1>Flash floods hit Port Halden</h1><p class="byline">By Mara Ellison</p>' +
  floodSentences.map((s) => `<p>${s}</p>`).join('') +
  '</article></body></html>';
const floodPlace = { date: '2031-03-11', place: 'Port Halden' } as const;

export const enFlood = saveInput(
  {
    text: floodText,
    mediaType: 'text/html',
    title: 'Flash floods hit Port Halden',
    byline: 'Mara Ellison',
    siteName: 'Example News',
    publishedAt: '2031-03-12T08:30:00Z',
    source: 'https://news.example.org/2031/03/port-halden-floods',
    lang: 'en',
    langDetected: 'en',
    ingestedAt: '2031-03-12T09:00:00.000Z',
  },
  utf8(floodHtml),
  [
    claimIn(floodText, {
      ...floodPlace, measure: 'killed', low: 12, high: null, approximate: false, modality: 'asserted',
      subject: null, group: 'people', claimant: 'Halden Civil Protection Agency', partOf: null,
      sentence: floodSentences[0], number: '12', cue: 'killed',
      claimantPhrase: 'the Halden Civil Protection Agency',
      ruleIds: ['en.hedge.at-least', 'en.measure.killed', 'en.attribution.said'],
    }),
    claimIn(floodText, {
      ...floodPlace, measure: 'injured', low: 40, high: 55, approximate: false, modality: 'reported',
      subject: null, group: 'people', claimant: 'district hospital', partOf: null,
      sentence: floodSentences[1], number: '40 and 55', cue: 'injured',
      claimantPhrase: 'the district hospital',
      ruleIds: ['en.range.between-and', 'en.measure.injured', 'en.attribution.according-to'],
    }),
    claimIn(floodText, {
      ...floodPlace, measure: 'injured', low: 9, high: 9, approximate: false, modality: 'reported',
      subject: 'children', group: 'children', claimant: 'district hospital', partOf: 1,
      sentence: floodSentences[1], number: '9', cue: 'including', claimantPhrase: 'the district hospital',
      ruleIds: ['en.part.including', 'en.subject.children'],
    }),
    claimIn(floodText, {
      ...floodPlace, measure: 'displaced', low: 3400, high: 3400, approximate: true, modality: 'reported',
      subject: 'civilians', group: 'residents', claimant: 'officials', partOf: null,
      sentence: floodSentences[2], number: '3,400', cue: 'displaced', claimantPhrase: 'officials',
      ruleIds: ['en.hedge.about', 'en.measure.displaced'],
    }),
  ],
  { killed: { low: 12, high: null }, injured: { low: 40, high: 55 }, displaced: { low: 3400, high: 3400 } },
);

// 🔴 and 🏚️ are astral (two UTF-16 units each) and "Mari\u0301a" is decomposed: a store that
// re-encodes or normalises the text would shift every span after them.
const quakeSentences = [
  'Al menos 27 personas murieron y unas 8.400 fueron desplazadas tras el sismo del jueves, según la Cruz Verde de Valdeluna 🏚️.',
  'El alcalde, José Peñaranda, dijo que podría haber hasta 150 heridos.',
  'La Defensoría negó que hubiera 3 niños desaparecidos en Mari\u0301a Auxiliadora.',
] as const;
const quakeTitle = '🔴 Sismo de magnitud 6,1 en Valdeluna';
const quakeText = [`# ${quakeTitle}`, ...quakeSentences].join('\n\n');
const quakeClaimant = {
  claimant: 'Cruz Verde de Valdeluna',
  claimantPhrase: 'la Cruz Verde de Valdeluna',
} as const;

export const esQuake = saveInput(
  {
    text: quakeText,
    mediaType: 'text/markdown',
    title: quakeTitle,
    byline: null,
    siteName: null,
    publishedAt: null,
    source: 'reportes/valdeluna-sismo.md',
    lang: 'es',
    langDetected: 'es',
    ingestedAt: '2031-05-02T17:45:10.250Z',
  },
  utf8(quakeText),
  [
    claimIn(quakeText, {
      ...noClaimDetails, ...quakeClaimant, measure: 'killed', low: 27, high: null, approximate: false,
      modality: 'reported', group: 'personas', place: 'Valdeluna',
      sentence: quakeSentences[0], number: '27', cue: 'murieron',
      ruleIds: ['es.hedge.al-menos', 'es.measure.murieron', 'es.attribution.segun'],
    }),
    claimIn(quakeText, {
      ...noClaimDetails, ...quakeClaimant, measure: 'displaced', low: 8400, high: 8400, approximate: true,
      modality: 'reported', place: 'Valdeluna',
      sentence: quakeSentences[0], number: '8.400', cue: 'desplazadas',
      ruleIds: ['es.hedge.unos', 'es.measure.desplazadas', 'es.attribution.segun'],
    }),
    claimIn(quakeText, {
      ...noClaimDetails, measure: 'injured', low: null, high: 150, approximate: false, modality: 'possible',
      claimant: 'José Peñaranda', claimantPhrase: 'El alcalde, José Peñaranda',
      sentence: quakeSentences[1], number: '150', cue: 'heridos',
      ruleIds: ['es.hedge.hasta', 'es.modality.podria', 'es.measure.heridos'],
    }),
    claimIn(quakeText, {
      ...noClaimDetails, measure: 'missing', low: 3, high: 3, approximate: false, modality: 'denied',
      subject: 'children', group: 'niños', place: 'Mari\u0301a Auxiliadora',
      claimant: 'Defensoría', claimantPhrase: 'La Defensoría',
      sentence: quakeSentences[2], number: '3', cue: 'desaparecidos',
      ruleIds: ['es.modality.nego', 'es.measure.desaparecidos', 'es.subject.ninos'],
    }),
  ],
  {
    killed: { low: 27, high: null },
    displaced: { low: 8400, high: 8400 },
    injured: { low: null, high: 150 },
  },
);

const noticeSentence = 'Unas 1.200 familias fueron desplazadas por las lluvias en Alto Ñeque, informó la Gobernación.';
const noticeText = `Comunicado de la Gobernación de Alto Ñeque\n\n${noticeSentence}`;

/** Sent as Latin-1, as old municipal systems still do: Ñ and ó are single bytes, invalid as UTF-8. */
export const esNoticeLatin1 = saveInput(
  {
    text: noticeText,
    mediaType: 'text/plain',
    title: null,
    byline: null,
    siteName: null,
    publishedAt: null,
    source: 'comunicados/alto-neque.txt',
    lang: 'es',
    langDetected: 'es',
    ingestedAt: '2031-05-03T07:00:00.000Z',
  },
  new Uint8Array(Buffer.from(noticeText, 'latin1')),
  [
    claimIn(noticeText, {
      ...noClaimDetails, measure: 'displaced', low: 1200, high: 1200, approximate: true, modality: 'reported',
      unit: 'households', group: 'familias', place: 'Alto Ñeque', claimant: 'Gobernación', claimantPhrase: 'la Gobernación',
      sentence: noticeSentence, number: '1.200', cue: 'desplazadas',
      ruleIds: ['es.hedge.unos', 'es.measure.desplazadas'],
    }),
  ],
  // Households are not people: a document's figures count people only.
  {},
);

const pdfBytes = new Uint8Array([
  ...utf8('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a,
  ...utf8('1 0 obj\n<< /Type /Catalog >>\nendobj\nstream\n'), 0x00, 0xff, 0x80, 0xfe, 0x0d, 0x0a, 0x9c,
  ...utf8('\nendstream\n%%EOF\n'),
]);

/** A report in a language with no pack (lang null), whose text holds no figures at all. */
export const frReportPdf = saveInput(
  {
    text: 'Rapport annuel 2030\n\nLe conseil a approuvé le budget et le calendrier des travaux.',
    mediaType: 'application/pdf',
    title: 'Rapport annuel 2030',
    byline: null,
    siteName: null,
    publishedAt: '2031-01-15',
    source: 'rapports/rapport-annuel-2030.pdf',
    lang: null,
    langDetected: 'fr',
    ingestedAt: '2031-01-20T12:00:00.000Z',
  },
  pdfBytes,
  [],
  {},
);

const districtTolls = [
  ['Ashford', 3], ['Brisk Hollow', 1], ['Carran', 7], ['Dunmere', 2], ['Elsby', 11], ['Fallow Cross', 4],
  ['Greyhithe', 6], ['Harl', 5], ['Inchmoor', 9], ['Juniper Bay', 8], ['Kestle', 10], ['Lowfen', 12],
] as const;
const bulletinLines = districtTolls.map(([district, killed]) => `${district} district: ${killed} killed.`);
const bulletinText = ['Casualty bulletin No. 14', ...bulletinLines].join('\n');

/** Twelve claims, so claim 10 and 11 must come after claim 2 (numeric, not textual, order). */
export const enBulletin = saveInput(
  {
    text: bulletinText,
    mediaType: 'text/plain',
    title: null,
    byline: null,
    siteName: null,
    publishedAt: null,
    source: 'bulletins/2031-03-13.txt',
    lang: 'en',
    langDetected: 'en',
    ingestedAt: '2031-03-13T06:00:00.000Z',
  },
  utf8(bulletinText),
  districtTolls.map(([district, killed], i) =>
    claimIn(bulletinText, {
      ...noClaimDetails, measure: 'killed', low: killed, high: killed, approximate: false,
      modality: 'asserted',
      place: district, claimant: null, claimantPhrase: null,
      sentence: bulletinLines[i] ?? '', number: String(killed), cue: 'killed',
      ruleIds: ['en.measure.killed'],
    }),
  ),
  { killed: { low: 78, high: 78 } },
);

export const ALL_FIXTURES: readonly SaveDocumentInput[] = [
  enFlood,
  esQuake,
  esNoticeLatin1,
  frReportPdf,
  enBulletin,
];
