/** English readings of one person counted without a number ("the victim died", "Ana Ruiz was killed"). */
import type { Individuals } from '../schema.js';

export const individuals: Individuals = {
  rules: [
    { id: 'en.individual.definite', kind: 'definite', example: 'The victim died at the hospital.' },
    { id: 'en.individual.bare', kind: 'bare', example: 'Man shot dead in Puerto Lobos' },
    { id: 'en.individual.name', kind: 'name', example: 'Police said that Tomas Ugarte was killed in the robbery.' },
    { id: 'en.individual.pronoun', kind: 'pronoun', example: 'He died later at the hospital.' },
    { id: 'en.individual.object', kind: 'object', example: 'A gunman killed his wife on Sunday.' },
    { id: 'en.individual.unresolved', kind: 'unresolved', example: 'Teen shot at birthday party dies' },
    { id: 'en.individual.possessive', kind: 'possessive', example: 'The court reopened the case of Judge Rosa Ibarra\'s murder on Monday.' },
    { id: 'en.individual.with-group', kind: 'with-group', example: 'Union leader Rosa Ibarra and seven other people were killed in the blast.' },
    // Not one person: a numbered group the cue speaks of again (pipeline/claims/read-group-anaphor.ts).
    { id: 'en.individual.group', kind: 'group', example: 'Two brothers were shot in Puerto Lobos and later died at the hospital.' },
    // The same, across a sentence: the group the sentence right before ended with.
    { id: 'en.individual.group-before', kind: 'group-before', example: 'Two brothers were shot on Calle Mora in Puerto Lobos. They died at the hospital.' },
    // An ordinal standing for its noun: a person set apart from the one counted before.
    { id: 'en.individual.elliptical', kind: 'elliptical', example: 'One man died on Calle Mora and a second was wounded.' },
    // A named person among a counted total: one of them, part of the total (not added to it).
    { id: 'en.individual.included', kind: 'included', example: 'Nine people were killed in Puerto Lobos, including union leader Rosa Ibarra.' },
    { id: 'en.individual.aside', kind: 'aside', example: 'The assassination in Puerto Lobos of Tomas Ugarte shocked the town.' },
  ],
  nouns: [
    'man', 'woman', 'boy', 'girl', 'child', 'baby', 'infant', 'toddler', 'teen', 'teenager', 'youth',
    'victim', 'person', 'officer', 'policeman', 'deputy', 'trooper', 'soldier', 'driver', 'passenger',
    'resident', 'student', 'father', 'mother', 'son', 'daughter', 'husband', 'wife', 'brother', 'sister',
    'girlfriend', 'boyfriend', 'friend', 'neighbor', 'neighbour', 'grandmother', 'grandfather', 'uncle',
    'aunt', 'cousin', 'nephew', 'niece', 'stepfather', 'stepson', 'clerk', 'cashier', 'guard', 'owner',
    'employee', 'worker', 'customer', 'pedestrian', 'bystander', 'suspect', 'gunman', 'shooter',
    'robber', 'intruder', 'homeowner', 'roommate', 'patron', 'farmer', 'villager', 'civilian', 'journalist',
    'doctor', 'nurse', 'teacher', 'priest', 'mayor', 'judge', 'leader', 'activist', 'fighter', 'rebel',
    'reporter', 'senator', 'congressman', 'official', 'commander', 'councilman', 'councilwoman', 'councillor', 'councilor', 'governor', 'minister',
    'candidate', 'businessman', 'politician', 'lawyer', 'attorney', 'agent', 'inspector', 'sergeant',
    'captain', 'colonel', 'lieutenant', 'corporal', 'guerrilla', 'peasant', 'diplomat', 'ambassador',
  ],
  determiners: ['the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your'],
  pronouns: ['he', 'she'],
  objectPronouns: ['him', 'her'],
  passives: ['was', 'were', 'is', 'are', 'been', 'be', 'being', 'got', 'gets', 'get'],
  another: ['another', 'second', 'third', 'other'],
  ordinals: [['second'], ['third']],
  between: [
    'later', 'also', 'fatally', 'reportedly', 'allegedly', 'then', 'initially', 'subsequently', 'eventually',
    'ultimately', 'tragically', 'apparently', 'and', 'had', 'has', 'have', 'suffered', 'suffering', 'sustained',
    'a', 'an', 'from', 'listed', 'remains', 'remained', 'still', 'now', 'seriously', 'critically', 'slightly',
    'badly', 'gravely', 'severely', 'lightly', 'mortally', 'accidentally', 'instantly', 'immediately', 'with',
    'brutally', 'mercilessly', 'savagely', 'cruelly',
  ],
  relatives: ['who', 'that'],
  plurals: ['were', 'are', 'have', 'they', 'people', 'both', 'all', 'others', 'several', 'many'],
  locatives: ['in', 'at', 'near', 'on', 'from', 'of', 'to', 'outside', 'inside'],
  placeNouns: ['street', 'avenue', 'road', 'boulevard', 'village', 'town', 'city', 'county', 'township', 'district'],
  notNames: [
    'police', 'officers', 'authorities', 'officials', 'sheriff', 'the', 'a', 'an', 'he', 'she', 'it',
    'they', 'we', 'i', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'witnesses', 'investigators', 'detectives', 'deputies', 'troopers', 'residents', 'neighbors',
    'his', 'her', 'their', 'one', 'two', 'three', 'all', 'both', 'each', 'none', 'several', 'many', 'some', 'no', 'nobody', 'everyone', 'someone', 'anyone',
    'who', 'which', 'that', 'this', 'there', 'where', 'when', 'after', 'before', 'but', 'and',
  ],
  possessives: ["'s", '’s'],
};
