import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack } from '../../src/language-packs/index.js';
import type { Cause } from './cause.js';
import { diagnoseGvdbMiss } from './diagnose-gvdb-miss.js';
import { diagnoseMuc4Miss } from './diagnose-muc4-miss.js';
import type { Effect, Muc4GoldCount } from './parse-muc4-keys.js';
import { traceDocument } from './trace-document.js';

// Every sentence below is invented for these tests.
const pack = getPack('en')!;

function key(effect: Effect, n: number, over: Partial<Muc4GoldCount> = {}): Muc4GoldCount {
  return {
    docId: 'DOC-1', template: 1, effect, low: n, high: n, approximate: false,
    alternatives: [{ low: n, high: n, approximate: false }], unstated: false, optional: false,
    named: false, derivedFromName: false, namedInIncident: 0, phrase: 'PEOPLE', ...over,
  };
}

describe('diagnoseMuc4Miss names the stage that lost a key count', () => {
  const cases: Array<[string, string, Muc4GoldCount, Muc4GoldCount[], Cause, string]> = [
    ['a day of the month is dropped as a date', 'A BOMB WENT OFF ON 3 MAY. THE BLAST KILLED PEOPLE.', key('DEATH', 3), [], 'non-toll', 'core.non-toll.date'],
    ['the number is counted under another measure', 'TWO PEOPLE WERE WOUNDED IN THE ATTACK.', key('DEATH', 2), [], 'measure-cue', 'other-measure'],
    ['no cue of the measure stands in the number\'s sentence', 'THE FUNERAL OF SIX FARMERS WAS HELD IN THE TOWN.', key('DEATH', 6), [], 'measure-cue', 'no-cue-in-sentence'],
    ['a hedge turns the exact key into a lower bound', 'AT LEAST 5 PEOPLE WERE KILLED IN THE ATTACK.', key('DEATH', 5), [], 'number-form', 'bounds'],
    ['a paragraph break cuts the number from its cue', 'THREE PEASANTS\n\nWERE KILLED BY THE PATROL.', key('DEATH', 3), [], 'sentence-split', 'boundary'],
    ['the key sums two groups the text keeps apart', 'THREE SOLDIERS WERE KILLED. TWO CIVILIANS WERE KILLED.', key('DEATH', 5), [], 'subject', 'sum-of-claims'],
    ['the key lists people one by one where the text gives their total', 'THREE PEOPLE WERE INJURED IN THE BLAST.',
      key('INJURY', 1), [key('INJURY', 1), key('INJURY', 1, { phrase: 'B' }), key('INJURY', 1, { phrase: 'C' })], 'individuals', 'key-lists-people'],
    ['a number written nowhere is the key\'s own', 'THE PATROL KILLED THE GUERRILLAS IN THE MOUNTAINS.', key('DEATH', 7), [], 'gold-disagrees', 'not-in-text'],
  ];
  for (const [name, text, gold, keyed, cause, detail] of cases) {
    it(name, () => {
      const d = diagnoseMuc4Miss(traceDocument(text, pack), gold, keyed);
      assert.deepEqual([d.cause, d.detail], [cause, detail], d.evidence);
    });
  }

  it('a named victim with a cue but no reading of the name is a counting-of-individuals miss', () => {
    const d = diagnoseMuc4Miss(traceDocument('THE ATTACK KILLED.', pack), key('DEATH', 1, { named: true, namedInIncident: 1 }));
    assert.equal(d.cause, 'individuals');
  });
});

type GvdbCase = [string, string, 'killed' | 'injured', { killed: number; injured: number }, Cause, string];

