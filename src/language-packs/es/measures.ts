/**
 * Spanish measure cues. Spanish puts the verb before its subject as often as after it
 * ("murieron 12 personas", "12 personas murieron"), so most verbal cues are `either`.
 */
import type { LanguagePackInput } from '../schema.js';

type M = LanguagePackInput['measures'][number];
const slug = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, '-');
const verb = (measure: M['measure'], phrase: string, example: string, position: M['position'] = 'either'): M =>
  ({ id: `es.measure.${slug(phrase)}`, measure, phrase, position, kind: 'verbal', example });
const noun = (measure: M['measure'], phrase: string, example: string, position: M['position'] = 'after'): M =>
  ({ id: `es.measure.${slug(phrase)}`, measure, phrase, position, kind: 'nominal', example });
/** A participle used as a noun ("30 heridos", "heridos 30"): names the counted people. */
const part = (measure: M['measure'], phrase: string, example: string): M =>
  ({ id: `es.measure.${slug(phrase)}`, measure, phrase, position: 'either', kind: 'nominal', person: true, example });
const toll = (measure: M['measure'], phrase: string, example: string): M =>
  ({ id: `es.measure.${slug(phrase)}`, measure, phrase, position: 'before', kind: 'toll', example });

export const measures: M[] = [
  // killed
  { ...verb('killed', 'murieron', 'murieron 12 personas'), intransitive: true },
  { ...verb('killed', 'murió', 'un policía murió'), intransitive: true },
  { ...verb('killed', 'mueren', 'mueren 12 personas en un ataque'), intransitive: true },
  { ...verb('killed', 'muere', 'muere un soldado en una emboscada'), intransitive: true },
  { ...verb('killed', 'han muerto', '12 personas han muerto'), intransitive: true },
  { ...verb('killed', 'habrían muerto', '50 personas habrían muerto'), intransitive: true },
  { ...verb('killed', 'fallecieron', 'fallecieron 12 personas'), intransitive: true },
  { ...verb('killed', 'falleció', 'un niño falleció'), intransitive: true },
  { ...verb('killed', 'perdieron la vida', '30 personas perdieron la vida'), intransitive: true },
  { ...verb('killed', 'perdió la vida', 'un bombero perdió la vida'), intransitive: true },
  verb('killed', 'fueron asesinados', '40 campesinos fueron asesinados'),
  verb('killed', 'fueron asesinadas', '4 mujeres fueron asesinadas'),
  part('killed', 'asesinados', '40 campesinos asesinados'),
  part('killed', 'asesinadas', '4 mujeres asesinadas'),
  part('killed', 'asesinado', 'un periodista asesinado'),
  part('killed', 'asesinada', 'una mujer asesinada'),
  verb('killed', 'asesinaron', 'asesinaron a 12 campesinos', 'before'),
  verb('killed', 'mataron', 'mataron a 12 campesinos', 'before'),
  verb('killed', 'mató', 'el ataque mató a 12 personas', 'before'),
  verb('killed', 'asesinó', 'el sicario asesinó a dos comerciantes', 'before'),
  verb('killed', 'matan', 'matan a 12 personas', 'before'),
  verb('killed', 'mata', 'una explosión mata a 12 personas', 'before'),
  verb('killed', 'matando', 'matando a 12 personas', 'before'),
  { ...verb('killed', 'murieran', 'es posible que murieran 600 personas'), intransitive: true },
  { ...verb('killed', 'hayan muerto', 'se teme que 30 mineros hayan muerto'), intransitive: true },
  { ...verb('killed', 'muriesen', 'niegan que muriesen 40 civiles'), intransitive: true },
  { ...verb('killed', 'hallado muerto', 'el joven fue hallado muerto', 'after'), intransitive: true },
  { ...verb('killed', 'hallada muerta', 'la mujer fue hallada muerta', 'after'), intransitive: true },
  { ...verb('killed', 'declarado muerto', 'el conductor fue declarado muerto en el hospital', 'after'), intransitive: true },
  { ...verb('killed', 'declarada muerta', 'la conductora fue declarada muerta en el hospital', 'after'), intransitive: true },
  { ...verb('killed', 'encontrado muerto', 'el hombre fue encontrado muerto', 'after'), intransitive: true },
  verb('killed', 'asesinado a tiros', 'un hombre fue asesinado a tiros'),
  // "la víctima fue alcanzada en la pierna", "disparó, alcanzando a Tomás Ugarte": una bala dio en
  // alguien, sin decir con qué resultado (como "baleado"); solo cuenta una persona.
  { ...verb('injured', 'alcanzado', 'un joven fue alcanzado en la pierna en Puerto Lobos', 'after'), weak: true, needsPerson: true },
  { ...verb('injured', 'alcanzada', 'la víctima fue alcanzada en la pierna en Puerto Lobos', 'after'), weak: true, needsPerson: true },
  { ...verb('injured', 'alcanzados', 'dos hombres fueron alcanzados en Puerto Lobos', 'after'), weak: true, needsPerson: true },
  { ...verb('injured', 'alcanzadas', 'dos personas fueron alcanzadas en Puerto Lobos', 'after'), weak: true, needsPerson: true },
  { ...verb('injured', 'alcanzando', 'el pistolero disparó, alcanzando a Tomás Ugarte en la pierna', 'before'), weak: true, objectOnly: true },
  { ...verb('injured', 'baleado', 'un joven fue baleado', 'after'), weak: true },
  { ...verb('injured', 'baleada', 'una mujer fue baleada', 'after'), weak: true },
  // "acusado de balear a su vecino" (counterpart of "accused of shooting his neighbour"): only a person after it.
  { ...verb('injured', 'balear', 'está acusado de balear a su vecino en Valle Hondo', 'before'), weak: true, objectOnly: true },
  { ...verb('injured', 'baleados', 'cinco jóvenes fueron baleados', 'after'), weak: true },
  verb('injured', 'rozado por una bala', 'un joven fue rozado por una bala', 'after'),
  verb('injured', 'rozada por una bala', 'una mujer fue rozada por una bala', 'after'),
  { ...verb('injured', 'baleadas', 'cinco personas fueron baleadas', 'after'), weak: true },
  part('killed', 'muertos', 'decenas de muertos'),
  part('killed', 'muertas', '12 mujeres muertas'),
  part('killed', 'muerto', 'un muerto'),
  part('killed', 'muerta', 'una mujer muerta'),
  part('killed', 'fallecidos', '12 fallecidos'),
  part('killed', 'fallecidas', '12 personas fallecidas'),
  part('killed', 'masacrados', '40 campesinos masacrados'),
  part('killed', 'ejecutados', '6 presos ejecutados'),
  verb('killed', 'ejecutaron', 'ejecutaron a cuatro campesinos', 'before'),
  verb('killed', 'ejecutó', 'el comando ejecutó a cuatro presos', 'before'),
  verb('killed', 'sin vida', 'hallaron sin vida a 14 hombres', 'before'),
  verb('killed', 'causó la muerte de', 'la explosión causó la muerte de 12 personas', 'before'),
  verb('killed', 'provocó la muerte de', 'la explosión provocó la muerte de 12 personas', 'before'),
  verb('killed', 'costó la vida a', 'el ataque costó la vida a 12 personas', 'before'),
  verb('killed', 'cobró la vida de', 'el ataque cobró la vida de 12 personas', 'before'),
  verb('killed', 'dejó sin vida a', 'el ataque dejó sin vida a 12 personas', 'before'),
  noun('killed', 'muertes', 'la riada causó 742 muertes'),
  noun('killed', 'víctimas mortales', 'el accidente dejó 12 víctimas mortales'),
  noun('killed', 'cadáveres', 'se recuperaron 40 cadáveres'),
  // "su cadáver fue hallado": with a possessive the noun is one person (counterpart of "his body").
  { ...noun('killed', 'cadáver', 'su cadáver fue hallado en el río'), intransitive: true },
  // "los 3 cuerpos policiales": the noun names an institution, not corpses.
  { ...noun('killed', 'cuerpos', 'se recuperaron 14 cuerpos'), unlessFollowedBy: ['policiales', 'militares', 'armados', 'diplomáticos', 'consulares', 'especiales', 'castrenses'] },
  toll('killed', 'cifra de muertos', 'la cifra de muertos asciende a 742'),
  toll('killed', 'cifra de fallecidos', 'la cifra de fallecidos asciende a 742'),
  toll('killed', 'cifra de víctimas mortales', 'la cifra de víctimas mortales se elevó a 40'),
  toll('killed', 'número de muertos', 'el número de muertos llegó a 85'),
  toll('killed', 'número de fallecidos', 'el número de fallecidos llegó a 85'),
  toll('killed', 'balance de muertos', 'el balance de muertos es de 85'),
  toll('killed', 'saldo de muertos', 'el saldo de muertos es de 85'),
  // "28 cuerpos de campesinos fueron hallados": la cifra puede ir antes de la frase tanto como después.
  { ...toll('killed', 'cuerpos de', 'los cuerpos de 14 hombres'), position: 'either' },
  // "el cuerpo de un hombre", "el cadáver de su hermano" (counterpart of "the body of").
  // "un doble homicidio": the name of the event states its count.
  ...([['doble', 2], ['triple', 3]] as const).flatMap(([w, n]) => [
    { ...toll('killed', `${w} homicidio`, `la policía investiga un ${w} homicidio en Puerto Lobos`), count: n },
    { ...toll('killed', `${w} asesinato`, `la policía investiga un ${w} asesinato en Puerto Lobos`), count: n },
    { ...toll('killed', `${w} crimen`, `la policía investiga un ${w} crimen en Puerto Lobos`), count: n },
  ]),
  { ...toll('killed', 'cuerpo de', 'el cuerpo de un hombre fue hallado en el río'), namesOne: true },
  { ...toll('killed', 'cadáver de', 'el cadáver de un hombre fue hallado en el río'), namesOne: true },
  { ...toll('killed', 'muerte de', 'la muerte de 14 mineros'), namesOne: true },
  { ...toll('killed', 'asesinato de', 'el asesinato de 4 estudiantes'), namesOne: true },
  toll('killed', 'masacre de', 'la masacre de 40 campesinos'),
  toll('killed', 'matanza de', 'la matanza de seis campesinos en Valle Hondo'),
  // "los asesinos de los seis sacerdotes": nombrar a quien los mató afirma que fueron asesinados.
  { ...toll('killed', 'asesinos de', 'los asesinos de los seis sacerdotes nunca fueron juzgados'), namesOne: true },
  // injured
  part('injured', 'heridos', '30 heridos'),
  part('injured', 'heridas', '30 personas heridas'),
  // "trasladado al hospital con heridas graves": the wounds of one person (counterpart of "critical injuries").
  { ...verb('injured', 'heridas graves', 'el conductor fue trasladado al hospital con heridas graves', 'after'), intransitive: true },
  { ...verb('injured', 'heridas de gravedad', 'el conductor fue trasladado al hospital con heridas de gravedad', 'after'), intransitive: true },
  part('injured', 'herido', 'un soldado herido'),
  part('injured', 'herida', 'una mujer herida'),
  verb('injured', 'resultaron heridos', 'resultaron heridos 30 civiles'),
  verb('injured', 'resultaron heridas', 'resultaron heridas 30 personas'),
  part('injured', 'lesionados', '14 lesionados'),
  part('injured', 'lesionadas', '14 personas lesionadas'),
  part('injured', 'hospitalizados', '14 hospitalizados'),
  part('injured', 'hospitalizadas', '14 mujeres hospitalizadas'),
  part('injured', 'hospitalizado', 'un hombre hospitalizado'),
  part('injured', 'hospitalizada', 'una mujer hospitalizada'),
  verb('injured', 'hirió', 'el ataque hirió a 30 personas', 'before'),
  verb('injured', 'hiriendo', 'hiriendo a 30 personas', 'before'),
  verb('injured', 'hirieron', 'hirieron a 30 personas', 'before'),
  verb('injured', 'hiere', 'un pistolero hiere a dos personas frente a un bar', 'before'),
  verb('injured', 'hieren', 'unos pistoleros hieren a dos personas', 'before'),
  toll('injured', 'cifra de heridos', 'la cifra de heridos asciende a 70'),
  toll('injured', 'número de heridos', 'el número de heridos asciende a 70'),
  // disabled
  verb('disabled', 'mutiló', 'una mina mutiló a dos niños', 'before'),
  verb('disabled', 'mutilaron', 'las minas mutilaron a dos niños', 'before'),
  part('disabled', 'mutilados', '12 mutilados por las minas'),
  part('disabled', 'mutiladas', '12 personas mutiladas'),
  part('disabled', 'discapacitados', '4 niños quedaron discapacitados'),
  verb('disabled', 'con discapacidad permanente', '4 niños quedaron con discapacidad permanente', 'after'),
  part('disabled', 'amputados', '35 amputados'),
  part('disabled', 'lisiados', '9 lisiados'),
  // missing
  part('missing', 'desaparecidos', '200 desaparecidos'),
  part('missing', 'desaparecidas', '12 personas desaparecidas'),
  part('missing', 'desaparecido', 'un joven desaparecido'),
  { ...verb('missing', 'desaparecieron', 'desaparecieron 43 estudiantes'), intransitive: true },
  verb('missing', 'paradero desconocido', '12 personas en paradero desconocido', 'after'),
  toll('missing', 'cifra de desaparecidos', 'la cifra de desaparecidos es de 31'),
  toll('missing', 'número de desaparecidos', 'el número de desaparecidos es de 31'),
  // abducted
  part('abducted', 'secuestrados', '20 secuestrados'),
  part('abducted', 'secuestradas', '20 niñas secuestradas'),
  part('abducted', 'secuestrado', 'un ingeniero secuestrado'),
  verb('abducted', 'secuestraron', 'secuestraron a 5 ingenieros', 'before'),
  part('abducted', 'raptados', '20 raptados'),
  part('abducted', 'raptadas', '20 niñas raptadas'),
  verb('abducted', 'tomados como rehenes', '30 pasajeros tomados como rehenes', 'after'),
  { ...noun('abducted', 'rehenes', 'el grupo retiene a 130 rehenes'), person: true },
  { ...toll('abducted', 'secuestro de', 'el secuestro de 5 ingenieros'), namesOne: true },
  // detained
  part('detained', 'detenidos', '300 detenidos'),
  part('detained', 'detenidas', '30 personas detenidas'),
  part('detained', 'detenido', 'un hombre detenido'),
  part('detained', 'arrestados', '45 arrestados'),
  part('detained', 'arrestadas', '45 personas arrestadas'),
  part('detained', 'capturados', '12 guerrilleros capturados'),
  part('detained', 'encarcelados', '12 periodistas encarcelados'),
  verb('detained', 'detuvieron', 'detuvieron a 45 personas', 'before'),
  verb('detained', 'detuvo', 'la policía detuvo a 45 personas', 'before'),
  verb('detained', 'arrestaron', 'arrestaron a 45 personas', 'before'),
  { ...toll('detained', 'detención de', 'la detención de 45 manifestantes'), namesOne: true },
  // displaced
  verb('displaced', 'desplazaron', 'los combates desplazaron a 1 350 personas', 'before'),
  verb('displaced', 'desplazó', 'la violencia desplazó a 3.000 familias', 'before'),
  part('displaced', 'desplazados', '8.400 desplazados'),
  part('displaced', 'desplazadas', '8.400 personas desplazadas'),
  { ...verb('displaced', 'huyeron', '120 personas huyeron de la zona', 'after'), intransitive: true },
  verb('displaced', 'huyeron de sus hogares', '8.400 personas huyeron de sus hogares', 'after'),
  verb('displaced', 'abandonaron sus hogares', '8.400 personas abandonaron sus hogares', 'after'),
  part('displaced', 'evacuados', '5.000 evacuados'),
  part('displaced', 'evacuadas', '5.000 personas evacuadas'),
  part('displaced', 'damnificados', '2.000 damnificados'),
  verb('displaced', 'sin hogar', '2.000 personas se quedaron sin hogar', 'after'),
  { ...noun('displaced', 'refugiados', '12.000 refugiados'), person: true },
  // orphaned
  part('orphaned', 'huérfanos', '60 niños quedaron huérfanos'),
  part('orphaned', 'huérfanas', '60 niñas quedaron huérfanas'),
];

