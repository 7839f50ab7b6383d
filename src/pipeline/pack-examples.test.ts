/**
 * Every rule in every language pack carries a worked example; this runs each example through the
 * pipeline and checks that the rule itself fired (a rule whose example does not fire is dead data).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack, packLanguages } from '../language-packs/index.js';
import type { LanguagePack } from '../language-packs/schema.js';
import { compilePack } from './claims/compile-pack.js';
import { explainNonToll } from './claims/find-quantities.js';
import { recognizeNumberWords } from './claims/recognize-number-words.js';
import { runPipeline } from './run-pipeline.js';
import { tokenize } from './segment/tokenize.js';

type Rule = { id: string; example: string };

function claimRuleIds(example: string, pack: LanguagePack): string[] {
  return runPipeline(example, pack).claims.flatMap((c) => c.ruleIds);
}

function nonTollRuleIds(example: string, pack: LanguagePack): string[] {
  const tokens = tokenize(example);
  const compiled = compilePack(pack);
  return explainNonToll(tokens, recognizeNumberWords(example, 0, tokens, compiled), compiled).map((x) => x.ruleId);
}

for (const lang of packLanguages()) {
  const pack = getPack(lang)!;
  const groups: [string, readonly Rule[], (example: string) => string[]][] = [
    ['measures', pack.measures, (e) => claimRuleIds(e, pack)],
    ['hedges', pack.hedges, (e) => claimRuleIds(e, pack)],
    ['number words', pack.numberWords, (e) => claimRuleIds(e, pack)],
    ['vague quantities', pack.vague, (e) => claimRuleIds(e, pack)],
    ['indefinites', pack.indefinites, (e) => claimRuleIds(e, pack)],
    ['ranges', pack.ranges, (e) => claimRuleIds(e, pack)],
    ['subjects', pack.subjects, (e) => claimRuleIds(e, pack)],
    ['attribution', pack.attribution, (e) => claimRuleIds(e, pack)],
    ['modality', pack.modality, (e) => claimRuleIds(e, pack)],
    ['subgroups', pack.subgroups, (e) => claimRuleIds(e, pack)],
    ['members', pack.members, (e) => claimRuleIds(e, pack)],
    ['non-toll numbers', pack.nonToll, (e) => nonTollRuleIds(e, pack)],
    ['framing', pack.framing, (e) => runPipeline(e, pack).framing.map((f) => f.ruleId)],
  ];
  describe(`${lang} pack examples fire their rules`, () => {
    for (const [name, rules, fired] of groups) {
      it(`${name}: every example fires its own rule`, () => {
        const dead = rules.filter((r) => !fired(r.example).includes(r.id)).map((r) => `${r.id}: ${r.example}`);
        assert.deepEqual(dead, []);
      });
    }
  });
}
