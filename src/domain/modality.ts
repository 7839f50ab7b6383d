import { z } from 'zod';

/**
 * How the source holds the figure: stated as fact, as a possibility, as hearsay, or denied.
 * Tally records it; it never upgrades a possible or reported figure to an asserted one.
 */
export const Modality = z.enum(['asserted', 'possible', 'reported', 'denied']);
export type Modality = z.infer<typeof Modality>;
