import { foldForSearch } from '../db/signal-index';

/**
 * Words in a post that make one kind of body the one to contact, beyond what the category says:
 * the category of "een zwaan met een vishaak" is `animals`, like rats, but only the injured swan is
 * for the animal ambulance.
 */
export type CueKind =
  | 'urgent'
  | 'injured-animal'
  | 'people'
  | 'crime'
  | 'motorway'
  | 'power'
  | 'water-board'
  | 'rental'
  | 'industry';

export type Cues = Partial<Record<CueKind, string>>;

/*
 * Patterns are folded words (lower case, no accents); a phrase matches whole words in order.
 * `*` at either end lets the word go on or start earlier (Dutch compounds: "stroomstoring*",
 * "*stank"); `#` is one digit (motorway numbers: "a#", "a##").
 */

/** Happening now and dangerous to people: the only posts for which 112 is offered. */
const URGENT = [
  'brand',
  'in brand',
  'uitslaande brand',
  'vlammen',
  'rookontwikkeling',
  'explosie',
  'ontploffing',
  'steekpartij',
  'schietpartij',
  'schoten gelost',
  'overval',
  'te water',
  'verdrinkt',
  'bewusteloos',
  'reanimatie',
  'reanimeren',
  'ademt niet',
  'ingestort',
  'stortte in',
  'levensgevaarlijk nu',
  'nu levensgevaarlijk',
  'acuut gevaar',
  'direct gevaar',
  'fire',
  'on fire',
  'flames',
  'explosion',
  'stabbing',
  'shooting',
  'drowning',
  'unconscious',
  'not breathing',
  'collapsed',
  'life threatening',
  'immediate danger',
];

/** Phrases with an urgent word that are not urgent ("brand new"), taken out before looking. */
const NOT_URGENT = [' brand new ', ' fire station ', ' fire brigade ', ' fire hydrant '];

/** Hurt people: urgent, unless the hurt one is an animal ("gewonde egel"). */
const INJURY = [
  'gewond',
  'gewonde',
  'gewonden',
  'zwaargewond',
  'bloedt',
  'bloedend',
  'injured',
  'injuries',
  'bleeding',
  'badly hurt',
];

/** Animals the animal ambulance comes for; pests (rats, mice, wasps) are the municipality's. */
const ANIMALS = [
  'dier',
  'dieren',
  'diertje',
  'huisdier',
  'egel',
  'egeltje',
  'kat',
  'katten',
  'poes',
  'poesje',
  'kater',
  'kitten',
  'hond',
  'hondje',
  'zwaan',
  'zwanen',
  'eend',
  'eenden',
  'eendje',
  'eendjes',
  'gans',
  'ganzen',
  'ree',
  'reeen',
  'hert',
  'vos',
  'vosje',
  'das',
  'haas',
  'konijn',
  'vogel',
  'vogels',
  'vogeltje',
  'duif',
  'meeuw',
  'reiger',
  'uil',
  'buizerd',
  'zeehond',
  'zeehondje',
  'zeehondjes',
  'schaap',
  'paard',
  'animal',
  'hedgehog',
  'cat',
  'kitten',
  'dog',
  'swan',
  'swans',
  'duck',
  'ducks',
  'duckling',
  'ducklings',
  'goose',
  'geese',
  'deer',
  'fox',
  'badger',
  'hare',
  'rabbit',
  'bird',
  'pigeon',
  'gull',
  'heron',
  'owl',
  'seal',
];

/** An animal in distress: hurt, stuck or weak. */
const ANIMAL_HARM = [
  'gewond',
  'gewonde',
  'aangereden',
  'aangefietst',
  'kreupel*',
  'uitgeput',
  'zieke',
  'bloedt',
  'zit vast',
  'vastgelopen',
  'vastgeraakt',
  'verstrikt',
  'vislijn',
  'vishaak',
  'in de knel',
  'hulpeloos',
  'verzwakt',
  'mank',
  'injured',
  'hurt',
  'hit by a car',
  'run over',
  'limping',
  'bleeding',
  'stuck',
  'tangled',
  'trapped',
];

/**
 * A dead animal is collected by the municipality; 144 is for animals that can still be helped
 * (its guidance in lib/data/contacts.json).
 */
const ANIMAL_DEATH = ['dood', 'dode', 'doodgereden', 'kadaver', 'overleden', 'dead', 'carcass'];
const STILL_ALIVE = ['leeft nog', 'nog in leven', 'still alive', 'is alive'];

/** Phrases that say "injured animal" on their own. */
const ANIMAL_DISTRESS = [
  'dierenambulance',
  'dierenpolitie',
  '144',
  'animal ambulance',
  'animal rescue',
];

