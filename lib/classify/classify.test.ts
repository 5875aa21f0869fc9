import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, type CategoryId, classifyPost } from './index';

function local(text: string): CategoryId | null {
  const verdict = classifyPost(text);
  return verdict.local ? verdict.category : null;
}

describe('taxonomy', () => {
  it('has the category ids of lib/data/taxonomy.json, in order', () => {
    const taxonomy = JSON.parse(
      readFileSync(new URL('../data/taxonomy.json', import.meta.url), 'utf8'),
    ) as { categories: Array<{ id: string }> };
    expect([...CATEGORY_IDS]).toEqual(taxonomy.categories.map((c) => c.id));
  });
});

describe('Dutch local issues', () => {
  it.each<[string, CategoryId]>([
    ['Alweer vuilniszakken naast de container bij de flat, wie ruimt dit op?', 'cleanliness'],
    ['Groot gat in het fietspad op de Hogeweg, vanavond bijna onderuit gegaan', 'roads'],
    ['Lantaarnpaal voor nummer 12 doet het al drie weken niet, pikkedonker hier', 'roads'],
    ['Elke ochtend racen auto’s met 70 door onze 30-zone, wachten op een ongeluk', 'traffic'],
    [
      'Na elke bui staat de straat blank, de putten kunnen het niet aan #wateroverlast',
      'sewer-water',
    ],
    ['Zes gezonde eiken gekapt in ons park, zonder aankondiging', 'green'],
    ['Elk weekend geluidsoverlast van het café tot 4 uur ’s nachts', 'nuisance'],
    ['Ratten bij de containers in onze buurt, het wordt een plaag 🐀', 'animals'],
    ['Derde inbraak deze maand in onze straat, politie komt niet eens langs', 'safety'],
    ['Onze huurwoning zit vol schimmel en de corporatie komt al maanden niet', 'housing'],
    ['Bestemmingsplan: 20 verdiepingen naast onze wijk, inspraakavond donderdag', 'plans'],
    ['Het buurthuis gaat dicht door bezuinigingen, waar moeten de ouderen heen?', 'amenities'],
    ['Houtstook van de buren, elke avond rook in de wijk, luchtkwaliteit is slecht', 'environment'],
    ['Bushalte in ons dorp opgeheven, ouderen kunnen nergens meer heen', 'transit'],
    ['Stroomstoring in de hele wijk, al 4 keer deze maand', 'other'],
  ])('%s → %s', (text, category) => {
    expect(local(text)).toBe(category);
  });

  it('reads slang, typos, capitals and hashtags', () => {
    expect(local('stoep tegels liggen al maanden scheef, kan de gemeente ff komen kijken')).toBe(
      'roads',
    );
    expect(local('#GatInDeWeg op de Dorpsstraat, doe er iets aan')).toBe('roads');
    expect(local('WTF, ALWEER grofvuil op de stoep bij ons 🤬')).toBe('cleanliness');
  });

  it('takes an emoji for the word it stands for', () => {
    const verdict = classifyPost('🐀🐀 bij de containers op de Kerkstraat');
    expect(verdict.local).toBe(true);
    expect(verdict.category).toBe('animals');
  });
});

describe('English local issues', () => {
  it.each<[string, CategoryId]>([
    ['Massive pothole on Elm Street outside the school, @CityCouncil please fix it!', 'roads'],
    ['Bins not collected on our road for 3 weeks, foxes tearing the bags open', 'cleanliness'],
    ['Storm drain blocked again, the whole street floods every time it rains', 'sewer-water'],
    ['Our landlord has ignored the black mould in the bedroom for months', 'housing'],
    ['The lift at the station has been broken for a month, wheelchair users stuck', 'transit'],
    ['Garbage dumped on the footpath near the market, nobody clears it', 'cleanliness'],
  ])('%s → %s', (text, category) => {
    expect(local(text)).toBe(category);
  });
});

describe('hard negatives', () => {
  it.each([
    // national politics, even about local topics
    'Vandaag in de Kamer: motie aangenomen voor statiegeld op blikjes tegen zwerfafval in Nederland',
    'Het kabinet moet de woningbouw versnellen, 900.000 woningen erbij. Wij dienen een motie in.',
    'Congress passed the infrastructure bill, billions for roads and bridges nationwide.',
    // metaphors
    'Mijn inbox is een vuilnisbelt na een week vakantie 😩',
    'M’n hoofd is echt een puinhoop deze week',
    'This movie was absolute garbage, two hours of my life gone',
    'Deze groepsapp is een wespennest, ik zeg niks meer.',
    // far-away news
    'Ratten teisteren Parijs, de stad zet nu honden in.',
    'In New York staan de vuilniszakken meters hoog tijdens de staking.',
    'Floods in Pakistan have displaced millions. Please donate.',
    // sport, advertising, private life
    'De verdediging van Ajax was vandaag een gatenkaas, drie goals tegen.',
    'Last van ratten of muizen? Ongediertebestrijding binnen 24 uur, bel 085-123 4567.',
    '50% off everything this weekend only! Shop now, link in bio',
    'Eindelijk weekend! Met de kids naar de speeltuin en daarna pannenkoeken 🥞',
    'Beautiful walk in the park this morning, the cherry blossoms are out',
    // praise and sarcasm without a problem
    'Wat een prachtige nieuwe bibliotheek hebben we gekregen! Compliment aan de gemeente 👏',
    'Geweldig, weer maandag. Precies waar ik op zat te wachten 🙄',
  ])('%s', (text) => {
    expect(classifyPost(text).local).toBe(false);
  });

  it('says why: the metaphor and the off-topic words are in the evidence', () => {
    const metaphor = classifyPost('Mijn inbox is een vuilnisbelt');
    expect(metaphor.evidence).toContainEqual(
      expect.objectContaining({ cue: 'vuilnisbelt', kind: 'metaphor' }),
    );
    const politics = classifyPost('Het kabinet moet de woningbouw versnellen, zegt de minister.');
    expect(politics.evidence.filter((e) => e.kind === 'off-topic').map((e) => e.cue)).toEqual(
      expect.arrayContaining(['kabinet', 'minister']),
    );
  });

  it('reads the same topic literally when the subject is a street', () => {
    expect(local('Onze straat is een vuilnisbelt, overal zwerfvuil')).toBe('cleanliness');
  });
});

