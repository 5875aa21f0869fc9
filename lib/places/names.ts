/*
 * What the data files do not say about how people write place names. Municipalities are given by
 * their name in municipalities.csv; everything else maps to one.
 */

/** Other names of a municipality: everyday names, short forms, the area's dialling code. */
export const MUNICIPALITY_ALIASES: Record<string, string[]> = {
  "'s-Gravenhage": ['Den Haag', 'The Hague'],
  "'s-Hertogenbosch": ['Den Bosch', 'Hertogenbosch'],
  'Alphen aan den Rijn': ['Alphen a/d Rijn', 'Alphen ad Rijn'],
  Amsterdam: ['Mokum'],
  'Capelle aan den IJssel': ['Capelle', 'Capelle a/d IJssel'],
  'Krimpen aan den IJssel': ['Krimpen'],
  Leeuwarden: ['Ljouwert'],
  Maastricht: ['Mestreech'],
  'Valkenburg aan de Geul': ['Valkenburg'],
  'Súdwest-Fryslân': ['Sudwest Friesland', 'Zuidwest-Friesland'],
  'Noardeast-Fryslân': ['Noordoost-Friesland'],
  'Nuenen, Gerwen en Nederwetten': ['Nuenen'],
  'Utrechtse Heuvelrug': ['Heuvelrug'],
};

/**
 * Twin villages that the postcode data names whole and people name by one half: "Spakenburg",
 * "Driebergen". Only halves that are no other place's name.
 */
export const PLACE_SHORT_FORMS: Record<string, string[]> = {
  'Aarle-Rixtel': ['Aarle'],
  'Bunschoten-Spakenburg': ['Spakenburg'],
  'Burgh-Haamstede': ['Haamstede'],
  'Driebergen-Rijsenburg': ['Driebergen'],
  'Egmond-Binnen': ['Egmond'],
  'Hazerswoude-Dorp': ['Hazerswoude'],
  'Hazerswoude-Rijndijk': ['Hazerswoude'],
  'Heeswijk-Dinther': ['Heeswijk', 'Dinther'],
  'Santpoort-Noord': ['Santpoort'],
  'Santpoort-Zuid': ['Santpoort'],
  'Son en Breugel': ['Son', 'Breugel'],
};

/**
 * Adjectives people write instead of the name ("de Amsterdamse grachten", "Haagse tram"). They
 * name the municipality less surely than the name itself.
 */
export const MUNICIPALITY_ADJECTIVES: Record<string, string[]> = {
  Amsterdam: ['Amsterdamse', 'Amsterdams'],
  Rotterdam: ['Rotterdamse', 'Rotterdams'],
  "'s-Gravenhage": ['Haagse', 'Haags'],
  Utrecht: ['Utrechtse', 'Utrechts'],
  Groningen: ['Groningse', 'Stadjers'],
  Leiden: ['Leidse'],
  Delft: ['Delftse'],
  Eindhoven: ['Eindhovense'],
  Tilburg: ['Tilburgse'],
  Breda: ['Bredase'],
  Nijmegen: ['Nijmeegse'],
  Arnhem: ['Arnhemse'],
  Zwolle: ['Zwolse'],
  Haarlem: ['Haarlemse'],
  Amersfoort: ['Amersfoortse'],
  "'s-Hertogenbosch": ['Bossche'],
  Maastricht: ['Maastrichtse'],
  Almere: ['Almeerse'],
  Enschede: ['Enschedese'],
  Apeldoorn: ['Apeldoornse'],
  Zaanstad: ['Zaanse'],
  Dordrecht: ['Dordtse'],
  Gouda: ['Goudse'],
  Alkmaar: ['Alkmaarse'],
  Hilversum: ['Hilversumse'],
  Zoetermeer: ['Zoetermeerse'],
  Leeuwarden: ['Leeuwarder'],
};

/**
 * What people of a municipality call themselves, one and many ("Je bent een echte Tilburger als…",
 * "wij Rotterdammers"). Read like the adjectives: capitalised only, less sure than the name.
 */
