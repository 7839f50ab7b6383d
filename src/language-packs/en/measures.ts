/**
 * English measure cues. `position` is where the cue stands relative to its number: after it
 * ("12 were killed", "12 deaths"), before it ("killed 12", "the death toll rose to 12") or either.
 */
import type { LanguagePackInput } from '../schema.js';

type M = LanguagePackInput['measures'][number];
const verb = (measure: M['measure'], name: string, phrase: string, example: string, position: M['position'] = 'either'): M =>
  ({ id: `en.measure.${name}`, measure, phrase, position, kind: 'verbal', example });
const noun = (measure: M['measure'], name: string, phrase: string, example: string, position: M['position'] = 'after'): M =>
  ({ id: `en.measure.${name}`, measure, phrase, position, kind: 'nominal', example });
const toll = (measure: M['measure'], name: string, phrase: string, example: string): M =>
  ({ id: `en.measure.${name}`, measure, phrase, position: 'before', kind: 'toll', example });

const BASE_FORM_BLOCKERS = ['to', 'will', "'ll", 'would', 'could', 'might', 'may', 'should', 'must', 'can', 'cannot'];

export const measures: M[] = [
  // killed
  verb('killed', 'killed', 'killed', '742 civilians were killed'),
  verb('killed', 'killing', 'killing', 'the blast ripped through the market, killing 12 people', 'before'),
  verb('killed', 'kills', 'kills', 'a car bomb kills 12 people', 'before'),
  // "threatened to kill 10 judges", "the wounded may die": the base form after "to" or a modal
  // states an intent or a risk, not a death.
  { ...verb('killed', 'kill', 'kill', 'gunmen kill 12 villagers', 'before'), unlessPrecededBy: BASE_FORM_BLOCKERS },
  { ...verb('killed', 'died', 'died', 'nearly 50 people died'), intransitive: true },
  { ...verb('killed', 'die', 'die', 'three more patients die after the fire', 'after'), intransitive: true, unlessPrecededBy: BASE_FORM_BLOCKERS },
  { ...verb('killed', 'dies', 'dies', 'one person dies in crash', 'after'), intransitive: true },
  { ...verb('killed', 'dead', 'dead', '12 people were dead'), intransitive: true },
  verb('killed', 'shot-dead', 'shot dead', 'two men were shot dead'),
  verb('killed', 'slain', 'slain', 'four villagers were slain'),
  verb('killed', 'murdered', 'murdered', 'nine farmers were murdered'),
  verb('killed', 'assassinated', 'assassinated', 'the mayor was assassinated on Sunday'),
  verb('killed', 'assassinating', 'assassinating', 'the group admitted assassinating two judges', 'before'),
  { ...toll('killed', 'assassination-of', 'assassination of', 'the assassination of Judge Ana Ruiz'), namesOne: true },
  { ...toll('killed', 'assassinations-of', 'assassinations of', 'the assassinations of six priests'), namesOne: true },
  verb('killed', 'massacred', 'massacred', '40 villagers were massacred'),
  verb('killed', 'executed', 'executed', 'six prisoners were executed'),
  { ...verb('killed', 'lost-their-lives', 'lost their lives', '30 people lost their lives'), intransitive: true },
  { ...verb('killed', 'lost-his-life', 'lost his life', 'a firefighter lost his life'), intransitive: true },
  { ...verb('killed', 'lost-her-life', 'lost her life', 'a nurse lost her life'), intransitive: true },
  { ...verb('killed', 'pronounced-dead', 'pronounced dead', 'the victim was pronounced dead at the scene', 'after'), intransitive: true },
  { ...verb('killed', 'pronounced-deceased', 'pronounced deceased', 'the driver was later pronounced deceased at the hospital', 'after'), intransitive: true },
  { ...verb('killed', 'found-dead', 'found dead', 'Malone Amason was found dead in a parking lot', 'after'), intransitive: true },
  { ...verb('killed', 'succumbed', 'succumbed', 'the officer succumbed to his injuries', 'after'), intransitive: true },
  verb('killed', 'shot-to-death', 'shot to death', 'two men were shot to death'),
  verb('killed', 'stabbed-to-death', 'stabbed to death', 'a woman was stabbed to death'),
  verb('killed', 'beaten-to-death', 'beaten to death', 'a man was beaten to death'),
  verb('killed', 'gunned-down', 'gunned down', 'three farmers were gunned down'),
  { ...verb('killed', 'perished', 'perished', '200 migrants perished at sea'), intransitive: true },
  verb('killed', 'fatally-shot', 'fatally shot', 'a man was fatally shot'),
  verb('killed', 'fatally-wounded', 'fatally wounded', 'a teenager was fatally wounded'),
  verb('killed', 'fatally-injured', 'fatally injured', 'a pedestrian was fatally injured'),
  verb('killed', 'claimed-the-lives-of', 'claimed the lives of', 'the attack claimed the lives of 30 people', 'before'),
  noun('killed', 'deaths', 'deaths', 'the floods caused 742 deaths'),
  // "two death squads", "a death sentence": the noun names something else.
  { ...noun('killed', 'death', 'death', 'there was one death'), unlessFollowedBy: ['squad', 'squads', 'sentence', 'sentences', 'penalty', 'threat', 'threats', 'row', 'certificate', 'certificates', 'warrant'] },
  noun('killed', 'fatalities', 'fatalities', 'the crash caused 12 fatalities'),
  noun('killed', 'fatality', 'fatality', 'police confirmed one fatality'),
  noun('killed', 'casualties-dead', 'dead bodies', 'rescuers recovered 40 dead bodies'),
  noun('killed', 'bodies', 'bodies', 'rescuers recovered 14 bodies'),
  { ...noun('killed', 'victims-killed', 'homicide victims', 'there were 12 homicide victims'), person: true },
  toll('killed', 'death-toll', 'death toll', 'the death toll rose to 742'),
  toll('killed', 'toll', 'toll', 'the toll stands at 40'),
  toll('killed', 'number-of-dead', 'number of dead', 'the number of dead reached 85'),
  ...(['killed', 'injured', 'wounded', 'missing', 'displaced', 'detained', 'abducted'] as const).flatMap((w) =>
    ['people', 'civilians', 'soldiers', 'troops'].map((who) =>
      toll(w === 'wounded' ? 'injured' : w, `number-of-${who}-${w}`, `number of ${who} ${w}`, `the number of ${who} ${w} rose to 212`),
    ),
  ),
  toll('killed', 'number-of-deaths', 'number of deaths', 'the number of deaths rose to 85'),
  // "28 bodies of farmers were found": the count may stand before the phrase as well as after it.
  { ...toll('killed', 'bodies-of', 'bodies of', 'the bodies of 14 men were found'), namesOne: true, position: 'either' },
  { ...toll('killed', 'body-of', 'body of', 'the body of a man was found in the river'), namesOne: true },
  // "500 body cameras", "body armor": the noun names a thing worn on the body, not a corpse.
  { ...noun('killed', 'body', 'body', "Caskey's body was taken to the crime laboratory"), intransitive: true, unlessFollowedBy: ['camera', 'cameras', 'cam', 'cams', 'armor', 'armour', 'armors', 'bag', 'bags', 'shop', 'shops', 'language', 'wash', 'spray'] },
  { ...toll('killed', 'deaths-of', 'deaths of', 'the deaths of 14 miners'), namesOne: true },
  { ...toll('killed', 'death-of', 'death of', 'the shooting death of 38-year-old Goldie Long'), namesOne: true },
  { ...toll('killed', 'killing-of', 'killing of', 'the killing of 40 villagers'), namesOne: true },
  { ...toll('killed', 'killings-of', 'killings of', 'the killings of 40 villagers'), namesOne: true },
  { ...toll('killed', 'murder-of', 'murder of', 'the murder of four students'), namesOne: true },
  { ...toll('killed', 'murders-of', 'murders of', 'the murders of four students'), namesOne: true },
  { ...toll('killed', 'massacre-of', 'massacre of', 'the massacre of six farmers in Valle Hondo'), namesOne: true },
  { ...toll('killed', 'massacres-of', 'massacres of', 'the massacres of 40 villagers'), namesOne: true },
  // "the killers of the six priests": naming who killed them states that they were killed.
  { ...toll('killed', 'killers-of', 'killers of', 'the killers of the six priests were never tried'), namesOne: true },
  { ...toll('killed', 'murderers-of', 'murderers of', 'the murderers of two reporters walked free'), namesOne: true },
  // "a double homicide", "a triple shooting": the event's name states its count.
  ...([['double', 2], ['triple', 3], ['quadruple', 4]] as const).flatMap(([w, n]) => [
    { ...toll('killed', `${w}-homicide`, `${w} homicide`, `police are investigating a ${w} homicide in Puerto Lobos`), count: n },
    { ...toll('killed', `${w}-murder`, `${w} murder`, `police are investigating a ${w} murder in Puerto Lobos`), count: n },
    // Everyone hit, the dead included (figures rule 8).
    { ...toll('injured', `${w}-shooting`, `${w} shooting`, `police are investigating a ${w} shooting in Puerto Lobos`), count: n, weak: true },
  ]),
  // injured
  verb('injured', 'injured', 'injured', '30 people were injured'),
  verb('injured', 'injuring', 'injuring', 'the blast killed 12, injuring 30', 'before'),
  verb('injured', 'wounded', 'wounded', 'six soldiers were wounded'),
  verb('injured', 'wounding', 'wounding', 'the attack killed 4, wounding 11', 'before'),
  verb('injured', 'injures', 'injures', 'a blast kills one, injures three more', 'before'),
  verb('injured', 'wounds', 'wounds', 'a gunman wounds two others outside a bar', 'before'),
  verb('injured', 'hurt', 'hurt', 'four children were hurt'),
  verb('injured', 'grazed', 'grazed', 'one person was grazed by a bullet', 'after'),
  verb('injured', 'hospitalized', 'hospitalized', '14 people were hospitalized'),
  verb('injured', 'hospitalised', 'hospitalised', '14 people were hospitalised'),
  verb('injured', 'treated-for-injuries', 'treated for injuries', '20 people were treated for injuries', 'after'),
  verb('injured', 'suffered-injuries', 'suffered injuries', 'three officers suffered injuries', 'after'),
  // "accused of shooting his wife": the gerund with a person after it; "the shooting" is the event.
  { ...verb('injured', 'shooting', 'shooting', 'he is accused of shooting his neighbour in Valle Hondo', 'before'), weak: true, objectOnly: true, unlessFollowedBy: ['himself', 'herself', 'themselves'] },
  { ...verb('injured', 'shot', 'shot', 'two men were shot in the leg', 'after'), weak: true, unlessFollowedBy: ['at', 'down', 'up', 'and', 'himself', 'herself', 'themselves'] },
  // "the victim was struck in the leg", "fired, striking Tomas Ugarte": a bullet hit someone, outcome
  // unsaid (like "shot"); only a person counts, so "struck the vehicle" or "struck a deal" is nothing.
  { ...verb('injured', 'struck', 'struck', 'the victim was struck in the leg in Puerto Lobos', 'after'), weak: true, unlessFollowedBy: ['down', 'back', 'out', 'off', 'a', 'an', 'again'], needsPerson: true },
  { ...verb('injured', 'striking', 'striking', 'the gunman fired, striking Tomas Ugarte in the leg', 'before'), weak: true, objectOnly: true },
  { ...verb('injured', 'critical-condition', 'in critical condition', 'the victim is in critical condition', 'after'), intransitive: true },
  { ...verb('injured', 'stable-condition', 'in stable condition', 'the boy is in stable condition', 'after'), intransitive: true },
  { ...verb('injured', 'serious-condition', 'in serious condition', 'the man was listed in serious condition', 'after'), intransitive: true },
  { ...verb('injured', 'non-life-threatening', 'non-life-threatening injuries', 'the woman suffered non-life-threatening injuries', 'after'), intransitive: true },
  { ...verb('injured', 'life-threatening', 'life-threatening injuries', 'the man suffered life-threatening injuries', 'after'), intransitive: true },
  // Copy often drops the hyphens: "non life threatening injuries".
  { ...verb('injured', 'non-life-threatening-unhyphenated', 'non life threatening injuries', 'the woman suffered non life threatening injuries', 'after'), intransitive: true },
  { ...verb('injured', 'life-threatening-unhyphenated', 'life threatening injuries', 'the man was taken to hospital with life threatening injuries', 'after'), intransitive: true },
  { ...verb('injured', 'critical-injuries', 'critical injuries', 'the driver was taken to hospital with critical injuries', 'after'), intransitive: true },
  { ...verb('injured', 'gunshot-wound', 'gunshot wound', 'the man suffered a gunshot wound to the leg', 'after'), intransitive: true },
  { ...verb('injured', 'gunshot-wounds', 'gunshot wounds', 'two men suffered gunshot wounds', 'after'), intransitive: true },
  { ...verb('injured', 'bullet-wound', 'bullet wound', 'the driver has a bullet wound in the arm', 'after'), intransitive: true },
  { ...verb('injured', 'bullet-wounds', 'bullet wounds', 'four people have bullet wounds', 'after'), intransitive: true },
  { ...toll('injured', 'injury-of', 'injury of', 'the blast resulted in the injury of six people'), namesOne: true },
  toll('injured', 'injuries-to', 'injuries to', 'the blast caused injuries to six people'),
  { ...toll('injured', 'wounding-of', 'wounding of', 'the wounding of six soldiers'), namesOne: true },
  { ...verb('injured', 'critically-ill', 'critically ill', 'the reporter is critically ill', 'after'), intransitive: true },
  noun('injured', 'injuries', 'injuries', 'the crash caused 12 injuries'),
  noun('injured', 'wounded-noun', 'wounded people', 'hospitals received 200 wounded people'),
  toll('injured', 'number-of-injured', 'number of injured', 'the number of injured rose to 70'),
  toll('injured', 'number-of-wounded', 'number of wounded', 'the number of wounded rose to 70'),
  // disabled
  verb('disabled', 'disabled', 'permanently disabled', 'four children were left permanently disabled'),
  verb('disabled', 'maimed', 'maimed', '12 people were maimed by the mines'),
  verb('disabled', 'paralysed', 'paralysed', 'two survivors were paralysed'),
  verb('disabled', 'paralyzed', 'paralyzed', 'two survivors were paralyzed'),
  verb('disabled', 'lost-limbs', 'lost limbs', '9 people lost limbs', 'after'),
  { ...noun('disabled', 'amputees', 'amputees', 'the clinic counted 35 amputees'), person: true },
  noun('disabled', 'amputations', 'amputations', 'surgeons performed 35 amputations'),
  // missing
  { ...verb('missing', 'missing', 'missing', '200 people are missing'), intransitive: true },
  { ...verb('missing', 'unaccounted-for', 'unaccounted for', '12 people remain unaccounted for', 'after'), intransitive: true },
  { ...verb('missing', 'disappeared', 'disappeared', '43 students disappeared'), intransitive: true },
  verb('missing', 'forcibly-disappeared', 'forcibly disappeared', '43 students were forcibly disappeared'),
  toll('missing', 'number-of-missing', 'number of missing', 'the number of missing stands at 31'),
  // abducted
  verb('abducted', 'abducted', 'abducted', '20 schoolgirls were abducted'),
  verb('abducted', 'kidnapped', 'kidnapped', 'gunmen kidnapped five engineers'),
  verb('abducted', 'taken-hostage', 'taken hostage', '30 passengers were taken hostage'),
  verb('abducted', 'held-hostage', 'held hostage', '30 passengers were held hostage'),
  verb('abducted', 'seized', 'seized', 'rebels seized 12 aid workers', 'before'),
  { ...noun('abducted', 'hostages', 'hostages', 'the group holds 130 hostages'), person: true },
  { ...noun('abducted', 'hostage', 'hostage', 'one hostage was freed'), person: true },
  { ...noun('abducted', 'captives', 'captives', 'the rebels released 12 captives'), person: true },
  { ...toll('abducted', 'abduction-of', 'abduction of', 'the abduction of 20 schoolgirls'), namesOne: true },
  { ...toll('abducted', 'kidnapping-of', 'kidnapping of', 'the kidnapping of five engineers'), namesOne: true },
  // detained
  verb('detained', 'detained', 'detained', '300 protesters were detained'),
  verb('detained', 'arrested', 'arrested', 'police arrested 45 people'),
  verb('detained', 'jailed', 'jailed', '12 journalists were jailed'),
  verb('detained', 'imprisoned', 'imprisoned', '12 journalists were imprisoned'),
  verb('detained', 'taken-into-custody', 'taken into custody', '12 men were taken into custody', 'after'),
  { ...noun('detained', 'detainees', 'detainees', 'the camp holds 900 detainees'), person: true },
  noun('detained', 'arrests', 'arrests', 'police made 45 arrests'),
  { ...toll('detained', 'arrest-of', 'arrest of', 'the arrest of 45 protesters'), namesOne: true },
  { ...toll('detained', 'detention-of', 'detention of', 'the detention of 45 protesters'), namesOne: true },
  // displaced
  verb('displaced', 'displaced', 'displaced', '8,400 people were displaced'),
  { ...verb('displaced', 'fled', 'fled', '120 people fled the area', 'after'), intransitive: true },
  verb('displaced', 'fled-their-homes', 'fled their homes', '8,400 people fled their homes', 'after'),
  verb('displaced', 'forced-from-their-homes', 'forced from their homes', '3,000 families were forced from their homes', 'after'),
  verb('displaced', 'homeless', 'left homeless', '2,000 people were left homeless', 'after'),
  verb('displaced', 'evacuated', 'evacuated', '5,000 residents were evacuated'),
  verb('displaced', 'uprooted', 'uprooted', '12,000 people were uprooted'),
  { ...noun('displaced', 'refugees', 'refugees', 'the camp shelters 12,000 refugees'), person: true },
  noun('displaced', 'displaced-people', 'displaced people', 'the region hosts 8,400 displaced people'),
  noun('displaced', 'internally-displaced', 'internally displaced', '8,400 internally displaced persons'),
  // orphaned
  verb('orphaned', 'orphaned', 'orphaned', '60 children were orphaned'),
  { ...noun('orphaned', 'orphans', 'orphans', 'the massacre created 60 orphans'), person: true },
];