describe('negation and sarcasm', () => {
  it('cancels a complaint that is negated', () => {
    const verdict = classifyPost('Geen overlast hier, heerlijk rustig.');
    expect(verdict.local).toBe(false);
    expect(verdict.evidence).toContainEqual(
      expect.objectContaining({ cue: 'overlast', kind: 'negated', weight: 0 }),
    );
  });

  it('counts a missing public thing as a complaint', () => {
    expect(local('Geen enkel bankje meer in het hele winkelcentrum, waarom weggehaald?')).not.toBe(
      null,
    );
  });

  it('turns sarcastic praise into a complaint and names the marker', () => {
    const verdict = classifyPost('Lekker bezig gemeente, de stoep ligt al 3 weken open');
    expect(verdict.local).toBe(true);
    expect(verdict.evidence).toContainEqual(
      expect.objectContaining({ cue: 'lekker bezig', kind: 'sarcasm' }),
    );
  });

  it('does not let a negation cancel a complaint under an eye-roll', () => {
    expect(
      classifyPost('Helemaal geen overlast hier hoor 🙄 elke nacht feest tot 4 uur').local,
    ).toBe(true);
  });
});

describe('place cues without a gazetteer', () => {
  it('treats streets, postcodes and municipal accounts as places', () => {
    for (const text of [
      'Zwerfvuil overal op de Kerkstraat',
      'Zwerfvuil overal rond 5611 AB',
      'Zwerfvuil overal, @gemeenteutrecht',
    ]) {
      expect(classifyPost(text).evidence.some((e) => e.kind === 'place')).toBe(true);
    }
  });

  it('does not take every word ending in -weg for a street', () => {
    const verdict = classifyPost('Onderweg naar huis, even boodschappen doen');
    expect(verdict.evidence.some((e) => e.kind === 'place')).toBe(false);
  });

  it('becomes more sure when the caller knows the post names a place', () => {
    const text = 'Er ligt een matras op de stoep.';
    const without = classifyPost(text);
    const withPlace = classifyPost(text, { namedPlace: true });
    expect(withPlace.local).toBe(true);
    expect(withPlace.confidence).toBeGreaterThan(without.local ? without.confidence : 0.5);
  });
});

describe('category, confidence and tone', () => {
  it('falls back to other when no category is clear', () => {
    expect(
      local('Meldingsformulier van de gemeente werkt al een week niet, kapotte dingen in de wijk'),
    ).toBe('other');
  });

  it('keeps confidence between 0.5 and 1 and higher for clearer posts', () => {
    const clear = classifyPost(
      'Grofvuil staat al 2 weken op de stoep in onze straat, zwerfvuil overal',
    );
    const faint = classifyPost('Er ligt een matras op de stoep.');
    for (const verdict of [clear, faint, classifyPost(''), classifyPost('Goedemorgen!')]) {
      expect(verdict.confidence).toBeGreaterThanOrEqual(0.5);
      expect(verdict.confidence).toBeLessThanOrEqual(1);
    }
    expect(clear.confidence).toBeGreaterThan(faint.confidence);
  });

  it('is calm for a plain report and heated for shouting and swearing', () => {
    expect(classifyPost('De lantaarnpaal bij nummer 4 is kapot.').tone).toBe('calm');
    expect(classifyPost('WAT EEN KUTZOOI!!! Al 5 weken ligt het grofvuil hier').tone).toBe(
      'heated',
    );
    expect(classifyPost('Fix this pothole now, this is fucking ridiculous 😡').tone).toBe('heated');
  });

  it('lists the strongest evidence first', () => {
    const weights = classifyPost('Zwerfvuil en grofvuil in onze straat, al 3 weken').evidence.map(
      (e) => Math.abs(e.weight),
    );
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('handles links, mentions and long input', () => {
    const verdict = classifyPost(
      'Zie https://example.org/foto @buurman: gat in de weg! '.repeat(2000),
    );
    expect(verdict.local).toBe(true);
    expect(verdict.category).toBe('roads');
  });
});
