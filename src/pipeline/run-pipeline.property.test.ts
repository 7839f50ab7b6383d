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
import { runPipeline } from './run-pipeline.js';

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

describe('extraction invariants hold on generated text', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: generated toll sentences`, () => {
      fc.assert(fc.property(fc.array(sentence(lang), { minLength: 1, maxLength: 6 }), (parts) => checkInvariants(parts.join(' '), lang)), { numRuns: 300, seed: 42 });
    });
    it(`${lang}: arbitrary unicode, ALL CAPS and junk`, () => {
      const junk = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), sentence(lang).map((s) => s.toUpperCase()), fc.string({ unit: 'binary', maxLength: 200 }));
      fc.assert(fc.property(fc.array(junk, { maxLength: 5 }), (parts) => checkInvariants(parts.join(' '), lang)), { numRuns: 300, seed: 7 });
    });
  }
});