/** Nuisance by people and threats to safety: for the police, not only the municipality. */
const PEOPLE = [
  'hangjongeren',
  'hanggroep',
  'groep jongeren',
  'jongeren',
  'dealers',
  'dealer',
  'dealen',
  'drugsdealers',
  'drugshandel',
  'drugsrunners',
  'dronken',
  'vechtpartij',
  'knokpartij',
  'ruzie',
  'intimidatie',
  'intimiderend',
  'intimideren',
  'bedreigd',
  'bedreiging',
  'lastiggevallen',
  'nageroepen',
  'straatintimidatie',
  'inbraak',
  'inbraken',
  'inbreker',
  'inbrekers',
  'ingebroken',
  'diefstal',
  'gestolen',
  'fietsendief',
  'fietsendieven',
  'vandalisme',
  'vernield',
  'vernielingen',
  'vernielen',
  'overlastgevers',
  'hardrijders',
  'racen',
  'racebaan',
  'scheuren door',
  'scheurt door',
  'patsers',
  'youths',
  'teenagers',
  'drug dealing',
  'drunk',
  'fighting',
  'harassment',
  'harassed',
  'intimidating',
  'threatened',
  'burglary',
  'burglaries',
  'break in',
  'broken into',
  'stolen',
  'theft',
  'vandalism',
  'vandalised',
  'vandalized',
  'antisocial',
  'anti social',
  'speeding',
  'racing',
  'boy racers',
  'joyriders',
];

/** Crime that people would rather report without their name (Meld Misdaad Anoniem). */
const CRIME = [
  'hennep*',
  'wietplantage',
  'wietkwekerij',
  'drugslab',
  'drugsafval',
  'drugshandel',
  'drugsdealers',
  'dealers',
  'dealen',
  'drugsrunners',
  'witwassen',
  'mensenhandel',
  'uitbuiting',
  'wapenhandel',
  'anoniem melden',
  'anoniem gemeld',
  'anoniem tippen',
  'cannabis farm',
  'weed farm',
  'drug lab',
  'drug dealing',
  'anonymously',
];

/** Motorways are the national roads authority's, not the municipality's. */
const MOTORWAY = [
  'a#',
  'a##',
  'a###',
  'snelweg',
  'snelwegen',
  'autosnelweg',
  'rijksweg',
  'afrit',
  'oprit',
  'toerit',
  'vluchtstrook',
  'pechhaven',
  'spitsstrook',
  'knooppunt',
  'verzorgingsplaats',
  'matrixbord*',
  'rijkswaterstaat',
  'motorway',
  'highway',
  'freeway',
  'hard shoulder',
  'slip road',
];

/** Power and gas outages and leaks: the grid operators' national outage line. */
const POWER = [
  'stroomstoring*',
  'stroomuitval',
  'geen stroom',
  'zonder stroom',
  'stroom uitgevallen',
  'stroom is uitgevallen',
  'stroom valt',
  'stroom weg',
  'stroom eraf',
  'blackout',
  'black out',
  'gasstoring',
  'geen gas',
  'gaslek',
  'gaslucht',
  'ruik gas',
  'ruiken gas',
  'netbeheerder',
  'liander',
  'stedin',
  'enexis',
  'power cut',
  'power cuts',
  'power outage',
  'no power',
  'no electricity',
  'power is out',
  'power went out',
  'gas leak',
  'smell gas',
  'smell of gas',
];

/** Dikes, ditches and water levels: the water board's. */
const WATER_BOARD = [
  'dijk',
  'dijken',
  'dijkje',
  'waterkering',
  'sloot',
  'sloten',
  'slootkant',
  'watergang',
  'wetering',
  'waterpeil',
  'waterstand',
  'gemaal',
  'stuw',
  'kwel',
  'blauwalg',
  'botulisme',
  'vissterfte',
  'dode vissen',
  'dode vis',
  'muskusrat*',
  'beverrat*',
  'waterschap',
  'hoogheemraadschap',
  'ditch',
  'ditches',
  'dike',
  'dyke',
  'levee',
  'water level',
  'pumping station',
  'weir',
  'blue green algae',
  'dead fish',
];

/** Renting: defects in a rented home are the landlord's to fix. */
const RENTAL = [
  'huurwoning*',
  'huurhuis',
  'huurflat',
  'huurappartement',
  'huurder',
  'huurders',
  'verhuurder',
  'huisbaas',
  'woningcorporatie',
  'corporatie',
  'woningbouwvereniging',
  'woonstichting',
  'woningstichting',
  'wooncorporatie',
  'sociale huur',
  'ymere',
  'vestia',
  'eigen haard',
  'de alliantie',
  'woonstad',
  'havensteder',
  'mitros',
  'stadgenoot',
  'rochdale',
  'woonbron',
  'staedion',
  'haag wonen',
  'vidomes',
  'landlord',
  'housing association',
  'letting agent',
  'rented',
  'rental',
  'tenant',
  'tenants',
  'council flat',
];

/** Defects of a home: with the category `housing`, they point at the landlord too. */
const HOME_DEFECTS = [
  'schimmel',
  'schimmelt',
  'vocht',
  'vochtig',
  'lekkage',
  'lekt',
  'tocht',
  'tochtig',
  'cv ketel',
  'verwarming',
  'geen warm water',
  'lift',
  'mould',
  'mold',
  'damp',
  'leak',
  'leaking',
  'heating',
  'boiler',
];

