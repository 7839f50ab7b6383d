import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { claimRef, groupEvents, type EventDocument } from './group-events.js';
import { buildExonymIndex, listGazetteer } from './resolve-place.js';

// Fictional places and reports. The first report of each case is the attack itself, in mid-May.
const id = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}` as const;
type Claim = EventDocument['claims'][number];

function report(n: number, lang: string, date: string, text: string, claims: Omit<Claim, 'claimIndex'>[], title: string | null = null): EventDocument {
  return {
    id: id(n), lang, title, text, publishedAt: null, hints: { date, place: claims[0]?.place ?? null },
    claims: claims.map((c, claimIndex) => ({ ...c, claimIndex })),
  };
}

const ATTACK_EN = report(1, 'en', '2024-05-14', 'Gunmen killed 40 people in San Lucas de Abajo on 14 May 2024.', [
  { date: '2024-05-14', place: 'San Lucas de Abajo', quote: 'Gunmen killed 40 people in San Lucas de Abajo on 14 May 2024.' },
]);
const ATTACK_ES = report(1, 'es', '2024-05-14', 'Hombres armados mataron a 40 personas en San Lucas de Abajo el 14 de mayo de 2024.', [
  { date: '2024-05-14', place: 'San Lucas de Abajo', quote: 'Hombres armados mataron a 40 personas en San Lucas de Abajo el 14 de mayo de 2024.' },
]);

/** A weekly digest of 14 June: a flood in Vado Alto that week, and a section recalling San Lucas de Abajo. */
function digest(lang: 'en' | 'es', heading: string, recalled: string): EventDocument {
  const flood = lang === 'en' ? 'In Vado Alto, 12 people died in the flood on Monday.' : 'En Vado Alto murieron 12 personas en la crecida del lunes.';
  const text = ['# The Weekly, 14 June 2024', '', `## Vado Alto: the river rises`, '', flood, '', `## ${heading}`, '', recalled, ''].join('\n');
  return report(3, lang, '2024-06-14', text, [
    { date: '2024-06-14', place: 'Vado Alto', quote: flood },
    { date: '2024-06-14', place: 'San Lucas de Abajo', quote: recalled },
  ]);
}
const FLOOD = (lang: string) => report(2, lang, '2024-06-11', 'Floods in Vado Alto.', [{ date: '2024-06-11', place: 'Vado Alto', quote: 'Floods in Vado Alto.' }]);

function grouped(docs: EventDocument[]) {
  const out = groupEvents({ documents: docs, corrections: [], gazetteer: listGazetteer([]), exonyms: buildExonymIndex([]) });
  const eventOfClaim = (doc: number, claim: number) => out.events.find((e) => e.id === out.claimEvents.get(claimRef(id(doc), claim)))?.title;
  const memberships = out.events.map((e) => e.documents.map((d) => Number(d.slice(7, 8))).join('+')).sort();
  return { memberships, eventOfClaim };
}

describe('a passage recalling an earlier event', () => {
  const digests: [string, EventDocument[]][] = [
    ['an English digest section "one month on"', [ATTACK_EN, FLOOD('en'), digest('en', 'San Lucas de Abajo, one month on', 'The ministry still says 40 civilians were killed.')]],
    ['a Spanish digest section "un mes después"', [ATTACK_ES, FLOOD('es'), digest('es', 'San Lucas de Abajo, un mes después', 'El ministerio sigue hablando de 40 muertos.')]],
  ];
  for (const [what, docs] of digests) {
    it(`gives the claims of ${what} to the event it recalls, and the digest to its own week's event`, () => {
      const { memberships, eventOfClaim } = grouped(docs);
      assert.deepEqual(memberships, ['1', '2+3']);
      assert.equal(eventOfClaim(3, 1), 'San Lucas de Abajo, 2024-05-14');
      assert.equal(eventOfClaim(3, 0), 'Vado Alto, 2024-06-11');
    });
  }

  const standalone: [string, EventDocument, string[]][] = [
    ['joins the event a report opening "A month after the attack on …" recalls', report(2, 'en', '2024-06-14',
      'A month after the attack on San Lucas de Abajo, the figures remain far apart. The ministry says 40 were killed.',
      [{ date: '2024-06-14', place: null, quote: 'The ministry says 40 were killed.' }]), ['1+2']],
    ['joins the event a Spanish report opening "Hace un mes" recalls', report(2, 'es', '2024-06-14',
      'Hace un mes, hombres armados entraron en San Lucas de Abajo. Las familias siguen esperando.',
      [{ date: '2024-06-14', place: null, quote: 'Las familias siguen esperando.' }]), ['1+2']],
    ['keeps apart a new attack at the same place weeks later', report(2, 'en', '2024-06-14',
      'Gunmen attacked San Lucas de Abajo on Thursday and killed 15 people.',
      [{ date: '2024-06-14', place: 'San Lucas de Abajo', quote: 'Gunmen attacked San Lucas de Abajo on Thursday and killed 15 people.' }]), ['1', '2']],
    ['keeps apart a new attack told a month after the first ("again")', report(2, 'en', '2024-06-14',
      'A month after the massacre, gunmen attacked San Lucas de Abajo again and killed 15 people.',
      [{ date: '2024-06-14', place: 'San Lucas de Abajo', quote: 'A month after the massacre, gunmen attacked San Lucas de Abajo again and killed 15 people.' }]), ['1', '2']],
    ['keeps apart a new attack whose report states its own date ("el 12 de junio")', report(2, 'es', '2024-06-14',
      'Un mes después de la masacre, el 12 de junio, hombres armados mataron a 15 personas en San Lucas de Abajo.',
      [{ date: '2024-06-12', place: 'San Lucas de Abajo', quote: 'Un mes después de la masacre, el 12 de junio, hombres armados mataron a 15 personas en San Lucas de Abajo.' }]), ['1', '2']],
  ];
  for (const [behaviour, later, expected] of standalone) {
    it(behaviour, () => assert.deepEqual(grouped([ATTACK_EN, later]).memberships, expected));
  }

  it('gives a recalled section to the event of then, not to a new attack at the same place in between', () => {
    const newAttack = report(4, 'en', '2024-06-10', 'Gunmen attacked San Lucas de Abajo on 10 June 2024, killing 15.', [
      { date: '2024-06-10', place: 'San Lucas de Abajo', quote: 'Gunmen attacked San Lucas de Abajo on 10 June 2024, killing 15.' },
    ]);
    const { memberships, eventOfClaim } = grouped([ATTACK_EN, FLOOD('en'), newAttack, digest('en', 'San Lucas de Abajo, one month on', 'The ministry still says 40 civilians were killed.')]);
    assert.deepEqual(memberships, ['1', '2+3', '4']);
    assert.equal(eventOfClaim(3, 1), 'San Lucas de Abajo, 2024-05-14');
  });
});

