/** Spanish cues that a figure belongs to another event or period than the document's own. */
import type { ScopeRule } from '../schema.js';

const s = (name: string, phrase: string, example: string): ScopeRule => ({ id: `es.scope.${name}`, phrase, example });

export const scope: ScopeRule[] = [
  s('el-ano-pasado', 'el año pasado', 'El año pasado murieron 40 personas en el mismo pueblo.'),
  s('hace-anos', 'hace años', 'Hace años murieron 40 personas allí.'),
  s('hace-un-ano', 'hace un año', 'Hace un año murieron 40 personas allí.'),
  ...['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'el inicio', 'el comienzo', 'principios'].map((m) =>
    s(`desde-${m.replace(' ', '-')}`, `desde ${m}`, `Desde ${m} han muerto 300 personas en la provincia.`),
  ),
  s('en-lo-que-va', 'en lo que va del año', 'En lo que va del año han muerto 300 personas.'),
  s('este-ano', 'este año', 'Este año han muerto 300 personas en la ciudad.'),
  s('anterior', 'anterior', 'Un ataque anterior dejó 40 muertos.'),
  s('en-aquella-ocasion', 'en aquella ocasión', 'En aquella ocasión murieron 40 personas.'),
  s('cada-ano', 'cada año', 'Cada año mueren 300 personas en las carreteras.'),
  s('anualmente', 'anualmente', 'Unas 300 personas mueren anualmente.'),
];
