/** The English language pack, assembled from its data files. */
import type { LanguagePackInput } from '../schema.js';
import { attribution, claimantAdverbs, determiners, pronouns } from './attribution.js';
import { abbreviations, months, recalls, renewals } from './calendar.js';
import { containments, destinations } from './links.js';
import { exonyms } from './exonyms.js';
import { framing } from './framing.js';
import { individuals } from './individuals.js';
import { scope } from './scope.js';
import { breakers, fillers, groupJoiners, groupLists, members, subgroups } from './links.js';
import { measures, tollRaisers, tollVerbs } from './measures.js';
import { modality } from './modality.js';
import { nonToll } from './non-toll.js';
import { hedges, indefinites, numberWords, numberWordTriggers, ranges, scales, vague } from './numbers.js';
import { subjects } from './subjects.js';

export const en: LanguagePackInput = {
  lang: 'en',
  name: 'English',
  recognizerCulture: 'en-us',
  decimalSeparator: '.',
  scales,
  numberWords,
  numberWordTriggers,
  vague,
  indefinites,
  hedges,
  ranges,
  measures,
  tollVerbs,
  tollRaisers,
  groupLists,
  groupJoiners,
  subjects,
  fillers,
  breakers,
  attribution,
  claimantAdverbs,
  pronouns,
  determiners,
  modality,
  subgroups,
  members,
  nonToll,
  months,
  abbreviations,
  framing,
  individuals,
  scope,
  connectives: {
    conjunctions: ['and', 'or'],
    adversatives: ['but'],
    // Names keep their own particles in English text too: "San Telmo de Arriba", "Ramos y Mejía".
    nameJoiners: ['of', 'the', 'for', 'de', 'del', 'la', 'las', 'los', 'el', 'y', 'da', 'do', 'dos', 'van', 'von'],
    placePrepositions: ['in', 'at', 'near', 'outside', 'inside'],
    alternatives: ['even', 'perhaps', 'maybe'],
    agents: ['by'],
  },
  negativeSubjects: ['none', 'nobody', 'no one', 'neither'],
  placeRelatives: ['where'],
  clauseOpeners: ['where', 'whereas', 'which', 'bringing', 'raising', 'taking', 'but'],
  negations: ['no', 'not', 'nobody', 'none', 'never', 'neither', 'nor', "n't", 'without'],
  exonyms,
  recalls,
  renewals,
  destinations,
  containments,
};
