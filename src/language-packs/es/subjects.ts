/**
 * Spanish words for who is counted, singular and plural; `subject: null` is a generic person noun.
 * Household nouns count households, not people (`unit: 'households'`).
 */
import type { SubjectRuleInput } from '../schema.js';

export const subjects: SubjectRuleInput[] = [
  {
    id: 'es.subject.civiles',
    subject: 'civilians',
    words: [
      'civil', 'civiles', 'campesino', 'campesinos', 'campesina', 'campesinas', 'pobladores', 'poblador',
      'vecinos', 'vecino', 'vecinas', 'vecina', 'habitantes', 'residentes', 'comuneros', 'aldeanos', 'indígenas',
      'transeúntes', 'peatones', 'feligreses', 'estudiantes', 'estudiante', 'maestros', 'periodistas',
      'periodista', 'cooperantes', 'pacientes', 'médicos', 'enfermeras', 'migrantes', 'no combatientes',
      'bombero', 'bomberos', 'paramédicos', 'ingeniero', 'ingenieros', 'maestro', 'maestra',
    ],
    example: 'murieron 40 campesinos',
  },
  { id: 'es.subject.mujeres', subject: 'women', words: ['mujer', 'mujeres', 'madres', 'madre', 'señoras', 'ancianas', 'esposa', 'esposas', 'hija', 'hijas'], example: '90 mujeres murieron' },
  {
    id: 'es.subject.ninos',
    subject: 'children',
    words: [
      'niño', 'niños', 'niña', 'niñas', 'menor', 'menores', 'menores de edad', 'bebé', 'bebés',
      'adolescentes', 'adolescente', 'escolares', 'hijos', 'hijas', 'hijo', 'hija', 'infantes', 'chicos', 'chicas',
    ],
    example: '41 niños resultaron heridos',
  },
  { id: 'es.subject.hombres', subject: 'men', words: ['hombre', 'hombres', 'varones', 'varón', 'padres', 'ancianos', 'esposo', 'esposos', 'marido'], example: 'tres hombres murieron' },
  {
    id: 'es.subject.combatientes',
    subject: 'combatants',
    words: [
      'agentes de policía', 'agentes de la policía', 'soldado', 'soldados', 'militar', 'militares', 'tropas', 'policía', 'policías', 'agente', 'agentes',
      'uniformados', 'uniformado', 'guardias', 'guardia', 'combatiente', 'combatientes', 'guerrillero',
      'guerrilleros', 'rebeldes', 'rebelde', 'insurgentes', 'milicianos', 'miliciano', 'paramilitares',
      'paramilitar', 'terroristas', 'atacantes', 'sicarios', 'pistoleros', 'efectivos', 'marinos',
      'infantes de marina', 'carabineros', 'gendarmes', 'sargento', 'teniente', 'capitán', 'coronel',
      'reclutas', 'conscriptos', 'escoltas', 'militantes',
    ],
    example: 'seis soldados resultaron heridos',
  },
  {
    id: 'es.subject.personas',
    subject: null,
    words: [
      'personas', 'persona', 'víctimas', 'víctima', 'individuos', 'individuo', 'adultos', 'familiares',
      'miembros', 'trabajadores', 'trabajador', 'empleados', 'pasajeros', 'pasajero', 'mineros', 'presos',
      'reclusos', 'internos', 'manifestantes', 'sobrevivientes', 'supervivientes',
      'sospechosos', 'funcionarios', 'funcionario', 'dirigentes', 'líderes', 'activistas', 'activista',
      'conductores', 'conductor', 'pescadores', 'pescador', 'turistas', 'minero', 'ciudadanos', 'ciudadano',
      'jóvenes', 'joven', 'más', 'otros', 'otras', 'hermanos', 'personas más', 'tripulantes',
      'alcalde', 'alcaldes', 'alcaldesa', 'alcaldesas', 'concejal', 'concejales', 'concejala', 'concejalas',
    ],
    example: '300 personas murieron',
  },
  {
    // A family is several people, how many is not said: "2.310 familias" is another indicator than
    // "8.400 personas". "familiares" (family members) stays people (above).
    id: 'es.subject.familias',
    subject: null,
    unit: 'households',
    words: ['familias', 'familia', 'hogares', 'núcleos familiares', 'núcleo familiar'],
    example: 'las lluvias desplazaron a 2.310 familias del valle',
  },
];
