import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, type CategoryId, classifyPost, classifyPostWithEvidence } from './index';
import { ownPostTexts } from './own-posts';

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
    ['Het bushokje bij de Dorpsstraat is weer helemaal volgekalkt', 'cleanliness'],
    ['De openbare wc in het park is al een maand dicht', 'amenities'],
    ['Er wordt elke avond gedeald bij het bankje achter de sporthal', 'nuisance'],
    ['Auto’s staan half op de stoep en voor de uitritten, je komt er niet langs', 'traffic'],
    ['Heiwerk vanaf 7 uur ’s ochtends bij de nieuwbouw, het hele huis trilt', 'nuisance'],
    ['Arriva schrapt buslijn 29, hoe komen de scholieren nu naar school?', 'transit'],
    ['De geluidsschermen langs de N11 zijn nu al helemaal volgeklad', 'cleanliness'],
    ['Vanochtend zijn zonder aankondiging alle lindes in onze straat omgezaagd', 'green'],
    [
      'De trottoirtegels liggen los en scheef, mijn moeder is er met haar rollator gestruikeld',
      'roads',
    ],
    [
      'Het is hier ’s avonds echt eng geworden, jongens die naar je roepen als je langsloopt',
      'safety',
    ],
    ['In ons dorp heb je nauwelijks bereik, zelfs 112 bellen lukt niet', 'other'],
    ['Omwonenden slapen al maanden slecht door dreunende bassen en geschreeuw', 'nuisance'],
    ['Elke avond geknal in onze straat, het is pas half december', 'nuisance'],
    [
      'Vannacht zijn bij ons in het dorp zeven schapen doodgebeten, vermoedelijk de wolf',
      'animals',
    ],
    [
      'Bevers graven gangen in de dijk langs de rivier, houdt die het nog bij hoog water?',
      'animals',
    ],
    [
      'De mestvergister stinkt al weken naar rotte eieren, de hele buurt heeft hoofdpijn',
      'environment',
    ],
    [
      'Per 1 juni sluit de laatste winkel in ons dorp, voor melk moeten we 10 km fietsen',
      'amenities',
    ],
    ['Vier jaar na de schademelding staat ons huis nog steeds in de stutten', 'housing'],
    ['Alweer drugsafval gedumpt in het bos, twintig vaten langs het ruiterpad', 'cleanliness'],
    ['Heien om 7 uur op zaterdag bij het bouwproject naast ons, het hele huis trilt', 'nuisance'],
    ['In de woning naast ons wonen 14 arbeidsmigranten, busjes af en aan om 5 uur', 'housing'],
    ['Nog steeds geen glasvezel in ons buitengebied, thuiswerken met 4 Mbit', 'other'],
    ['De werfmuur langs de gracht brokkelt af, er liggen stukken steen in het water', 'roads'],
    [
      'Vannacht bij alle auto’s in onze straat de spiegels eraf getrapt, tweede keer deze maand',
      'safety',
    ],
    ['Uit bodemonderzoek blijkt dat de grond onder de buurtmoestuin vol lood zit', 'environment'],
    [
      'De sporthal gaat tegen de vlakte voor appartementen, waar moeten onze kinderen nog sporten?',
      'plans',
    ],
    [
      'Het fietstunneltje bij het station is ’s avonds doodeng, er hangt altijd wel iemand rond',
      'safety',
    ],
    [
      'Wie laat hier elke ochtend z’n hond kakken op het stoepje voor de school? Ruim je zooi op',
      'cleanliness',
    ],
    ['Dood ree ligt sinds gisteren in de berm, begint al te ruiken', 'animals'],
    ['Weer een racer vannacht met een knallende uitlaat vol gas door de wijk', 'traffic'],
    [
      'Lift op het station al drie weken stuk, met mijn rolstoel kom ik niet op het perron',
      'transit',
    ],
    ['Al drie dagen ligt er een dode zwaan langs de singel, het stinkt enorm', 'animals'],
    ['Stroom valt alweer uit in het hele dorp, de derde keer deze week', 'other'],
    [
      'De sloten zijn sinds het voorjaar niet geschoond, bij de bui liep het water de tuinen in',
      'sewer-water',
    ],
    [
      'De gemeente schrapt de balie in het stadhuis, wie geen DigiD heeft kan nergens heen',
      'amenities',
    ],
    [
      'Bewoners voelen zich overvallen door de opvang van 300 asielzoekers in het oude schoolgebouw',
      'plans',
    ],
    [
      'Verwarming ligt er wéér uit in onze flat en de verhuurder neemt de telefoon niet op',
      'housing',
    ],
    [
      'Let op: twee mannen aan de deur die zeggen dat ze van het energiebedrijf zijn. Niet opendoen!',
      'safety',
    ],
    [
      'Vanaf januari rijdt de bus niet meer op zondag, hoe komen de ouderen naar de kerk?',
      'transit',
    ],
    ['Sinds de bladkorven weg zijn lopen de putten over bij elke bui', 'sewer-water'],
    ['GFT nog maar één keer per maand opgehaald en nu zitten de maden erin', 'cleanliness'],
    ['Het bord op de fietsstraat bij het station is omvergereden', 'roads'],
    [
      'Er komt een opvang voor 300 mensen in het oude kantoor en er was geen enkele bewonersavond',
      'plans',
    ],
    ['Weer scooters met 60 door het park, levensgevaarlijk', 'traffic'],
    ['Put loopt weer over, hele straat blank', 'sewer-water'],
    ['In het tunneltje staan steeds gasten die meisjes nafluiten en achterna roepen', 'safety'],
    ['Elke ochtend een kwartier vast bij de rotonde', 'traffic'],
    ['Windpark pal naast ons dorp? Niemand heeft ons iets gevraagd.', 'plans'],
    ['Het kraanwater ruikt en smaakt sinds gisteren naar metaal, bij de buren ook', 'sewer-water'],
    ['Tags op elke elektriciteitskast in de buurt, niemand haalt ze weg', 'cleanliness'],
    ['Buurthuis De Klinker sluit omdat de subsidie stopt', 'amenities'],
    ['Bouwput staat al maanden stil, hekken omgewaaid en kinderen klimmen erin', 'safety'],
    ['Weer 20 cm water in de fietstunnel na één buitje, elk jaar hetzelfde', 'sewer-water'],
    [
      'Jongeren die elke avond met flessen gooien bij de school, en als je er wat van zegt word je uitgescholden',
      'nuisance',
    ],
    [
      'Fietsenstalling bij het station: in een maand drie fietsen kwijtgeraakt, gisteren twee jongens met een betonschaar',
      'safety',
    ],
    [
      'Sinds de nachtvluchten terug zijn slaap ik geen nacht meer door, vrachtvliegtuig na vrachtvliegtuig',
      'nuisance',
    ],
    ['Fietsverkeerslicht bij de school staat al twee weken op knipperen', 'traffic'],
    [
      'RT @FietsBond: de tijdelijke fietsroute langs het water duurt nu 14 maanden. Onverlicht, modderig, gevaarlijk.',
      'roads',
    ],
    [
      'Groepje jongens hangt elke avond bij de ingang van de supermarkt, meiden worden nageroepen',
      'safety',
    ],
    [
      'De grote populier voor nr 12 hangt scheef sinds de storm, als die valt ligt hij op de schommels',
      'green',
    ],
    [
      'Hier precies hetzelfde, wilde zwijnen in alle tuinen en de gazons volledig omgewoeld',
      'animals',
    ],
    ['Daar gaat weer een stuk groen, het veldje achter de school wordt volgebouwd', 'plans'],
    ['In de winkelstraat staan inmiddels 8 panden leeg in één blok, ramen dichtgeplakt', 'housing'],
    [
      'Die asfaltcentrale stinkt, de lucht komt bij ons gewoon binnen. Ramen dicht in de zomer.',
      'environment',
    ],
    [
      'Staan er ineens rode stippen op alle eiken in onze laan. Geen brief, niks. Leg het eens uit.',
      'green',
    ],
    ['Sinds ze de zebra weg hebben gehaald stopt er niemand meer voor je', 'traffic'],
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
    ['Builders next door have been jackhammering since 7am every day this week', 'nuisance'],
    ['Found a dead possum in the gutter on Elm Road, been there since Monday', 'animals'],
    ['The council is cutting opening hours at the library again', 'amenities'],
    ['Dead cow lying on the service road near the market for two days now', 'animals'],
    ['Our whole estate has been without electricity for the third day running', 'other'],
    ['The new rooftop bar on our road has been keeping us awake until 4am every night', 'nuisance'],
    [
      'The underpass got tagged again over the weekend, it was only repainted last month',
      'cleanliness',
    ],
    ['Sign the petition to save the plane trees the council wants to fell', 'green'],
    ['Kachra not picked since 3 days in our gali, please send someone', 'cleanliness'],
    ['racers on the bypass again at 2am, every single night', 'traffic'],
    ['Cars do 40 in a 20 zone outside the primary school every morning', 'traffic'],
    ['grass on the rec is up to my knees, does anyone still mow this', 'green'],
    ['Light don go again for our side, no light since morning', 'other'],
    ['Anyone else on our street still not plowed? Storm ended Sunday, it is Wednesday', 'roads'],
    ['A magpie is swooping on the path by the oval, got me twice this morning', 'animals'],
    ['15 bus didn’t show up again this morning, third day in a row @dublinbusnews', 'transit'],
    [
      'Cows and bulls sitting in the middle of the road every night, where is the cattle catching team?',
      'animals',
    ],
    [
      'Chain snatching near the station skywalk again, lights not working and no marshal there',
      'safety',
    ],
    [
      'Piling at the building site next door started at 6.45am again, the whole block woken up',
      'nuisance',
    ],
    [
      'The house next to ours has been empty since 2019, broken windows and people sleeping in it',
      'housing',
    ],
    ['Water has been gushing out of a burst main on our street for 13 days now', 'sewer-water'],
    [
      'The signal at our junction is stuck on flashing red again, nearly got t-boned this morning',
      'traffic',
    ],
    ['Someone doing burnouts up and down our street at 2am every night this week', 'traffic'],
    ['There is garbage all over the footpath near the market, nobody clears it', 'cleanliness'],
    [
      'The splash pad in the park has been closed for maintenance since July, it is now August',
      'amenities',
    ],
    [
      'The stink from the rendering plant was so bad last night we had to shut every window',
      'environment',
    ],
    ['@TSRTCHQ bus not stopping at our stop in the evenings, waited 50 min today', 'transit'],
    ['Is anyone else’s internet down in our area? Fibre out since 6am, area outage', 'other'],
    [
      'The walk signal gives you maybe 10 seconds to cross four lanes, my mum got stuck halfway',
      'traffic',
    ],
    ['They rerouted the 12 last spring and the stop by the clinic is just gone', 'transit'],
    ['The new BRT stops have no ramps at all, it is a disgrace', 'transit'],
    [
      'Our village shop shuts next month, the only shop for miles and the last place the elderly meet',
      'amenities',
    ],
    ['Same on Park Lane since Friday, the whole street is dark after 5', 'roads'],
    ['Third week of night works on the railway, angle grinders at 2am', 'nuisance'],
    ['Commuters block driveways from 7am and residents cannot park anywhere', 'traffic'],
    ['Yeh road 3 mahine pehle bana tha aur already toot gaya', 'roads'],
    [
      'Park in our layout locked for maintenance for 8 months, kids have nowhere to play',
      'amenities',
    ],
    ['Route 332 cut without any notice. Office goers now have to take 2 autos', 'transit'],
    [
      'Trees being cut on our road for road widening without any consultation. Save our trees!',
      'green',
    ],
    [
      'The park in our layout is locked under renovation, children have no place to play',
      'amenities',
    ],
    [
      'The sidewalks are still unshoveled four days after the storm, you cannot get a stroller through',
      'roads',
    ],
    [
      'Commercial building coming up on a residential plot, no permission board, work going on at midnight',
      'plans',
    ],
    [
      'Refuse has piled up at the roundabout for two weeks, the smell reaches the bus stop',
      'cleanliness',
    ],
    [
      "Water's been coming out brown in our estate for three days and the water company is not picking up",
      'sewer-water',
    ],
    [
      'Metro construction dust near the market is insane, no water sprinkling at all',
      'environment',
    ],
    ['Bhai humari gali mein 10 din se paani nahi aa raha, kuch karo', 'sewer-water'],
    ['Third fire at the encampment next to the playground, kids play there', 'safety'],
    [
      'They want to put an asylum reception centre in the old school next to us and we only heard about it via the paper',
      'plans',
    ],
    [
      'The lift in our building has been broken for 3 weeks, elderly neighbours cannot leave their flats',
      'housing',
    ],
    ['The quay wall along the old harbour is sagging and has been fenced off for a year', 'roads'],
    [
      'The ferry is packed every morning and since they cut the late-night frequency we wait 20 minutes',
      'transit',
    ],
    [
      'My bus line got cut from hourly to twice a day, I cannot get to work without a car',
      'transit',
    ],
    [
      'Anyone else noticing the heat on the new stone square by the bus station? Zero shade, zero trees #HeatStress',
      'environment',
    ],
    [
      'Illegal hoardings and posters plastered all over the flyover pillars, ugly and distracting',
      'cleanliness',
    ],
    [
      'New liquor shop opening right next to the girls school, residents objected but licence was given anyway',
      'safety',
    ],
    ['Our building has had no heat for 9 days and the property manager will not answer', 'housing'],
    ['Trailers park on the avenue every evening and block both lanes', 'traffic'],
    ['GUYS THE 15B HAS BEEN CUT TO ONE AN HOUR how am I supposed to get to college now', 'transit'],
    [
      'Overal feestposters en stickers geplakt op lantaarnpalen en verkeersborden, wie ruimt dat op?',
      'cleanliness',
    ],
    [
      'Can not open my windows anymore because of the new flight paths, they are brutal',
      'nuisance',
    ],
    [
      'Tags all over the new skatepark within a week, and the bins there are never emptied',
      'cleanliness',
    ],
    [
      'Frack well going in 500m from the school and the county held one meeting at 2pm',
      'environment',
    ],
    [
      'The matatus park right on the zebra, you literally have to walk into traffic to get past',
      'traffic',
    ],
    ['That asphalt plant stinks up the whole subdivision every summer night', 'environment'],
    [
      'Sir, hamare mohalle mein bijli ke khambe se taar latak raha hai, current aa sakta hai',
      'safety',
    ],
    ['Sidewalks in our neighbourhood have not been cleared in 4 days. Pure ice.', 'roads'],
  ])('%s → %s', (text, category) => {
    expect(local(text)).toBe(category);
  });
});

