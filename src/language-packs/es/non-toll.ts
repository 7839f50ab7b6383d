/** Spanish numbers that are never tolls: ages, units, money, populations, participants, objects. */
import type { NonTollRule } from '../schema.js';

const slug = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const after = (name: string, words: string[], example: string): NonTollRule[] =>
  words.map((w) => ({ id: `es.non-toll.${name}-${slug(w)}`, pattern: `{n} ${w}`, example: example.replace('#', w) }));

export const nonToll: NonTollRule[] = [
  { id: 'es.non-toll.de-anos', pattern: 'de {n} años', example: 'un niño de siete años murió' },
  { id: 'es.non-toll.anos-de-edad', pattern: '{n} años de edad', example: 'Pedro, 34 años de edad, murió en el ataque' },
  { id: 'es.non-toll.de-meses', pattern: 'de {n} meses', example: 'un bebé de tres meses murió' },
  { id: 'es.non-toll.name-age', pattern: '{name} , {n} ,', example: 'Juan Pérez, 34, murió en el ataque' },
  { id: 'es.non-toll.poblacion-de', pattern: 'población de {n}', example: 'un pueblo con una población de 4.200, donde murieron 12 personas' },
  { id: 'es.non-toll.pagina', pattern: 'página {n}', example: 'en la página 12 aparecen 40 muertos' },
  { id: 'es.non-toll.ruta', pattern: 'ruta {n}', example: 'en la ruta 9 murieron 3 personas' },
  { id: 'es.non-toll.kilometro', pattern: 'kilómetro {n}', example: 'en el kilómetro 40 murieron 3 personas' },
  { id: 'es.non-toll.ordinal-a', pattern: '{n} . ª', example: 'la 3.ª División perdió 12 soldados, que murieron' },
  { id: 'es.non-toll.ordinal-o', pattern: '{n} . º', example: 'el 4.º Batallón tuvo 12 heridos' },
  { id: 'es.non-toll.ordinal-a-bare', pattern: '{n} ª', example: 'la 3ª División tuvo 12 heridos' },
  { id: 'es.non-toll.ordinal-o-bare', pattern: '{n} º', example: 'el 4º Batallón tuvo 12 heridos' },
  { id: 'es.non-toll.linea', pattern: 'línea {n}', example: 'reporte a los desaparecidos en la línea 123; murieron 12 personas' },
  { id: 'es.non-toll.llamar-al', pattern: 'al {n}', example: 'llame al 123 si tiene noticias de los 12 desaparecidos' },
  // Un número de casa: "en la calle Mora 1704", "avenida San Telmo 1704", "carrera 7".
  ...['calle', 'avenida', 'carrera', 'pasaje'].flatMap((w) => [
    { id: `es.non-toll.direccion-${w}`, pattern: `${w} {name} {n}`, example: `un hombre murió baleado en la ${w} Mora 1704` },
    { id: `es.non-toll.direccion-2-${w}`, pattern: `${w} {name} {name} {n}`, example: `un hombre murió baleado en la ${w} San Telmo 1704` },
    { id: `es.non-toll.direccion-numero-${w}`, pattern: `${w} {n}`, example: `un hombre murió baleado en la ${w} 17` },
  ]),
  { id: 'es.non-toll.numero', pattern: 'número {n}', example: 'la resolución número 12 tras la muerte de 3 personas' },
  { id: 'es.non-toll.dolar', pattern: '$ {n}', example: 'una recompensa de $5.000 tras la muerte de 3 personas' },
  { id: 'es.non-toll.euro', pattern: '€ {n}', example: 'un fondo de €5.000 para los 3 heridos' },
  { id: 'es.non-toll.percent-sign', pattern: '{n} %', example: 'un aumento del 40 % mientras 12 personas murieron' },
  { id: 'es.non-toll.mm', pattern: '{n} mm', example: 'proyectiles de 155 mm mataron a 4 soldados' },
  { id: 'es.non-toll.calibre', pattern: 'calibre {n}', example: 'un arma calibre 38 mató a 2 personas' },
  // "12 heridas de bala" cuenta heridas en un cuerpo, no personas heridas.
  { id: 'es.non-toll.heridas-de-bala', pattern: '{n} heridas de bala', example: 'la autopsia halló 20 heridas de bala en el hombre, y murieron 2 personas' },
  { id: 'es.non-toll.heridas-de-arma', pattern: '{n} heridas de arma', example: 'la víctima tenía 12 heridas de arma blanca, y murieron 2 personas' },
  ...after('unidad', ['por ciento', 'km', 'kilómetros', 'metros', 'millas', 'kilos', 'kilogramos', 'toneladas', 'horas', 'minutos', 'segundos', 'días', 'semanas', 'meses', 'años', 'hora', 'día', 'semana', 'mes', 'año', 'décadas', 'h'], 'tardaron 40 # en llegar al lugar donde murieron 12 personas'),
  ...after('dinero', ['dólares', 'pesos', 'euros', 'de dólares', 'de pesos', 'de euros', 'soles', 'bolívares', 'quetzales', 'colones'], 'una recompensa de 500 # tras la muerte de 3 personas'),
  ...after('poblacion', ['habitantes', 'vecinos viven', 'personas viven', 'familias viven', 'almas'], 'un pueblo de unos 4.200 # donde murieron 12 personas'),
  ...after('participantes', ['firmaron', 'firmas', 'marcharon', 'protestaron', 'asistieron', 'votaron', 'afiliados', 'socios', 'participantes', 'personas firmaron', 'personas marcharon', 'personas asistieron', 'se manifestaron', 'visitas', 'seguidores', 'votos', 'espectadores'], 'una petición que 80.000 # tras la muerte de 3 personas'),
  ...after('objetos', ['casas', 'viviendas', 'edificios', 'vehículos', 'coches', 'autos', 'camiones', 'disparos', 'balas', 'proyectiles', 'cohetes', 'minas', 'bombas', 'armas', 'fusiles', 'escuelas', 'hospitales', 'aldeas', 'pueblos', 'municipios', 'provincias', 'países', 'casos', 'incidentes', 'ataques', 'denuncias', 'páginas', 'llamadas', 'camas', 'carpas', 'hectáreas', 'reses', 'animales', 'tiendas', 'comercios', 'puentes', 'carreteras', 'iglesias'], 'los atacantes quemaron 30 # y murieron 12 personas'),
];
