/** Finds modality markers in a sentence; a claim takes the strongest one in its own clause. */
import type { Modality } from '../../domain/modality.js';
import type { Token } from '../segment/tokenize.js';
import type { CompiledPack } from './compile-pack.js';

export type ModalityMark = { modality: Exclude<Modality, 'asserted'>; ruleId: string; start: number; end: number };

export function findModality(tokens: readonly Token[], c: CompiledPack): ModalityMark[] {
  const marks: ModalityMark[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = c.modality.longestAt(tokens, i);
    if (hit) {
      marks.push({ modality: hit.value.modality, ruleId: hit.value.id, start: i, end: hit.end });
      i = hit.end;
    } else i++;
  }
  return marks;
}

const STRENGTH: Record<ModalityMark['modality'], number> = { denied: 3, possible: 2, reported: 1 };

/** The strongest mark in [from, to): denied over possible over reported. */
export function modalityIn(marks: readonly ModalityMark[], from: number, to: number): ModalityMark | null {
  let best: ModalityMark | null = null;
  for (const m of marks) {
    if (m.start < from || m.start >= to) continue;
    if (!best || STRENGTH[m.modality] > STRENGTH[best.modality]) best = m;
  }
  return best;
}
