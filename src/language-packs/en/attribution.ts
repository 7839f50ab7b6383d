/** English attribution: who makes the claim. `{x}` marks the claimant's noun phrase. */
import type { AttributionRule } from '../schema.js';

const verbs = [
  'said', 'says', 'reported', 'reports', 'claimed', 'claims', 'estimated', 'estimates', 'stated',
  'states', 'announced', 'confirmed', 'confirms', 'told', 'added', 'counted', 'documented',
  'recorded', 'denied', 'denies', 'put', 'puts', 'insisted', 'acknowledged', 'tallied',
  'warned', 'noted', 'wrote', 'explained', 'testified', 'recounted', 'recalled', 'maintained', 'maintains',
  'speaks of', 'spoke of', 'cited', 'cites', 'believes', 'believe', 'say', 'report', 'estimate', 'confirm',
  'registered',
];

export const attribution: AttributionRule[] = [
  { id: 'en.attribution.according-to', pattern: 'according to {x}', example: 'According to Amnesty International, 300 people were killed.' },
  { id: 'en.attribution.figure-given-by', pattern: 'the figure given by {x}', example: 'The figure given by the Red Cross is 40 injured.' },
  { id: 'en.attribution.figures-from', pattern: 'figures from {x}', example: 'Figures from the health ministry show 85 people died.' },
  { id: 'en.attribution.citing', pattern: 'citing {x}', example: 'Citing hospital records, 12 people died in the blast.' },
  ...['announced', 'reported', 'given', 'released', 'confirmed', 'provided', 'compiled', 'published', 'cited'].map((v) => ({
    id: `en.attribution.${v}-by`,
    pattern: `${v} by {x}`,
    example: `The 58 deaths ${v} by the mayor's office are fewer than the Health Ministry's count.`,
  })),
  { id: 'en.attribution.as-reported-by', pattern: 'as reported by {x}', example: 'As reported by the mayor, 14 people were injured.' },
  // The subject of a counting verb is who counts: "the Observatory has raised its documented count
  // to 341", "the ministry raised the death toll to 40". The count is theirs, not the publisher's.
  ...([
    ['raised its', 'The Valle Hondo Rights Observatory has raised its documented count to 58 deaths.'],
    ['revised its', 'The Valle Hondo Rights Observatory revised its tally to 58 deaths.'],
    ['raised the toll', 'The Valle Hondo Rights Observatory raised the toll to 58 dead.'],
    ['raised the death toll', 'The Valle Hondo Rights Observatory raised the death toll to 58.'],
    ['revised the death toll', 'The Valle Hondo Rights Observatory revised the death toll to 58.'],
  ] as const).map(([v, example]) => ({ id: `en.attribution.x-${v.replace(/ /g, '-')}`, pattern: `{x} ${v}`, example })),
  ...verbs.map((v) => ({
    id: `en.attribution.x-${v.replace(/ /g, '-')}`,
    pattern: `{x} ${v}`,
    example: `The Interior Ministry ${v === 'told' ? 'told reporters' : v} that 742 civilians were killed.`,
  })),
  // '…," said the mayor' and '…" said the mayor': the quote closes before the verb.
  ...['"', '”', "'"].flatMap((q, n) =>
    ['said', 'says', 'told', 'added', 'stated'].map((v) => ({
      id: `en.attribution.quote-${n}-${v}-x`,
      pattern: `, ${q} ${v} {x}`,
      example: `"They killed nine villagers,${q} ${v} Rosa Lindo.`,
    })),
  ),
  ...verbs.filter((v) => !v.includes(' ') && !['put', 'puts', 'say', 'report', 'estimate', 'confirm', 'believe', 'registered'].includes(v)).map((v) => ({
    id: `en.attribution.${v}-x`,
    pattern: `, ${v} {x}`,
    example: `Twelve people were killed, ${v} the mayor.`,
  })),
];

export const claimantAdverbs = [
  'still', 'also', 'later', 'now', 'then', 'again', 'repeatedly', 'previously', 'initially', 'officially',
  'publicly', 'has', 'have', 'had', 'first', 'separately', 'earlier',
];
export const pronouns = ['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'this', 'that', 'there', 'one'];
export const determiners = ['the', 'a', 'an'];
