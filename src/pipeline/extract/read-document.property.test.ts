/**
 * Fuzzing the extractor end to end, for a fixed budget: whatever bytes arrive as a .txt, .md, .html or
 * .pdf file, reading them either gives text or fails with a DomainError whose code is catalogued, and
 * the pipeline then reads that text in each language without throwing, with every span inside it. No
 * input may take longer than a time guard (a regular expression gone quadratic shows up here).
 * Sentence-level invariants over toll sentences are run-pipeline.property.test.ts's; this covers the
 * hostile shapes: markup, entities, RTL and combining marks, lone surrogates, NUL, very long lines.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DomainError, ERROR_CODES } from '../../domain/errors.js';
import { getPack } from '../../language-packs/index.js';
import { runPipeline } from '../run-pipeline.js';
import { readDocument } from './read-document.js';

const MAX_BYTES = 2 * 1024 * 1024;
/** Per input, reading plus both languages' pipelines; generous, as the test machine may be busy. */
const GUARD_MS = 4000;
/** Each property stops drawing inputs after this long (and passes if none failed). */
const BUDGET_MS = 8000;
const RUNS = { numRuns: 400, interruptAfterTimeLimit: BUDGET_MS, markInterruptAsFailure: false } as const;

const packs = (['en', 'es'] as const).map((lang) => getPack(lang)!);

/** Reads `bytes` as a file called `name` and runs the pipeline on the text; asserts the invariants. */
async function checkFile(bytes: Uint8Array, name: string): Promise<void> {
  const started = performance.now();
  let text: string | null = null;
  try {
    text = (await withTimeout(readDocument(bytes, name, { maxBytes: MAX_BYTES }), GUARD_MS, name)).text;
  } catch (error) {
    assert.ok(error instanceof DomainError, `${name}: not a DomainError: ${String(error)}`);
    assert.ok(error.code in ERROR_CODES, `${name}: unknown code ${error.code}`);
    assert.ok(error.message.length > 0, `${name}: an error with no message`);
  }
  if (text !== null) {
    assert.equal(typeof text, 'string');
    for (const pack of packs) checkText(text, pack);
  }
  const elapsed = performance.now() - started;
  assert.ok(elapsed < GUARD_MS, `${name} (${bytes.length} bytes) took ${Math.round(elapsed)} ms`);
}

