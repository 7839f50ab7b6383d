import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack, packLanguages } from '../../language-packs/index.js';
import { HIT_RULE_ID } from '../figures/compute-figures.js';
import { runPipeline } from '../run-pipeline.js';

const ruleIds = (lang: string, text: string): string[] => runPipeline(text, getPack(lang)!).claims.flatMap((c) => c.ruleIds);

describe('buildSentenceClaims', () => {
  // pack-examples.test.ts fires the other rule kinds; member rules are checked here.
  for (const lang of packLanguages()) {
    it(`fires every ${lang} member rule on its own example`, () => {
      const dead = getPack(lang)!.members.filter((r) => !ruleIds(lang, r.example).includes(r.id)).map((r) => `${r.id}: ${r.example}`);
      assert.deepEqual(dead, []);
    });
  }

  const hit: [string, string, boolean][] = [
    ['en', 'Five people were shot in Valle Hondo.', true],
    ['es', 'Cinco personas fueron baleadas en Valle Hondo.', true],
    ['en', 'Five people were wounded in Valle Hondo.', false],
    ['en', 'Two men were shot and killed in Valle Hondo.', false],
  ];
  for (const [lang, text, expected] of hit) {
    it(`marks a count of people hit, not wounded or killed: ${text}`, () => {
      assert.equal(ruleIds(lang, text).includes(HIT_RULE_ID), expected);
    });
  }

  const people: [string, string, number][] = [
    ['en', 'The blast killed 14 people. Police said Tomas Ugarte was one of the dead.', 14],
    ['es', 'La explosión mató a 14 personas. La policía dijo que Tomás Ugarte era uno de los muertos.', 14],
    ['en', 'One man died at the scene and another man died at the hospital, police said. Two died, Radio Sur said.', 2],
    ['es', 'Un hombre murió en el acto y otro hombre murió en el hospital, dijo la policía. Murieron dos, dijo Radio Sur.', 2],
  ];
  for (const [lang, text, killed] of people) {
    it(`counts a member or a first of two as a person, not a competing toll: ${text.slice(0, 60)}`, () => {
      assert.equal(runPipeline(text, getPack(lang)!).figures.killed?.low, killed);
    });
  }
});
