import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildNameMatcher } from './name-matcher.js';

const NAMES = ['san telmo', 'san telmo de arriba', 'telmo', 'alba', 'puerto alba', 'kyiv'];

describe('buildNameMatcher', () => {
  const cases: [string, string, string[]][] = [
    ['finds every name, nested ones included', ' fighting in san telmo de arriba ', ['san telmo', 'san telmo de arriba', 'telmo']],
    ['finds a name inside a word, as a substring search would', ' the albanian border ', ['alba']],
    ['finds names that share a suffix', " puerto alba's market ", ['alba', 'puerto alba']],
    ['finds nothing in a text naming no place', ' rain fell on tuesday ', []],
    ['finds a name at the very start and end of the text', 'kyiv and san telmo', ['kyiv', 'san telmo', 'telmo']],
  ];
  const matcher = buildNameMatcher(NAMES);
  for (const [behaviour, text, expected] of cases) {
    it(behaviour, () => {
      const found = [...matcher.find(text)].map((i) => NAMES[i]).sort();
      assert.deepEqual(found, [...expected].sort());
    });
  }

  it('agrees with a substring search on every name', () => {
    const texts = [' san telmo, puerto alba ', 'kyivkyiv telmos', ' alb alba albaalba ', ''];
    for (const text of texts) {
      const expected = NAMES.flatMap((n, i) => (text.includes(n) ? [i] : []));
      assert.deepEqual([...matcher.find(text)].sort((a, b) => a - b), expected, text);
    }
  });
});
