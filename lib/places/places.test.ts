import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { judgePost } from '../classify/index';
import { ownPostTexts } from '../classify/own-posts';
import {
  analysePost,
  explainWithPlaces,
  judgeWithPlaces,
  placeHintsOf,
  placeNames,
} from './analyse';
import { findPlaces } from './find';
import { buildGazetteer, nameKey, parseCsv } from './gazetteer';
import { loadGazetteerFromDirectory } from './load-node';
import { resolveMunicipality } from './resolve';

const gazetteer = loadGazetteerFromDirectory(fileURLToPath(new URL('../data/', import.meta.url)));

function municipalityOf(text: string): string | null {
  return resolveMunicipality(findPlaces(text, gazetteer), gazetteer)?.code ?? null;
}

function found(text: string): string[] {
  return findPlaces(text, gazetteer).map((match) => `${match.kind}:${match.text}`);
}

describe('gazetteer', () => {
  it('holds every municipality and knows the municipality of every postcode', () => {
    expect(gazetteer.municipalities.size).toBeGreaterThan(300);
    for (const areas of gazetteer.postcodes.values()) {
      for (const area of areas) expect(gazetteer.municipalities.has(area.code)).toBe(true);
    }
    expect(gazetteer.postcodes.get('3511')?.[0]?.place).toBe('Utrecht');
  });

  it('refuses a postcode of an unknown municipality', () => {
    expect(() =>
      buildGazetteer({
        municipalitiesCsv: 'gm_code,name,province\nGM0344,Utrecht,Utrecht\n',
        postcodesCsv:
          'pc4,place,gm_code,municipality,province,lat,lon\n1011,Amsterdam,GM0363,x,y,1,2\n',
      }),
    ).toThrow(/unknown municipality GM0363/);
  });

  it('reads quoted CSV fields', () => {
    expect(parseCsv('a,b\n"Postbus 1, 1234 AB","say ""hi"""\n')).toEqual([
      { a: 'Postbus 1, 1234 AB', b: 'say "hi"' },
    ]);
  });

  it('writes names without case, accents or punctuation', () => {
    expect(nameKey("'s-Gravenhage")).toBe('s gravenhage');
    expect(nameKey('Súdwest-Fryslân')).toBe('sudwest fryslan');
  });
});

