/**
 * Reads MUC-4 answer keys (`key-dev-NNNN.muc4`) and derives, per incident template, the victim counts
 * whose effect is DEATH or INJURY. The conventions come from the corpus's template documentation
 * (template-doc-part1.v7 §3–4 and §7.19–7.25, part2.v7 on slots 18–23):
 *
 * - A template is a run of numbered slot lines starting at `0.  MESSAGE: ID`; a value starts after two
 *   or more spaces; a line starting with whitespace continues the slot with another filler, or
 *   continues the previous filler while one of its quoted strings is still open. `;` lines are notes.
 * - `*` (inapplicable) and `-` (null) are empty fills. An irrelevant message has `*` as its template
 *   number and yields no template here. `N (OPTIONAL)` marks a template whose incident is in doubt.
 * - A filler is `VALUE: "REFERENT"`: slots 21 (NUMBER) and 23 (EFFECT) name the victim they speak of
 *   by quoting the NAME (slot 18) when the victim is named, else the DESCRIPTION (slot 19). `/`
 *   separates alternatives, both in the value and in the referent; `?` before a filler makes it
 *   optional (null is also correct).
 * - Slot 21 values: `N`, `~N` (about N), `A-B` (between), `A-` (at least), `-B` (at most), `PLURAL`
 *   (more than one, number not stated).
 *
 * Named victims: the keys give a named person a number of their own, normally `1: "NAME"`. Some named
 * victims have an effect but no number (`-: "NAME"`, or no slot-21 filler at all); each of those counts
 * 1, since a proper name designates one person. A victim counts as named when its referent is one of
 * the template's slot-18 names; `namedInIncident` is how many named victims of that template share
 * the effect, because a text may give only their total ("the five peasants were murdered").
 */

export type Effect = 'DEATH' | 'INJURY';

/** One acceptable reading of a slot-21 number: inclusive bounds, null = open. */
export type GoldBound = { low: number | null; high: number | null; approximate: boolean };

export type Muc4GoldCount = {
  docId: string;
  template: number;
  effect: Effect;
  /** The first acceptable reading, for display; all null/false when the number is unstated. */
  low: number | null;
  high: number | null;
  approximate: boolean;
  /** Every acceptable reading (the key's `/` alternatives); empty when the number is unstated. */
  alternatives: GoldBound[];
  /** `PLURAL` or a null number for an unnamed victim: nothing to recall, only reported. */
  unstated: boolean;
  /** A `?` filler, an OPTIONAL template, or an effect given as INJURY-or-DEATH. */
  optional: boolean;
  named: boolean;
  /** A named victim the key gives no number: counted 1 by the rule above. */
  derivedFromName: boolean;
  namedInIncident: number;
  /** The key's referent (first alternative). Stays outside the repository like all corpus text. */
  phrase: string;
};

export type Muc4Template = {
  docId: string;
  template: number;
  optional: boolean;
  /** Slot number → its fillers, continuation lines already joined; empty fills dropped. */
  slots: Map<number, string[]>;
};

const SLOT_LINE = /^(\d{1,2})\.\s+[A-Z]+(?: [A-Z]+)*: [A-Z]+(?: [A-Z]+)*(?:(?:\s{2,}|\t)(.*))?$/;
const SLOT = { id: 0, template: 1, name: 18, number: 21, effect: 23 } as const;

