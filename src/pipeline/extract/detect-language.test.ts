import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eld } from 'eld/extrasmall';
import fc from 'fast-check';
import { MIN_LETTERS, SAMPLE_CHARS, cleanCommon, detectLanguage, whatEldReads } from './detect-language.js';

// Fictional events throughout.
const EN = 'Armed men killed five farmers in the town of San Lucas on Tuesday night, according to local officials, who said at least 200 families had fled. ';
const ES = 'Hombres armados asesinaron a cinco campesinos en el municipio de San Lucas el martes por la noche, según las autoridades locales, y al menos 200 familias huyeron. ';

describe('detectLanguage', () => {
  const cases: [string, string, string | null][] = [
    ['English news text', EN, 'en'],
    ['Spanish news text', ES, 'es'],
    ['English in ALL CAPS, as wire copy is', EN.toUpperCase(), 'en'],
    ['Spanish in ALL CAPS', ES.toUpperCase(), 'es'],
    ['English full of numbers and links', `${EN} See https://example.org/report-2024.pdf or write to press@example.org: 14, 23, 9.`, 'en'],
    ['a short Spanish headline', 'Murieron doce personas en Alto Verde', 'es'],
    ['a short English headline', 'Twelve people killed in Alto Verde', 'en'],
    [`text under ${MIN_LETTERS} letters`, 'Doce muertos en Alto', null],
    ['numbers and links only', '14 23 9 2024-03-11 https://example.org/a/b/c/d', null],
    ['keyboard noise', 'asdf qwer zxcv uiop hjkl bnm qwerty', null],
    ['empty text', '', null],
  ];
  for (const [what, text, expected] of cases) {
    it(`reads ${what} as ${String(expected)}`, () => {
      const { lang, confidence } = detectLanguage(text);
      assert.equal(lang, expected);
      assert.ok(confidence >= 0 && confidence <= 1);
    });
  }

  it('decides by the bulk of the sample, not only its first 1,000 characters', () => {
    const spanishPreface = ES.repeat(6).slice(0, 900);
    assert.equal(detectLanguage(spanishPreface + EN.repeat(28)).lang, 'en');
  });

  it(`reads only the first ${SAMPLE_CHARS} characters`, () => {
    const english = EN.repeat(Math.ceil(SAMPLE_CHARS / EN.length));
    assert.equal(detectLanguage(english + ES.repeat(500)).lang, 'en');
  });

  it('is more confident on clear text than on noise', () => {
    assert.ok(detectLanguage(EN).confidence > detectLanguage('asdf qwer zxcv uiop hjkl bnm qwerty').confidence);
  });
});

describe('cleanCommon', () => {
  // eld's own cleanup is the reference: the scores eld gives a piece it cleans itself must equal the
  // scores it gives the same piece cleaned by cleanCommon. Pieces mix words (ASCII, accented, Greek),
  // numbers glued to letters, URLs and punctuation, without "@" or ".com" (those take eld's path).
  const reference = eld.newInstance();
  reference.enableTextCleanup(true);
  const bare = eld.newInstance();
  const part = fc.oneof(
    fc.constantFrom('killed', 'heridos', 'según', 'niños', 'ΑΘΗΝΑ', 'covid19', 'A4', 'x2y', '2024', '1.500', 'www.example.org/a',
      'https://example.org/r-2024.pdf', 'http://x.y', 'hwww.', "don't", '—', '«', '(12)', 'B52s', 'mm9mm', 'ñandú3'),
    fc.stringMatching(/^[a-zA-Z0-9áéíóúñ.,:;'’ -]{1,12}$/),
  );
  const piece = fc.array(part, { maxLength: 60 }).map((parts) => parts.join(' ').slice(0, 1000));
  it('cleans a piece as eld does', () => {
    fc.assert(
      fc.property(piece, (text) => {
        fc.pre(!text.includes('@') && !text.includes('.com'));
        assert.deepEqual(bare.detect(cleanCommon(text)).getScores(), reference.detect(text).getScores());
        assert.equal(bare.detect(cleanCommon(text)).language, reference.detect(text).language);
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });

  it('cleans news-like text as eld does', () => {
    for (const text of [EN, ES, EN.toUpperCase(), `${ES} Ver https://example.org/informe-2024 y 3er piso, 2x2, F16.`]) {
      assert.equal(cleanCommon(text).length <= text.length, true);
      assert.deepEqual(bare.detect(cleanCommon(text)).getScores(), reference.detect(text).getScores());
    }
  });
});

describe('whatEldReads', () => {
  // eld stops reading a piece after about 380 bytes of words; what it is handed instead of the whole
  // piece must give exactly the scores, language and reliability the whole (cleaned) piece gives.
  const bare = eld.newInstance();
  const word = fc.oneof(
    fc.constantFrom('killed', 'heridos', 'según', 'niños', 'ΑΘΗΝΑ', 'covid19', 'A4', '2024', '1.500', '—', '«', '(12)', '…', 'ñandú3', '🙂'),
    fc.stringMatching(/^[a-zA-Z0-9áéíóúñ.,:;'’ -]{1,12}$/),
  );
  const piece = fc.array(word, { minLength: 20, maxLength: 250 }).map((words) => words.join(' ').slice(0, 1000));
  it('hands eld what it would read of the whole piece', () => {
    fc.assert(
      fc.property(piece, (text) => {
        fc.pre(!text.includes('@') && !text.includes('.com'));
        const whole = bare.detect(cleanCommon(text));
        const part = bare.detect(whatEldReads(text));
        assert.deepEqual(part.getScores(), whole.getScores());
        assert.equal(part.language, whole.language);
        assert.equal(part.isReliable(), whole.isReliable());
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it('hands news text over shortened', () => {
    const text = EN.repeat(8).slice(0, 1000);
    assert.ok(whatEldReads(text).length < text.length);
    assert.deepEqual(bare.detect(whatEldReads(text)).getScores(), bare.detect(cleanCommon(text)).getScores());
  });
});
