/**
 * English names for places whose local name GeoNames keeps as the main one, where English writers
 * commonly use another (the gazetteer's alternate names cover most; these are the ones it ranks low).
 */
import type { Exonym } from '../schema.js';

export const exonyms: Exonym[] = [
  { name: 'Kiev', canonical: 'Kyiv' },
  { name: 'Odessa', canonical: 'Odesa' },
  { name: 'Kharkov', canonical: 'Kharkiv' },
  { name: 'Ivory Coast', canonical: "Côte d'Ivoire" },
  { name: 'Burma', canonical: 'Myanmar' },
  { name: 'Bombay', canonical: 'Mumbai' },
  { name: 'Gaza City', canonical: 'Gaza' },
];