function checkText(text: string, pack: (typeof packs)[number]): void {
  const { sentences, claims, framing } = runPipeline(text, pack);
  const inside = (s: { start: number; end: number }): boolean =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length;
  for (const s of sentences) assert.ok(inside(s), `sentence span ${JSON.stringify(s)} outside a ${text.length}-character text`);
  for (const m of framing) assert.ok(inside(m.span), `framing span ${JSON.stringify(m.span)} outside the text`);
  for (const claim of claims) {
    assert.ok(inside(claim), `claim span outside the text`);
    assert.equal(text.slice(claim.start, claim.end), claim.quote);
    for (const span of [claim.evidence.number, claim.evidence.cue, ...(claim.evidence.claimant ? [claim.evidence.claimant] : [])]) {
      assert.ok(inside(span) && span.start >= claim.start && span.end <= claim.end, `evidence span ${JSON.stringify(span)} outside its sentence`);
    }
    if (claim.low !== null && claim.high !== null) assert.ok(claim.low <= claim.high);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms} ms`)), ms);
  });
  return Promise.race([promise, guard]).finally(() => clearTimeout(timer));
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Characters that break naive text handling: bidi controls, combining marks, lone surrogates, NUL. */
const oddCharacter = fc.constantFrom(
  '\u202E', '\u202D', '\u200F', '\u200E', '\u2067', '\u2069', 'قتل ٣٠٠ شخص', 'נהרגו 40', '\u0301', '\u0301\u0301\u0301\u0301',
  '\uD800', '\uDFFF', '\uDBFF\uDFFF', '\u0000', '\uFEFF', '\u200B', '\u00A0', '\u2028', '\u2029', '\r', '\r\n', '\t',
  '٣', '１２', '½', 'ﬁ', 'İ', 'ß', '𝟏𝟐𝟑', '👩‍👩‍👧',
);
const tollWords = fc.constantFrom(
  '12 people were killed', 'at least 1,200 dead', 'al menos 300 muertos', 'unos 8.400 desplazados', 'between 5 and 9 injured',
  'the ministry said', 'según la Cruz Roja', 'killed', 'murieron', '1', '000', ',', '.', '-', ' ', '\n\n', 'Mr.', 'U.S.',
);
const textPiece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  oddCharacter,
  tollWords,
);
const oddText = fc.array(textPiece, { maxLength: 30 }).map((parts) => parts.join(''));

/** One very long line: a run of one token, tens of thousands of characters without a break. */
const longLine = fc.tuple(
  fc.constantFrom('9', '1,000', '1.000 ', 'a', 'killed ', ' ', '(', '"', 'al menos ', 'é', '\u0301', '-', '.'),
  fc.integer({ min: 5_000, max: 60_000 }),
  tollWords,
).map(([token, length, toll]) => `${toll} ${token.repeat(Math.ceil(length / token.length))} ${toll}.`);

const tagName = fc.constantFrom('p', 'div', 'span', 'a', 'h1', 'article', 'main', 'script', 'style', 'table', 'td', 'li', 'br', 'img', 'time', 'meta', 'title', 'noscript', 'iframe', 'svg');
const entity = fc.constantFrom('&amp;', '&lt;', '&nbsp;', '&#x1F600;', '&#99999999;', '&#0;', '&#xD800;', '&bogus;', '&', '&#', '&#x;', '&amp');
const attribute = fc.tuple(fc.constantFrom('class', 'href', 'content', 'property', 'datetime', 'style', 'onload'), fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer({ min: 1_000, max: 100_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom('"', "'", '>', 'javascript:alert(1)', 'article:published_time'),
)).map(([name, value]) => ` ${name}="${value}"`);
/** Markup as scrapers meet it: nested, unclosed, with comments left open and CDATA in odd places. */
const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    oddText,
    entity,
    fc.constantFrom('<!--', '-->', '<!-- open comment', '<![CDATA[', ']]>', '<!DOCTYPE html>', '</p>', '</div>', '<', '>', '<br/>'),
    fc.tuple(tagName, fc.array(attribute, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([tag, attrs, children, closed]) => `<${tag}${attrs.join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`),
  ),
})).node;

const pdfish = fc.tuple(
  fc.constantFrom('%PDF-1.7\n', '%PDF-1.4\n%âãÏÓ\n', '%PDF-', '%PDF-2.0\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
  fc.uint8Array({ maxLength: 2000 }),
  fc.constantFrom('', '%%EOF', 'trailer\n<< /Root 1 0 R >>\n%%EOF', 'xref\n0 1\n0000000000 65535 f \n'),
).map(([head, body, tail]) => new Uint8Array([...encode(head), ...body, ...encode(tail)]));

describe('the extractor on hostile input never crashes, hangs or leaves the text', () => {
  it('arbitrary bytes as .txt, .md, .html and .pdf', { timeout: 60_000 }, async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.pdf', 'noext'),
      (bytes, name) => checkFile(bytes, name)), { ...RUNS, seed: 1 });
  });

  it('odd Unicode: RTL, combining marks, lone surrogates, NUL', { timeout: 60_000 }, async () => {
    await fc.assert(fc.asyncProperty(oddText, fc.constantFrom('a.txt', 'a.md'), (text, name) => checkFile(encode(text), name)), { ...RUNS, seed: 2 });
  });

  it('very long lines', { timeout: 60_000 }, async () => {
    await fc.assert(fc.asyncProperty(longLine, fc.constantFrom('a.txt', 'a.md', 'a.html'), (text, name) => checkFile(encode(text), name)),
      { ...RUNS, numRuns: 40, seed: 3 });
  });

  it('HTML-ish markup: nesting, entities, huge attributes, unclosed comments', { timeout: 60_000 }, async () => {
    await fc.assert(fc.asyncProperty(fc.array(html, { minLength: 1, maxLength: 6 }), (nodes) => checkFile(encode(nodes.join('')), 'page.html')),
      { ...RUNS, numRuns: 200, seed: 4 });
  });

  it('PDF headers over garbage', { timeout: 60_000 }, async () => {
    await fc.assert(fc.asyncProperty(pdfish, (bytes) => checkFile(bytes, 'report.pdf')), { ...RUNS, numRuns: 100, seed: 5 });
  });
});
