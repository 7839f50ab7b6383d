/**
 * A deterministic stream of news-like documents in English and Spanish for the speed benchmark: our
 * own templates and word lists (no corpus text), lengths drawn from a skewed distribution like wire
 * copy (most 1–4 KB, a tail to ~20 KB), toll sentences mixed into ordinary prose about one in six.
 * The same seed always gives the same documents.
 */
export type GeneratedDocument = { text: string; title: string; publishedAt: string; lang: 'en' | 'es' };

/** mulberry32: a tiny, fast, well-mixed 32-bit generator; enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = {
  en: {
    places: ['Valdeluna', 'Puerto Alba', 'Santa Irene', 'Morvania', 'Costaverde', 'the northern province', 'the river valley', 'the capital'],
    claimants: ['the health ministry', 'the Red Cross', 'local officials', 'the civil protection agency', 'a police spokesperson', 'the United Nations'],
    events: ['flood', 'earthquake', 'landslide', 'explosion', 'attack', 'storm', 'fire at a market'],
    subjects: ['the council', 'the government', 'residents', 'the opposition', 'farmers', 'the central bank', 'teachers', 'the port authority'],
    verbs: ['discussed', 'approved', 'criticised', 'postponed', 'announced', 'reviewed', 'welcomed', 'rejected'],
    objects: ['a new budget', 'the reconstruction plan', 'road repairs', 'the water supply contract', 'school timetables', 'a tax on fuel', 'the harvest forecast', 'electricity prices'],
    fillers: ['on Tuesday', 'after a long session', 'for the third time this year', 'despite objections', 'in a short statement', 'according to a draft seen by reporters'],
    toll: [
      (n: number, p: string, c: string, e: string) => `At least ${n} people were killed in the ${e} in ${p}, ${c} said.`,
      (n: number, p: string, c: string, e: string) => `The ${e} left ${n.toLocaleString('en')} people displaced across ${p}, according to ${c}.`,
      (n: number, p: string, c: string) => `${c[0]!.toUpperCase()}${c.slice(1)} said ${n} people were injured and about ${n * 3} were missing in ${p}.`,
      (n: number, p: string) => `Rescue teams recovered ${n} bodies from the rubble in ${p} overnight.`,
      (n: number, p: string, c: string, e: string) => `Some ${n} residents were wounded when the ${e} struck ${p}, ${c} reported.`,
    ],
    months: ['January', 'March', 'May', 'July', 'September', 'November'],
  },
  es: {
    places: ['Valdeluna', 'Puerto Alba', 'Santa Irene', 'San Telmo', 'Costaverde', 'la provincia del norte', 'el valle del río', 'la capital'],
    claimants: ['el Ministerio de Salud', 'la Cruz Roja', 'las autoridades locales', 'la Defensa Civil', 'un portavoz de la policía', 'Naciones Unidas'],
    events: ['inundación', 'terremoto', 'deslave', 'explosión', 'ataque', 'tormenta', 'incendio en un mercado'],
    subjects: ['el concejo', 'el gobierno', 'los vecinos', 'la oposición', 'los agricultores', 'el banco central', 'los maestros', 'la autoridad portuaria'],
    verbs: ['discutió', 'aprobó', 'criticó', 'aplazó', 'anunció', 'revisó', 'celebró', 'rechazó'],
    objects: ['un nuevo presupuesto', 'el plan de reconstrucción', 'la reparación de carreteras', 'el contrato de agua', 'el calendario escolar', 'un impuesto al combustible', 'la previsión de cosecha', 'el precio de la luz'],
    fillers: ['el martes', 'tras una larga sesión', 'por tercera vez este año', 'pese a las objeciones', 'en un breve comunicado', 'según un borrador visto por periodistas'],
    toll: [
      (n: number, p: string, c: string, e: string) => `Al menos ${n} personas murieron en la ${e} en ${p}, según ${c}.`,
      (n: number, p: string, c: string, e: string) => `La ${e} dejó ${n.toLocaleString('es')} desplazados en ${p}, informó ${c}.`,
      (n: number, p: string, c: string) => `Según ${c}, ${n} personas resultaron heridas y unas ${n * 3} siguen desaparecidas en ${p}.`,
      (n: number, p: string) => `Los rescatistas recuperaron ${n} cuerpos entre los escombros en ${p} durante la noche.`,
      (n: number, p: string, c: string, e: string) => `Unos ${n} vecinos resultaron heridos cuando la ${e} golpeó ${p}, dijo ${c}.`,
    ],
    months: ['enero', 'marzo', 'mayo', 'julio', 'septiembre', 'noviembre'],
  },
} as const;

/** Lengths in bytes: log-normal around ~2.5 KB, clipped to 300 B – 20 KB. */
function drawLength(random: () => number): number {
  const gaussian = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.min(20_000, Math.max(300, Math.round(Math.exp(7.8 + 0.6 * gaussian))));
}

export function* generateNews(count: number, seed = 42): Generator<GeneratedDocument> {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  for (let i = 0; i < count; i++) {
    const lang = random() < 0.6 ? 'en' : 'es';
    const w = WORDS[lang];
    const place = pick(w.places);
    const event = pick(w.events);
    const target = drawLength(random);
    const sentences: string[] = [];
    let length = 0;
    while (length < target) {
      const sentence = random() < 1 / 6
        ? pick(w.toll)(1 + Math.floor(random() ** 3 * 3000), place, pick(w.claimants), event)
        : `${capitalise(pick(w.subjects))} ${pick(w.verbs)} ${pick(w.objects)} ${pick(w.fillers)}.`;
      sentences.push(sentence);
      length += sentence.length + 1;
      if (random() < 0.2) sentences.push('\n\n');
    }
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    yield {
      lang,
      title: `${capitalise(event)}: ${place} ${pick(w.months)} ${day}`,
      publishedAt: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      text: sentences.join(' ').replace(/ \n\n /g, '\n\n'),
    };
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
