/** Nombres en español de lugares que el nomenclátor conoce por otro nombre ("Ginebra" → "Geneva"). */
import type { Exonym } from '../schema.js';

export const exonyms: Exonym[] = [
  { name: 'Kiev', canonical: 'Kyiv' },
  { name: 'Járkov', canonical: 'Kharkiv' },
  { name: 'Odesa', canonical: 'Odesa' },
  { name: 'Costa de Marfil', canonical: "Côte d'Ivoire" },
  { name: 'Ginebra', canonical: 'Geneva' },
  { name: 'Londres', canonical: 'London' },
  { name: 'Nueva York', canonical: 'New York City' },
  { name: 'Pekín', canonical: 'Beijing' },
  { name: 'El Cairo', canonical: 'Cairo' },
  { name: 'Bagdad', canonical: 'Baghdad' },
  { name: 'Jerusalén', canonical: 'Jerusalem' },
  { name: 'Damasco', canonical: 'Damascus' },
  { name: 'Franja de Gaza', canonical: 'Gaza' },
  { name: 'Ciudad de Gaza', canonical: 'Gaza' },
  { name: 'Birmania', canonical: 'Myanmar' },
];
