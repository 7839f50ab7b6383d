/**
 * A document's own answer, per measure, to "how many according to this document?".
 * 1. Denied figures (the document reporting a denial) and subgroups (already inside a total) are
 *    left out.
 * 2. Groups counted under one cue ("two officers and a civilian died") are disjoint: they add up
 *    into one statement.
 * 3. People counted one at a time ("the victim died", "Ana Ruiz was killed") are counted once each:
 *    names by surname, anonymous references as one person unless introduced as "another".
 * 4. Each claimant's figure (the document's own voice being one claimant): the low is the largest
 *    firm low it states (its most complete count), the high the largest high; a possible figure
 *    ("possibly 600 to 900") may raise the high but never the low.
 * 5. Competing claimants give the overall range: the lowest low and the highest high, but never
 *    below the number of people counted one at a time. A figure open above ("at least 1") does not
 *    compete with another claimant's closed figure at or above its low ("3").
 * 6. Figures a sentence puts on another event or period ("last year", an earlier year) are left out.
 * 7. A person counted one at a time as injured (or shot) and also as killed was wounded and died:
 *    they count as killed only. A named person matches by name; an unnamed one matches anyone
 *    counted as killed one at a time, or a death counted as the number one ("one person is
 *    dead"). A death the document only calls possible ("possibly killing") is not a death, so
 *    the wounding stands.
 * 8. A count of people hit ("five people were shot", claims carrying `HIT_RULE_ID`) says nothing of
 *    the outcome, so it includes the dead: the document's killed figure is taken out of it ("five
 *    people were shot, two of them fatally" leaves three wounded). A wound count ("three wounded")
 *    already names the survivors and is left as it is.
 * 9. Figures count people: a count of households ("2,310 families were displaced") is another
 *    indicator, never added to, compared with or taken for a count of people, so it is left out.
 */
import type { Claim, Figures } from '../../domain/claim.js';
import { MEASURES } from '../../domain/measure.js';

/** Rule id a claim carries when its cue says a person was hit, not what became of them ("shot"). */
export const HIT_RULE_ID = 'core.outcome.hit';

export type ClaimWithStatement = { claim: Claim; statement: string; entity: string | null; elsewhere?: boolean };

type Bounds = { low: number | null; high: number | null; possible: boolean };

function sum(parts: readonly Bounds[]): Bounds {
  let low: number | null = 0;
  let high: number | null = 0;
  for (const p of parts) {
    low = low === null || p.low === null ? null : low + p.low;
    high = high === null || p.high === null ? null : high + p.high;
  }
  return { low, high, possible: parts.every((p) => p.possible) };
}

/** Distinct people among count-of-one claims: every name once, the anonymous ones as one. */
function countPeople(entities: readonly string[]): number {
  const named = new Set(entities.filter((e) => e.startsWith('name:')));
  const fresh = new Set(entities.filter((e) => e.startsWith('new:')));
  const anonymous = entities.includes('anon') ? 1 : 0;
  return Math.max(named.size, anonymous) + fresh.size;
}

function claimantFigure(statements: readonly Bounds[]): { low: number | null; high: number | null } {
  const firm = statements.filter((s) => !s.possible);
  const lows = (firm.length > 0 ? firm : statements).map((s) => s.low).filter((l): l is number => l !== null);
  const highs = statements.map((s) => s.high).filter((h): h is number => h !== null);
  const low = lows.length > 0 ? Math.max(...lows) : null;
  // An open-ended figure ("at least 300") is closed only by a high the same voice states
  // ("possibly 600 to 900"), never below its own low.
  const high = highs.length > 0 ? Math.max(...highs, low ?? 0) : null;
  return { low, high };
}

const WOUNDS: readonly string[] = ['injured', 'disabled'];

