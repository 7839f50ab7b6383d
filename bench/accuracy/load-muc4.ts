/**
 * Reads the MUC-3/4 development set: the texts (`dev-muc3-NNNN-NNNN`, 100 messages per file, each
 * starting with a line `DEV-MUC3-0001 (NOSC)`) joined with the DEATH/INJURY victim counts that
 * `parse-muc4-keys.ts` derives from the answer keys (`key-dev-NNNN.muc4`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMuc4Keys, victimCounts, type Muc4GoldCount } from './parse-muc4-keys.js';

export type Muc4Document = { id: string; text: string; gold: Muc4GoldCount[] };

const HEADER = /^(DEV-MUC3-\d{4}) +\([^)\n]*\)[ \t]*$/gm;

/** Splits one texts file into messages; the header line is not part of the text. */
export function parseMuc4Texts(content: string): Array<{ id: string; text: string }> {
  const headers = [...content.matchAll(HEADER)];
  return headers.map((header, i) => {
    const start = (header.index ?? 0) + header[0].length;
    const end = headers[i + 1]?.index ?? content.length;
    return { id: header[1] ?? '', text: content.slice(start, end).trim() };
  });
}

/** Joins texts and keys; a key for a message that has no text is an error in the folder. */
export function joinMuc4(
  texts: ReadonlyArray<{ id: string; text: string }>,
  gold: readonly Muc4GoldCount[],
): Muc4Document[] {
  const byId = new Map<string, Muc4Document>();
  for (const { id, text } of texts) {
    if (byId.has(id)) throw new Error(`muc4: message ${id} appears twice`);
    byId.set(id, { id, text, gold: [] });
  }
  for (const count of gold) {
    const doc = byId.get(count.docId);
    if (doc === undefined) throw new Error(`muc4: key for ${count.docId}, which has no text`);
    doc.gold.push(count);
  }
  return [...byId.values()];
}

export function loadMuc4(folder: string): Muc4Document[] {
  const names = readdirSync(folder).sort();
  const texts = names.filter((n) => /^dev-muc3-\d{4}-\d{4}$/.test(n))
    .flatMap((n) => parseMuc4Texts(readFileSync(join(folder, n), 'utf8')));
  const gold = names.filter((n) => /^key-dev-\d{4}\.muc4$/.test(n))
    .flatMap((n) => parseMuc4Keys(readFileSync(join(folder, n), 'utf8')))
    .flatMap(victimCounts);
  return joinMuc4(texts, gold);
}
