/** English numbers that are never tolls: ages, units, money, populations, participants, objects. */
import type { NonTollRule } from '../schema.js';

const after = (name: string, words: string[], example: string): NonTollRule[] =>
  words.map((w) => ({ id: `en.non-toll.${name}-${w.replace(/[^a-z0-9]+/g, '-').replace(/-+$/, '')}`, pattern: `{n} ${w}`, example: example.replace('#', w) }));

export const nonToll: NonTollRule[] = [
  { id: 'en.non-toll.year-old', pattern: '{n} - year - old', example: 'a seven-year-old boy was killed' },
  { id: 'en.non-toll.years-old', pattern: '{n} years old', example: 'the victim, 34 years old, was killed' },
  { id: 'en.non-toll.month-old', pattern: '{n} - month - old', example: 'a three-month-old baby was killed' },
  { id: 'en.non-toll.aged', pattern: 'aged {n}', example: 'a man aged 34 was killed' },
  { id: 'en.non-toll.age', pattern: 'age {n}', example: 'a man, age 34, was killed' },
  { id: 'en.non-toll.age-of', pattern: 'age of {n}', example: 'at least 40 children under the age of 12 were killed' },
  { id: 'en.non-toll.ages', pattern: 'ages {n}', example: 'two boys, ages 12 and 14, were injured' },
  { id: 'en.non-toll.name-age', pattern: '{name} , {n} ,', example: 'Tomas Ruiz, 34, was killed' },
  { id: 'en.non-toll.population-of', pattern: 'population of {n}', example: 'a town with a population of 4,200, where 12 people were killed' },
  { id: 'en.non-toll.page', pattern: 'page {n}', example: 'the list on page 12 shows 40 killed' },
  { id: 'en.non-toll.number', pattern: 'no . {n}', example: 'Route No. 9 where 3 people were killed' },
  { id: 'en.non-toll.line', pattern: 'line {n}', example: 'call the hotline on line 123 about the 12 missing' },
  { id: 'en.non-toll.call', pattern: 'call {n}', example: 'call 911 if you see any of the 12 missing' },
  { id: 'en.non-toll.route', pattern: 'route {n}', example: 'on Route 9, 3 people were killed' },
  { id: 'en.non-toll.highway', pattern: 'highway {n}', example: 'on Highway 61, 3 people were killed' },
  { id: 'en.non-toll.interstate', pattern: 'interstate {n}', example: 'on Interstate 95, 3 people were killed' },
  { id: 'en.non-toll.block', pattern: '{n} block', example: 'in the 1200 block of Main Street, a man was shot and killed' },
  // A house number: "at 1704 Mora Street", "1704 San Telmo Ave." (one- or two-word street names).
  ...['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane'].flatMap((w) => [
    { id: `en.non-toll.address-${w}`, pattern: `{n} {name} ${w}`, example: `a man was shot and killed at 1704 Mora ${w === 'st' ? 'St.' : w[0]!.toUpperCase() + w.slice(1)}` },
    { id: `en.non-toll.address-2-${w}`, pattern: `{n} {name} {name} ${w}`, example: `a man was shot and killed at 1704 San Telmo ${w === 'st' ? 'St.' : w[0]!.toUpperCase() + w.slice(1)}` },
  ]),
  { id: 'en.non-toll.resolution', pattern: 'resolution {n}', example: 'under Resolution 2334, 3 people were detained' },
  { id: 'en.non-toll.article', pattern: 'article {n}', example: 'under article 12, 3 people were detained' },
  { id: 'en.non-toll.dollar', pattern: '$ {n}', example: 'a $5,000 reward for the killing of 3 people' },
  { id: 'en.non-toll.pound', pattern: '£ {n}', example: 'a £5,000 reward after 3 people were killed' },
  { id: 'en.non-toll.euro', pattern: '€ {n}', example: 'a €5,000 fund for the 3 people who were killed' },
  { id: 'en.non-toll.caliber', pattern: '{n} - caliber', example: 'a .45-caliber gun killed 2 people' },
  { id: 'en.non-toll.caliber-bare', pattern: '{n} caliber', example: 'a .38 caliber pistol killed 2 people' },
  { id: 'en.non-toll.mm', pattern: '{n} mm', example: '155 mm shells killed 4 soldiers' },
  { id: 'en.non-toll.body-bags', pattern: '{n} body bags', example: 'the Red Cross delivered 120 body bags after 12 people were killed' },
  { id: 'en.non-toll.gunshot-wounds', pattern: '{n} gunshot wounds', example: 'the autopsy found 20 gunshot wounds on the man who was killed' },
  { id: 'en.non-toll.gunshot-wound', pattern: '{n} gunshot wound', example: 'he suffered one gunshot wound and 2 people were killed' },
  { id: 'en.non-toll.bullet-wounds', pattern: '{n} bullet wounds', example: 'the autopsy found 20 bullet wounds on the man who was killed' },
  { id: 'en.non-toll.stab-wounds', pattern: '{n} stab wounds', example: 'the victim had 12 stab wounds and 2 people were killed' },
  { id: 'en.non-toll.wounds', pattern: '{n} wounds', example: 'the victim had 12 wounds and 2 people were killed' },
  { id: 'en.non-toll.fired-shot', pattern: 'fired {n} shot', example: 'the suspect fired one shot before 2 people were killed' },
  { id: 'en.non-toll.shot-fired', pattern: '{n} shot fired', example: 'one shot fired, and 2 people were killed' },
  { id: 'en.non-toll.percent-sign', pattern: '{n} %', example: 'a 40% rise as 12 people were killed' },
  ...after('unit', ['percent', 'per cent', 'km', 'kilometers', 'kilometres', 'miles', 'mile', 'meters', 'metres', 'feet', 'yards', 'kilograms', 'kg', 'pounds', 'tons', 'tonnes', 'hours', 'minutes', 'seconds', 'days', 'weeks', 'months', 'years', 'hour', 'day', 'week', 'month', 'year', 'decades'], 'it took 40 # to reach the place where 12 people were killed'),
  ...after('time', ['a.m', 'p.m', 'am', 'pm', "o'clock"], 'at 10 # gunmen killed 12 people'),
  ...after('money', ['dollars', 'pesos', 'euros', 'billion', 'cents'], 'a reward of 500 # after 3 people were killed'),
  ...after('population', ['inhabitants', 'residents live', 'people live', 'people living', 'households live', 'families live'], 'a village of some 4,200 # where 12 people were killed'),
  ...after('participants', ['signed', 'signatures', 'marched', 'protested', 'attended', 'voted', 'participants', 'demonstrators marched', 'people marched', 'people signed', 'people attended', 'people gathered', 'gathered', 'views', 'followers', 'subscribers', 'votes', 'spectators'], 'a petition that 80,000 # after 3 people were killed'),
  ...after('objects', ['houses', 'homes', 'buildings', 'vehicles', 'cars', 'trucks', 'rounds', 'shots', 'bullets', 'shells', 'rockets', 'mines', 'bombs', 'guns', 'weapons', 'rifles', 'handguns', 'pistols', 'firearms', 'knives', 'bullets', 'schools', 'hospitals', 'villages', 'towns', 'districts', 'provinces', 'countries', 'states', 'cases', 'incidents', 'attacks', 'reports', 'articles', 'pages', 'calls', 'beds', 'tents', 'hectares', 'acres', 'cattle', 'animals', 'shops', 'stores', 'bridges', 'roads', 'churches', 'mosques', 'blocks', 'doors', 'times', 'counts', 'charges', 'rounds'], 'the attackers burned 30 # and 12 people were killed'),
  ...after('ordinal', ['th', 'st', 'nd', 'rd'], 'the 214# brigade lost 12 soldiers killed'),
];
