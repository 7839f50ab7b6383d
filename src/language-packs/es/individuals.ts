/** Spanish readings of one person counted without a number ("la víctima murió", "Ana Ruiz fue asesinada"). */
import type { Individuals } from '../schema.js';

export const individuals: Individuals = {
  rules: [
    { id: 'es.individual.definite', kind: 'definite', example: 'La víctima murió en el hospital.' },
    { id: 'es.individual.bare', kind: 'bare', example: 'Joven asesinado en San Telmo' },
    { id: 'es.individual.name', kind: 'name', example: 'La policía informó que Ana Ruiz fue asesinada el martes.' },
    { id: 'es.individual.pronoun', kind: 'pronoun', example: 'Él murió horas después en el hospital.' },
    { id: 'es.individual.object', kind: 'object', example: 'Un sicario mató a su esposa el domingo.' },
    { id: 'es.individual.unresolved', kind: 'unresolved', example: 'Herida de bala durante la fiesta, murió horas después.' },
    { id: 'es.individual.with-group', kind: 'with-group', example: 'La dirigente Rosa Ibarra y otras siete personas murieron en la explosión.' },
    // No una persona: un grupo contado que la señal vuelve a nombrar (pipeline/claims/read-group-anaphor.ts).
    { id: 'es.individual.group', kind: 'group', example: 'Dos hermanos fueron baleados en Puerto Lobos y murieron en el hospital.' },
    // Lo mismo entre oraciones: el grupo con que terminó la oración anterior.
    { id: 'es.individual.group-before', kind: 'group-before', example: 'Dos hermanos fueron baleados en la calle Mora de Puerto Lobos. Murieron en el hospital.' },
    // Un ordinal en lugar de su sustantivo: una persona distinta de la contada antes.
    { id: 'es.individual.elliptical', kind: 'elliptical', example: 'Un hombre murió en la calle Mora y un segundo resultó herido.' },
    // Una persona nombrada dentro de un total contado: una de ellas, parte del total (no se suma).
    { id: 'es.individual.included', kind: 'included', example: 'Murieron nueve personas en Puerto Lobos, entre ellas la dirigente Rosa Ibarra.' },
    { id: 'es.individual.aside', kind: 'aside', example: 'El asesinato en Puerto Lobos de Tomás Ugarte conmocionó al pueblo.' },
  ],
  nouns: [
    'hombre', 'mujer', 'niño', 'niña', 'bebé', 'joven', 'adolescente', 'menor', 'víctima', 'persona',
    'policía', 'agente', 'soldado', 'militar', 'conductor', 'pasajero', 'vecino', 'vecina', 'estudiante',
    'padre', 'madre', 'hijo', 'hija', 'esposo', 'esposa', 'hermano', 'hermana', 'novio', 'novia', 'amigo',
    'amiga', 'abuelo', 'abuela', 'tío', 'tía', 'primo', 'prima', 'sobrino', 'sobrina', 'anciano', 'anciana',
    'campesino', 'campesina', 'comerciante', 'taxista', 'guardia', 'dueño', 'empleado', 'empleada',
    'trabajador', 'cliente', 'peatón', 'transeúnte', 'sospechoso', 'sicario', 'pistolero', 'ladrón',
    'periodista', 'médico', 'enfermera', 'maestro', 'maestra', 'sacerdote', 'alcalde', 'alcaldesa', 'concejal', 'concejala', 'juez', 'líder',
    'dirigente', 'activista', 'guerrillero', 'rebelde', 'individuo', 'sujeto', 'civil',
  ],
  determiners: ['el', 'la', 'este', 'esta', 'ese', 'esa', 'aquel', 'aquella', 'su', 'dicho', 'dicha'],
  pronouns: ['él', 'ella'],
  objectPronouns: [],
  passives: ['fue', 'fueron', 'resultó', 'resultaron', 'quedó', 'ha', 'había', 'sido', 'es', 'era', 'está', 'estaba'],
  another: ['otro', 'otra', 'otros', 'otras', 'segundo', 'segunda', 'tercer', 'tercero', 'tercera'],
  ordinals: [['segundo', 'segunda'], ['tercer', 'tercero', 'tercera']],
  between: [
    'posteriormente', 'luego', 'presuntamente', 'supuestamente', 'también', 'finalmente', 'mortalmente',
    'gravemente', 'levemente', 'y', 'se', 'sufrió', 'presentaba', 'con', 'en', 'un', 'una', 'accidentalmente',
    'instantáneamente', 'inmediatamente', 'ha', 'han', 'había', 'habían', 'ya',
    'brutalmente', 'salvajemente', 'cruelmente', 'vilmente',
  ],
  relatives: ['quien', 'que'],
  plurals: ['fueron', 'han', 'resultaron', 'quedaron', 'murieron', 'mueren', 'fallecieron', 'ellos', 'ellas', 'personas', 'ambos', 'todos', 'varios', 'perdieron'],
  locatives: ['en', 'de', 'del', 'cerca', 'desde', 'hacia', 'a'],
  placeNouns: ['calle', 'avenida', 'carrera', 'barrio', 'colonia', 'vereda', 'aldea', 'pueblo', 'ciudad', 'municipio', 'departamento', 'provincia'],
  notNames: [
    'policía', 'policia', 'autoridades', 'fuentes', 'el', 'la', 'los', 'las', 'un', 'una', 'él', 'ella',
    'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'testigos', 'vecinos',
    'según', 'que', 'este', 'esta', 'su', 'sus', 'uno', 'dos', 'tres', 'nadie', 'cuando', 'después',
    'antes', 'pero', 'y', 'en', 'de', 'del', 'fiscalía', 'ejército', 'gobierno',
  ],
  // Spanish has no possessive ending: "el asesinato de Ana Ruiz" is read as an object.
  possessives: [],
};
