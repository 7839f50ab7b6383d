import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack, packLanguages } from '../../language-packs/index.js';
import { findRecall } from './find-recall.js';

describe('findRecall', () => {
  const cases: [string, string, string, string | null][] = [
    ['a digest heading after its place', 'en', '## San Lucas de Abajo, one month on', 'en.recall.one-month-on'],
    ['a lead after a wire dateline', 'en', 'VADO ALTO, Valle — Eight days after gunmen stormed San Lucas, the gym is full.', 'en.recall.days-after'],
    ['a Spanish lead', 'es', 'Hace un mes, 40 personas murieron en San Lucas.', 'es.recall.hace-un-mes'],
    ['nothing for a cue inside a report of a new event', 'en', 'Nine police were killed near Cerro Alto, three days after a massacre.', null],
    ['nothing for a passage that says it happened again', 'en', 'A month after the massacre, gunmen attacked San Lucas again.', null],
    ['nothing for a Spanish passage that says it happened again', 'es', 'Un mes después de la masacre, atacaron de nuevo San Lucas.', null],
    ['nothing for a passage stating a date of its own', 'en', 'A month after the massacre, on 12 June, gunmen attacked San Lucas.', null],
    ['nothing for an ordinary report', 'es', 'Hombres armados mataron a 40 personas en San Lucas.', null],
  ];
  for (const [what, lang, text, expected] of cases) {
    it(`reads ${what}`, () => assert.equal(findRecall(text, getPack(lang)!)?.ruleId ?? null, expected));
  }
  it('says how long before a recall is, when its cue does', () => {
    assert.equal(findRecall('San Lucas, one month on', getPack('en')!)?.days, 30);
    assert.equal(findRecall('Tres semanas después de la crecida, sigue el barro.', getPack('es')!)?.days, null);
  });
});

for (const lang of packLanguages()) {
  describe(`${lang} recall examples fire their rules`, () => {
    it('every example opens on its own cue', () => {
      const pack = getPack(lang)!;
      const dead = pack.recalls.filter((r) => findRecall(r.example, pack)?.ruleId !== r.id).map((r) => `${r.id}: ${r.example}`);
      assert.deepEqual(dead, []);
    });
  });
}
