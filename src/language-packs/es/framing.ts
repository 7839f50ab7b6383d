/** Spanish words a source may use to name an event: recorded as that source's framing, never adopted. */
import type { FramingRule } from '../schema.js';

const slug = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, '-');
const f = (frame: string, phrase: string, example: string): FramingRule => ({
  id: `es.framing.${slug(phrase)}`, frame, phrase, example,
});

export const framing: FramingRule[] = [
  f('massacre', 'masacre', 'la masacre de San Telmo dejó 40 muertos'),
  f('massacre', 'matanza', 'la matanza dejó 40 muertos'),
  f('genocide', 'genocidio', 'los activistas hablaron de genocidio'),
  f('tragedy', 'tragedia', 'la tragedia dejó 12 muertos'),
  f('clashes', 'enfrentamientos', 'los enfrentamientos dejaron 12 muertos'),
  f('clashes', 'enfrentamiento', 'un enfrentamiento dejó 2 muertos'),
  f('clashes', 'combates', 'los combates dejaron 12 muertos'),
  f('attack', 'ataque', 'el ataque dejó 12 muertos'),
  f('attack', 'atentado', 'el atentado dejó 12 muertos'),
  f('incident', 'incidente', 'el incidente dejó 3 heridos'),
  f('terrorist attack', 'atentado terrorista', 'el atentado terrorista dejó 12 muertos'),
  f('ethnic cleansing', 'limpieza étnica', 'observadores hablaron de limpieza étnica'),
  f('ambush', 'emboscada', 'la emboscada mató a 6 soldados'),
  f('operation', 'operativo', 'el operativo dejó 12 muertos'),
  f('operation', 'operación', 'la operación dejó 12 muertos'),
  f('disaster', 'catástrofe', 'la catástrofe dejó 40 muertos'),
  f('disaster', 'desastre', 'el desastre dejó 40 muertos'),
  f('atrocity', 'atrocidad', 'una atrocidad que dejó 40 muertos'),
  f('war crime', 'crimen de guerra', 'un crimen de guerra que dejó 40 muertos'),
  f('crackdown', 'represión', 'la represión dejó 12 muertos'),
  f('riot', 'disturbios', 'los disturbios dejaron 12 heridos'),
];
