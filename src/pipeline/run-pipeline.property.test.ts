/**
 * Property tests over generated text: whatever the input, extraction never throws, every claim
 * validates against the domain schema, its spans lie inside the text and reproduce its quote,
 * low <= high, and it names the rules that produced it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Claim } from '../domain/claim.js';
import { getPack } from '../language-packs/index.js';
import { buildSentenceClaims } from './claims/build-claims.js';
import { compilePack } from './claims/compile-pack.js';
import { findDocumentHints } from './hints/find-document-hints.js';
import { isAllCaps } from './hints/find-event-hints.js';
import { findFraming } from './hints/find-framing.js';
import { runPipeline } from './run-pipeline.js';
import { splitSentences } from './segment/split-sentences.js';
import { tokenize } from './segment/tokenize.js';

const fragments = {
  en: {
    numbers: ['742', '8,400', 'seven hundred forty-two', 'a dozen', 'dozens of', 'a', 'two', '1 350', 'between 600 and 900', '600-900', 'one'],
    hedges: ['', 'about ', 'at least ', 'more than ', 'up to ', 'nearly ', 'possibly '],
    groups: ['people', 'civilians', 'women', 'children', 'soldiers', 'man', 'villagers', 'Caldera police officers', ''],
    cues: ['were killed', 'died', 'were wounded', 'are missing', 'were abducted', 'were detained', 'were displaced', 'were orphaned', 'were shot', 'dead'],
    claimants: ['', ', police said', ', according to Amnesty International', ', the Interior Ministry said'],
    noise: ['In 2003,', 'On May 14,', 'A seven-year-old boy', 'The 214th brigade', 'A village of 4,200 inhabitants', '"', '(', ')', ';', 'HEADLINE', '\n', '\n\n'],
  },
  es: {
    numbers: ['742', '8.400', 'setecientos cuarenta y dos', 'una docena', 'decenas de', 'un', 'dos', 'entre 600 y 900', 'de 600 a 900'],
    hedges: ['', 'unos ', 'al menos ', 'más de ', 'hasta ', 'cerca de '],
    groups: ['personas', 'civiles', 'mujeres', 'niños', 'soldados', 'campesinos', 'policía', ''],
    cues: ['murieron', 'resultaron heridos', 'desaparecidos', 'fueron secuestrados', 'detenidos', 'desplazados', 'muertos'],
    claimants: ['', ', según la Cruz Roja', ', informó el Ministerio del Interior'],
    noise: ['En 2003,', 'El 14 de mayo,', 'Un niño de 7 años', 'La 3.ª División', '"', '(', ')', ';', '\n', '\n\n'],
  },
} as const;

function sentence(lang: 'en' | 'es') {
  const f = fragments[lang];
  return fc
    .tuple(fc.constantFrom(...f.noise), fc.constantFrom(...f.hedges), fc.constantFrom(...f.numbers), fc.constantFrom(...f.groups), fc.constantFrom(...f.cues), fc.constantFrom(...f.claimants))
    .map(([noise, hedge, n, group, cue, claimant]) => `${noise} ${hedge}${n} ${group} ${cue}${claimant}.`);
}

function checkInvariants(text: string, lang: 'en' | 'es'): void {
  const { claims, sentences } = runPipeline(text, getPack(lang)!);
  for (const s of sentences) assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end);
  claims.forEach((claim, i) => {
    Claim.parse(claim);
    assert.equal(text.slice(claim.start, claim.end), claim.quote);
    for (const span of [claim.evidence.number, claim.evidence.cue, ...(claim.evidence.claimant ? [claim.evidence.claimant] : [])]) {
      assert.ok(span.start >= claim.start && span.end <= claim.end, `evidence span inside the sentence in ${JSON.stringify(text)}`);
    }
    if (claim.low !== null && claim.high !== null) assert.ok(claim.low <= claim.high);
    assert.ok(claim.ruleIds.length > 0);
    if (claim.partOf !== null) assert.ok(claim.partOf < i && claims[claim.partOf]!.measure === claim.measure);
  });
}

/**
 * runPipeline skips the paragraphs and sentences that hold no cue or framing opener. This reference
 * reads every sentence of the text: both must find the same claims and framing words.
 */
function readEverySentence(text: string, lang: 'en' | 'es') {
  const pack = getPack(lang)!;
  const c = compilePack(pack);
  const sentences = splitSentences(text, pack);
  const allCaps = isAllCaps(text.slice(0, 5000));
  const { hints, fallbackYear } = findDocumentHints(text, sentences, c, { allCaps });
  return sentences.flatMap((s) => {
    const tokens = tokenize(text, 0, s.start, s.end);
    return [
      ...findFraming(text, tokens, c).map((f) => `frame ${f.frame} ${f.span.start}`),
      ...buildSentenceClaims(text, s, tokens, c, { documentHints: hints, fallbackYear, documentYear: null, allCaps }).map(
        (f) => `${f.claim.measure} ${f.claim.low}-${f.claim.high} ${f.claim.evidence.number.start}`,
      ),
    ];
  });
}

function checkSkipsNothing(text: string, lang: 'en' | 'es'): void {
  const { claims, framing } = runPipeline(text, getPack(lang)!);
  const read = [...framing.map((f) => `frame ${f.frame} ${f.span.start}`), ...claims.map((c) => `${c.measure} ${c.low}-${c.high} ${c.evidence.number.start}`)];
  assert.deepEqual(read.sort(), readEverySentence(text, lang).sort(), JSON.stringify(text));
}

describe('extraction invariants hold on generated text', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: generated toll sentences`, () => {
      fc.assert(fc.property(fc.array(sentence(lang), { minLength: 1, maxLength: 6 }), (parts) => checkInvariants(parts.join(' '), lang)), { numRuns: 300, seed: 42 });
    });
    it(`${lang}: arbitrary unicode, ALL CAPS and junk`, () => {
      const junk = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), sentence(lang).map((s) => s.toUpperCase()), fc.string({ unit: 'binary', maxLength: 200 }));
      fc.assert(fc.property(fc.array(junk, { maxLength: 5 }), (parts) => checkInvariants(parts.join(' '), lang)), { numRuns: 300, seed: 7 });
    });
    it(`${lang}: skipping sentences without an opener loses no claim or framing word`, () => {
      const framed = lang === 'en' ? ['The massacre at the market.', 'Clashes broke out.'] : ['La masacre del mercado.', 'Hubo enfrentamientos.'];
      const paragraph = fc.array(fc.oneof(sentence(lang), fc.constantFrom(...fragments[lang].noise, ...framed), fc.string({ unit: 'grapheme', maxLength: 80 })), { minLength: 1, maxLength: 4 });
      fc.assert(fc.property(fc.array(paragraph, { minLength: 1, maxLength: 8 }), (paragraphs) => checkSkipsNothing(paragraphs.map((p) => p.join(' ')).join('\n\n'), lang)), { numRuns: 200, seed: 11 });
    });
  }
});