/** Companies and industry. Alone they say where, not what: with an emission they are a cue. */
const INDUSTRY = [
  'fabriek',
  'fabrieken',
  'fabrieks*',
  'industrie',
  'industrieterrein',
  'bedrijventerrein',
  'staalbedrijf',
  'staalfabriek',
  'asfaltcentrale',
  'afvalverwerker',
  'afvalverwerking',
  'composteerbedrijf',
  'mestverwerk*',
  'tata steel',
  'chemours',
  'chemelot',
  'raffinaderij',
  'factory',
  'industrial',
  'industrial estate',
  'refinery',
  'smelter',
  'steelworks',
];

/** What comes from a company that the environmental service acts on: smell, noise, dust, smoke. */
const EMISSIONS = [
  'stank',
  'stinkt',
  'stinken',
  'stinkend',
  'lucht',
  'geur',
  'geuroverlast',
  'geluid',
  'geluidsoverlast',
  'lawaai',
  'herrie',
  'gebrom',
  'stof',
  'roet*',
  'rook',
  'rookpluim',
  'uitstoot',
  'smell',
  'smells',
  'stink',
  'stench',
  'noise',
  'dust',
  'smoke',
  'soot',
];

/** Phrases that are about industrial pollution on their own. */
const INDUSTRIAL_POLLUTION = [
  'omgevingsdienst',
  'milieudienst',
  'chemische lucht',
  'chemische geur',
  'chemical smell',
  'fumes',
  'emissions',
];

function compile(patterns: readonly string[]): RegExp {
  const alternatives = [...new Set(patterns)]
    .sort((a, b) => b.length - a.length)
    .map((pattern) =>
      pattern
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/#/g, '\\d')
        .replace(/^\*|\*$/g, '[\\p{L}\\p{N}]*'),
    );
  return new RegExp(`(?<= )(?:${alternatives.join('|')})(?= )`, 'u');
}

const PATTERNS = {
  urgent: compile(URGENT),
  injury: compile(INJURY),
  animals: compile(ANIMALS),
  animalHarm: compile(ANIMAL_HARM),
  animalDeath: compile(ANIMAL_DEATH),
  stillAlive: compile(STILL_ALIVE),
  animalDistress: compile(ANIMAL_DISTRESS),
  people: compile(PEOPLE),
  crime: compile(CRIME),
  motorway: compile(MOTORWAY),
  power: compile(POWER),
  waterBoard: compile(WATER_BOARD),
  rental: compile(RENTAL),
  homeDefects: compile(HOME_DEFECTS),
  industry: compile(INDUSTRY),
  emissions: compile(EMISSIONS),
  industrialPollution: compile(INDUSTRIAL_POLLUTION),
};

const NOT_A_WORD = /[^\p{L}\p{N}]+/gu;

/** Folded words separated by single spaces, with a space at either end, as the patterns expect. */
function wordsOf(text: string): string {
  return ` ${foldForSearch(text).replace(NOT_A_WORD, ' ').trim()} `;
}

function first(pattern: RegExp, words: string): string | undefined {
  return pattern.exec(words)?.[0];
}

/**
 * The cues of each kind in `text`, each as the words that gave it. `housing` says the post is
 * about a home, so that a defect ("schimmel") is enough for the landlord.
 */
export function findCues(text: string, options: { housing?: boolean } = {}): Cues {
  const words = wordsOf(text);
  const cues: Cues = {};
  const animal = first(PATTERNS.animals, words);
  const dead =
    first(PATTERNS.animalDeath, words) !== undefined &&
    first(PATTERNS.stillAlive, words) === undefined;
  const animalHarm = animal === undefined || dead ? undefined : first(PATTERNS.animalHarm, words);
  const injuredAnimal =
    first(PATTERNS.animalDistress, words) ??
    (animal !== undefined && animalHarm !== undefined ? `${animalHarm} ${animal}` : undefined);
  if (injuredAnimal !== undefined) cues['injured-animal'] = injuredAnimal;
  const calmWords = NOT_URGENT.reduce((rest, phrase) => rest.replaceAll(phrase, ' '), words);
  const urgent =
    first(PATTERNS.urgent, calmWords) ??
    (injuredAnimal === undefined ? first(PATTERNS.injury, words) : undefined);
  if (urgent !== undefined) cues.urgent = urgent;
  const rental =
    first(PATTERNS.rental, words) ??
    (options.housing ? first(PATTERNS.homeDefects, words) : undefined);
  if (rental !== undefined) cues.rental = rental;
  const industry = first(PATTERNS.industry, words);
  const pollution =
    first(PATTERNS.industrialPollution, words) ??
    (industry !== undefined && first(PATTERNS.emissions, words) !== undefined
      ? industry
      : undefined);
  if (pollution !== undefined) cues.industry = pollution;
  const simple: Array<[CueKind, RegExp]> = [
    ['people', PATTERNS.people],
    ['crime', PATTERNS.crime],
    ['motorway', PATTERNS.motorway],
    ['power', PATTERNS.power],
    ['water-board', PATTERNS.waterBoard],
  ];
  for (const [kind, pattern] of simple) {
    const cue = first(pattern, words);
    if (cue !== undefined) cues[kind] = cue;
  }
  return cues;
}
