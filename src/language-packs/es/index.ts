/** The Spanish language pack, assembled from its data files. */
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

export const es: LanguagePackInput = {
  lang: 'es',
  name: 'Español',
  recognizerCulture: 'es-es',
  decimalSeparator: ',',
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
    conjunctions: ['y', 'e', 'o', 'u'],
    adversatives: ['pero'],
    // English names keep theirs in Spanish text: "Ministry of Health", "Save the Children".
    nameJoiners: ['de', 'del', 'la', 'las', 'los', 'el', 'para', 'of', 'the', 'for'],
    placePrepositions: ['en', 'cerca'],
    alternatives: ['incluso', 'quizás'],
    agents: ['por'],
  },
  negativeSubjects: ['nadie', 'ninguno', 'ninguna', 'ningún'],
  placeRelatives: ['donde'],
  clauseOpeners: ['donde', 'con lo que', 'lo que', 'pero', 'aunque'],
  negations: ['no', 'nadie', 'ninguno', 'ninguna', 'ningún', 'ni', 'nunca', 'sin'],
  exonyms,
  recalls,
  renewals,
  destinations,
  containments,
};
