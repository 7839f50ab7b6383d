import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMuc4Keys, readBound, readFiller, victimCounts } from './parse-muc4-keys.js';

// An invented key in the corpus's layout (values from column 36, continuation lines indented).
const pad = (label: string): string => label.padEnd(36, ' ');
function key(id: string, template: string, slots: Record<number, string[]>): string {
  const labels: Record<number, string> = {
    0: '0.  MESSAGE: ID', 1: '1.  MESSAGE: TEMPLATE', 18: '18. HUM TGT: NAME', 19: '19. HUM TGT: DESCRIPTION',
    21: '21. HUM TGT: NUMBER', 23: '23. HUM TGT: EFFECT OF INCIDENT', 24: '24. HUM TGT: TOTAL NUMBER',
  };
  const all: Record<number, string[]> = { 0: [`${id} (TEST)`], 1: [template], ...slots };
  return Object.entries(labels).flatMap(([n, label]) => {
    const [first = '-', ...rest] = all[Number(n)] ?? ['-'];
    return [`${pad(label)}${first}`, ...rest.map((r) => `${' '.repeat(36)}${r}`)];
  }).join('\n');
}

describe('readBound reads slot-21 numbers', () => {
  const cases: Array<[string, ReturnType<typeof readBound>]> = [
    ['7', { low: 7, high: 7, approximate: false }],
    ['~40', { low: 40, high: 40, approximate: true }],
    ['6-8', { low: 6, high: 8, approximate: false }],
    ['6-', { low: 6, high: null, approximate: false }],
    ['-6', { low: null, high: 6, approximate: false }],
    ['PLURAL', null],
    ['-', null],
  ];
  for (const [value, expected] of cases) it(value, () => assert.deepEqual(readBound(value), expected));
});

describe('readFiller splits value, optional mark and referents', () => {
  const cases: Array<[string, ReturnType<typeof readFiller>]> = [
    ['DEATH: "FARM WORKERS"', { values: ['DEATH'], optional: false, phrases: ['FARM WORKERS'] }],
    ['? 2 / 3: "GUARDS" / "BANK GUARDS"', { values: ['2', '3'], optional: true, phrases: ['GUARDS', 'BANK GUARDS'] }],
    ['(INJURY / DEATH): "DRIVER"', { values: ['INJURY', 'DEATH'], optional: false, phrases: ['DRIVER'] }],
    ['"ANA PEREZ" / "PEREZ"', { values: [], optional: false, phrases: ['ANA PEREZ', 'PEREZ'] }],
    ['INJURY: "TWO OTHERS / "OTHERS"', { values: ['INJURY'], optional: false, phrases: ['TWO OTHERS', 'OTHERS'] }],
    ['PLURAL: "\\"SELF DEFENSE\\" GROUPS"', { values: ['PLURAL'], optional: false, phrases: ['SELF DEFENSE GROUPS'] }],
  ];
  for (const [filler, expected] of cases) it(filler, () => assert.deepEqual(readFiller(filler), expected));
});

describe('parseMuc4Keys', () => {
  it('skips irrelevant messages and reads template numbers, options and continuation lines', () => {
    const content = [
      key('DEV-MUC3-0001', '*', {}),
      ';;; a note line',
      key('DEV-MUC3-0002', '2 (OPTIONAL)', {
        19: ['"FARM WORKERS OF THE', '  NORTHERN VALLEY"', '"GUARD"'],
        21: ['3: "FARM WORKERS OF THE NORTHERN VALLEY"'],
      }),
    ].join('\n\n');
    const templates = parseMuc4Keys(content);
    assert.equal(templates.length, 1);
    const [t] = templates;
    assert.equal(t?.docId, 'DEV-MUC3-0002');
    assert.equal(t?.template, 2);
    assert.equal(t?.optional, true);
    assert.deepEqual(t?.slots.get(19), ['"FARM WORKERS OF THE NORTHERN VALLEY"', '"GUARD"']);
    assert.deepEqual(t?.slots.get(18), []);
  });
});

describe('victimCounts joins numbers and effects by referent', () => {
  const [template] = parseMuc4Keys(key('DEV-MUC3-0009', '1', {
    18: ['"ANA PEREZ"', '"LUIS GOMEZ"', '"RITA DIAZ"'],
    19: ['"MAYOR": "ANA PEREZ"', '"FARM WORKERS"', '"SOLDIERS"', '"BYSTANDERS"'],
    21: ['1: "ANA PEREZ"', '-: "LUIS GOMEZ"', '~12: "FARM WORKERS" / "WORKERS"', 'PLURAL: "SOLDIERS"', '? 4-: "BYSTANDERS"'],
    23: ['DEATH: "ANA PEREZ"', 'DEATH: "LUIS GOMEZ"', 'DEATH: "RITA DIAZ"', 'INJURY: "WORKERS"', 'DEATH: "SOLDIERS"',
      'INJURY: "BYSTANDERS"', 'NO INJURY: "GUARDS"'],
  }));
  const counts = template === undefined ? [] : victimCounts(template);
  const by = (phrase: string) => counts.find((c) => c.phrase === phrase);

  it('keeps only DEATH and INJURY entries', () => assert.equal(counts.length, 6));
  it('takes a named victim\'s keyed number', () => {
    assert.deepEqual([by('ANA PEREZ')?.low, by('ANA PEREZ')?.named, by('ANA PEREZ')?.derivedFromName], [1, true, false]);
  });
  it('counts a named victim with a null or missing number as one', () => {
    for (const name of ['LUIS GOMEZ', 'RITA DIAZ']) {
      assert.deepEqual([by(name)?.low, by(name)?.high, by(name)?.derivedFromName, by(name)?.unstated], [1, 1, true, false]);
    }
  });
  it('counts named victims sharing an effect in the incident', () => assert.equal(by('ANA PEREZ')?.namedInIncident, 3));
  it('matches a number to an effect through any alternative referent', () => {
    assert.deepEqual(by('WORKERS')?.alternatives, [{ low: 12, high: 12, approximate: true }]);
    assert.equal(by('WORKERS')?.effect, 'INJURY');
  });
  it('marks PLURAL as unstated', () => assert.equal(by('SOLDIERS')?.unstated, true));
  it('carries a ? on the number into the count', () => {
    assert.deepEqual([by('BYSTANDERS')?.optional, by('BYSTANDERS')?.low, by('BYSTANDERS')?.high], [true, 4, null]);
  });
});