export const MUNICIPALITY_DEMONYMS: Record<string, string[]> = {
  Amsterdam: ['Amsterdammer', 'Amsterdammers'],
  Rotterdam: ['Rotterdammer', 'Rotterdammers'],
  "'s-Gravenhage": ['Hagenaar', 'Hagenaars'],
  Utrecht: ['Utrechter', 'Utrechters'],
  Eindhoven: ['Eindhovenaar', 'Eindhovenaars'],
  Tilburg: ['Tilburger', 'Tilburgers'],
  Almere: ['Almeerder', 'Almeerders'],
  Breda: ['Bredanaar', 'Bredanaars'],
  Nijmegen: ['Nijmegenaar', 'Nijmegenaars'],
  Arnhem: ['Arnhemmer', 'Arnhemmers'],
  Haarlem: ['Haarlemmer', 'Haarlemmers'],
  Enschede: ['Enschedeër', 'Enschedeërs'],
  Apeldoorn: ['Apeldoorner', 'Apeldoorners'],
  Amersfoort: ['Amersfoorter', 'Amersfoorters'],
  Zaanstad: ['Zaankanter', 'Zaankanters'],
  "'s-Hertogenbosch": ['Bosschenaar', 'Bosschenaars'],
  Zwolle: ['Zwollenaar', 'Zwollenaars'],
  Leiden: ['Leidenaar', 'Leidenaars'],
  Maastricht: ['Maastrichtenaar', 'Maastrichtenaars'],
  Dordrecht: ['Dordtenaar', 'Dordtenaars'],
  Zoetermeer: ['Zoetermeerder', 'Zoetermeerders'],
  Delft: ['Delftenaar', 'Delftenaars'],
  Deventer: ['Deventenaar', 'Deventenaars'],
  Heerlen: ['Heerlenaar', 'Heerlenaars'],
  Venlo: ['Venlonaar', 'Venlonaars'],
  Alkmaar: ['Alkmaarder', 'Alkmaarders'],
  Hilversum: ['Hilversummer', 'Hilversummers'],
  Gouda: ['Goudenaar', 'Goudenaars'],
  Helmond: ['Helmonder', 'Helmonders'],
  Emmen: ['Emmenaar', 'Emmenaars'],
  Amstelveen: ['Amstelvener', 'Amstelveners'],
  Purmerend: ['Purmerender', 'Purmerenders'],
  Schiedam: ['Schiedammer', 'Schiedammers'],
  Vlaardingen: ['Vlaardinger', 'Vlaardingers'],
  Roosendaal: ['Roosendaler', 'Roosendalers'],
  Oss: ['Ossenaar', 'Ossenaars'],
  Zeist: ['Zeistenaar', 'Zeistenaars'],
  Kampen: ['Kampenaar', 'Kampenaars'],
  Roermond: ['Roermondenaar', 'Roermondenaars'],
  Assen: ['Assenaar', 'Assenaars'],
  Nieuwegein: ['Nieuwegeiner', 'Nieuwegeiners'],
  'Hengelo (O.)': ['Hengeloër', 'Hengeloërs'],
  Almelo: ['Almeloër', 'Almeloërs'],
  Weert: ['Weertenaar', 'Weertenaars'],
  'Middelburg (Z.)': ['Middelburger', 'Middelburgers'],
  Vlissingen: ['Vlissinger', 'Vlissingers'],
  Harderwijk: ['Harderwijker', 'Harderwijkers'],
  Zutphen: ['Zutphenaar', 'Zutphenaars'],
  Doetinchem: ['Doetinchemmer', 'Doetinchemmers'],
  Culemborg: ['Culemborger', 'Culemborgers'],
  'Den Helder': ['Heldernaar', 'Heldernaars'],
  Katwijk: ['Katwijker', 'Katwijkers'],
  Meppel: ['Meppeler', 'Meppelers'],
  Hoogeveen: ['Hoogevener', 'Hoogeveners'],
  Heerenveen: ['Heerenvener', 'Heerenveners'],
  Gorinchem: ['Gorcumer', 'Gorcumers'],
};

