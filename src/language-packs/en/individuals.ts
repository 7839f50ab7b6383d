/** English readings of one person counted without a number ("the victim died", "Ana Ruiz was killed"). */
import type { Individuals } from '../schema.js';

export const individuals: Individuals = {
  rules: [
    { id: 'en.individual.definite', kind: 'definite', example: 'The victim died at the hospital.' },
    { id: 'en.individual.bare', kind: 'bare', example: 'Man shot dead in Westwood' },
    { id: 'en.individual.name', kind: 'name', example: 'Police said Malone Amason was killed on Tuesday.' },
    { id: 'en.individual.pronoun', kind: 'pronoun', example: 'He died later at the hospital.' },
    { id: 'en.individual.object', kind: 'object', example: 'A gunman killed his wife on Sunday.' },
    { id: 'en.individual.unresolved', kind: 'unresolved', example: 'Shot at a party on Saturday, she later died.' },
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
    'reporter', 'senator', 'congressman', 'official', 'commander', 'councilman', 'governor', 'minister',
    'candidate', 'businessman', 'politician', 'lawyer', 'attorney', 'agent', 'inspector', 'sergeant',
    'captain', 'colonel', 'lieutenant', 'corporal', 'guerrilla', 'peasant', 'diplomat', 'ambassador',
  ],
  determiners: ['the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your'],
  pronouns: ['he', 'she'],
  objectPronouns: ['him', 'her'],
  passives: ['was', 'were', 'is', 'are', 'been', 'be', 'being', 'got', 'gets', 'get'],
  another: ['another', 'second', 'third', 'other'],
  between: [
    'later', 'also', 'fatally', 'reportedly', 'allegedly', 'then', 'initially', 'subsequently', 'eventually',
    'ultimately', 'tragically', 'apparently', 'and', 'had', 'has', 'have', 'suffered', 'suffering', 'sustained',
    'a', 'an', 'from', 'listed', 'remains', 'remained', 'still', 'now', 'seriously', 'critically', 'slightly',
    'badly', 'gravely', 'severely', 'lightly', 'mortally', 'accidentally', 'instantly', 'immediately',
  ],
  relatives: ['who', 'that'],
  plurals: ['were', 'are', 'have', 'they', 'people', 'both', 'all', 'others', 'several', 'many'],
  locatives: ['in', 'at', 'near', 'on', 'from', 'of', 'to', 'outside', 'inside'],
  notNames: [
    'police', 'officers', 'authorities', 'officials', 'sheriff', 'the', 'a', 'an', 'he', 'she', 'it',
    'they', 'we', 'i', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'witnesses', 'investigators', 'detectives', 'deputies', 'troopers', 'residents', 'neighbors',
    'his', 'her', 'their', 'one', 'two', 'three', 'all', 'both', 'each', 'none', 'several', 'many', 'some', 'no', 'nobody', 'everyone', 'someone', 'anyone',
    'who', 'which', 'that', 'this', 'there', 'where', 'when', 'after', 'before', 'but', 'and',
  ],
};