describe('municipalities and places', () => {
  it.each([
    ['Gat in de weg in Utrecht', 'GM0344'],
    ['Ratten in Den Haag', 'GM0518'],
    ["Overlast in 's-Hertogenbosch", 'GM0796'],
    ['Zwerfvuil in Den Bosch', 'GM0796'],
    ['Kapotte lantaarn in Hoogvliet', 'GM0599'],
    ['Wateroverlast in IJmuiden', 'GM0453'],
    ['Drukte in Sudwest Fryslan', 'GM1900'],
    ['lowercase: de weg in breda ligt open', 'GM0758'],
    ['Schilderswijk: drugsafval in de portiek', 'GM0518'],
    ['Grachten in de Amsterdamse binnenstad', 'GM0363'],
  ])('%s → %s', (text, code) => {
    expect(municipalityOf(text)).toBe(code);
  });

  it('tells the two Bergens and the two Hengelos apart by the province written next to them', () => {
    expect(municipalityOf('Dorpshuis in Bergen (NH) moet wijken')).toBe('GM0373');
    expect(municipalityOf('Lantaarnpalen in Bergen (L) branden niet')).toBe('GM0893');
    expect(municipalityOf('Ratten in Bergen L')).toBe('GM0893');
    expect(municipalityOf('Bergen in Limburg heeft last van hoogwater')).toBe('GM0893');
    expect(municipalityOf('Parkeerdruk in Hengelo (O)')).toBe('GM0164');
    expect(municipalityOf('Vrachtwagens door Hengelo Gld')).toBe('GM1876');
    expect(found('Ratten in Bergen (L.)')).toEqual(['municipality:Bergen (L.)']);
  });

  it('takes an ambiguous name without a province for the larger municipality of that name', () => {
    expect(municipalityOf('Zwerfvuil in Bergen')).toBe('GM0373');
    expect(municipalityOf('Overlast in Hengelo')).toBe('GM0164');
    // The municipality Beek (L.) before the villages called Beek in Gelderland.
    expect(municipalityOf('Glasbak in Beek vol')).toBe('GM0888');
  });

  it('lets other places in the post settle an ambiguous village', () => {
    // Oostrum is a village in Venray and one in Noardeast-Fryslân.
    expect(municipalityOf('De supermarkt in Oostrum bij Venray is dicht')).toBe('GM0984');
    expect(municipalityOf('De supermarkt in Oostrum bij Dokkum is dicht')).toBe('GM1970');
  });

  it('does not take ordinary words for places', () => {
    expect(found('Best wel druk vandaag, een heel gedoe')).toEqual([]);
    expect(found('We leiden de fietsers om, in de wijk is het rustig')).toEqual([]);
    expect(found('Schiphol moet krimpen, zegt de rechter')).not.toContain('alias:krimpen');
    expect(found('Nieuwe lantaarns, oude problemen')).toEqual([]);
  });

  it('needs a capital for a name that is also a word, and "in" for the commonest', () => {
    expect(found('Woerden')).toEqual(['municipality:Woerden']);
    expect(found('twee woerden en een eend')).toEqual([]);
    expect(found('we gaan naar huizen kijken')).toEqual([]);
    expect(found('Huizen zijn duur')).toEqual([]);
    expect(municipalityOf('Overlast in Huizen')).toBe('GM0406');
    expect(municipalityOf('Zwerfvuil uit Best')).toBe('GM0753');
  });

  it('does not take a plural noun opening a sentence for the place of that name', () => {
    expect(found('Buren hebben een nieuwe puppy')).toEqual([]);
    expect(found('Na de bui. Putten zitten verstopt')).toEqual([]);
    expect(municipalityOf('Duiven poepen alles onder bij het station van Zwolle')).toBe('GM0193');
    // Mid-sentence, or after "in", the capital still makes it the place.
    expect(municipalityOf('Gisteren in Buren een gat in de weg')).toBe('GM0214');
    expect(municipalityOf('Het college van Buren belooft een speeltuin')).toBe('GM0214');
    expect(municipalityOf('Overlast van meeuwen in Duiven')).toBe('GM0226');
    // A town whose name opens many a sentence about it is not one of these.
    expect(municipalityOf('Kampen heeft last van zwerfvuil')).toBe('GM0166');
  });

  it('reads a name before an English street word as part of the street', () => {
    expect(municipalityOf('The dangerous junction at Mill Lane and Station Road again')).toBeNull();
    expect(municipalityOf('Potholes all along Amsterdam Avenue')).toBeNull();
    expect(municipalityOf('Lantaarnpaal kapot in Mill')).toBe('GM1982');
  });

  it('takes a place one has to go to for less than the place where it happens', () => {
    expect(
      municipalityOf('Laatste pinautomaat in Gieten verdwijnt, ouderen moeten straks naar Assen'),
    ).toBe('GM1680');
    expect(municipalityOf('Wateroverlast in Assen')).toBe('GM0106');
  });

  it('knows the English name of Den Haag', () => {
    expect(municipalityOf('Just moved to The Hague for work, any tips?')).toBe('GM0518');
  });

  it('reads four digits that close a report on their own as its postcode, not a year', () => {
    expect(municipalityOf('Busjes parkeren op de stoep, kinderen moeten de weg op. 3825')).toBe(
      'GM0307',
    );
    expect(found('Het gemaal is gebouwd in 1975. 2024')).toEqual([]);
    expect(found('Kosten van de nieuwe stoep: 3825')).toEqual([]);
  });

  it('knows a city by the nickname or the regional name its people use', () => {
    expect(municipalityOf('Mokum blijft de mooiste stad van de wereld')).toBe('GM0363');
    expect(municipalityOf('In Mestreech beginne ze elke mörge mèt de heimachine')).toBe('GM0935');
    expect(municipalityOf('235 kilometer fan Ljouwert oant Ljouwert')).toBe('GM0080');
  });

  it('knows a twin village by either half people use', () => {
    expect(municipalityOf('Bomen gekapt aan het Stationsplein in Driebergen')).toBe('GM1581');
    expect(municipalityOf('Weer afval op de haven van Spakenburg')).toBe('GM0313');
    expect(municipalityOf('Geen pinautomaat meer in Heeswijk')).toBe('GM1721');
    expect(municipalityOf('Zondag de halve marathon van Egmond, wie komt er kijken?')).toBe(
      'GM0373',
    );
  });

  it('reads a place written in capitals at the end or start of a hashtag', () => {
    expect(municipalityOf('Morgen stemt de raad over de begroting #raadGroningen')).toBe('GM0014');
    expect(municipalityOf('Weer vuil bij de bakken #GemeenteUtrecht')).toBe('GM0344');
    expect(municipalityOf('Afval naast de container #BredaCentrum')).toBe('GM0758');
    expect(found('Wat een dag #NietMijnProbleem')).toEqual([]);
  });

  it('does not take Den Haag for the city where it means the national government', () => {
    expect(
      municipalityOf('Het geld vanuit Den Haag komt nooit aan, zo kan Meppel de wegen niet maken'),
    ).toBe('GM0119');
    expect(
      municipalityOf('Weer een bezuiniging uit Den Haag, en onze bieb in Oss gaat dicht'),
    ).toBe('GM0828');
    expect(
      municipalityOf('De politici in Den Haag kijken weg terwijl Heerlen vol afval ligt'),
    ).toBe('GM0917');
    expect(found('De Haagse politiek snapt niks van de regio')).toEqual([]);
    expect(
      found('Ondertussen wordt er in Den Haag vooral vergaderd over wie er wil regeren'),
    ).toEqual([]);
    expect(municipalityOf('In Den Haag ligt overal afval')).toBe('GM0518');
    expect(municipalityOf('In Den Haag ligt het afval al dagen op straat')).toBe('GM0518');
    expect(municipalityOf('Een man uit Den Haag zag het gebeuren')).toBe('GM0518');
    expect(found('De Haagse tram rijdt niet')).toEqual(['adjective:Haagse']);
  });

  it('reads what people of a municipality call themselves, but not as the place of the post', () => {
    expect(
      municipalityOf('Je bent een echte Tilburger als je om de gaten in de Piusstraat heen fietst'),
    ).toBe('GM0855');
    expect(municipalityOf('Wij Rotterdammers laten ons niet kennen')).toBe('GM0599');
    expect(municipalityOf('Je bent een echte Heerlenaar als je het Glaspaleis nog kent')).toBe(
      'GM0917',
    );
    expect(found('De tilburger rijdt door')).toEqual([]);
    const person = findPlaces('Een 59-jarige Rotterdammer is op het station mishandeld', gazetteer);
    expect(person.map((match) => match.text)).toEqual(['Rotterdammer']);
    expect(placeHintsOf(person).namedPlaces).toEqual([]);
  });

  it('reads "Sint" and "St." as the same word in place names', () => {
    expect(municipalityOf('Sint Jacobiparochie heeft geen pinautomaat meer')).toBe('GM1949');
    expect(municipalityOf('In St. Michielsgestel ligt de stoep open')).toBe('GM0845');
    expect(municipalityOf('St Joost: lantaarnpaal kapot')).toBe('GM1711');
    expect(found('Bij St. Willebrord is de weg kapot')).toEqual(['place:St. Willebrord']);
  });

  it('reads "St" after a street name as Street, and before a name after a preposition as Saint', () => {
    expect(found('The lights on Elm St. Nobody fixed them')).toEqual(['street:Elm St']);
    expect(found('Potholes on Elm St are huge')).toEqual(['street:Elm St']);
    expect(found('In St. Michielsgestel')).toEqual(['municipality:St. Michielsgestel']);
  });

  it('knows neighbourhoods of medium-sized towns', () => {
    expect(municipalityOf('In Poelenburg staan al weken de containers vol')).toBe('GM0479');
    expect(municipalityOf('Angelslo: de speeltuin is gesloopt')).toBe('GM0114');
    expect(municipalityOf('Op de Heerlerbaan rijden ze veel te hard')).toBe('GM0917');
    expect(municipalityOf('Bij ons in Brandevoort is de stoep kapot')).toBe('GM0794');
    expect(municipalityOf('Wanneer wordt het oud papier opgehaald in Weidevenne?')).toBe('GM0439');
  });

  it('reads a Dutch name put abroad by what stands around it as a place, but no municipality', () => {
    for (const text of [
      'Bergen, Norway: the potholes on my street are insane after this winter',
      'Groningen in Suriname: the road into town floods every rainy season',
      'New Amsterdam, Guyana: stray dogs all over the market area',
      'Bergen County: the pedestrian bridge over Route 4 has been closed for months',
      'Utrecht, KwaZulu-Natal: tap water has been brown for two weeks',
    ]) {
      expect(municipalityOf(text)).toBeNull();
      expect(findPlaces(text, gazetteer).length).toBeGreaterThan(0);
    }
    expect(
      judgeWithPlaces('Amsterdam, NY: the old mill by the river is falling apart', gazetteer).local,
    ).toBe(true);
    expect(municipalityOf('Bergen (NH): de weg naar het strand ligt open')).toBe('GM0373');
    expect(municipalityOf('In Bergen is de weg kapot, niemand doet iets')).toBe('GM0373');
  });

  it('reads four digits after "in" as a postcode when they cannot be a year', () => {
    expect(municipalityOf('Vanaf maandag wonen we in 2312, hartje centrum')).toBe('GM0546');
    expect(municipalityOf('Hier in 6511 ruikt het elke avond naar houtrook')).toBe('GM0268');
    expect(found('In 2023 was het ook al zo')).toEqual([]);
    expect(found('De molen is gebouwd in 1672')).toEqual([]);
  });

  it('knows Son of Son en Breugel after "in", and Zuidplein in Rotterdam', () => {
    expect(municipalityOf('Bij de basisschool in Son stoppen auto’s niet voor het zebrapad')).toBe(
      'GM0848',
    );
    expect(found('My son is ill and Son says the park is closed')).toEqual([]);
    expect(municipalityOf('Nieuwe sneakers gescoord bij Zuidplein')).toBe('GM0599');
  });

  it('reads four digits in brackets of their own as a postcode, but not a year', () => {
    expect(
      municipalityOf('Derde inbraak deze maand in onze straat (3823). Meer surveillance graag.'),
    ).toBe('GM0307');
    expect(found('Een lezing over de watersnoodramp (1953) in het dorpshuis')).toEqual([]);
    // Those that are also words count only with a capital: "voorhof" is a forecourt.
    expect(found('de voorhof van de kerk en een schollevaar op de paal')).toEqual([]);
    expect(municipalityOf('In Voorhof is de stoep kapot')).toBe('GM0503');
  });

  it('reads a capitalised word before a place-word as a person', () => {
    expect(found('Minister Sigrid Kaag zegt')).toEqual([]);
    expect(found('Gemeente Utrecht zegt')).toEqual(['municipality:Utrecht']);
  });

  it('reads a title before a place-word as a person, also opening a sentence or in lower case', () => {
    expect(found('Minister Kaag wil meer geld voor defensie')).toEqual([]);
    expect(found('Volgens minister Kaag is dat niet haalbaar')).toEqual([]);
    expect(found('Het pontje in Kaag ligt al een week stil')).toEqual(['place:Kaag']);
  });

  it('reads a university or an old or new part before a place-word as part of the place', () => {
    expect(municipalityOf('Pothole on the bike path next to TU Delft')).toBe('GM0503');
    expect(municipalityOf('Fietsen op de stoep bij de Universiteit Leiden')).toBe('GM0546');
    expect(municipalityOf('Plastic in the canal along the Oude Delft')).toBe('GM0503');
  });

  it('settles no municipality on a village named as a larger town across the border', () => {
    // Hasselt and Mechelen are Flemish cities, and villages in Zwartewaterland and Gulpen-Wittem.
    expect(municipalityOf('Mijn buren in Hasselt geven elke vrijdag een fuif')).toBeNull();
    expect(found('Mijn buren in Hasselt geven elke vrijdag een fuif')).toEqual(['place:Hasselt']);
    expect(municipalityOf('Mechelen: de werf begint om 6u met kloppen')).toBeNull();
    expect(municipalityOf('Gat in de weg in Hasselt (Overijssel)')).toBe('GM1896');
    expect(municipalityOf('Kermis in Hasselt, gemeente Zwartewaterland')).toBe('GM1896');
    expect(municipalityOf('Overlast bij het station van Zwijndrecht')).toBe('GM0642');
  });

  it('ignores place names that nearly always mean a country or a team', () => {
    expect(found('Oranje wint, heel Zeeland viert feest')).toEqual([]);
  });
});

