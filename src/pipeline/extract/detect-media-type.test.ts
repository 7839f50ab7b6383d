import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MediaType } from '../../domain/document.js';
import { DomainError, type ErrorCode } from '../../domain/errors.js';
import { makePdf } from '../../../test/support/make-pdf.js';
import { detectMediaType } from './detect-media-type.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const pdf = makePdf([['Fourteen killed.']]);
/** The first bytes of a Windows executable: "MZ", then a DOS header full of NULs. */
const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, ...utf8('This program cannot be run in DOS mode.')]);
const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]);
const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('detectMediaType: the content decides, the name only tells text from Markdown', () => {
  const read: [string, Uint8Array, string, MediaType | null, MediaType][] = [
    ['a PDF named .pdf', pdf, 'report.pdf', null, 'application/pdf'],
    ['a PDF named .txt', pdf, 'notes.txt', null, 'application/pdf'],
    ['a PDF with no extension', pdf, 'download', null, 'application/pdf'],
    ['a PDF whose header follows some junk, named .pdf', utf8(`\n\n%PDF-1.4\n`), 'a.pdf', null, 'application/pdf'],
    ['a web page named .pdf', utf8('<!DOCTYPE html><html><body>Sign in</body></html>'), 'report.pdf', null, 'text/html'],
    ['a web page named .txt, after a comment and blank lines', utf8('\n<!-- saved -->\n<HTML lang="en"><p>x</p>'), 'page.txt', null, 'text/html'],
    ['a page starting with <body>', utf8('<body><p>Twelve dead.</p></body>'), 'a.md', null, 'text/html'],
    ['a fragment named .html (the name may say HTML)', utf8('<p>Twelve dead.</p>'), 'a.html', null, 'text/html'],
    ['text named .txt', utf8('Twelve dead.'), 'a.txt', null, 'text/plain'],
    ['text named .md', utf8('# Toll\n\nTwelve dead.'), 'a.md', null, 'text/markdown'],
    ['Markdown that mentions <html> later on', utf8('# Tags\n\nWrite <html> first.'), 'a.md', null, 'text/markdown'],
    ['text declared as Markdown, whatever its name', utf8('# Toll'), 'https://example.org/toll', 'text/markdown', 'text/markdown'],
    ['text declared as HTML', utf8('<p>Twelve dead.</p>'), 'https://example.org/', 'text/html', 'text/html'],
    ['a PDF served as text/plain', pdf, 'https://example.org/r', 'text/plain', 'application/pdf'],
    ['a page served as text/plain', utf8('<!doctype html><title>x</title>'), 'https://example.org/r', 'text/plain', 'text/html'],
  ];
  for (const [what, bytes, name, declared, expected] of read) {
    it(`reads ${what} as ${expected}`, () => assert.equal(detectMediaType(bytes, name, declared), expected));
  }

  const refused: [string, Uint8Array, string, ErrorCode, RegExp][] = [
    ['an executable named .pdf', exe, 'report.pdf', 'document.binary', /Windows executable/],
    ['an ELF executable named .txt', elf, 'notes.txt', 'document.binary', /executable/],
    ['a ZIP archive named .html', zip, 'page.html', 'document.binary', /ZIP archive/],
    ['a PNG image named .md', png, 'a.md', 'document.binary', /PNG image/],
    ['text named .pdf', utf8('Fourteen killed.'), 'a.pdf', 'document.not_pdf', /%PDF-/],
    ['text under an unsupported name', utf8('Fourteen killed.'), 'a.exe', 'document.unsupported_type', /\.exe/],
    ['text with no extension and no declared type', utf8('Fourteen killed.'), 'README', 'document.unsupported_type', /no file extension/],
  ];
  for (const [what, bytes, name, code, message] of refused) {
    it(`refuses ${what} with ${code}`, () => {
      assert.throws(() => detectMediaType(bytes, name), (error: unknown) => {
        assert.ok(error instanceof DomainError);
        assert.equal(error.code, code);
        assert.match(error.message, message);
        assert.equal(error.message.includes('\n'), false, 'one line');
        return true;
      });
    });
  }
});
