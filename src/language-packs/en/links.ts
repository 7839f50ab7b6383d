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
