/**
 * English words that may stand between a number and its measure cue ("12 people WERE REPORTEDLY
 * killed"), words that break that link, and subgroup markers ("among them").
 */
import type { LanguagePackInput } from '../schema.js';

export const fillers: string[] = [
  'were', 'was', 'are', 'is', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'may',
  'might', 'could', 'also', 'all', 'later', 'reportedly', 'allegedly', 'apparently', 'still', 'now',
  'confirmed', 'believed', 'feared', 'reported', 'said', 'thought', 'known', 'presumed', 'to', 'who',
  'that', 'of', 'them', 'whom', 'in', 'the', 'attack', 'left', 'remain', 'remained', 'got', 'get',
  'seriously', 'critically', 'slightly', 'severely', 'badly', 'gravely', 'fatally', 'mortally', 'lightly',
  'and', 'or', 'were', 'so', 'far', 'officially', 'either', 'both', 'instantly', 'immediately',
  'found', 'people', 'more', 'other', 'others', 'additional', 'further', 'unarmed', 'innocent',
  'rose', 'risen', 'climbed', 'reached', 'stood', 'stands', 'stand', 'at', 'hit', 'jumped', 'increased',
  'grew', 'passed', 'topped', 'exceeded', 'surpassed', 'is', 'now', 'has', 'rising', 'a', 'total',
  'put', 'puts', 'brought', 'bringing', 'raising', 'raised', 'its', 'their', 'his', 'her', 'by',
  'among', 'from', 'as', 'on', 'with', 'being', 'then', 'again', 'dead', 'shot', 'stabbed', 'beaten',
  'burned', 'hacked', 'hanged', 'tortured', 'suspected', 'alleged', 'there', "'s", 'just', 'only',
];

export const breakers: string[] = [
  'but', 'while', 'whereas', 'although', 'though', 'when', 'after', 'before', 'since', 'because',
  'if', 'than', 'once', 'last', 'previous', 'earlier', 'year', 'years', 'ago',
];

export const subgroups: LanguagePackInput['subgroups'] = [
  { id: 'en.subgroup.among-them', phrase: 'among them', example: '350 civilians were killed, among them 90 women' },
  { id: 'en.subgroup.among-whom', phrase: 'among whom', example: '350 civilians were killed, among whom 90 women' },
  { id: 'en.subgroup.including', phrase: 'including', example: '350 civilians, including 41 children, were killed' },
  { id: 'en.subgroup.of-whom', phrase: 'of whom', example: '350 civilians were killed, of whom 90 were women' },
  { id: 'en.subgroup.n-of-whom', phrase: 'of whom', position: 'after', example: 'at least 40 civilians were killed, 12 of whom were children' },
  { id: 'en.subgroup.of-them', phrase: 'of them', position: 'after', example: '350 civilians were killed, 90 of them women' },
  { id: 'en.subgroup.among-the-dead', phrase: 'among the dead were', example: '350 people were killed; among the dead were 41 children' },
];

/** "one of the dead": the number picks a member out of the people the cue names. */
export const members: LanguagePackInput['members'] = [
  { id: 'en.member.of-the', phrase: 'of the', example: 'Police said Tomas Ugarte was one of the dead.' },
  { id: 'en.member.of-those', phrase: 'of those', example: 'Rosa Ibarra was one of those killed in the blast in Puerto Lobos.' },
];

/** A comma listing one more group of people before the cue they share (each group with its person noun). */
export const groupLists: LanguagePackInput['groupLists'] = [
  { id: 'en.group-list.comma', phrase: ',', example: 'Two soldiers, a police officer and a child were killed in Valle Hondo.' },
];

/**
 * Words right before a place that make it where someone or something was going, not where anything
 * happened: "an ambush on the road TO Los Tilos". The place is the road's, or the one before it.
 */
export const destinations: string[] = [
  'road to', 'highway to', 'route to', 'way to', 'heading to', 'headed to', 'heading for', 'bound for',
  'fled to', 'evacuated to', 'taken to', 'moved to', 'rushed to', 'flown to', 'airlifted to', 'transferred to',
];

/** Words that add one more group to those a cue counts, as a conjunction does. */
export const groupJoiners: LanguagePackInput['groupJoiners'] = [
  { id: 'en.group-joiner.as-well-as', phrase: 'as well as', example: 'Two soldiers as well as three civilians were killed in Valle Hondo.' },
  { id: 'en.group-joiner.along-with', phrase: 'along with', example: 'The mayor of Valle Hondo was killed near his home, along with two of his guards.' },
  { id: 'en.group-joiner.together-with', phrase: 'together with', example: 'Gunmen killed two farmers together with three of their children in Valle Hondo.' },
];

/**
 * Phrases saying one place lies inside another ("{inner}" in "{outer}"), for event grouping; the
 * plainer "Y, X", "Y (X)", "Y in X" are read by pipeline/events/find-containment.ts itself. A
 * neighbourhood is a `part` of its city: an event there takes the city's name.
 */
export const containments: LanguagePackInput['containments'] = [
  { id: 'en.containment.neighbourhood-of', phrase: '{inner} neighbourhood of {outer}', part: true, example: 'A fire swept through the Loma Alta neighbourhood of Villa Sur.' },
  { id: 'en.containment.neighbourhoods-of', phrase: '{inner} neighbourhoods of {outer}', part: true, example: 'Floods hit the Loma Alta and El Bajo neighbourhoods of Villa Sur.' },
  { id: 'en.containment.neighborhood-of', phrase: '{inner} neighborhood of {outer}', part: true, example: 'Gunmen stormed the Loma Alta neighborhood of Villa Sur.' },
  { id: 'en.containment.neighborhoods-of', phrase: '{inner} neighborhoods of {outer}', part: true, example: 'Floods hit the Loma Alta and El Bajo neighborhoods of Villa Sur.' },
  { id: 'en.containment.a-neighbourhood-of', phrase: '{inner}, a neighbourhood of {outer}', part: true, example: 'Loma Alta, a neighbourhood of Villa Sur, lost its school.' },
  { id: 'en.containment.a-neighborhood-of', phrase: '{inner}, a neighborhood of {outer}', part: true, example: 'Loma Alta, a neighborhood of Villa Sur, lost its school.' },
  { id: 'en.containment.a-district-of', phrase: '{inner}, a district of {outer}', part: true, example: 'Loma Alta, a district of Villa Sur, was shelled overnight.' },
  { id: 'en.containment.a-suburb-of', phrase: '{inner}, a suburb of {outer}', part: true, example: 'Loma Alta, a suburb of Villa Sur, was shelled overnight.' },
  { id: 'en.containment.in-the-city-of', phrase: '{inner}, in the city of {outer}', part: true, example: 'The mudslide buried Loma Alta and El Bajo, in the city of Villa Sur.' },
  { id: 'en.containment.a-village-in', phrase: '{inner}, a village in {outer}', example: 'Loma Alta, a village in Villa Sur province, was attacked.' },
];