describe('civic complaints in Indian English', () => {
  it.each<[string, CategoryId]>([
    ['Water stagnation in front of the school after every shower', 'sewer-water'],
    ['Vehicles park on the road and block the gate every day', 'traffic'],
    ['Loudspeakers from the function hall until midnight again', 'nuisance'],
  ])('%s → %s', (text, category) => {
    expect(local(text)).toBe(category);
  });

  it('counts a complaint to a civic body, not the complaint alone', () => {
    expect(local('Dear BBMP, nobody has come for two weeks')).toBe('other');
    expect(local('@BBMPCOMM nobody has come for two weeks')).toBe('other');
    expect(local('Nobody has come for two weeks')).toBeNull();
  });

  it('counts a complaint about the street one lives in', () => {
    expect(local('It keeps getting worse in my street and nobody cares')).toBe('other');
    expect(local('It keeps getting worse in my life and nobody cares')).toBeNull();
  });

  it('takes a request to fill or close a hole for a road repair', () => {
    expect(local('Please close the hole')).toBe('roads');
    expect(local('Please close the hole in my jeans')).toBeNull();
  });

  it('takes the category of the cause, not of what it leads to', () => {
    expect(local('Uncleared waste leads to rats and mosquitoes everywhere')).toBe('cleanliness');
    expect(local('Rats and mosquitoes everywhere near the uncleared waste')).toBe('animals');
  });

  it.each([
    'We studied racial segregation in American schools for our history essay today.',
    'Back from two weeks in the hills, the traffic on the way home was the only bad part.',
  ])('stays negative: %s', (text) => {
    expect(classifyPost(text).local).toBe(false);
  });
});