/**
 * Verbs that carry a toll noun's number past the words placing the toll: "the death toll from the
 * floods in Rio Seco rose to 742". Only a toll cue ("death toll", "number of dead") links that far.
 */
export const tollVerbs: LanguagePackInput['tollVerbs'] = [
  ['rose-to', 'rose to'], ['risen-to', 'risen to'], ['climbed-to', 'climbed to'], ['jumped-to', 'jumped to'],
  ['increased-to', 'increased to'], ['grew-to', 'grew to'], ['reached', 'reached'], ['stands-at', 'stands at'],
  ['stood-at', 'stood at'], ['totals', 'totals'], ['totaled', 'totaled'], ['totalled', 'totalled'],
].map(([name, phrase]) => ({
  id: `en.toll-verb.${name}`,
  phrase: phrase!,
  example: `The death toll from the floods in Rio Seco and Valle Hondo ${phrase} 742.`,
}));

/**
 * Verbs that set the number before the toll noun they name, the order of an official update:
 * "prosecutors in Rio Seco raised to 40 the number of dead" (the usual "raised the death toll to
 * 40" needs none: the toll cue comes first).
 */
export const tollRaisers: LanguagePackInput['tollRaisers'] = [
  ['raised-to', 'raised to'], ['raises-to', 'raises to'], ['brought-to', 'brought to'], ['brings-to', 'brings to'],
  ['increased-to', 'increased to'], ['revised-to', 'revised to'], ['lifted-to', 'lifted to'],
].map(([name, phrase]) => ({
  id: `en.toll-raiser.${name}`,
  phrase: phrase!,
  example: `Prosecutors in Rio Seco ${phrase} 40 the number of dead.`,
}));