/** Dialling codes used as nicknames, in hashtags or after "in" ("#010", "hier in 020"). */
export const AREA_CODES: Record<string, string> = {
  '010': 'Rotterdam',
  '013': 'Tilburg',
  '015': 'Delft',
  '020': 'Amsterdam',
  '023': 'Haarlem',
  '024': 'Nijmegen',
  '026': 'Arnhem',
  '030': 'Utrecht',
  '033': 'Amersfoort',
  '036': 'Almere',
  '038': 'Zwolle',
  '040': 'Eindhoven',
  '043': 'Maastricht',
  '050': 'Groningen',
  '053': 'Enschede',
  '055': 'Apeldoorn',
  '070': "'s-Gravenhage",
  '071': 'Leiden',
  '073': "'s-Hertogenbosch",
  '076': 'Breda',
};

/**
 * Well-known districts and neighbourhoods of the larger cities, which the postcode file does not
 * name. Only names that are not ordinary words and not shared by two cities.
 */
export const DISTRICTS: Record<string, string[]> = {
  Amsterdam: [
    'Bijlmer',
    'Bijlmermeer',
    'Jordaan',
    'De Pijp',
    'Oud-West',
    'Nieuw-West',
    'Osdorp',
    'Slotervaart',
    'Geuzenveld',
    'Bos en Lommer',
    'Watergraafsmeer',
    'IJburg',
    'Zeeburg',
    'Gaasperdam',
    'Buikslotermeer',
    'Indische Buurt',
    'Dapperbuurt',
    'Kinkerbuurt',
    'Rivierenbuurt',
    'Oud-Zuid',
    'Spaarndammerbuurt',
    'Staatsliedenbuurt',
    'Oosterparkbuurt',
    'Amsterdam-Noord',
    'Amsterdam-Oost',
    'Amsterdam-Zuidoost',
    'De Wallen',
    'Vondelpark',
    'Kolenkit',
    'Holendrecht',
    'Reigersbos',
    'Venserpolder',
  ],
  Rotterdam: [
    'Zuidplein',
    'Kralingen',
    'Charlois',
    'Feijenoord',
    'Delfshaven',
    'Crooswijk',
    'Afrikaanderwijk',
    'Bloemhof',
    'Hillesluis',
    'Carnisse',
    'Tarwewijk',
    'Ommoord',
    'Prins Alexander',
    'Overschie',
    'Blijdorp',
    'Hillegersberg',
    'Schiebroek',
    'Lombardijen',
    'IJsselmonde',
    'Katendrecht',
    'Kop van Zuid',
    'Spangen',
    'Oude Westen',
    'Rotterdam-Zuid',
    'Rotterdam-West',
    'Coolsingel',
    'Pendrecht',
    'Oosterflank',
    'Het Lage Land',
  ],
  "'s-Gravenhage": [
    'Scheveningen',
    'Schilderswijk',
    'Transvaalwijk',
    'Moerwijk',
    'Escamp',
    'Loosduinen',
    'Ypenburg',
    'Leidschenveen',
    'Duindorp',
    'Statenkwartier',
    'Bezuidenhout',
    'Mariahoeve',
    'Benoordenhout',
    'Vruchtenbuurt',
    'Bouwlust',
    'Morgenstond',
    'Regentessekwartier',
    'Spoorwijk',
    'Wateringse Veld',
    'Zuiderpark',
  ],
  Utrecht: [
    'Overvecht',
    'Kanaleneiland',
    'Lombok',
    'Zuilen',
    'Ondiep',
    'Leidsche Rijn',
    'De Meern',
    'Hoograven',
    'Lunetten',
    'Wittevrouwen',
    'Oog in Al',
    'Transwijk',
    'Dichterswijk',
    'Merwedekanaalzone',
  ],
  Eindhoven: [
    'Woensel',
    'Strijp',
    'Gestel',
    'Stratum',
    'Tongelre',
    'Meerhoven',
    'Achtse Barrier',
    'Doornakkers',
  ],
  Groningen: [
    'Paddepoel',
    'Selwerd',
    'Vinkhuizen',
    'Beijum',
    'Lewenborg',
    'Schildersbuurt',
    'Helpman',
    'Korrewegwijk',
  ],
  Tilburg: ['Reeshof', 'Tilburg-Noord', 'Stokhasselt'],
  Breda: ['Haagse Beemden', 'Princenhage', 'Hoge Vucht', 'Ginneken'],
  Nijmegen: ['Dukenburg', 'Lindenholt', 'Hatert', 'Bottendaal', 'Goffertpark'],
  Arnhem: [
    'Presikhaaf',
    'Malburgen',
    'Klarendal',
    'Geitenkamp',
    'Schuytgraaf',
    'Rijkerswoerd',
    'Elderveld',
  ],
  Haarlem: ['Schalkwijk', 'Delftwijk'],
  Enschede: ['Velve-Lindenhof', 'Pathmos', 'Deppenbroek', 'Roombeek', 'Wesselerbrink'],
  "'s-Hertogenbosch": ['Kruiskamp', 'De Muntel', 'Graafsewijk', 'Maaspoort'],
  Zwolle: ['Stadshagen', 'Holtenbroek', 'Aa-landen', 'Westenholte', 'Diezerpoort'],
  Amersfoort: ['Vathorst', 'Kattenbroek', 'Soesterkwartier', 'Schothorst', 'Liendert'],
  Leiden: ['Merenwijk', 'Stevenshof'],
  Maastricht: ['Wyck', 'Malberg', 'Wittevrouwenveld', 'Mariaberg'],
  Dordrecht: ['Crabbehof', 'Sterrenburg', 'Krispijn'],
  Zoetermeer: ['Meerzicht', 'Seghwaert', 'Oosterheem', 'Palenstein', 'Rokkeveen'],
  Zaanstad: ['Poelenburg', 'Peldersveld', 'Kogerveld', 'Rosmolenwijk'],
  Emmen: ['Angelslo', 'Emmerhout', 'Bargeres', 'Emmermeer'],
  Leeuwarden: [
    'Bilgaard',
    'Heechterp',
    'Schieringen',
    'Camminghaburen',
    'Vrijheidswijk',
    'Huizum',
    'Oldegalileën',
  ],
  Delft: ['Tanthof', 'Voorhof', 'Wippolder'],
  Schiedam: ['Groenoord', 'Spaland'],
  Vlaardingen: ['Babberspolder'],
  Purmerend: ['Weidevenne', 'Wheermolen'],
  Helmond: ['Brandevoort', 'Brouwhuis', 'Rijpelberg'],
  Deventer: ['Keizerslanden', 'Borgele'],
  Apeldoorn: ['Osseveld', 'Kerschoten'],
  Lelystad: ['Zuiderzeewijk', 'Atolwijk'],
  Heerlen: ['Meezenbroek', 'Heerlerbaan', 'Vrieheide'],
  Alkmaar: ['Overdie', 'Huiswaard', 'Daalmeer'],
  'Den Helder': ['Nieuw Den Helder'],
  Roosendaal: ['Kalsdonk', 'Tolberg', 'Kortendijk'],
  Oss: ['Schadewijk'],
  'Hengelo (O.)': ['Hengelose Es', 'Groot Driene', 'Berflo Es'],
  Almelo: ['Sluitersveld', 'Schelfhorst'],
  Gouda: ['Goverwelle', 'Korte Akkeren', 'Oosterwei'],
  Hilversum: ['Hilversumse Meent'],
  'Capelle aan den IJssel': ['Oostgaarde', 'Middelwatering', 'Schollevaar'],
  Nissewaard: ['Maaswijk'],
};