describe('postcodes', () => {
  it('resolves a full postcode, with or without the space', () => {
    expect(municipalityOf('Zwerfvuil rond 5611 AB')).toBe('GM0772');
    expect(municipalityOf('gat in de weg bij 7941KD')).toBe('GM0119');
    expect(found('bij 3511 AB')).toEqual(['postcode:3511 AB']);
  });

  it('takes four digits for a postcode only after "postcode" or next to its place', () => {
    expect(municipalityOf('Iets gedumpt, postcode 9745.')).toBe('GM0014');
    expect(found('3511 Utrecht')).toEqual(['postcode:3511', 'municipality:Utrecht']);
    expect(found('In 2023 was het beter')).toEqual([]);
    expect(found('Al 1234 meldingen')).toEqual([]);
  });
});

describe('streets, accounts, hashtags', () => {
  it('finds Dutch and English street names', () => {
    expect(found('Gat op de Kerkstraat')).toEqual(['street:Kerkstraat']);
    expect(found('Verkeersbord op de Pastoor Habetsstraat')).toEqual([
      'street:Pastoor Habetsstraat',
    ]);
    expect(found('gat in de weg t.h.v. dorpstraat 14')).toEqual(['street:dorpstraat 14']);
    expect(found('Pothole on Elm Street')).toEqual(['street:Elm Street']);
    expect(found('Onderweg naar huis')).toEqual([]);
    expect(found('The Road was closed')).toEqual([]);
  });

  it('reads municipal accounts and hashtags', () => {
    expect(municipalityOf('@gemeenteutrecht doe er iets aan')).toBe('GM0344');
    expect(municipalityOf('@Gemeente_Den_Haag kijk eens')).toBe('GM0518');
    expect(municipalityOf('#DenHaag vol afval')).toBe('GM0518');
    expect(municipalityOf('#Utrecht')).toBe('GM0344');
    expect(municipalityOf('Hier in 020 weer')).toBe('GM0363');
    expect(municipalityOf('Vuil op straat #010')).toBe('GM0599');
    expect(found('@buurman kijk')).toEqual([]);
  });

  it('returns null when nothing names a municipality', () => {
    expect(municipalityOf('Gat op de Kerkstraat')).toBeNull();
    expect(municipalityOf('Pothole in London')).toBeNull();
  });
});

