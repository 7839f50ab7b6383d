import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack } from '../../language-packs/index.js';
import { splitSentences } from './split-sentences.js';

const sentences = (lang: string, text: string) => splitSentences(text, getPack(lang)!).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  const cases: [string, string, string[]][] = [
    ['en', 'Twelve people died. Police said 30 were hurt.', ['Twelve people died.', 'Police said 30 were hurt.']],
    ['en', 'Dr. Ana Ruiz said 12 people died. The mayor agreed.', ['Dr. Ana Ruiz said 12 people died.', 'The mayor agreed.']],
    ['en', 'J. Pérez was killed. Nobody else was hurt.', ['J. Pérez was killed.', 'Nobody else was hurt.']],
    ['es', 'Según EE. UU. murieron 12 personas. El Sr. Gil lo negó.', ['Según EE. UU. murieron 12 personas.', 'El Sr. Gil lo negó.']],
    ['en', 'A hard-wrapped line\nkeeps its sentence. Next one.', ['A hard-wrapped line\nkeeps its sentence.', 'Next one.']],
    ['en', 'Headline without a stop\n\nBody text starts here.', ['Headline without a stop', 'Body text starts here.']],
    ['en', 'GUNMEN KILLED FIVE PEASANTS. THE ARMY DENIED IT.', ['GUNMEN KILLED FIVE PEASANTS.', 'THE ARMY DENIED IT.']],
  ];
  for (const [lang, text, expected] of cases) {
    it(`splits ${JSON.stringify(text.slice(0, 40))}`, () => assert.deepEqual(sentences(lang, text), expected));
  }

  it('keeps every span inside the text on a long paragraph without quadratic work', () => {
    const text = 'Twelve people died in the attack on the market. '.repeat(2000);
    const spans = splitSentences(text, getPack('en')!);
    assert.equal(spans.length, 2000);
    assert.ok(spans.every((s) => s.start >= 0 && s.end <= text.length && s.start < s.end));
  });

  it('segments only the paragraphs `keep` accepts, telling it how many sentences came before', () => {
    const text = 'Opening line. Second line.\n\nNothing here. Or here.\n\nTwo soldiers died. One was hurt.';
    const asked: [string, number][] = [];
    const spans = splitSentences(text, getPack('en')!, (from, to, found) => {
      asked.push([text.slice(from, to).slice(0, 7), found]);
      return found < 2 || text.slice(from, to).includes('died');
    });
    assert.deepEqual(asked, [['Opening', 0], ['Nothing', 2], ['Two sol', 2]]);
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Opening line.', 'Second line.', 'Two soldiers died.', 'One was hurt.']);
  });
});
