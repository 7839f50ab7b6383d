import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventCorrection } from '../../domain/event.js';
import { claimRef, groupEvents, type EventDocument } from './group-events.js';
import { buildExonymIndex, listGazetteer } from './resolve-place.js';

const gazetteer = listGazetteer([
  { key: 'geonames:703448', name: 'Kyiv', wherePrec: 1, names: ['kyiv', 'kiev', 'kiyev'] },
  { key: 'country:UA', name: 'Ukraine', wherePrec: 6, names: ['ukraine', 'ucrania'] },
]);
const exonyms = buildExonymIndex([{ name: 'Kíev', canonical: 'Kyiv' }]);
const id = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}` as const;

function doc(n: number, fields: Partial<EventDocument> & { place?: string | null; date?: string | null }): EventDocument {
  const { place = null, date = null, ...rest } = fields;
  return {
    id: id(n), title: null, text: '', publishedAt: null, hints: { date, place },
    claims: [{ claimIndex: 0, date, place, quote: '' }], ...rest,
  };
}

const group = (docs: EventDocument[], corrections: EventCorrection[] = []) =>
  groupEvents({ documents: docs, corrections, gazetteer, exonyms });
const memberships = (docs: EventDocument[], corrections: EventCorrection[] = []) =>
  group(docs, corrections).events.map((e) => e.documents.map((d) => Number(d.slice(7, 8))).join('+')).sort();

describe('groupEvents', () => {
  const cases: [string, EventDocument[], string[]][] = [
    ['joins reports of one place across spellings and languages', [
      doc(1, { place: 'Kyiv', date: '2024-05-14', text: 'Strikes hit Kyiv.' }),
      doc(2, { place: 'Kíev', date: '2024-05-15', text: 'Ataques en Kíev.' }),
      doc(3, { place: 'Kiev', date: '2024-05-16', text: 'Kiev was hit.' }),
    ], ['1+2+3']],
    ['joins a document that names the place only in its title', [
      doc(1, { place: 'San Telmo', date: '2024-05-14', text: 'Gunmen attacked San Telmo.' }),
      doc(2, { place: null, date: '2024-05-15', title: 'Aftermath in San Telmo', text: 'Families wait in a gym.' }),
    ], ['1+2']],
    ['keeps apart two places days apart', [
      doc(1, { place: 'San Telmo', date: '2024-05-14', text: 'In San Telmo, 40 died.' }),
      doc(2, { place: 'Peña Colorada', date: '2024-05-17', text: 'Near Peña Colorada, 9 police died.' }),
    ], ['1', '2']],
    ['keeps apart one place weeks apart', [
      doc(1, { place: 'San Telmo', date: '2024-05-14', text: 'In San Telmo.' }),
      doc(2, { place: 'San Telmo', date: '2024-06-20', text: 'In San Telmo.' }),
    ], ['1', '2']],
    ['prefers the village to the province that contains it', [
      doc(1, { place: 'Valle Oscuro', date: '2024-05-14', text: "In Valle Oscuro's San Telmo, then Valle Oscuro, Valle Oscuro." }),
      doc(2, { place: 'San Telmo', date: '2024-05-14', text: 'In San Telmo.' }),
    ], ['1+2']],
    ['joins a report on a neighbourhood to the event of the city it is part of', [
      doc(1, { place: 'Loma Alta', date: '2024-06-10', title: 'Tragedia en Loma Alta', text: 'El alud sepultó Loma Alta.' }),
      doc(2, { place: 'Villa Sur', date: '2024-06-11', text: 'El alud sepultó los barrios Loma Alta y El Bajo, en la ciudad de Villa Sur.' }),
      doc(3, { place: 'Villa Sur', date: '2024-06-11', text: 'Floods in Villa Sur. Rescuers dig in the Loma Alta and El Bajo neighbourhoods.' }),
    ], ['1+2+3']],
    ['keeps apart two towns named side by side without a containment phrase', [
      doc(1, { place: 'Loma Alta', date: '2024-06-10', text: 'Clashes in Loma Alta and in Villa Sur left 12 dead. Loma Alta mourns.' }),
      doc(2, { place: 'Villa Sur', date: '2024-06-10', text: 'In Villa Sur, 5 died.' }),
    ], ['1', '2']],
    ['leaves a document with no place on its own', [
      doc(1, { place: 'San Telmo', date: '2024-05-14', text: 'In San Telmo.' }),
      doc(2, { date: '2024-05-14', text: 'Nobody says where.' }),
    ], ['1', '2']],
  ];
  for (const [behaviour, docs, expected] of cases) it(behaviour, () => assert.deepEqual(memberships(docs), expected));

  const threeReports = [
    doc(1, { place: 'San Telmo', date: '2024-05-14', text: 'In San Telmo.' }),
    doc(2, { place: 'San Telmo', date: '2024-05-15', text: 'In San Telmo.' }),
    doc(3, { place: 'Peña Colorada', date: '2024-05-17', text: 'In Peña Colorada.' }),
  ];
  const corrections: [string, EventCorrection[], string[]][] = [
    ['merges events at the user’s request', [{ kind: 'merge', documents: [id(1), id(3)] }], ['1+2+3']],
    ['splits documents off at the user’s request', [{ kind: 'split', documents: [id(2)] }], ['1', '2', '3']],
    ['applies corrections in the order they were made', [
      { kind: 'merge', documents: [id(1), id(3)] }, { kind: 'split', documents: [id(3)] },
    ], ['1+2', '3']],
    ['ignores documents that are no longer stored', [{ kind: 'merge', documents: [id(9)] }], ['1+2', '3']],
  ];
  for (const [behaviour, given, expected] of corrections) {
    it(behaviour, () => assert.deepEqual(memberships(threeReports, given), expected));
  }

  it('gives the same ids whatever order the documents come in', () => {
    const ids = group(threeReports).events.map((e) => e.id).sort();
    assert.deepEqual(group([...threeReports].reverse()).events.map((e) => e.id).sort(), ids);
    assert.equal(new Set(ids).size, 2);
  });

  it('titles an event from place and date only, never a source’s framing', () => {
    const [event] = group([doc(1, { place: 'San Telmo', date: '2024-05-14', title: 'The San Telmo massacre', text: 'A massacre in San Telmo.' })]).events;
    assert.equal(event?.title, 'San Telmo, 2024-05-14');
    assert.deepEqual([event?.dateStart, event?.dateEnd, event?.datePrec, event?.place?.wherePrec], ['2024-05-14', '2024-05-14', 1, 1]);
  });

  it('names a neighbourhood’s event after its city and gives it the claims naming the neighbourhood', () => {
    const city = doc(1, { place: 'Villa Sur', date: '2024-06-10', text: 'Loma Alta, un barrio de Villa Sur, quedó sepultado.' });
    const digest = doc(2, { place: 'Puerto Lobos', date: '2024-06-12', text: 'In Puerto Lobos, a fair. In Puerto Lobos, rain.' });
    const { events, claimEvents } = group([city, { ...digest, claims: [
      { claimIndex: 0, date: '2024-06-12', place: 'Puerto Lobos', quote: 'Two died in Puerto Lobos.' },
      { claimIndex: 1, date: '2024-06-12', place: 'Loma Alta', quote: 'Rescuers in Loma Alta found 40 dead.' },
    ] }]);
    const byPlace = new Map(events.map((e) => [e.place?.name, e.id]));
    assert.deepEqual([...byPlace.keys()].sort(), ['Puerto Lobos', 'Villa Sur']);
    assert.equal(claimEvents.get(claimRef(id(2), 1)), byPlace.get('Villa Sur'));
    assert.equal(claimEvents.get(claimRef(id(2), 0)), byPlace.get('Puerto Lobos'));
  });

  it('titles the event of a neighbourhood after its city, even when the first report names only the neighbourhood', () => {
    const events = group([
      doc(1, { place: 'Loma Alta', date: '2024-06-10', title: 'Tragedia en Loma Alta', text: 'El alud sepultó Loma Alta.' }),
      doc(2, { place: 'Villa Sur', date: '2024-06-11', text: 'Floods hit the Loma Alta and El Bajo neighbourhoods of Villa Sur.' }),
    ]).events;
    assert.deepEqual(events.map((e) => [e.title, e.documents.length]), [['Villa Sur, 2024-06-10', 2]]);
  });

  it('reads a month-only date as the whole month, at month precision', () => {
    const [event] = group([doc(1, { place: 'Kyiv', date: '2024-05', text: 'In Kyiv.' })]).events;
    assert.deepEqual([event?.dateStart, event?.dateEnd, event?.datePrec], ['2024-05-01', '2024-05-31', 4]);
  });

  it('gives a claim recalling another event’s place to that event', () => {
    const recall = doc(3, { place: 'Peña Colorada', date: '2024-05-17', text: 'In Peña Colorada.' });
    const docs = [threeReports[0]!, { ...recall, claims: [
      { claimIndex: 0, date: '2024-05-17', place: 'Peña Colorada', quote: 'Nine police died near Peña Colorada.' },
      { claimIndex: 1, date: '2024-05-17', place: 'Peña Colorada', quote: 'Days earlier, 40 died in San Telmo.' },
    ] }];
    const { events, claimEvents } = group(docs);
    const byPlace = new Map(events.map((e) => [e.place?.name, e.id]));
    assert.equal(claimEvents.get(claimRef(id(3), 0)), byPlace.get('Peña Colorada'));
    assert.equal(claimEvents.get(claimRef(id(3), 1)), byPlace.get('San Telmo'));
  });
  it('gives a claim naming no place its section’s event, not its document’s', () => {
    const digest = doc(3, { place: 'Peña Colorada', date: '2024-05-17', text: 'In Peña Colorada. San Telmo, a week on.' });
    const docs = [threeReports[0]!, { ...digest, claims: [
      { claimIndex: 0, date: '2024-05-17', place: 'Peña Colorada', quote: 'Nine police died near Peña Colorada.' },
      // Under "## San Telmo, a week on": the sentence names no place, its section does.
      { claimIndex: 1, date: '2024-05-17', place: 'San Telmo', quote: 'The ministry still says 40 died.' },
      { claimIndex: 2, date: '2024-05-17', place: null, quote: 'Two more were hurt.' },
    ] }];
    const { events, claimEvents } = group(docs);
    const byPlace = new Map(events.map((e) => [e.place?.name, e.id]));
    assert.equal(claimEvents.get(claimRef(id(3), 1)), byPlace.get('San Telmo'));
    assert.equal(claimEvents.get(claimRef(id(3), 2)), byPlace.get('Peña Colorada'));
  });
});
