// Turns the bytes of a text-like file (.txt, .md, .html) into a string, refusing binary data and non-UTF-8.
import { DomainError } from '../../domain/errors.js';

/** File signatures that mean "this is not text", with the plain name a user recognises. */
export const BINARY_SIGNATURES: readonly { name: string; magic: readonly number[] }[] = [
  { name: 'a PDF file', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'a ZIP archive (or a .docx/.xlsx/.odt office file)', magic: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'an old Microsoft Office (.doc/.xls) file', magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'a PNG image', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', magic: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a gzip archive', magic: [0x1f, 0x8b] },
  { name: 'a RAR archive', magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'a 7-Zip archive', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'an executable', magic: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a RIFF media file', magic: [0x52, 0x49, 0x46, 0x46] },
];

/**
 * Control characters (other than tab, line feed, form feed, carriage return and escape) in this share of the
 * first bytes mean binary data even without a NUL; real text has next to none.
 */
const MAX_CONTROL_SHARE = 0.05;
const SNIFF_BYTES = 4096;

const utf8 = new TextDecoder('utf-8', { fatal: true }); // strips a leading BOM (ignoreBOM defaults to false)

/** Decodes UTF-8 text, dropping a BOM; throws `document.binary` or `document.invalid_utf8`. */
export function decodeText(bytes: Uint8Array): string {
  assertNotBinary(bytes);
  try {
    return utf8.decode(bytes);
  } catch (cause) {
    const at = firstInvalidUtf8(bytes);
    throw new DomainError(
      'document.invalid_utf8',
      `is not valid UTF-8 text (bad byte at offset ${at}); re-save it as UTF-8 (it may be Latin-1 or Windows-1252)`,
      { cause },
    );
  }
}

function assertNotBinary(bytes: Uint8Array): void {
  // UTF-16 text is full of NULs; say what it is rather than calling it binary.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new DomainError('document.invalid_utf8', 'is UTF-16 text, not UTF-8; re-save it as UTF-8');
  }
  const signature = BINARY_SIGNATURES.find(({ magic }) => startsWith(bytes, magic));
  if (signature) {
    throw new DomainError('document.binary', `is ${signature.name}, not text; give it its proper extension`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new DomainError('document.binary', `contains binary data (a NUL byte at offset ${nul}), not text`);
  }
  const sniffed = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < sniffed; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  if (sniffed > 0 && controls / sniffed > MAX_CONTROL_SHARE) {
    throw new DomainError('document.binary', 'contains binary data (many control bytes), not text');
  }
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Offset of the first byte that breaks UTF-8, for the error message (only runs once decoding failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    if (length > 1 && !utf8Ok(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return bytes.length;
}

function utf8Ok(sequence: Uint8Array): boolean {
  try {
    utf8.decode(sequence);
    return true;
  } catch {
    return false; // overlong form, surrogate or beyond U+10FFFF
  }
}
