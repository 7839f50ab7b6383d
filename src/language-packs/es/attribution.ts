/** Spanish attribution: who makes the claim. `{x}` marks the claimant's noun phrase. */
import type { AttributionRule } from '../schema.js';

const slug = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, '-');
// Matching folds accents, so a verb whose unaccented form is a common noun ("registró" =
// "registro", "cifra") is left out: it would read "su propio registro" as a claimant.
const verbs = [
  'afirmó', 'afirma', 'informó', 'informa', 'denunció', 'denuncia', 'dijo', 'dice', 'señaló', 'indicó',
  'aseguró', 'asegura', 'declaró', 'reportó', 'reporta', 'confirmó', 'confirma', 'estimó', 'estima',
  'calculó', 'calcula', 'cifró', 'contabilizó', 'documentó', 'sostuvo', 'explicó',
  'precisó', 'detalló', 'anunció', 'reconoció', 'negó', 'niega', 'agregó', 'añadió', 'admitió',
  'advirtió', 'relató', 'contó', 'aseguraron', 'afirmaron', 'informaron', 'denunciaron', 'dijeron',
  'señalaron', 'indicaron', 'confirmaron', 'estimaron', 'reportaron', 'declararon', 'sostienen',
  'habla de', 'hablan de', 'habló de', 'hablaron de', 'cifran', 'calculan', 'estiman',
  'ha informado', 'ha confirmado', 'ha denunciado', 'ha señalado', 'ha documentado',
  'ha registrado', 'ha reportado', 'han informado', 'han denunciado', 'han confirmado',
  'registraron', 'registra', 'contabiliza', 'documenta', 'ha contabilizado', 'han registrado', 'han documentado',
];

export const attribution: AttributionRule[] = [
  { id: 'es.attribution.segun', pattern: 'según {x}', example: 'Según Amnistía Internacional, 300 personas murieron.' },
  { id: 'es.attribution.de-acuerdo-con', pattern: 'de acuerdo con {x}', example: 'De acuerdo con la Cruz Roja, hubo 40 heridos.' },
  { id: 'es.attribution.de-acuerdo-a', pattern: 'de acuerdo a {x}', example: 'De acuerdo a la Fiscalía, murieron 12 personas.' },
  { id: 'es.attribution.cifra-aportada-por', pattern: 'la cifra aportada por {x}', example: 'La cifra aportada por el Ministerio del Interior es de 742 muertos.' },
  ...['anunciada', 'anunciadas', 'dada', 'dadas', 'difundida', 'difundidas', 'confirmada', 'confirmadas', 'reportada', 'reportados', 'registrados', 'contabilizados'].map((v) => ({
    id: `es.attribution.${v}-por`,
    pattern: `${v} por {x}`,
    example: `Los 58 muertos ${v.endsWith('s') ? '' : 'en la cifra '}${v} por la alcaldía son menos que los del ministerio.`,
  })),
  { id: 'es.attribution.cifras-de', pattern: 'cifras de {x}', example: 'Cifras de la Defensoría muestran 85 muertos.' },
  { id: 'es.attribution.datos-de', pattern: 'datos de {x}', example: 'Datos de la ONU hablan de 8.400 desplazados.' },
  { id: 'es.attribution.citando-a', pattern: 'citando a {x}', example: 'Citando a fuentes del hospital, hubo 12 muertos.' },
  // Quien cuenta es el sujeto del verbo de conteo: "el Observatorio elevó su cifra a 341 muertos",
  // "la ONU cifra en 300 los muertos". La cifra es suya, no del medio que la publica.
  ...([
    ['elevó su', 'El Observatorio de Valle Hondo elevó su conteo a 58 muertos.'],
    ['eleva su', 'El Observatorio de Valle Hondo eleva su cifra a 58 muertos.'],
    ['elevó a', 'El Observatorio de Valle Hondo elevó a 58 el número de víctimas mortales.'],
    ['eleva a', 'El Observatorio de Valle Hondo eleva a 58 los muertos.'],
    ['elevó la cifra', 'El Observatorio de Valle Hondo elevó la cifra de muertos a 58.'],
    ['eleva la cifra', 'El Observatorio de Valle Hondo eleva la cifra de muertos a 58.'],
    ['cifra en', 'El Observatorio de Valle Hondo cifra en 58 los muertos.'],
    ['sitúa en', 'El Observatorio de Valle Hondo sitúa en 58 los muertos.'],
    ['situó en', 'El Observatorio de Valle Hondo situó en 58 los muertos.'],
  ] as const).map(([v, example]) => ({ id: `es.attribution.x-${slug(v)}`, pattern: `{x} ${v}`, example })),
  ...verbs.map((v) => ({
    id: `es.attribution.x-${slug(v)}`,
    pattern: `{x} ${v}`,
    example: `El Ministerio del Interior ${v} que murieron 742 civiles.`,
  })),
  ...['"', '”', '»'].flatMap((q, n) =>
    ['dijo', 'afirmó', 'relató', 'denunció', 'añadió'].map((v) => ({
      id: `es.attribution.comilla-${n}-${slug(v)}-x`,
      pattern: `, ${q} ${v} {x}`,
      example: `«Mataron a nueve vecinos,${q} ${v} Rosa Lindo.`,
    })),
  ),
  ...verbs.filter((v) => !v.includes(' ')).map((v) => ({
    id: `es.attribution.${slug(v)}-x`,
    pattern: `, ${v} {x}`,
    example: `Murieron doce personas, ${v} el alcalde.`,
  })),
  ...['informó', 'denunció', 'confirmó', 'reportó'].map((v) => ({
    id: `es.attribution.${slug(v)}-x-start`,
    pattern: `^ ${v} {x}`,
    example: `${v[0]!.toUpperCase()}${v.slice(1)} la Cruz Roja que 40 personas resultaron heridas.`,
  })),
];

export const claimantAdverbs = [
  'ya', 'también', 'todavía', 'aún', 'luego', 'posteriormente', 'oficialmente', 'públicamente', 'ha', 'han',
  'había', 'habían', 'previamente', 'inicialmente', 'además',
];
export const pronouns = ['él', 'ella', 'ellos', 'ellas', 'que', 'quien', 'quienes', 'esto', 'eso', 'se', 'lo', 'le', 'les', 'yo', 'nosotros'];
export const determiners = ['el', 'la', 'los', 'las', 'un', 'una', 'al', 'del'];