function openQuotes(text: string): boolean {
  return (text.match(/(?<!\\)"/g) ?? []).length % 2 === 1;
}

/** Splits a key file into templates; messages with no relevant incident (template `*`) are skipped. */
export function parseMuc4Keys(content: string): Muc4Template[] {
  const raw: Array<Map<number, string[]>> = [];
  let slots: Map<number, string[]> | null = null;
  let current: string[] | null = null;
  for (const line of content.split(/\r?\n/)) {
    if (line.startsWith(';') || line.trim() === '') continue;
    const slotLine = SLOT_LINE.exec(line);
    if (slotLine !== null) {
      const slot = Number(slotLine[1]);
      if (slot === SLOT.id) raw.push((slots = new Map()));
      if (slots === null) throw new Error(`muc4 key: slot ${slot} before any MESSAGE: ID`);
      current = [];
      slots.set(slot, current);
      const value = (slotLine[2] ?? '').trim();
      if (value !== '') current.push(value);
    } else if (/^\s/.test(line) && current !== null) {
      const last = current.length - 1;
      const previous = current[last];
      if (previous !== undefined && openQuotes(previous)) current[last] = `${previous} ${line.trim()}`;
      else current.push(line.trim());
    } else {
      throw new Error(`muc4 key: cannot read line ${JSON.stringify(line.slice(0, 60))}`);
    }
  }
  const templates: Muc4Template[] = [];
  for (const map of raw) {
    for (const [slot, fillers] of map) map.set(slot, fillers.filter((f) => f !== '*' && f !== '-'));
    const docId = /^(DEV-MUC3-\d{4})\b/.exec(map.get(SLOT.id)?.[0] ?? '')?.[1];
    if (docId === undefined) throw new Error(`muc4 key: template without a message id`);
    const templateFill = map.get(SLOT.template)?.[0];
    if (templateFill === undefined) continue;
    const number = /^(\d+)\s*(\(OPTIONAL\))?$/.exec(templateFill);
    if (number === null) throw new Error(`muc4 key: ${docId} has template number ${templateFill}`);
    templates.push({ docId, template: Number(number[1]), optional: number[2] !== undefined, slots: map });
  }
  return templates;
}

type Filler = { values: string[]; optional: boolean; phrases: string[] };

/** `? A / B: "X" / "Y"` → values [A, B], optional, phrases [X, Y] (upper case, spaces collapsed). */
export function readFiller(filler: string): Filler {
  const quote = filler.indexOf('"');
  let head = (quote < 0 ? filler : filler.slice(0, quote)).trim().replace(/:$/, '').trim();
  const optional = head.startsWith('?');
  if (optional) head = head.slice(1).trim();
  const values = head.replace(/^\((.*)\)$/, '$1').split('/').map((v) => v.trim()).filter((v) => v !== '');
  // Split referents on `/` rather than by quote pairs: a few keys have a stray or escaped quote
  // (`"A / "B"`, `"\"C\""`), and both sides of a cross-reference are normalised the same way.
  const phrases = quote < 0 ? [] : filler.slice(quote).split('/')
    .map((p) => p.replace(/[\\"]/g, '').replace(/\s+/g, ' ').trim().toUpperCase())
    .filter((p) => p !== '' && p !== '-');
  return { values, optional, phrases };
}

/** One slot-21 value; null for `PLURAL`, `-` or anything that states no number. */
export function readBound(value: string): GoldBound | null {
  const m = /^(~)?(\d+)?(-)?(\d+)?$/.exec(value.replace(/\s+/g, ''));
  if (m === null) return null;
  const [, tilde, a, dash, b] = m;
  const first = a === undefined ? null : Number(a);
  const second = b === undefined ? null : Number(b);
  if (dash === undefined) return first === null ? null : { low: first, high: first, approximate: tilde !== undefined };
  if (first === null && second === null) return null;
  return { low: first, high: second, approximate: tilde !== undefined };
}

const shares = (a: readonly string[], b: readonly string[]): boolean => a.some((p) => b.includes(p));

/** The DEATH and INJURY victim counts of one template. */
export function victimCounts(template: Muc4Template): Muc4GoldCount[] {
  const names = (template.slots.get(SLOT.name) ?? []).flatMap((f) => readFiller(f).phrases);
  const numbers = (template.slots.get(SLOT.number) ?? []).map(readFiller);
  const counts: Muc4GoldCount[] = [];
  for (const effectFiller of (template.slots.get(SLOT.effect) ?? []).map(readFiller)) {
    const effects = effectFiller.values.filter((v): v is Effect => v === 'DEATH' || v === 'INJURY');
    if (effects.length === 0) continue;
    const number = numbers.find((n) => shares(n.phrases, effectFiller.phrases));
    const named = shares(names, effectFiller.phrases);
    let alternatives = (number?.values ?? []).map(readBound).filter((b): b is GoldBound => b !== null);
    const derivedFromName = alternatives.length === 0 && named;
    if (derivedFromName) alternatives = [{ low: 1, high: 1, approximate: false }];
    const optional = template.optional || effectFiller.optional || number?.optional === true
      || effectFiller.values.length > 1;
    const first = alternatives[0];
    for (const effect of effects) {
      counts.push({
        docId: template.docId, template: template.template, effect,
        low: first?.low ?? null, high: first?.high ?? null, approximate: first?.approximate ?? false,
        alternatives, unstated: alternatives.length === 0, optional, named, derivedFromName, namedInIncident: 0,
        phrase: effectFiller.phrases[0] ?? '',
      });
    }
  }
  for (const count of counts) {
    count.namedInIncident = counts.filter((c) => c.named && c.effect === count.effect).length;
  }
  return counts;
}