describe('analysePost', () => {
  it('combines verdict, municipality and the names as written', () => {
    const analysis = analysePost(
      'Groot gat in de weg op de Kerkstraat in Utrecht, 3511 AB',
      gazetteer,
    );
    expect(analysis.classification.local).toBe(true);
    expect(analysis.classification.category).toBe('roads');
    expect(analysis.municipality?.code).toBe('GM0344');
    expect(analysis.municipality?.name).toBe('Utrecht');
    expect(placeNames(analysis.places)).toEqual(['Kerkstraat', 'Utrecht', '3511 AB']);
  });

  it('gives a page the verdict and the cues a clip of the same post gets', () => {
    const texts = ownPostTexts();
    let changedByPlaces = 0;
    for (const text of texts) {
      const { evidence, ...verdict } = analysePost(text, gazetteer).classification;
      const judged = judgeWithPlaces(text, gazetteer);
      expect(judged).toEqual(verdict);
      expect(explainWithPlaces(text, gazetteer)).toEqual(evidence);
      if (judged.confidence !== judgePost(text).confidence) changedByPlaces += 1;
    }
    // The places changed the verdict's confidence on a fifth of the posts or more, so it is tested.
    expect(changedByPlaces).toBeGreaterThan(texts.length / 5);
  });

  it('tells the classifier that the post names a place', () => {
    const text = 'Er ligt een matras op de stoep in Zwolle.';
    const analysis = analysePost(text, gazetteer);
    expect(analysis.classification.evidence).toContainEqual(
      expect.objectContaining({ cue: 'Zwolle', kind: 'place' }),
    );
  });
});
