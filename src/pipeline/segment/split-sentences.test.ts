import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { getPack } from '../../language-packs/index.js';
import { splitSentences, splitSentencesBySegmenter } from './split-sentences.js';

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

  it('segments the opening paragraphs whole, then only around openers', () => {
    const text = 'Opening line. Second line.\n\nNothing here. Or here.\n\nMarkets opened. Two soldiers died. One was hurt. Rain fell.';
    const spans = splitSentences(text, getPack('en')!, { opening: 2, nextOpener: (from, to) => text.slice(0, to).indexOf('died', from) });
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Opening line.', 'Second line.', 'Two soldiers died.']);
  });

  // Around an opener only a window is segmented; the sentences holding openers, and the opening ones,
  // must be those segmenting everything finds. Paragraphs of sentences with abbreviations, initials,
  // hard wraps, quotes, headings without a stop, lists, capitals after a stop, and the openers "died"
  // and "murieron" anywhere.
  const sentence = fc.constantFrom(
    'Twelve people died.', 'Dr. Ana Ruiz said 12 were hurt.', 'J. Pérez was killed!', 'Según EE. UU. murieron 12 personas.',
    '"They fled," he said.', 'Was anyone hurt?', 'Headline without a stop', '(Two died.)', 'the toll rose… Nobody died.',
    '- a list item', 'A hard-wrapped\nline.', '1. First point.', 'ALL CAPS SAID 5 DIED.', 'Él dijo: «murieron 3».',
    'Mr. Gil died. Mrs. Gil lived.', 'It was 5 p.m. Then three died.', 'See No. 4. Nothing else.', 'Á. Núñez murieron. Ésta no.',
  );
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));
  const document = fc.array(paragraph, { minLength: 1, maxLength: 8 }).map((paragraphs) => paragraphs.join('\n\n'));
  const OPENERS = /\b(died|murieron|DIED)\b/g;
  const holds = (text: string, s: { start: number; end: number }) => /\b(died|murieron|DIED)\b/.test(text.slice(s.start, s.end));
  it('finds around openers the sentences segmenting everything finds', () => {
    fc.assert(
      fc.property(document, fc.constantFrom('en', 'es'), fc.integer({ min: 0, max: 3 }), (text, lang, opening) => {
        const nextOpener = (from: number, to: number) => {
          OPENERS.lastIndex = from;
          const m = OPENERS.exec(text);
          return m !== null && m.index < to ? m.index : -1;
        };
        const read = (spans: { start: number; end: number }[]) =>
          spans.filter((s, i) => i < opening || holds(text, s)).map((s) => text.slice(s.start, s.end));
        const all = splitSentences(text, getPack(lang)!);
        const gated = splitSentences(text, getPack(lang)!, { opening, nextOpener });
        assert.deepEqual(read(gated), read(all));
      }),
      { numRuns: 400, seed: 20261125 },
    );
  });

  // Stretches that hold no place the segmenter could break are pushed without it; everything else
  // goes to Intl.Segmenter. Both must give the segmenter's sentences, on text full of places where
  // it may or may not break: decimals, dotted abbreviations, closing quotes and brackets before and
  // after stops, "?!", a stop after a closing bracket, ideographic stops, carriage returns, ellipses.
  const piece = fc.constantFrom(
    'Twelve people died.', 'It cost 3.5 million.', 'The U.S. embassy said so.', '"Nobody survived."', 'Was it him?!',
    '(Two died.)', 'He left.) Then', 'They ran . ) away', 'He ran . )', '死者は12人。負傷者は3人。', 'One line\rAnother line.', 'Wait… Three died.',
    'Sr. Gil murió.', '«Murieron 3».', 'a.b.c. d', 'Num. 7 said', 'End!" And', 'x', '', '\u2029Next.', 'Is it 5? yes.',
  );
  const mixed = fc.array(fc.array(piece, { minLength: 1, maxLength: 9 }).map((parts) => parts.join(' ')), { minLength: 1, maxLength: 5 })
    .map((paragraphs) => paragraphs.join('\n\n'));
  it('finds, without the segmenter where a stretch cannot break, the sentences the segmenter finds', () => {
    fc.assert(
      fc.property(fc.oneof(mixed, document), fc.constantFrom('en', 'es'), (text, lang) => {
        assert.deepEqual(splitSentences(text, getPack(lang)!), splitSentencesBySegmenter(text, getPack(lang)!));
        const gate = { opening: 1, nextOpener: (from: number, to: number) => { const at = text.indexOf('d', from); return at >= 0 && at < to ? at : -1; } };
        assert.deepEqual(splitSentences(text, getPack(lang)!, gate), splitSentencesBySegmenter(text, getPack(lang)!, gate));
      }),
      { numRuns: 500, seed: 20261125 },
    );
  });
});
