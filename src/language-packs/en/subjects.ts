/**
 * English words for who is counted, singular and plural; `subject: null` is a generic person noun.
 * Household nouns count households, not people (`unit: 'households'`).
 */
import type { SubjectRuleInput } from '../schema.js';

export const subjects: SubjectRuleInput[] = [
  {
    id: 'en.subject.civilians',
    subject: 'civilians',
    words: [
      'civilian', 'civilians', 'villager', 'villagers', 'peasant', 'peasants', 'farmer', 'farmers',
      'resident', 'residents', 'non-combatants', 'noncombatants', 'bystander', 'bystanders',
      'passers-by', 'passerby', 'pedestrian', 'pedestrians', 'worshippers', 'shoppers', 'students',
      'student', 'teacher', 'teachers', 'journalist', 'journalists', 'aid workers', 'aid worker',
      'patients', 'patient', 'doctor', 'doctors', 'nurse', 'nurses', 'refugees', 'migrants',
      'firefighter', 'firefighters', 'paramedic', 'paramedics', 'engineer', 'engineers',
      // Residents by another name, as Spanish "vecinos": the same people get the same subject in both packs.
      'neighbor', 'neighbors', 'neighbour', 'neighbours',
    ],
    example: 'twelve villagers were killed',
  },
  { id: 'en.subject.women', subject: 'women', words: ['woman', 'women', 'mother', 'mothers', 'wife', 'wives'], example: '90 women were killed' },
  {
    id: 'en.subject.children',
    subject: 'children',
    words: [
      'child', 'children', 'boy', 'boys', 'girl', 'girls', 'minor', 'minors', 'infant', 'infants',
      'baby', 'babies', 'toddler', 'toddlers', 'teenager', 'teenagers', 'teen', 'teens', 'schoolchildren',
      'schoolgirls', 'schoolboys', 'kids', 'kid', 'juvenile', 'juveniles', 'son', 'sons', 'daughter', 'daughters',
    ],
    example: '41 children were wounded',
  },
  { id: 'en.subject.men', subject: 'men', words: ['man', 'men', 'husband', 'husbands', 'father', 'fathers'], example: 'three men were shot dead' },
  {
    id: 'en.subject.combatants',
    subject: 'combatants',
    words: [
      'soldier', 'soldiers', 'troops', 'troop', 'servicemen', 'serviceman', 'officer', 'officers',
      'policeman', 'policemen', 'police officers', 'police officer', 'policemen', 'cops', 'cop',
      'guards', 'guard', 'fighter', 'fighters', 'combatant', 'combatants', 'militant', 'militants',
      'guerrilla', 'guerrillas', 'guerrillas', 'rebel', 'rebels', 'insurgent', 'insurgents',
      'militiamen', 'militiaman', 'militia members', 'paramilitaries', 'paramilitary', 'gunmen', 'gunman',
      'attackers', 'attacker', 'terrorists', 'terrorist', 'agents', 'agent', 'marines', 'marine',
      'sailors', 'airmen', 'commandos', 'sergeant', 'lieutenant', 'captain', 'colonel', 'general',
      'conscripts', 'recruits', 'police', 'troopers', 'trooper', 'deputy', 'deputies', 'guardsmen',
    ],
    example: 'six soldiers were wounded',
  },
  {
    id: 'en.subject.people',
    subject: null,
    words: [
      'people', 'person', 'persons', 'individuals', 'individual', 'victims', 'victim', 'others',
      'adults', 'adult', 'family members', 'relatives', 'members', 'workers', 'worker', 'employees',
      'passengers', 'passenger', 'miners', 'miner', 'prisoners', 'prisoner', 'inmates', 'inmate',
      'protesters', 'protester', 'demonstrators', 'survivors',
      'suspects', 'suspect', 'officials', 'official', 'leaders', 'activists', 'activist', 'member',
      'drivers', 'driver', 'friends', 'friend', 'brothers', 'brother', 'sisters', 'sister', 'relative',
      'fisherman', 'tourist', 'miner', 'seamen', 'sailors', 'crew members', 'newsmen', 'reporters',
      'males', 'male', 'females', 'female', 'fishermen', 'engineers', 'tourists', 'tourist', 'crew',
      'nationals', 'citizens', 'citizen', 'guests', 'customers', 'occupants', 'more', 'locals',
      'homeowner', 'roommate', 'boyfriend', 'girlfriend',
      'mayor', 'mayors', 'councilman', 'councilmen', 'councilwoman', 'councilwomen', 'council member',
      'council members', 'councillor', 'councillors', 'councilor', 'councilors',
    ],
    example: '300 people were killed',
  },
  {
    // A family is several people, how many is not said: "2,310 families" is another indicator than
    // "8,400 people". "family members" stays people (above). "homes" is left out: "30 homes" are
    // houses far more often than households.
    id: 'en.subject.households',
    subject: null,
    unit: 'households',
    words: ['families', 'family', 'households', 'household'],
    example: 'the floods displaced 2,310 families in the valley',
  },
];
