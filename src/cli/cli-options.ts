/** Options several commands share, parsed where they are read so a bad value is a usage error (exit 2). */
import { InvalidArgumentError, Option } from 'commander';
import { packLanguages } from '../language-packs/index.js';

/** An ISO 639-1 (or 639-3) language code, lower-cased. A code without a pack is allowed: see langOption. */
export function parseLang(value: string): string {
  const code = value.trim().toLowerCase();
  if (!/^[a-z]{2,3}$/.test(code)) throw new InvalidArgumentError('expected a language code such as en or es');
  return code;
}

export function langOption(): Option {
  return new Option(
    '--lang <code>',
    `read every document as this language instead of detecting it (packs: ${packLanguages().join(', ')}; ` +
      'any other code stores the document with no claims and says "no language pack")',
  ).argParser(parseLang);
}

export function maxBytesOption(): Option {
  return new Option(
    '--max-bytes <size>',
    'refuse files larger than this, e.g. 52428800, 512KB, 50MB (default: $TALLY_MAX_BYTES or 50MB)',
  );
}

export function jsonOption(what: string): Option {
  return new Option('--json', `print ${what} as JSON Lines (one JSON object per line) instead of a table`);
}