describe('places that are not where the event happened', () => {
  const AMBUSH = (n: number, lang: string, text: string) =>
    ({ ...report(n, lang, '2024-05-18', text, [{ date: '2024-05-18', place: null, quote: text }], 'Ambush near Cerro Alto'), hints: { date: '2024-05-18', place: 'Cerro Alto' } });
  const VILLA = report(9, 'en', '2024-05-20', 'Floods in Villa Clara. Families moved in Villa Clara.', [{ date: '2024-05-20', place: 'Villa Clara', quote: 'Floods in Villa Clara.' }]);
  const cases: [string, EventDocument][] = [
    ['"on the road to" a place', AMBUSH(1, 'en', 'Nine police were killed at kilometre 42 of the road to Villa Clara.')],
    ['"en la vía a" a place', AMBUSH(1, 'es', 'Nueve policías murieron en el kilómetro 42 de la vía a Villa Clara.')],
    ['"rumbo a" a place', AMBUSH(1, 'es', 'Nueve policías murieron cuando iban rumbo a Villa Clara.')],
  ];
  for (const [what, ambush] of cases) {
    it(`keeps a claim naming a place only as a destination, ${what}, in its own event`, () => {
      const { memberships, eventOfClaim } = grouped([ambush, VILLA]);
      assert.deepEqual(memberships, ['1', '9']);
      assert.equal(eventOfClaim(1, 0), 'Cerro Alto, 2024-05-18');
    });
  }

  const datelines: [string, string, string][] = [
    ['an English wire', 'en', 'PUERTO LOBO, June 3 (Wire) - A landslide buried part of Loma Fría, killing 12. Rescuers in Puerto Lobo said more were missing.'],
    ['a Spanish wire', 'es', 'PUERTO LOBO, 3 jun (Agencia) - Un alud sepultó parte de Loma Fría y dejó 12 muertos. Los socorristas de Puerto Lobo buscan a más.'],
  ];
  for (const [what, lang, text] of datelines) {
    it(`places ${what} where its lead says the event happened, not in its dateline city`, () => {
      const wire = report(1, lang, '2024-06-03', text, [{ date: '2024-06-03', place: null, quote: text.split('. ')[0]! }]);
      const local = report(2, lang, '2024-06-03', 'Loma Fría.', [{ date: '2024-06-03', place: 'Loma Fría', quote: 'Loma Fría.' }]);
      assert.deepEqual(grouped([wire, local]).memberships, ['1+2']);
    });
  }
  it('places a wire in its dateline city when its body names no other place', () => {
    const wire = report(1, 'en', '2024-06-03', 'PUERTO LOBO, June 3 (Wire) - A landslide killed 12 people on Monday.', [{ date: '2024-06-03', place: null, quote: 'A landslide killed 12 people on Monday.' }]);
    const local = report(2, 'en', '2024-06-03', 'Floods in Puerto Lobo.', [{ date: '2024-06-03', place: 'Puerto Lobo', quote: 'Floods in Puerto Lobo.' }]);
    assert.deepEqual(grouped([wire, local]).memberships, ['1+2']);
  });
});