/**
 * Place names that are also ordinary Dutch or English words. They count only when written with a
 * capital ("in Leiden", not "leiden tot"); the second list also needs a word such as "in" or "uit"
 * before it ("in Best", not "Best wel"). Reviewed against the Dutch and English word lists of
 * Debian's wdutch and wamerican packages.
 */
export const CAPITALISED_ONLY = `Achterveld Achtmaal Assen Asten Axel Baak Bakhuizen Balk Balkbrug
  Beek Bergen Beugen Boekel Borger Borne Braamt Broekland Buitenpost Buren Dalem Delft Dieren Dongen
  Doorn Drachten Dreumel Driewegen Duiven Duizel Ede Epen Gasteren Geleen Gemonde Gieten Glimmen
  Goor Gouda Groede Gulpen Halsteren Hapert Haren Heibloem Hekelingen Helden Hemmen Herten Holten
  Hoofddorp Hoofdplaat Hoogland Hoorn Hoornaar Horst Houten Houwerzijl Hulsel Hulst Húns IJlst
  Indijk Kaag Kaard Kampen Kamperveen Klimmen Landgraaf Laren Leende Leiden Lemmer Leunen Lieren
  Lijnden Loenen Losser Malden Marken Meeuwen Meppen Middelaar Moerdijk Molenhoek Nieuwkoop Opende
  Overloon Peest Persingen Petten Plasmolen Putte Putten Retranchement Roden Rolde Roosteren Ruinen
  Sluis Smakt Soest Spanbroek Spankeren Spijk Spijkerboor Steenbergen Stein Sterksel Stevensweert
  Stuifzand Tegelen Tolkamer Vijlen Vlijmen Voorschoten Voorst Wassenaar Waterland Wateringen
  Wedde Weert Wierden Wijnbergen Wijngaarden Woerden Woudbloem Wouw Zoelen Velp Urk Ens Rijen
  Dalen Bontebok Uitwijk Spangen Statenkwartier Morgenstond Lombok Zuilen Ondiep Lunetten Gestel
  Stratum Krimpen Heuvelrug Voorhof Brouwhuis Schollevaar Kolenkit`;

