/** English words a source may use to name an event: recorded as that source's framing, never adopted. */
import type { FramingRule } from '../schema.js';

const f = (frame: string, phrase: string, example: string): FramingRule => ({
  id: `en.framing.${phrase.replace(/\s+/g, '-')}`, frame, phrase, example,
});

export const framing: FramingRule[] = [
  f('massacre', 'massacre', 'the massacre in San Telmo left 40 dead'),
  f('genocide', 'genocide', 'activists called the killings a genocide'),
  f('tragedy', 'tragedy', 'the tragedy claimed 12 lives'),
  f('clashes', 'clashes', 'clashes between troops and rebels left 12 dead'),
  f('attack', 'attack', 'the attack killed 12 people'),
  f('incident', 'incident', 'the incident left 3 injured'),
  f('terrorist attack', 'terrorist attack', 'the terrorist attack killed 12 people'),
  f('ethnic cleansing', 'ethnic cleansing', 'observers described ethnic cleansing'),
  f('bombing', 'bombing', 'the bombing killed 12 people'),
  f('shooting', 'shooting', 'the shooting left 3 injured'),
  f('ambush', 'ambush', 'the ambush killed 6 soldiers'),
  f('operation', 'operation', 'the army said the operation killed 12 militants'),
  f('disaster', 'disaster', 'the disaster left 40 dead'),
  f('atrocity', 'atrocity', 'the atrocity left 40 dead'),
  f('war crime', 'war crime', 'a war crime that killed 40'),
  f('crackdown', 'crackdown', 'the crackdown left 12 dead'),
  f('riot', 'riot', 'the riot left 12 injured'),
  f('massacre', 'rampage', 'the rampage in Puerto Lobos left 9 dead'),
  f('confrontation', 'confrontation', 'a confrontation left 2 dead'),
];
