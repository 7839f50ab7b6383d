/** The words a document uses to name its event, from the pack's framing list, with their spans. */
import type { Span } from '../../domain/span.js';
import type { CompiledPack } from '../claims/compile-pack.js';
import type { Token } from '../segment/tokenize.js';

export type FramingMention = { ruleId: string; frame: string; text: string; span: Span };

/** Framing words in one sentence's tokens. */
export function findFraming(text: string, tokens: readonly Token[], c: CompiledPack): FramingMention[] {
  const found: FramingMention[] = [];
  {
    for (let i = 0; i < tokens.length; ) {
      const hit = c.framing.longestAt(tokens, i);
      if (!hit) {
        i++;
        continue;
      }
      const span = { start: tokens[i]!.start, end: tokens[hit.end - 1]!.end };
      found.push({ ruleId: hit.value.id, frame: hit.value.frame, text: text.slice(span.start, span.end), span });
      i = hit.end;
    }
  }
  return found;
}