export const NEEDS_LOCATIVE = `Amen Anderen Baard Baars Bant Bears Beets Best Blije Boer Born Broek
  Dijken Donderen Dorst Echt Echten Een Ell Enter Erica Est Gauw Gees Goes Graft Grave Groet Haler
  Halfweg Hall Handel Hank Hee Heel Heide Heikant Hem Hoek Hoeven Horn Huizen Lent Leur Lies Linde
  Linden Loon Made Mill Monster Mussel Neer Nes Noorden Noordeinde Noordhoek Overslag Peins Reek
  Rekken Ried Rijs Schijf Sloten Spier Spui Tonden Tuil Tuk Veen Velden Veulen Vries Vuren Waal
  Waarde Waarder Warder Warns Wateren Watergang Westhoek Wetering Well Wier Winde Winkel Zandberg
  Zegge Zetten Thorn Leek Loo Beers Blokker Nutter Ee Son`;

/**
 * Of the capitalised-only names, the plural nouns and verbs that open sentences about local issues
 * ("Duiven poepen de stoep onder", "Buren klagen al maanden", "Putten zitten verstopt"): opening a
 * sentence, their capital proves nothing, so there they are not taken for the place.
 */
export const NOT_AT_SENTENCE_START = 'Buren Putten Dieren Duiven Meeuwen Helden Herten';

/**
 * Dutch villages that share their name with a far larger town across the border (Flemish cities
 * of 25,000 to 90,000 people): the name alone more likely means that town, so it settles no Dutch
 * municipality unless a province is written with it or another name in the post points there.
 */
export const FOREIGN_NAMESAKES = 'Mechelen Aalst Hasselt Halle';

/** Place names that nearly always mean something else: a country, a province, a team, an island. */
export const NEVER_PLACES = [
  'America',
  'Zurich',
  'Oranje',
  'Zeeland',
  'Holland',
  'De Krim',
  'Nederland',
  'Sint Maarten',
];

/**
 * Names that often mean the national government rather than the city ("geld vanuit Den Haag",
 * "de politiek in Den Haag", "de Haagse politiek"): there they name no place at all.
 */
export const SEATS_OF_GOVERNMENT = ['Den Haag', "'s-Gravenhage", 'The Hague', 'Haagse'];

/**
 * Around a seat of government, the words that make it the government: "vanuit" before it, one of
 * the first list before "uit" or "in" before it ("geld uit Den Haag", "politici in Den Haag"), or
 * one of the first list right after it ("Haagse politiek").
 */
