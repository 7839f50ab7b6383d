/** English cues that a figure belongs to another event or period than the document's own. */
import type { ScopeRule } from '../schema.js';

const s = (name: string, phrase: string, example: string): ScopeRule => ({ id: `en.scope.${name}`, phrase, example });

export const scope: ScopeRule[] = [
  s('last-year', 'last year', 'Last year, 40 people were killed in the same town.'),
  s('years-ago', 'years ago', 'Two years ago, 40 people were killed there.'),
  s('a-year-ago', 'a year ago', 'A year ago, 40 people were killed there.'),
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'the beginning', 'the start'].map((m) =>
    s(`since-${m.replace(' ', '-')}`, `since ${m}`, `Since ${m}, 300 people have been killed in the province.`),
  ),
  s('so-far-this-year', 'so far this year', 'So far this year, 300 people have been killed.'),
  s('this-year', 'this year', 'This year 300 people have been killed in the city.'),
  s('in-the-past', 'in the past', 'In the past, 40 people were killed in similar attacks.'),
  s('previous', 'previous', 'A previous attack killed 40 people.'),
  s('earlier-attack', 'an earlier', 'An earlier attack killed 40 people.'),
  s('at-the-time', 'at the time', 'At the time, 40 people were killed.'),
  s('each-year', 'each year', 'Each year, 300 people are killed on the roads.'),
  s('every-year', 'every year', 'Every year, 300 people are killed on the roads.'),
  s('annually', 'annually', 'Some 300 people are killed annually.'),
]; 