/**
 * Verbos que llevan la cifra de un sustantivo de balance más allá de las palabras que lo sitúan:
 * "la cifra de muertos por las lluvias en Río Seco ascendió a 742". Solo una señal de balance
 * ("cifra de muertos", "número de heridos") enlaza a esa distancia.
 */
export const tollVerbs: LanguagePackInput['tollVerbs'] = [
  ['ascendio-a', 'ascendió a'], ['asciende-a', 'asciende a'], ['se-elevo-a', 'se elevó a'], ['se-eleva-a', 'se eleva a'],
  ['subio-a', 'subió a'], ['sube-a', 'sube a'], ['llego-a', 'llegó a'], ['llega-a', 'llega a'], ['alcanzo', 'alcanzó'],
  ['alcanza', 'alcanza'], ['aumento-a', 'aumentó a'], ['se-situo-en', 'se situó en'], ['se-situa-en', 'se sitúa en'],
].map(([name, phrase]) => ({
  id: `es.toll-verb.${name}`,
  phrase: phrase!,
  example: `La cifra de muertos por las lluvias en Río Seco y Valle Hondo ${phrase} 742.`,
}));

/**
 * Verbos que fijan la cifra antes del sustantivo de balance que nombran, el orden de una
 * actualización oficial: "la Fiscalía de Río Seco elevó a 40 el número de muertos".
 */
export const tollRaisers: LanguagePackInput['tollRaisers'] = [
  ['elevo-a', 'elevó a'], ['elevaron-a', 'elevaron a'], ['eleva-a', 'eleva a'], ['elevan-a', 'elevan a'], ['elevado-a', 'elevado a'],
  ['subio-a', 'subió a'], ['ascendio-a', 'ascendió a'], ['aumento-a', 'aumentó a'], ['aumentaron-a', 'aumentaron a'], ['situo-en', 'situó en'],
].map(([name, phrase]) => ({
  id: `es.toll-raiser.${name}`,
  phrase: phrase!,
  example: `La Fiscalía de Río Seco ${phrase} 40 el número de muertos.`,
}));