/** `describedDeaths`: sentences (by start) stating an unnamed death with a noun ("a man died"). */
function diedLater(measure: string, { claim, entity }: { claim: Claim; entity: string }, killed: ReadonlySet<string>, describedDeaths: ReadonlySet<number>): boolean {
  if (!WOUNDS.includes(measure) || killed.size === 0) return false;
  // A named person shot in a document whose only death is an unnamed one ("Lopez was shot …
  // where he died") is that person, unless the same sentence tells them apart ("a man died and
  // Rosa Ibarra was wounded").
  const onlyAnonymous = [...killed].every((k) => !k.startsWith('name:'));
  return entity === 'anon' || killed.has(entity) || (onlyAnonymous && entity.startsWith('name:') && !describedDeaths.has(claim.start));
}

export function computeFigures(all: readonly ClaimWithStatement[]): Figures {
  const figures: Figures = {};
  const items = all.filter(({ claim }) => claim.unit === 'people');
  const firmKilled = items.filter(({ claim, elsewhere }) => !elsewhere && claim.measure === 'killed' && claim.modality !== 'denied' && claim.modality !== 'possible');
  const killedPeople = new Set(firmKilled.filter((i) => i.entity).map((i) => i.entity as string));
  // "One person is dead … officers found a man with a gunshot wound": a death counted as the
  // number one is one unnamed person too.
  if (firmKilled.length > 0 && firmKilled.every((i) => i.entity || (i.claim.low === 1 && i.claim.high === 1))) killedPeople.add('anon');
  const describedDeaths = new Set(firmKilled.filter((i) => i.entity === 'anon' && i.claim.subject !== null).map((i) => i.claim.start));
  for (const measure of MEASURES) {
    const relevant = items.filter(({ claim, elsewhere }) => !elsewhere && claim.measure === measure && claim.partOf === null && claim.modality !== 'denied');
    if (relevant.length === 0) continue;
    const people = countPeople(
      relevant.flatMap((i) => (i.entity && i.claim.modality !== 'possible' && !diedLater(measure, { claim: i.claim, entity: i.entity }, killedPeople, describedDeaths) ? [i.entity] : [])),
    );
    const byClaimant = new Map<string, Map<string, Bounds[]>>();
    const dead = measure === 'injured' ? figures.killed?.low ?? 0 : 0;
    for (const { claim, statement, entity } of relevant) {
      if (entity) continue;
      const key = claim.claimant ?? '';
      const statements = byClaimant.get(key) ?? new Map<string, Bounds[]>();
      const list = statements.get(statement) ?? [];
      const hitOnly = dead > 0 && claim.ruleIds.includes(HIT_RULE_ID);
      const less = (n: number | null): number | null => (n === null || !hitOnly ? n : Math.max(0, n - dead));
      list.push({ low: less(claim.low), high: less(claim.high), possible: claim.modality === 'possible' });
      statements.set(statement, list);
      byClaimant.set(key, statements);
    }
    const voices = [...byClaimant.values()].map((s) => claimantFigure([...s.values()].map(sum)));
    // An open figure ("at least one man was shot") does not dispute another voice's count at or
    // above its low ("three people were wounded"): only figures that could disagree compete.
    const perClaimant = voices.filter((f) => f.high !== null || f.low === null || !voices.some((o) => o.high !== null && o.low !== null && o.low >= f.low!));
    const lows = perClaimant.map((f) => f.low).filter((l): l is number => l !== null);
    const highs = perClaimant.map((f) => f.high);
    let low = lows.length > 0 ? Math.min(...lows) : null;
    if (people === 0 && byClaimant.size === 0) continue;
    let high = highs.length === 0 ? people : highs.some((h) => h === null) ? null : Math.max(...(highs as number[]));
    if (people > 0) {
      low = Math.max(low ?? 0, people);
      if (high !== null && high < people) high = people;
    }
    // Rule 8 may leave nobody: everyone hit died.
    if (low === 0 && high === 0 && people === 0) continue;
    figures[measure] = { low, high };
  }
  return figures;
}
