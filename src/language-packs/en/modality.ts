/** English modality markers: possible, reported/alleged, denied. Asserted is the default. */
import type { ModalityRule } from '../schema.js';

export const modality: ModalityRule[] = [
  { id: 'en.modality.possibly', modality: 'possible', phrase: 'possibly', example: 'possibly 600 people were killed' },
  { id: 'en.modality.may-have', modality: 'possible', phrase: 'may have', example: '50 people may have been killed' },
  { id: 'en.modality.might-have', modality: 'possible', phrase: 'might have', example: '50 people might have died' },
  { id: 'en.modality.could-have', modality: 'possible', phrase: 'could have', example: '50 people could have been killed' },
  { id: 'en.modality.may-be', modality: 'possible', phrase: 'may be', example: 'the final toll may be between 600 and 900 dead' },
  { id: 'en.modality.could-be', modality: 'possible', phrase: 'could be', example: 'the number of dead could be 900' },
  { id: 'en.modality.probably', modality: 'possible', phrase: 'probably', example: 'the toll is probably between 600 and 900 dead' },
  { id: 'en.modality.likely', modality: 'possible', phrase: 'likely', example: 'the toll will likely exceed 900 dead' },
  { id: 'en.modality.perhaps', modality: 'possible', phrase: 'perhaps', example: 'perhaps 200 people were killed' },
  { id: 'en.modality.feared', modality: 'possible', phrase: 'feared', example: '30 miners are feared dead' },
  { id: 'en.modality.believed', modality: 'possible', phrase: 'believed to', example: '20 people are believed to have died' },
  { id: 'en.modality.could-rise', modality: 'possible', phrase: 'could be as high as', example: 'the toll could be as high as 900 dead' },
  { id: 'en.modality.reportedly', modality: 'reported', phrase: 'reportedly', example: '12 soldiers were reportedly killed' },
  { id: 'en.modality.allegedly', modality: 'reported', phrase: 'allegedly', example: '40 prisoners were allegedly executed' },
  { id: 'en.modality.reported-to-have', modality: 'reported', phrase: 'reported to have', example: '40 people are reported to have died' },
  { id: 'en.modality.unconfirmed', modality: 'reported', phrase: 'unconfirmed reports', example: 'unconfirmed reports said 40 people died' },
  { id: 'en.modality.denied', modality: 'denied', phrase: 'denied', example: 'the army denied that 40 civilians were killed' },
  { id: 'en.modality.denies', modality: 'denied', phrase: 'denies', example: 'the army denies that 40 civilians were killed' },
  { id: 'en.modality.rejected', modality: 'denied', phrase: 'rejected claims', example: 'the army rejected claims that 40 civilians were killed' },
  { id: 'en.modality.dismissed', modality: 'denied', phrase: 'dismissed reports', example: 'officials dismissed reports that 40 civilians were killed' },
];
