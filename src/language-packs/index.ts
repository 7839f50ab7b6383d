/** The registry of language packs. A pack is validated once, at load, against the pack schema. */
import { en } from './en/index.js';
import { es } from './es/index.js';
import { LanguagePack } from './schema.js';

const PACKS: ReadonlyMap<string, LanguagePack> = new Map(
  [en, es].map((input) => {
    const pack = LanguagePack.parse(input);
    return [pack.lang, pack] as const;
  }),
);

export function getPack(lang: string): LanguagePack | null {
  return PACKS.get(lang) ?? null;
}

export function packLanguages(): string[] {
  return [...PACKS.keys()];
}

export type { LanguagePack } from './schema.js';
