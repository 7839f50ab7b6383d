/**
 * The cue before a number: "killed 12", "la cifra de fallecidos asciende a 742". A toll cue ("the
 * death toll rose to") reaches further than a verb; the agent of a passive is never its victim.
 */
import type { Mention } from './find-quantities.js';
import { markerEndingAt, QUOTES, type LinkContext, type Scan } from './link-context.js';

export function scanBackward(ctx: LinkContext, m: Mention): Scan {
  const { tokens, c } = ctx;
  let unknown = 0;
  let acrossConjunction = false;
  for (let j = m.start - 1, steps = 0; j >= 0 && steps <= 6; steps++) {
    const cue = ctx.cueEndingAt.get(j);
    if (cue) {
      if (cue.rule.position === 'after') return null;
      const reach = cue.rule.kind === 'toll' ? 6 : 3;
      return steps <= reach ? { cue, distance: steps, acrossConjunction } : null;
    }
    // "wounded BY a police officer", "herido POR un policía": the agent of a passive is not its victim.
    if (c.connectives.agents.has(tokens[j]!.norm) && (ctx.cueEndingAt.get(j - 1)?.rule.kind ?? 'toll') !== 'toll') return null;
    if (tokens[j]!.kind === 'word' && c.connectives.coordinators.has(tokens[j]!.norm)) acrossConjunction = true;
    if (ctx.mentionEndingAt.has(j) || markerEndingAt(ctx, j)) return null;
    const t = tokens[j]!;
    if (t.kind === 'punct') {
      // "Personas fallecidas .......... 300": dot leaders join a table label to its number.
      const leader = (t.text === '.' || t.text === '…') && (tokens[j - 1]?.text === t.text || tokens[j + 1]?.text === t.text);
      // "El número de heridos en la explosión (212, según …)": a figure in parentheses.
      if (t.text !== ':' && t.text !== '(' && !QUOTES.has(t.text) && !leader) return null;
      if (leader) {
        j--;
        continue;
      }
    } else if (c.breakers.has(t.norm)) return null;
    else if (!c.fillers.has(t.norm) && !c.determiners.has(t.norm)) {
      if (++unknown > 3) return null;
    }
    j--;
  }
  return null;
}