export const GOVERNMENT_WORDS = `geld regels bezuiniging bezuinigingen bezuinigt politiek politici
  kabinet kamer kamerleden ministerie ministeries minister ministers beleid subsidie subsidies
  besluit besluiten heren bestuurders regering kaasstolp bureaucraten government politicians
  money cuts rules vergaderd vergaderen vergadert formatie formeren regeren coalitie`;

/** Words before a place name that show it is one: "in Best", "uit Goes", "gemeente Buren". */
export const LOCATIVES = `in uit te bij naar rond rondom nabij richting omgeving gemeente dorp
  stad regio centrum station from near at around to`;

/**
 * Capitalised words that may stand before a place name without making it a person's name
 * ("Gemeente Utrecht", "Station Ede", but "Sigrid Kaag" is a person).
 */
export const PLACE_TITLES = `gemeente station centrum dorp stad regio omgeving haven noord zuid
  oost west midden groot klein oud oude nieuw nieuwe hartje binnenstad city tu universiteit
  university hogeschool`;

/**
 * Words before a name that make it a person's, capitalised or not and at the start of a sentence
 * too: "minister Kaag", "Burgemeester Bergen", "Mr. Bergen".
 */
export const PERSON_TITLES = `minister staatssecretaris premier kamerlid wethouder burgemeester
  gedeputeerde commissaris raadslid fractievoorzitter mevrouw meneer mevr dhr mr mrs ms dr prof
  drs ir senator mayor councillor councilman councilwoman`;

/**
 * Countries, states and regions written right after a place name, or after "in", that put a Dutch
 * name abroad: "Bergen, Norway", "Groningen in Suriname", "Amsterdam, NY", "Bergen County".
 * Lower case, as the place finder reads words; pairs are two words.
 */
export const FOREIGN_QUALIFIERS = `norway noorwegen suriname guyana county ny nj pa usa louisiana
  iowa michigan minnesota wisconsin pennsylvania ontario mpumalanga kwazulu limpopo gauteng
  belgium belgie belgië germany duitsland canada australia scotland england ireland`;
export const FOREIGN_QUALIFIER_PAIRS = ['new york', 'south africa', 'zuid afrika', 'new jersey'];

/** Province names and the short forms people add to a place name: "Bergen (NH)", "Hengelo Gld". */
export const PROVINCE_QUALIFIERS: Record<string, string> = {
  nh: 'Noord-Holland',
  'noord holland': 'Noord-Holland',
  zh: 'Zuid-Holland',
  'zuid holland': 'Zuid-Holland',
  nb: 'Noord-Brabant',
  'noord brabant': 'Noord-Brabant',
  brabant: 'Noord-Brabant',
  l: 'Limburg',
  li: 'Limburg',
  lb: 'Limburg',
  limburg: 'Limburg',
  g: 'Gelderland',
  gl: 'Gelderland',
  gld: 'Gelderland',
  gelderland: 'Gelderland',
  o: 'Overijssel',
  ov: 'Overijssel',
  overijssel: 'Overijssel',
  gn: 'Groningen',
  gr: 'Groningen',
  u: 'Utrecht',
  ut: 'Utrecht',
  z: 'Zeeland',
  zl: 'Zeeland',
  zeeland: 'Zeeland',
  fr: 'Fryslân',
  friesland: 'Fryslân',
  fryslan: 'Fryslân',
  dr: 'Drenthe',
  drenthe: 'Drenthe',
  fl: 'Flevoland',
  flevoland: 'Flevoland',
};

/**
 * First words of place names that are not names on their own: "Nieuwe Pekela" is not "Nieuwe" in
 * Pekela, while "Hoogvliet Rotterdam" is Hoogvliet.
 */
export const NAME_PREFIX_WORDS = `nieuw nieuwe oud oude groot grote klein kleine hoog hoge laag lage
  noord zuid oost west sint st boven beneden midden`;

/** Handles of public bodies start with these and continue with the place: "@gemeenteutrecht". */
export const AUTHORITY_HANDLE_PREFIXES = [
  'gemeente',
  'gem',
  'politie',
  'wijkagent',
  'wijkagenten',
  'brandweer',
  'stadsdeel',
  'handhaving',
  'omgevingsdienst',
];