describe('diagnoseGvdbMiss names the figure rule or stage behind a wrong document count', () => {
  const notes = { unlabelled: 0, shooters: 0 };
  const cases: GvdbCase[] = [
    ['a toll put on another period is left out', 'Park shooting\n\nLast year, 4 people were killed in the same park.', 'killed', { killed: 4, injured: 0 }, 'scope', 'set-apart'],
    ['two claimants: the figure takes the lower', 'Park shooting\n\nPolice said 2 people were killed. The family said 3 people were killed.', 'killed', { killed: 3, injured: 0 }, 'claimant', 'lowest-claimant'],
    ['one person under two names is counted twice', 'Park shooting\n\nAna Ruiz was killed on Sunday. Officers said Ana died at the scene.', 'killed', { killed: 1, injured: 0 }, 'individuals', 'double-count'],
    ['the shooter\'s own death is not in the gold', 'Park shooting\n\nAna Ruiz was killed on Sunday. Gunman Luis Gil was killed by police.', 'killed', { killed: 1, injured: 0 }, 'gold-disagrees', 'perpetrator'],
    ['the largest of two figures wins', 'Park shooting\n\nTwo people were killed on Friday. Three people were killed on Saturday.', 'killed', { killed: 2, injured: 0 }, 'figure-selection', 'largest-low'],
    ['groups under one cue are added', 'Park shooting\n\nTwo officers and a civilian were killed.', 'killed', { killed: 2, injured: 0 }, 'subject', 'groups-added'],
    ['a toll the gold does not have, away from the headline', 'Quiet night\n\nThe storm injured 5 people.', 'injured', { killed: 0, injured: 0 }, 'measure-cue', 'spurious-cue'],
    ['a wounded person merged into the dead by rule 7', 'Park shooting\n\nAna Ruiz was shot on Sunday. A man died at the scene.', 'injured', { killed: 1, injured: 1 }, 'individuals', 'died-later-merge'],
    ['no cue of the measure anywhere', 'Quiet night\n\nNothing happened downtown.', 'injured', { killed: 0, injured: 1 }, 'measure-cue', 'no-cue-in-document'],
    ['a headline toll in an article whose gold lists no victim', 'Man shot dead in Elm Park\n\nThe park was closed.', 'killed', { killed: 0, injured: 0 }, 'gold-disagrees', 'headline-toll'],
  ];
  for (const [name, text, measure, gold, cause, detail] of cases) {
    it(name, () => {
      const trace = traceDocument(text, pack, { title: text.split('\n')[0] ?? null });
      const system = trace.figures[measure]?.low ?? 0;
      const d = diagnoseGvdbMiss({ trace, measure, gold, notes, system });
      assert.deepEqual([d.cause, d.detail], [cause, detail], d.evidence);
    });
  }

  it('a victim listed without an outcome makes the gold suspect, not the pipeline', () => {
    const trace = traceDocument('Park shooting\n\nA man was killed on Sunday.', pack);
    const d = diagnoseGvdbMiss({ trace, measure: 'killed', gold: { killed: 0, injured: 0 }, notes: { unlabelled: 1, shooters: 0 }, system: 1 });
    assert.deepEqual([d.cause, d.detail], ['gold-disagrees', 'victim-without-outcome']);
  });

  it('files a count the trace cannot reproduce under other, so drift from run-pipeline.ts shows', () => {
    const trace = traceDocument('Park shooting\n\nTwo people were killed.', pack);
    const d = diagnoseGvdbMiss({ trace, measure: 'killed', gold: { killed: 3, injured: 0 }, notes, system: 5 });
    assert.deepEqual([d.cause, d.detail], ['other', 'trace-drift']);
  });
});

describe('evidence stays free of document text', () => {
  it('quotes no word of the document, only positions, numbers and rule ids', () => {
    const text = 'Zyxwv Qrstu\n\nZyxwv Qrstu said 2 people were killed. Mnbvc said 3 people were killed.';
    const trace = traceDocument(text, pack);
    const d = diagnoseGvdbMiss({ trace, measure: 'killed', gold: { killed: 3, injured: 0 }, notes: { unlabelled: 0, shooters: 0 }, system: trace.figures.killed?.low ?? 0 });
    assert.doesNotMatch(d.evidence, /zyxwv|qrstu|mnbvc/i);
  });
});
