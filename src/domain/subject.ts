import { z } from 'zod';

/** The normalised group a figure counts. The words the source used are kept separately as `group`. */
export const Subject = z.enum(['civilians', 'women', 'children', 'men', 'combatants']);
export type Subject = z.infer<typeof Subject>;
