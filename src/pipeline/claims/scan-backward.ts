/**
 * The cue before a number: "killed 12", "la cifra de fallecidos asciende a 742". A toll cue ("the
 * death toll rose to") reaches further than a verb, and further still when a toll verb of the pack
 * carries the number ("the death toll from the floods in Rio Seco ROSE TO 742"); the agent of a
 * passive is never its victim.
 */
import type { Mention } from './find-quantities.js';
import { markerEndingAt, QUOTES, type LinkContext, type Scan } from './link-context.js';

/** How far back a toll cue reaches, and how many unknown words it passes, with and without a toll verb. */
const TOLL_REACH = 6;
const CARRIED_REACH = 14;
const UNKNOWN = 3;
const CARRIED_UNKNOWN = 8;

export function scanBackward(ctx: LinkContext, m: Mention): Scan {
  const { tokens, c } = ctx;
  let unknown = 0;
  let acrossConjunction = false;
  // The bounds stay those of a plain toll cue unless the number's own verb is a toll verb; even then
  // only a toll cue may link past them, and a clause boundary (punctuation, breaker) still stops it.
  const verb = c.tollVerbsReversed.longestEndingAt(tokens, m.start);
  const maxSteps = verb ? CARRIED_REACH : TOLL_REACH;
  const maxUnknown = verb ? CARRIED_UNKNOWN : UNKNOWN;
  for (let j = m.start - 1, steps = 0; j >= 0 && steps <= maxSteps; steps++) {
    const cue = ctx.cueEndingAt.get(j);
    if (cue) {
      if (cue.rule.position === 'after') return null;
      const toll = cue.rule.kind === 'toll';
      if (steps <= (toll ? TOLL_REACH : 3)) return { cue, distance: steps, acrossConjunction };
      return toll && verb ? { cue, distance: steps, acrossConjunction, via: verb.value.id } : null;
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
      if (++unknown > maxUnknown) return null;
    }
    j--;
  }
  return null;
}