describe('words of the categories', () => {
  it('reads "wissels" as railway switches as well as a coach’s substitutions', () => {
    expect(classifyPost('Storing aan de wissels bij Amersfoort, weer geen treinen').local).toBe(
      true,
    );
  });

  it.each<[string, CategoryId]>([
    ['Dead roo on the shoulder of the road by the school bus stop, been there 4 days', 'animals'],
    [
      'AQI crossed 400 in our area today, no water sprinkling on the construction site',
      'environment',
    ],
    ['Housing board quarters in dangerous condition, plaster falling from ceilings', 'housing'],
    ['Someone keeps setting fire to the bins in the play area, third time this month', 'safety'],
    [
      'Het stembureau in ons dorp heeft geen hellingbaan, rolstoelers moeten buiten wachten',
      'amenities',
    ],
    ['Tram weer 25 min vertraagd en dan nog propvol ook, elke dag te laat op m’n werk', 'transit'],
    ['De ondergrondse containers zitten al een week propvol, zakken ernaast', 'cleanliness'],
    ['No shelter at the bus stop outside the hospital, patients wait in the heat', 'transit'],
    ['Het kunstgrasveld van de voetbalclub is al sinds de zomer afgekeurd', 'amenities'],
    ['The handrail of the footbridge snapped six weeks ago and is still not fixed', 'roads'],
    ['De tunnel onder het spoor is alweer volgekladderd met tags', 'cleanliness'],
    ['Er wordt weer geraced over de dijk, ruim 100 waar 60 mag', 'traffic'],
    ['Elke avond cobra’s onder het viaduct, de ramen trillen ervan', 'nuisance'],
    [
      'Bestelbus zonder kentekenplaten staat al 5 weken op de parkeerplaats, weg laten slepen aub',
      'traffic',
    ],
    ['The alley behind the flats has turned into a no-go zone after dark', 'safety'],
    [
      'Someone’s goats are on the Ngong road bypass again, nearly hit one at the bend this morning',
      'animals',
    ],
    ['The 86 just does not turn up anymore, then two arrive together 40 minutes later', 'transit'],
    [
      'Not had any post on our road for nine days, the sorting office says it is short staffed',
      'other',
    ],
    ['Paan spit all over the newly painted metro pillar, somebody clean this pls', 'cleanliness'],
    ['Group of guys at the corner of the park every evening passing comments on girls', 'safety'],
    ['Voor de derde keer deze maand is het glas van het bushokje ingegooid', 'safety'],
    ['Weer die zwavellucht vanaf het industrieterrein, ramen dicht in heel de wijk', 'environment'],
    ['Power goes off 3x a day in our area, the substation has been faulty since Sunday', 'other'],
    [
      'They have cut the 52 in the evenings, there is nothing after 7pm from our estate now',
      'transit',
    ],
    ['Storing op het spoor bij Deventer, alweer geen treinen richting Zwolle', 'transit'],
    ['Er ligt al twee dagen een dood hert in de berm van de Heideweg', 'animals'],
    ['Foam all over Varthur lake again, reaching the road near our apartments', 'environment'],
    ['Bij de bushalte staat elke avond een groep die meiden naroept, echt eng', 'safety'],
    ['Weeral een sluikstort aan de glasbollen, zakken en een matras ernaast', 'cleanliness'],
    ['Fatbikes racing over the pavement again near the school, someone will get hurt', 'traffic'],
    ['The ferry at rush hour is way beyond capacity, people squashed against the gates', 'transit'],
    ['Er wordt echt gescheurd door het dorp, 70 waar 30 mag', 'traffic'],
    ['Weer zwarte stofdeeltjes op de vensterbank, zie foto van de tuinstoel', 'environment'],
    ['Baboons got into three houses on our road this week', 'animals'],
    ['Entire terrace on our road is short-term lets now, no families left', 'housing'],
    ['The only grocery store on our side of town closed, literal food desert', 'amenities'],
    ['Public restrooms at the park have been locked since Labor Day', 'amenities'],
    ['Tram stop: dead display, no working ticket machine', 'transit'],
    [
      'People park on the pavement all along Station Road, wheelchairs have to go in the road',
      'traffic',
    ],
    ['Creek behind the estate has a weird oily film and smells of diesel', 'sewer-water'],
    [
      'Boven de snackbar wonen 15 man in één woning, elke dag andere busjes voor de deur',
      'housing',
    ],
    ['Gras in de middenberm staat zo hoog dat je bij het uitrijden niks ziet aankomen', 'traffic'],
    [
      'Geen water uit de kraan sinds vanochtend in heel Lent, niks gehoord van het waterbedrijf',
      'sewer-water',
    ],
    [
      'Gemeente kapt zomaar 12 gezonde eiken in het centrum zonder overleg met bewoners 😡',
      'green',
    ],
    ['Stroom is al 6 uur uit in de hele wijk, netbeheerder zegt helemaal niks', 'other'],
    [
      'Play equipment in the ward park broken, swing chain rusted, one kid got injured',
      'amenities',
    ],
    ['Old building in the market area about to collapse, families still living inside', 'housing'],
    [
      'Loudspeakers from the marriage hall till 1 am every night, residents cannot sleep',
      'nuisance',
    ],
    ['Ration shop in our ward always closed, dealer not giving rice to card holders', 'amenities'],
    ['Residents strongly oppose the proposed garbage processing plant next to our layout', 'plans'],
    [
      'Boil-water notice for the third time this summer, the treatment plant is broken',
      'sewer-water',
    ],
    ['Lads on dirt bikes tearing through the park every evening, we need enforcement', 'nuisance'],
    ['Three weeks, zero collections on Elm Road and one very happy fox family 👏', 'cleanliness'],
    ['400 more signatures needed for our petition against the block', 'plans'],
    ['Silk Board junction at rush hour: 47 minutes to move 2 km', 'traffic'],
    ['De fietstunnel onder het spoor staat nu vol met tags en lelijke teksten', 'cleanliness'],
    ['Dogs are biting children', 'animals'],
    [
      'Government quarters Block 7 leaking from roof every rain, seepage and fungus on walls',
      'housing',
    ],
    ['Open transformer box near the park with no fencing, anyone can touch it', 'safety'],
    ['Why is a 20 floor commercial tower being approved here? Please review the plan', 'plans'],
    ['Community hall in our area is closed since covid, never reopened', 'amenities'],
    ['Wie laat zijn hond elke ochtend voor de ingang van de basisschool poepen?', 'cleanliness'],
    ['Anganwadi centre in our ward closed since 3 months, no food for children', 'amenities'],
    [
      'Yo dis club on the corner be blastin music til 4am every weekend, we got kids tryna sleep',
      'nuisance',
    ],
    [
      "Cemetery gates have been padlocked for three weeks, people can't visit the graves. Who's responsible?",
      'other',
    ],
    [
      'Mobile tower being installed on a terrace without residents consent, next to a school',
      'plans',
    ],
    [
      'Het tunneltje is echt eng: geen licht, alles beklad. Mijn dochter durft er niet meer door',
      'safety',
    ],
    ['The bar on our block does outdoor DJ sets until 2am on weeknights', 'nuisance'],
    ['The city approved tearing down the only community pool to build condos', 'plans'],
    ['Building site across from us starts to pile drive at 7am, our windows rattle', 'nuisance'],
    ['Staat al sinds de zomer een uitgebrande Opel in onze straat, geen kentekenplaten', 'traffic'],
    ['Tweede keer deze maand dat iemand de bloembakken op het dorpsplein kapot trapt', 'safety'],
    [
      'Our community borehole has been spoilt since August, women walk 2km for water',
      'sewer-water',
    ],
  ])('%s → %s', (text, category) => {
    expect(local(text)).toBe(category);
  });
});

