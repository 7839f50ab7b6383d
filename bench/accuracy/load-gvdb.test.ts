import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentText, goldFromAnnotation, notesFromAnnotation, parseGvdbTsv } from './load-gvdb.js';

const victims = (...was: string[][]) => ({ 'victim-section': was.map((w) => ({ 'victim-was': w, name: { value: '' } })) });

describe('goldFromAnnotation applies the README rule', () => {
  const cases: Array<[string, unknown, { killed: number; injured: number }]> = [
    ['no victim section is a negative', {}, { killed: 0, injured: 0 }],
    ['killed counts as killed only', victims(['killed'], ['injured', 'killed']), { killed: 2, injured: 0 }],
    ['injured or hospitalized, not killed, counts as injured', victims(['injured'], ['hospitalized'], ['injured', 'hospitalized']), { killed: 0, injured: 3 }],
    ['a victim with no outcome counts in neither', victims([], ['killed']), { killed: 1, injured: 0 }],
  ];
  for (const [name, json, expected] of cases) it(name, () => assert.deepEqual(goldFromAnnotation(json), expected));
});

describe('notesFromAnnotation keeps what the counts leave out', () => {
  it('counts victims with no outcome and listed shooters', () => {
    const json = { ...victims([], ['killed'], []), 'shooter-section': [{ name: { value: '' } }] };
    assert.deepEqual(notesFromAnnotation(json), { unlabelled: 2, shooters: 1 });
  });
});

describe('documentText', () => {
  it('puts the title in its own paragraph without repeating it', () => {
    assert.equal(documentText('Man hurt in crash', 'Man hurt in crashA man was hurt.'), 'Man hurt in crash\n\nA man was hurt.');
  });
  it('keeps a body that does not start with the title', () => {
    assert.equal(documentText('Title', 'Body text.'), 'Title\n\nBody text.');
  });
});

describe('parseGvdbTsv', () => {
  const header = 'Article id\tArticle url\tArticle title\tFull text\tJson\tWorker';
  it('reads one document per line', () => {
    const row = ['7', 'http://example.org/a', 'Two hurt', 'Two hurtTwo people were hurt.', JSON.stringify(victims(['injured'], ['injured'])), 'w1'];
    assert.deepEqual(parseGvdbTsv(`${header}\n${row.join('\t')}\n`), [
      { id: '7', title: 'Two hurt', text: 'Two hurt\n\nTwo people were hurt.', gold: { killed: 0, injured: 2 }, notes: { unlabelled: 0, shooters: 0 } },
    ]);
  });
  it('rejects a line with a stray tab rather than guessing', () => {
    assert.throws(() => parseGvdbTsv(`${header}\n7\turl\ttitle\ttext\twith tab\t{}\tw1\n`), /line 2 has 7 fields/);
  });
  it('rejects a file with another header', () => assert.throws(() => parseGvdbTsv('id\ttext\n'), /unexpected header/));
});