describe('joy and announcements', () => {
  it('takes emoji of joy or laughter as praise, unless the post is sarcastic', () => {
    const text = 'Eindelijk is onze straat opnieuw bestraat, de stoep is weer heel';
    const joyful = classifyPost(`${text} 😍`);
    expect(joyful.evidence).toContainEqual(
      expect.objectContaining({ cue: '😍', kind: 'praise', weight: -2.5 }),
    );
    expect(joyful.confidence).not.toBe(classifyPost(text).confidence);
    const sarcastic = classifyPost('Alweer een gat in de weg, de gemeente is echt top 😍🙄');
    expect(sarcastic.evidence.some((cue) => cue.kind === 'praise' && cue.cue === '😍')).toBe(false);
    expect(local('Alweer een gat in de weg, de gemeente is echt top 😍🙄')).toBe('roads');
    expect(local('Drie weken een gat in de stoep bij de school en niemand doet iets 😂')).toBe(
      'roads',
    );
  });

  it('takes a weekday with its date for an announcement, not after "sinds" or "since"', () => {
    expect(classifyPost('Zaterdag 14 juni buurtbarbecue op het plein bij de speeltuin').local).toBe(
      false,
    );
    expect(
      classifyPost('Zaterdag 14 juni buurtbarbecue op het plein bij de speeltuin').evidence,
    ).toContainEqual(expect.objectContaining({ cue: 'zaterdag 14', kind: 'off-topic' }));
    expect(local('Sinds maandag 3 maart ligt de stoep open en niemand ruimt het op')).toBe('roads');
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
    'Mijn keel is schuurpapier en m’n neus een verstopte goot vandaag',
    'Best noise-cancelling earbuds I have ever owned, highly recommend',
    'Mijn benen zijn als lood na die training van gisteren',
    // a problem that was fixed, and thanks for it
    'Complimenten aan de gemeente! De kuil in onze straat is binnen twee dagen gedicht, top service',
    'Thanks @CityCouncil for fixing the streetlight on our road so quickly, great job',
    // services offered, jobs, one's own house
    'Riool verstopt? Wij komen binnen het uur, vaste prijs en geen voorrijkosten',
    'Vacature: medewerker openbare ruimte, 36 uur per week. Solliciteer voor 1 juni!',
    'Lekkage in ons dak na de storm, de dakdekker komt morgen en de verzekering betaalt',
    'Schimmel in de badkamer van ons koophuis, wie kent een goede installateur?',
    'Wij zoeken een medewerker groen voor onze ploeg. Rijbewijs B vereist, ervaring met maaien een pré.',
    'Wespennest onder de dakpannen? Wij verwijderen het dezelfde dag nog. Bel ons!',
    'Local gardener available: hedge trimming, lawn mowing and tree felling. Fully insured, free quotes, DM me',
    // announcements and national alerts
    'KNMI: code oranje voor de kust vanwege zware windstoten, houd rekening met vertraging in het verkeer',
    'Sinterklaas komt zaterdag met de boot aan in de haven, daarna rijdt hij naar het dorpshuis',
    'Top dat de kuil in ons fietspad zo snel is gerepareerd! Complimenten aan de ploeg',
    'Die vergadering was een rioolput, twee uur lang modder gooien naar elkaar',
    'Na 25 jaar bij de buitendienst van de gemeente ga ik vrijdag met pensioen, wat een mooie tijd',
    'Sushi was prima, maar het toilet was smerig en de muziek te hard. 3 sterren #uiteten',
    'Spent Saturday pruning the roses and mowing our lawn, the garden looks great',
    'Every city in the world has potholes, it is just physics and budgets',
    'Politie zoekt getuigen: jongen van 16 vermist, laatst gezien bij het station',
    'Gevonden: sleutelbos bij de bushalte op de Grote Markt, stuur me een pb',
    'Lost dog near the park, black labrador, no collar, ran off during the fireworks. Please share!',
    'bro the new Warzone map is so broken, spawned in a sewer and got sniped instantly',
    'no cap this maths homework is trash, whole class failed',
    'Reminder: the recycling centre will be closed on Boxing Day, normal opening hours resume on 2 January',
    'Ons team op het werk is een wespennest geworden sinds de reorganisatie',
    'Dorpsbelangen houdt de jaarvergadering in het dorpshuis, iedereen welkom!',
    'Kermis van 12 t/m 16 juli! Vrijdag kindermiddag, zondag vuurwerk in de feesttent. Tot dan!',
    'Trekker weer kapot, koppeling eruit, de monteur komt pas morgen',
    'Vacancy: library assistant, part-time, 20 hours a week. Closing date 30 June.',
    'Tree felling and hedge trimming, free quotes, fully licensed and insured arborists',
    'Our basement flooded because my sump pump died, buying a backup this time',
    'the sewer level in this game is the worst thing ever designed, rats everywhere',
    'Met Éireann: Status Orange rainfall warning for Cork and Kerry from 6pm, localised flooding possible',
    'That offside call was absolute garbage, trash officiating from start to finish',
    'Blocked drains? We cover all of North London, same-day callouts. Book online today',
    'My review queue is basically a blocked drain at this point, nothing goes in or out',
    'This album is trash. Absolute garbage. Ten out of ten, had it on repeat all week',
    'Dat hele voorstel van de minister is één groot riool',
    'finally beat the sewer level in the Resident Evil remake, never want to see a rat again',
    'This exam was pure garbage lol, whole class is cooked',
    'Dreamt I was waiting at a bus stop that kept moving down the road. What does it mean',
    'Drain the pasta but keep a mug of the starchy water for the sauce',
    'Mijn scriptie over wateroverlast is eindelijk ingeleverd!! Vier jaar studie zit erop',
    'Rats in the loft? Humane pest control across the city, 10% off for new customers',
    'Zaterdag pubquiz in het dorpshuis! Teams van max. 6 personen, opgeven via de site, entree €5',
    'Eerste boerenkool met rookworst van het seizoen staat op tafel, jus-kuiltje erin',
    'Gemeente: vanaf januari wordt het restafval eens per vier weken opgehaald. Kijk in de afvalapp voor je ophaaldagen',
    'Hele weekend de tuin onder handen genomen, onkruid gewied en gras gemaaid. Rug is kapot',
    'Vandaag 72 jaar geleden brak de dijk, mijn opa vertelde er altijd over. Nooit vergeten',
    'Iemand een goed middel tegen schimmel in de voegen van de douche?',
    'Dank aan de gemeente! Maandag de kapotte lantaarnpaal gemeld, woensdag al gerepareerd. Zo kan het dus ook',
    'Pest control special: rats and cockroaches, 20% off all treatments, WhatsApp us for a quote',
    'This movie was absolute garbage, two hours of my life gone',
    // complaints to a company, slang, games, jokes, events and recommendations
    '@ShopKartSupport sir kindly look into order no. 7781230, refund not received since 12 days',
    'Sir kindly look into, amount debited Rs 5000 but ATM not dispensed cash. No action taken since 2 weeks',
    "bro's jokes are so trash i cant",
    // life events, hobbies and school, which mention streets and public things by the way
    'In memoriam. Onze buurman Jelle is overleden, elke zaterdag veegde hij de hele stoep van de straat',
    'It is with great sadness that we announce the passing of our father, who taught at the local school',
    'Voor mijn profielwerkstuk over luchtkwaliteit zoek ik mensen voor een korte enquête',
    "We're hiring! Riverside Civil is looking for operatives to join our highways team: pothole repairs, kerbing and drainage",
    'JUST LISTED: 3-bed bungalow on a quiet cul-de-sac, walking distance to the school and the park',
    'Tips voor een goede loodgieter in de regio Amersfoort? Kraan in de keuken lekt al een week',
    'Iemand een goede garage in de buurt? De dealer wil 900 euro voor een distributieriem',
    'Career has been full of potholes but I am still driving forward 💪',
    'Opener got out to a rubbish shot again. How many chances before the selectors drop him',
    'Multi-family garage sale this Saturday on the cul-de-sac off Hillcrest, kids clothes, power tools and a treadmill',
    'Mijn modelspoorbaan van het station zoals het er rond 1965 uitzag is af, met perronoverkapping en spoorbrug',
    'Vanwege verhuizing verkopen wij onze inboedel: eettafel, driezitsbank en een wasmachine, ophalen in Zaltbommel',
    // thanks for a repair outweighs the words of the repair
    "Shout out to the crew from the water board who worked through the night in the pouring rain to fix the burst main on Cedar Avenue. Water was back on by 7am and they even swept the road after. People are quick to complain on here so it's only fair to say thank you when things go right.",
    '3BHK for rent near the metro, semi furnished, no brokers pls',
    'Stuck on the sewer level of that zombie game for two days, the rats keep respawning and I ran out of ammo',
    'Why did the pothole break up with the road? It felt taken for granted. ok I will see myself out',
    'Game night: my brother-in-law blocked every route in Ticket to Ride and took the longest road',
    'Annual Diwali mela at the community hall on Saturday, food stalls and fireworks, entry is free',
    'Found a set of keys with a blue lanyard near the bus stop, handed in at the library desk',
    'Welke internetprovider raden jullie aan? Sinds kort ligt er glasvezel in onze straat',
    'Zaterdag buurtfeest in de Vogelwijk! Springkussen, draaiorgel en live muziek, de straat is afgezet',
    'Eindelijk de moestuin winterklaar, de laatste pompoenen geoogst en de regenton leeggemaakt',
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
    // a figure of speech about a business, statistics of a whole country
    'We shipped our new app today after a bumpy road with many potholes 🚀',
    'Survey: Indian cities produce 60 million tonnes of waste a year, little of it recycled',
    // a thesis and a working day
    'Thesis defended! Four years of research on urban flooding, now off to celebrate',
    'Sprint planning was one long traffic jam, all of us blocking each other’s merge requests',
    // a jam on a motorway is a commute
    'Weer file op de A2 bij Eindhoven door een ongeluk dus ik kom te laat, sorry baas',
    'Op de A12 weer file door een ongeluk, ik kom te laat op kantoor',
    'Stuck on the M25 again, the jam after the accident has not moved for an hour',
    // products and private services
    'Die nieuwe vuilniszakken van de supermarkt scheuren al als je ernaar kijkt, nooit meer kopen',
    'These new recycling bins I bought online are flimsy as hell, lid snapped on day 2. Avoid.',
    'Mijn vriend snurkt zo hard dat de buren het horen. Geluidsoverlast level 1000 😂',
    // figures of speech and thanks
    'ik zit financieel echt in het riool deze maand haha',
    'mijn bureau op werk is echt een vuilnisbelt, moet nodig eens opruimen',
    "my car's making a weird noise again, here comes another £400 bill",
    'Motivation is garbage, discipline is what gets you there',
    'Mijn tamme rat Sjaak is vandaag 2 jaar geworden 🐀🎂',
    'Boekenclub vanavond in de bibliotheek van de wijk, de koffie staat klaar',
    "There's a pothole in my heart where you used to be. Too much country music today",
    'Built a whole new shed this weekend, planning permission from the missus approved',
    'Kindly revert at the earliest regarding the invoice, I am out of station till Monday',
    "Mould in my bread again, that's the last time I buy from that shop",
    'Iemand een trucje om schimmel uit een douchegordijn te krijgen? Azijn helpt niks.',
    'Wie weet een leuke speeltuin met horeca in de buurt voor een kinderfeestje?',
    'Traffic jam on the way to the beach but the playlist is elite so no complaints 🎶',
    "Finally patched the pothole-sized hole in my jeans with a patch that says 'vibes'",
    'My pet rats learned to come when I shake the treat bag 🐀',
    'Mijn buurman heeft vandaag mijn heg gesnoeid terwijl ik op mijn werk zat',
    'Gezocht: wie wil mijn oude wasmachine hebben? Moet wel zelf opgehaald worden',
    'Lego-bouwproject van het weekend: de hele trein af. Mijn rug is gesloopt.',
    'The bridge in my city-builder game collapsed and took half the city with it',
    'Grote brand bij een chemische fabriek in Polen, lees ik net',
    'Looking for advice about this insurer: a pipe burst in our laundry and the damage is everywhere',
    'Gisteren naar de kerstmarkt in Kampen geweest, met lampjes in de bomen van de binnenstad',
    'Leuk weetje: mijn overgrootvader werkte vorige eeuw aan de tramlijn door het dorp, die is later opgeheven',
    'Coworker has been taking calls on speaker in our open-plan office for six months',
    'Werkzaamheden aan het fietspad in de wijk van 3 tot 14 juni. Dank voor uw begrip',
    'Resurfacing works on the High Street from 4 to 15 March. Diversions in place. Thank you for your patience.',
    'Three days without signal and the chatbot keeps telling me to restart my device, Vodafone',
    "Landlord just texted: rent's going up $400 from next month, 'market rates'",
    'Dirty dishes piling up because nobody in this flat wants to wash them. Flatmates are the worst',
    'Buurman heeft zonder overleg de schutting tussen onze tuinen op ons stuk gezet. Kosten?',
    'Dankjewel aan de vuilnismannen die vanochtend ondanks de sneeuw hun ronde deden, helden!',
    'Huge shout-out to the council crew who fixed the pothole outside our house. Smoother than ever.',
    // someone's own move, and the national railway's fares
    'Wie helpt me zaterdag verhuizen? 3e verdieping zonder lift, pizza en bier voor iedereen',
    'NS verhoogt de tarieven, het station in ons dorp wordt onbetaalbaar',
    // questions, thanks and purchases of one's own
    'Wie weet hoe je grofvuil laat ophalen? Moet dat online of kan ik bellen?',
    'Onze corporatie had de lekkage binnen een dag gerepareerd, petje af',
    'Houtkachel aangeschaft voor in de woonkamer, kan niet wachten tot het koud wordt',
    'Bought a wood burner for the living room. Cosy evenings ahead',
    'Flat hunting in Dublin is brutal, 60 people at a viewing for a damp one-bed',
    // notices that only inform, and figures of speech
    'NOTICE: Mill Road will be closed 3–7 May for resurfacing. Diversions will be signposted.',
    'The council is consulting on the new Local Plan. Drop-in sessions at the library on Thursdays.',
    'Westminster is a sewer of backroom deals and donor money.',
    'My inbox today is a road full of potholes and I am a tiny hatchback with no suspension',
    // one's own property, chores and the past
    'Onze eigen tuin staat vol onkruid, wie komt helpen?',
    'Gras maaien bij mijn ouders, twee uur zweten',
    'Took the bins out and cleaned the fridge. Adulting complete',
    "In de jaren 80 stond hier op elke hoek een kapotte lantaarnpaal. Oude foto's gevonden op zolder",
    'Found an old photo of our high street in the 70s: potholes and boarded-up shops. Changed for the better',
    // a problem gone, and everyday posts with a topic word
    'Eindelijk geen overlast meer sinds de nieuwe drempels in de straat liggen',
    'Na jaren klagen is de oversteek eindelijk veilig: nieuwe drempels en 30 km. Het kan dus wel!',
    'Shoutout to the crew who cleared the storm drains on our road before the rain',
    'Oud en nieuw gewoon thuis, het vuurwerk kijk ik op tv',
    'Wasps crashed our picnic again',
    'This week has been one pothole after another tbh',
    // notices and advertisements
    'Council meeting tonight on the budget, livestream on the council YouTube channel',
    'Damp and mould problems? Free surveys across the county, book now',
    // politicians' ceremonies and national law, and figures of speech
    'Geweldig om vandaag de eerste paal te slaan voor 240 sociale huurwoningen. Zo pakken we de woningnood aan!',
    'De Omgevingswet is ingevoerd: minder regels en snellere procedures voor bouwprojecten.',
    "This government's economic policy is a pothole-ridden road to nowhere.",
    'Garbage in, garbage out. Your model is only as good as your data.',
    // politicians on national matters, thanks, and stories of one's own
    'Vandaag gesproken met ondernemers in de binnenstad. Zonder toeristen staat het water ze tot de lippen. Steun de horeca!',
    'Windmolens op land? Alleen met draagvlak. Wij willen dat omwonenden meer zeggenschap krijgen.',
    'Het kabinet laat de regio in de steek: de bus rijdt niet meer en de school sluit. Tijd voor echt regiobeleid!',
    'Thank you, garbage in our lane cleared within 2 hrs of complaining. Great work, keep it up',
    'my AC broke and the repair guy cant come till monday. dying in this heat',
    'Back from Crete: magical, but the road to the beach was full of potholes and our hotel pool was closed all week',
    'Can I just say how underrated rats are as pets? Our two rescue rats come running when I open the cage.',
    'Gisteravond met de camera op de dijk, een groepje ganzen vloog langs. Ik fotografeer al jaren in Waterland.',
    'A little positive news: the council has finished replacing the old streetlights, the footpath is now properly lit',
    // figures of speech, pets, advertisements and lost things
    'Our codebase is basically an illegal dumping site. Nobody knows who left what.',
    'The street dog outside my office has adopted me. His name is Biscuit now.',
    'Tired of potholes ruining your commute? The all-new SUV glides over everything. Book a test drive today',
    'Roadworks ahead: me, trying to fix my sleep schedule for the 14th time',
    'Get your home pest-free in one visit! Cockroaches, rats, termites. Call now for a free inspection.',
    'Wie heeft gisteravond per ongeluk mijn regenjas meegenomen uit het café? Mijn huissleutel zat erin',
    '@gemeenteutrecht bedankt voor de snelle reactie, de lantaarnpaal brandt weer',
    // nature, trends, chores and fun facts; a repair made; figures of speech
    'GEESE! they hissed at me on the way to class',
    'Wist je dat de eikenprocessierups als vlinder een grijs mottje is? Leuk feitje #Biologie',
    'lantaarnpaal-yoga is echt een ding geworden op tiktok',
    'Glasbak-wijsheid: flessen na 22:00 weggooien en de hele buurt haat je #lifehack',
    'Gemeente heeft het gat in de stoep voor ons huis binnen een week gemaakt. Snel geregeld!',
    'Maandag. Trein vertraging, koffieautomaat op kantoor kapot. Ik ga terug naar bed.',
    'Best puncture-proof tyres for pretty rubbish roads? Getting a flat every 2 weeks. Open to tubeless',
    'Image description: a tabby cat asleep on a pile of library books. #Caturday',
    'This app has become an open sewer, I swear',
    'Our Q3 roadmap is stuck in a traffic jam of approvals. Again.',
  ])('%s', (text) => {
    expect(classifyPost(text).local).toBe(false);
  });

  it.each([
    'Heeft iemand een goede zalf tegen muggenbeten? Helemaal lek gestoken gisteravond',
    'Wie weet een goede loodgieter? Lekkage onder de gootsteen en de verhuurder kan pas dinsdag',
    'Looking for a reliable plumber, the boiler is making a banging noise. Recs please!',
    'Any recommendations for a GP who speaks English? The first one I called has a waiting list',
    'The housing crisis in this country is a national disgrace, every party in the Dáil has failed renters for 20 years',
    'Do I need a permit for a block party? We want to close our street for a day in June',
    'Wat een fantastisch initiatief: de nieuwe speeltuin in de Schilderswijk. Dank aan de buurtvaders en de gemeente',
    'Let op buren! Onze kater Sjors is sinds zondag niet meer thuisgekomen. Willen jullie even in je schuurtje kijken?',
    'Als wethouder ben ik trots dat we vandaag de eerste paal slaan voor 250 huurwoningen. Samen bouwen we aan onze stad!',
    // notices, campaigns, podcasts, tours, memories and advertisements that name public things
    'Nieuwe aflevering: hoe de stad waterpleinen gebruikt tegen hittestress. Luister via de link',
    'Als uw lijsttrekker beloof ik: elke wijk een eigen buurthuis en schone straten. Stem 21 maart op lijst 4!',
    'Zaterdag Burendag! Samen de speeltuin verven en zwerfafval prikken. Koffie en koek vanaf 10:00',
    'Last van ratten of wespen? Plaagdierbestrijding, bel of app ons voor een vrijblijvende offerte!',
    'Nieuwe bushalte bij het station vanmiddag feestelijk geopend door de wethouder.',
    'Vandaag presenteert onze wethouder het plan voor meer bomen en fietspaden. Lees het hele plan via de link.',
    'Our guide said the canals were basically the city sewer for centuries. Fascinating walking tour today!',
    'Rented a cargo bike and did the whole city: the canals, the park, the old walls. Would recommend.',
    'When is the bulky waste pickup? Want to book one for our old sofa before we move.',
    'Growing up we swam in the creek and chased goats down the lane. Simpler times.',
    'Our manifesto: cleaner streets, safer crossings, more trees, better buses. Vote green on 2 May!',
    // figures of speech and jokes of one's own
    'Mijn carrière is net een rotonde in Drachten: niemand weet wie er voorrang heeft.',
    'Ik ben een meester in klussen: één plankje opgehangen, drie gaten in de muur. Vakwerk.',
    // comments under local news, and questions of one's own
    'Kleine correctie voor de redactie: het dorp valt al sinds 1996 onder de gemeente.',
    'Respect voor de vrijwilligers die elke zaterdag zwerfafval rapen, echte helden',
    'Waarom mag je bij dit artikel wel reageren en bij dat over de asielzoekers niet? Censuur!',
    'Mensen die hier klagen over de parkeerdruk hebben zelf drie auto’s voor de deur. Kijk eerst eens naar jezelf.',
    'Er zit een muis in onze keuken. Iemand tips zonder gif?',
    'Link to the planning application? Would like to read it myself before forming an opinion.',
    'My landlord finally replaced the geyser after I complained for a month. Small victories.',
    'Match called off due to rain, the outfield is waterlogged. Both teams share a point.',
    'Morgen debat over de woningbouwopgave. Bouwen, bouwen, bouwen! 🏗️',
    'Wie heeft tips voor een goede ongediertebestrijder voor op zolder? Muizen gehoord',
    'Boeken te laat teruggebracht bij de bieb, boete. Eigen schuld dikke bult',
    'Zebrapad bij de school eindelijk aangelegd! Na 2 jaar lobbyen is het gelukt. Het kan dus ook gewoon goed gaan',
    'Iemand zin om mee te gaan naar de voorstelling in het buurthuis? Ik heb nog 2 kaartjes over.',
  ])('is no local issue, though it names a place: %s', (text) => {
    expect(classifyPost(text, { namedPlaces: ['Utrecht'] }).local).toBe(false);
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

describe('repairs already made', () => {
  it.each([
    'Update: de kapotte lantaarnpaal voor de deur is vanochtend al vervangen. Dat ging snel, dank aan de gemeente!',
    'The pothole on Mill Lane WAS fixed yesterday, two days after I reported it. Credit where it is due!',
  ])('reads "%s" as news of a problem gone', (text) => {
    const verdict = classifyPost(text);
    expect(verdict.local).toBe(false);
    expect(verdict.evidence.map((e) => e.cue)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(is vanochtend al vervangen|was fixed)$/)]),
    );
  });

  it.each([
    'De lantaarnpaal voor de deur is nog steeds niet vervangen',
    'The pothole on our street was supposed to be fixed in May and is still there',
    'This bin is rarely cleared, plastic covers everywhere around it',
  ])('reads "%s" as a repair not made', (text) => {
    expect(classifyPost(text).local).toBe(true);
  });

  it('does not take a repair that is only a condition for a repair made', () => {
    const verdict = classifyPost(
      'Bewoners zitten al tien dagen zonder straatverlichting. Wanneer het is opgelost kan de gemeente nog niet zeggen.',
    );
    expect(verdict.local).toBe(true);
    expect(verdict.evidence.map((e) => e.cue)).not.toContain('is opgelost');
  });
});

describe('content warnings', () => {
  it('does not read the words of a first line "CW: …", only what follows it', () => {
    const warned = 'CW: noise 🎶\n\nSaw a fantastic jazz trio in a tiny bar last night. Cozy!';
    expect(classifyPost(warned, { namedPlaces: ['Maastricht'] }).local).toBe(false);
    expect(local('CW: rant\n\nDe containers in onze straat zijn al twee weken niet geleegd')).toBe(
      'cleanliness',
    );
  });
});

describe('sarcasm in the words', () => {
  it.each<[string, CategoryId]>([
    [
      'Dank aan degene die een complete bank en koelkast naast de container heeft gezet. Wat gezellig!',
      'cleanliness',
    ],
    [
      'Fietsroute naar school: eerst de rotonde des doods, dan een oversteek zonder licht',
      'traffic',
    ],
    ['27 minuten wachten op lijn 4 en daarna reed hij gewoon voorbij. Vol.', 'transit'],
    [
      'Delighted to report that the temporary traffic lights on the A38 are celebrating their 6-month anniversary. Bring cake',
      'traffic',
    ],
    [
      "Isn't it lovely that the abandoned warehouse on our street has become a party venue for anyone with a spray can",
      'cleanliness',
    ],
    [
      'Ah yes, the famous traffic lights at the junction. Decorative only. Please enjoy the chaos responsibly.',
      'traffic',
    ],
    ['Is it normal for the bar downstairs to blast music until 5am every Saturday?', 'nuisance'],
    [
      'Slight pong from the treatment plant again. Only made my eyes water a little. Nothing to see here',
      'environment',
    ],
    [
      "Shoutout to the 506 streetcar for its exciting new 'short turn' feature. Walking the last 3 km in the snow builds character.",
      'transit',
    ],
    [
      'Living in the city centre is great if you enjoy 3am street parties every night. Sleep is overrated anyway',
      'nuisance',
    ],
    [
      'So the county has decided our estate gets water on Thursdays only. Thursday bath club, anyone?',
      'sewer-water',
    ],
    [
      "Magpies dive-bombing the school path every morning and the council's response is one laminated sign",
      'animals',
    ],
    [
      'The park near us has been closed for upgrades since 2022. Upgrades to what, a ghost park?',
      'amenities',
    ],
  ])('%s → %s', (text, category) => {
    expect(local(text)).toBe(category);
  });

  it('takes praise for meant when the post says it is no sarcasm', () => {
    const verdict = classifyPost(
      'Rondje hardgelopen door het park, wat is dat toch een heerlijke plek. Geen sarcasme, echt prachtig daar nu',
      { namedPlaces: ['Den Haag'] },
    );
    expect(verdict.local).toBe(false);
    expect(verdict.evidence.filter((e) => e.kind === 'sarcasm')).toEqual([]);
  });
});

describe('local problems among national politics, and words that only set the scene', () => {
  it.each<[string, CategoryId]>([
    [
      'Hoezo is het zebrapad bij de basisschool weggehaald bij de herinrichting? Nu steken de kinderen over tussen de auto’s',
      'traffic',
    ],
    [
      'Sinds de herinrichting is er geen fietsenrek meer bij de supermarkt, iedereen zet z’n fiets tegen de gevels',
      'roads',
    ],
    ['Al drie weken ligt er een berg snoeiafval naast de ondergrondse container', 'cleanliness'],
    ['De binnenstad loopt leeg, al 9 winkels dicht in de Kruisstraat', 'amenities'],
    ['De brug blijft nog een jaar op één rijstrook, elke ochtend 40 minuten stilstaan', 'traffic'],
    ['Gisteren wéér een auto in de sloot bij de afslag, die weg is levensgevaarlijk', 'traffic'],
    [
      'Fakkel brandt al de hele avond en het gebrom is tot in het dorp te horen. Niemand informeert ons.',
      'environment',
    ],
    [
      'Huizen in onze straat worden opgekocht en per kamer verhuurd, 8 man per rijtjeshuis',
      'housing',
    ],
    [
      'The 95 bus is packed like sardines and skips stops every morning, late for work again',
      'transit',
    ],
    [
      'The federal grant for lead pipe replacement is paused and half our street is still on bottled water',
      'sewer-water',
    ],
    ['Marriage hall blasting DJ till 1am on a weeknight. Called 112, nothing.', 'nuisance'],
    [
      'The underpass by the station reeks of weed every night and there is always a group hanging about',
      'nuisance',
    ],
    [
      'Park mein jhoole toot gaye hain, do bachche gir ke ghayal. Complaint kiya, koi nahi aaya.',
      'amenities',
    ],
  ])('%s → %s', (text, category) => {
    expect(local(text)).toBe(category);
  });

  it.each([
    'Het ravijnjaar is geen abstract begrip: in elke gemeente gaan bibliotheken en zwembaden op de schop. De VNG trekt aan de bel.',
    'New figures: 1 in 3 British roads has potholes deep enough to damage a car. Shameful.',
    'Pothole reports to councils hit a record last year, says the AA. 1.4 million of them.',
    'Every town in the country faces the same cuts: closed youth clubs, potholes, shut libraries. Austerity was a choice.',
    'Repair Café in het buurthuis zaterdag van 10 tot 13 uur, neem je kapotte broodrooster mee!',
    'Vandaag de hele zolder opgeruimd en 4 vuilniszakken naar de milieustraat gebracht. Voel me lichter',
    'New 5G plans from 299 with unlimited data and zero potholes in your connection',
  ])('is no local issue, though it names a place: %s', (text) => {
    expect(classifyPost(text, { namedPlaces: ['Assen'] }).local).toBe(false);
  });
});

describe('the bodies residents deal with: complaints to them and their own news', () => {
  it.each<[string, CategoryId]>([
    [
      'The water in our estate has been brown for four days. No notice, no boil notice, nothing.',
      'sewer-water',
    ],
    ["They shut off power to our whole neighborhood for 'fire safety' and it's day 3.", 'other'],
    [
      'Council just approved a 60m mast right behind the school. Parents were not told anything.',
      'plans',
    ],
    [
      'Coyote again in the field behind the school during recess, parents asked the city twice',
      'animals',
    ],
    ['Bhai ek baarish mein poora road talaab ban gaya', 'sewer-water'],
    [
      'The city has not ploughed our residential street once this winter, cars stuck everywhere',
      'roads',
    ],
    ['Every evening a group of lads doing wheelies on off-road bikes through the rec', 'nuisance'],
    [
      'Our society has not got line water in 10 days and tanker guys are charging 2500 a trip',
      'sewer-water',
    ],
    ['Schoolplein is één grote betonvlakte, vandaag 41 graden gemeten op de tegels', 'environment'],
    [
      'Het geluidsscherm langs de snelweg ligt sinds die storm half plat, we horen het verkeer dag en nacht',
      'nuisance',
    ],
    [
      'De vuilniswagen rijdt elke dinsdag door ons woonerf en heeft nu al voor de tweede keer een paaltje plat gereden',
      'roads',
    ],
    ['Het water uit de kraan is al drie dagen bruinig. Is dit veilig voor de baby?', 'sewer-water'],
  ])('%s → %s', (text, category) => {
    expect(local(text)).toBe(category);
  });

  it.each([
    'Hoogheemraadschap opent nieuw gemaal: kan 60.000 liter water per seconde uitslaan naar zee.',
    'De metro rijdt in de kerstvakantie met een aangepaste dienstregeling, check de reisplanner.',
    "De BOA's staan zaterdag op het plein met een infostand over zakkenrollers. Kom langs!",
    'Dank aan de mannen van de reiniging die na de markt onze straat weer piekfijn achterlieten!',
    'Regulator fines water companies £100m for missing leakage targets',
    'Potholes? More like pot-WHOLES. Happy National Pothole Day from your favourite pun account',
    'The replies under that post are an open sewer, do not bother reading them',
    'My housing association sent flowers when I had the baby, did not expect that at all',
  ])('is no local issue, though it names a place: %s', (text) => {
    expect(classifyPost(text, { namedPlaces: ['Katwijk'] }).local).toBe(false);
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

  it('counts a missing thing once, however many categories it is in', () => {
    const lacks = classifyPost('3e verdieping zonder lift').evidence.filter(
      (e) => e.kind === 'problem',
    );
    expect(lacks).toEqual([expect.objectContaining({ cue: 'no lift', weight: 1 })]);
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

describe('things left standing', () => {
  it('reads "hangt er nog steeds" as a complaint about something left too long', () => {
    const verdict = classifyPost(
      'De kerstverlichting in de binnenstad van Assen hangt er nog steeds. Het is maart',
      { namedPlaces: ['Assen'] },
    );
    expect(verdict.local).toBe(true);
    expect(verdict.evidence).toContainEqual(
      expect.objectContaining({ cue: 'hangt er nog steeds', kind: 'problem' }),
    );
  });
});

describe('captions', () => {
  it('reads a short complaint that points at "here" or "this" as a caption of a photo of the place', () => {
    const caption = classifyPost('Very bad condition here');
    expect(caption.local).toBe(true);
    expect(caption.evidence).toContainEqual(
      expect.objectContaining({ cue: 'here', kind: 'place' }),
    );
    expect(local('Nobody is taking action for this')).toBe('other');
  });

  it('does not read a long post, one without a complaint or one with an off-topic word so', () => {
    expect(classifyPost('Very bad weather here today').local).toBe(false);
    expect(classifyPost('Very bad condition here, the cricket pitch after the rain').local).toBe(
      false,
    );
    expect(
      classifyPost(
        'Very bad condition here, and I have been saying it for a long time to everyone who would listen to me about it',
      ).evidence.some((e) => e.kind === 'place' && e.cue === 'here'),
    ).toBe(false);
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
    const withPlace = classifyPost(text, { namedPlaces: ['Zwolle'] });
    expect(withPlace.local).toBe(true);
    expect(withPlace.evidence).toContainEqual({ cue: 'Zwolle', kind: 'place', weight: 1.5 });
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

  it('reads a Dutch mobile number as an advertisement', () => {
    const verdict = classifyPost(
      'Last van ratten of muizen? Bel De Vries, snel en discreet. 06-12345678',
    );
    expect(verdict.evidence).toContainEqual(
      expect.objectContaining({ cue: '06-12345678', kind: 'off-topic' }),
    );
  });

  it('handles links, mentions and long input', () => {
    const complaint = 'Zie https://example.org/foto @buurman: gat in de weg! ';
    expect(local(complaint)).toBe('roads');
    // The same words 2,000 times are no more evidence than once, and a text of 14,000 words asks
    // for more evidence than a post of ten.
    const verdict = classifyPost(complaint.repeat(2000));
    expect(verdict.local).toBe(false);
    expect(verdict.category).toBe('roads');
  });

  it('asks more evidence of a long story than of a short post', () => {
    const complaint = 'De lantaarnpaal in onze straat is kapot.';
    const story = `${'We liepen zondag met de hond langs de vaart en daarna over het pleintje naar huis. '.repeat(6)}${complaint}`;
    const short = classifyPostWithEvidence(complaint);
    const long = classifyPostWithEvidence(story);
    expect(short.local).toBe(true);
    expect(long.confidence).toBeLessThan(short.confidence);
  });
});

describe('which category', () => {
  it('gives a post that is no local issue the category its words point at, or none', () => {
    for (const text of [
      'Stuck in traffic again on my way to work',
      'Weer in de file op weg naar werk, podcast aan',
    ]) {
      expect(classifyPost(text)).toMatchObject({ local: false, category: 'traffic' });
    }
    // No topic word, or only a figure of speech: no category, and never `other`.
    for (const text of [
      'Happy birthday to my sister',
      'Vandaag jarig, taart voor iedereen',
      'Mijn inbox is een vuilnisbelt',
    ]) {
      expect(classifyPost(text)).toMatchObject({ local: false, category: null });
    }
  });

  it('reads a thing after a preposition of place as where the problem is', () => {
    expect(local('Op het fietspad ligt overal glas, al weken')).toBe('cleanliness');
    expect(local('An old sofa and a mattress on the footpath near the junction for weeks')).toBe(
      'cleanliness',
    );
    // With nothing else to go by, the place still names the category.
    expect(local('Levensgevaarlijk op de rotonde, al weken')).toBe('traffic');
    expect(local('Dangerous at the roundabout, for weeks now')).toBe('traffic');
  });

  it('takes a smell or insects for the category only when their cause is not named', () => {
    expect(local('Stank uit de putten bij ons in de straat, al weken')).toBe('sewer-water');
    expect(local('Muggen overal door de sloot achter ons huis')).toBe('sewer-water');
    expect(local('Mosquitoes everywhere because of the ditch behind our houses')).toBe(
      'sewer-water',
    );
    expect(local('Stankoverlast in onze straat, al weken')).toBe('nuisance');
  });

  it('takes an open or loose manhole for a hole in the street, and a blocked one for the sewer', () => {
    expect(local('Open manhole on 3rd Main for a week, someone will fall in at night')).toBe(
      'roads',
    );
    expect(local('Het putdeksel ligt los op de Dorpsweg, elke auto geeft een klap')).toBe('roads');
    expect(local('Sewage overflowing from the manhole near the school for days')).toBe(
      'sewer-water',
    );
    expect(local('Manhole blocked again behind the market, please send the team')).toBe(
      'sewer-water',
    );
  });

  it('does not let several lesser words of one category outweigh a stronger one', () => {
    expect(local('Paaltjes, hekwerk en trottoir zitten vol graffiti')).toBe('cleanliness');
    expect(local('Bollards, railings and the kerb covered in graffiti')).toBe('cleanliness');
  });
});

describe('requests to act', () => {
  it('counts a request or a "should" before an action on a public thing', () => {
    for (const text of [
      'Please fix the broken bench in the park',
      'Kindly look into the broken footpath near the station',
      'The storm drain should be cleared before the next rain',
      'Graag opruimen: de stoep voor de school ligt vol glas',
      'Die omgevallen boom moet echt weggehaald worden',
    ]) {
      const verdict = classifyPost(text);
      expect(verdict.local).toBe(true);
      expect(verdict.evidence.some((e) => e.kind === 'problem' && e.cue.includes(' '))).toBe(true);
    }
  });

  it('takes the service an action names for its category when nothing else does', () => {
    const verdict = classifyPost('Nobody has come for weeks, please clean it up');
    expect(verdict.evidence).toContainEqual(
      expect.objectContaining({ cue: 'please clean', kind: 'topic', category: 'cleanliness' }),
    );
  });

  it('does not count a private or a political "should"', () => {
    for (const text of [
      'I need to clean my room, the kitchen is a mess too',
      'Please fix my phone, the screen is broken',
      'Ik moet mijn fiets nog repareren voor de vakantie',
      'We moeten de woningnood aanpakken.',
    ]) {
      expect(classifyPost(text).local).toBe(false);
    }
  });
});

describe('durations', () => {
  it.each([
    ['The bins in our street have not been emptied for a couple of weeks', 'for a couple of weeks'],
    ['Streetlight out for more than a month now', 'than a month'],
    ['Sinds de afgelopen 3 weken ligt er een matras op de stoep', 'afgelopen 3 weken'],
    ["It's been two weeks and the drain is still blocked", 'been two weeks'],
    ['Bench on the green has been missing a plank since March', 'since march'],
    ['Er ligt sinds de zomer een matras naast de container', 'sinds de zomer'],
    ['Sinds vorige winter doet de lantaarnpaal het niet', 'sinds vorige winter'],
    ['Same on Park Lane since Friday, the whole street is dark after 5', 'since friday'],
    ['Sinds dinsdag ligt er een matras naast de container', 'sinds dinsdag'],
  ])('%s', (text, cue) => {
    const verdict = classifyPost(text);
    expect(verdict.local).toBe(true);
    expect(verdict.evidence).toContainEqual(expect.objectContaining({ cue, kind: 'problem' }));
  });

  it.each([
    // how long someone has lived somewhere
    ["I've lived in Utrecht for 14 months and still can't order a coffee in Dutch", 'months'],
    ['Ik woon hier al 30 jaar en ken iedereen in de straat', 'jaar'],
    ['Ik woon sinds de zomer in Zuidlaren en verveel me een beetje', 'zomer'],
    ['Sinds twee weken wonen we in Goes en het bevalt prima', 'weken'],
    // a word between that is not part of the amount
    ['Stay overnight rather than doing a day trip', 'day'],
  ])('is no complaint in "%s"', (text, unit) => {
    const cues = classifyPost(text).evidence.map((e) => e.cue);
    expect(cues.filter((cue) => cue.includes(unit))).toEqual([]);
  });
});

describe('evidence', () => {
  it('is the same when read later, copied or sent as JSON', () => {
    const text = 'Zwerfvuil en grofvuil in onze straat, al 3 weken';
    const verdict = classifyPost(text);
    classifyPost('Eindelijk weekend! Met de kids naar de speeltuin');
    const sent = JSON.parse(JSON.stringify(verdict)) as typeof verdict;
    expect(sent.evidence).toEqual(verdict.evidence);
    expect({ ...verdict }.evidence).toEqual(verdict.evidence);
    expect(verdict.evidence.map((e) => e.cue)).toEqual(
      expect.arrayContaining(['zwerfvuil', 'grofvuil', 'al 3 weken']),
    );
  });

  it('belongs to each verdict, also for a post classified again', () => {
    const first = classifyPost('Grofvuil naast de container, al 2 weken');
    const again = classifyPost('Grofvuil naast de container, al 2 weken');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    first.evidence = [];
    expect(again.evidence.length).toBeGreaterThan(0);
  });

  it('can be replaced, like any property', () => {
    const verdict = classifyPost('Zwerfvuil overal');
    verdict.evidence = [];
    expect(verdict.evidence).toEqual([]);
  });

  it('shows sarcasm that made a complaint as a reason for, never against', () => {
    const praise = classifyPost('Geweldig, alweer een kapotte lantaarnpaal 🙄');
    expect(praise.evidence).toContainEqual({ cue: 'geweldig', kind: 'sarcasm', weight: 1 });
    const negation = classifyPost('Helemaal geen overlast hier hoor 🙄 elke nacht feest tot 4 uur');
    expect(negation.evidence).toContainEqual({ cue: '🙄', kind: 'sarcasm', weight: 2 });
    for (const verdict of [praise, negation]) {
      for (const e of verdict.evidence.filter((e) => e.kind === 'sarcasm')) {
        expect(e.weight).toBeGreaterThan(0);
      }
    }
  });

  it('leaves out an eye-roll that changed nothing', () => {
    const verdict = classifyPost('Ratten bij de containers, weer niemand die iets doet 🙄');
    expect(verdict.evidence.some((e) => e.kind === 'sarcasm')).toBe(false);
  });

  it('says what made a heated post heated, apart from the verdict', () => {
    const heated = classifyPost('WAT EEN KUTZOOI!!! Al 5 weken ligt het grofvuil hier');
    const tone = heated.evidence.filter((e) => e.kind === 'tone');
    // The words shouted, a swear word among them once.
    expect(tone.map((e) => e.cue)).toEqual(['kutzooi', '!!!', 'WAT', 'EEN']);
    for (const e of tone) expect(e.weight).toBe(0);
    const calm = classifyPost('Wat een kutzooi, al 5 weken ligt het grofvuil hier');
    expect(calm.tone).toBe('calm');
    expect(calm.evidence.some((e) => e.kind === 'tone')).toBe(false);
  });
});

describe('categories of posts about several things', () => {
  it('takes the strongest category rather than falling back to other', () => {
    expect(
      local('Pigeons nesting under the bridge, the pavement below is covered in droppings'),
    ).toBe('animals');
  });
});

describe('classifyPostWithEvidence', () => {
  it('gives the verdict and the evidence classifyPost gives, for every post of the test sets', () => {
    const texts = ownPostTexts();
    expect(texts.length).toBeGreaterThan(300);
    for (const text of texts) {
      // Spreading reads classifyPost's evidence, which it works out in an analysis of its own.
      expect(classifyPostWithEvidence(text)).toEqual({ ...classifyPost(text) });
    }
  });
});
