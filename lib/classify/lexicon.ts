import type { TopicCategoryId } from './taxonomy';

/*
 * The vocabulary of the classifier, Dutch and English side by side: words are matched after folding
 * (lower case, no diacritics, no apostrophes), and the two languages rarely share a spelling with a
 * different meaning (where they do, as with "put", "glad", "bank" or "weg", only the safe forms are
 * listed).
 *
 * Notation, one entry per space-separated item:
 *   word        the whole word
 *   stem*       any word starting with stem (Dutch compounds: "hondenpoep*" finds "hondenpoepoverlast")
 *   *head       any longer word ending in head (compound heads: "*container" finds "glascontainer")
 *   a_b_c*      consecutive words; each may be a stem; the first must be a whole word
 *   !           the cue is cancelled by a negation just before it ("geen overlast", "not dangerous");
 *               nouns of things are not marked, because a missing thing is a complaint itself
 *               ("geen verlichting", "no bus after 7pm")
 *   =2.5        weight, instead of the section's default (after the `!`: "overlast!=2")
 *
 * Sources: the "covers" of each taxonomy category, the Signalen category fixture and the VNG
 * reference list of public-space reports (lib/data/SOURCES.md), and common civic usage.
 */

/** Weight of an item without `=`, per kind of section. */
export const DEFAULT_WEIGHTS = {
  issue: 2,
  object: 1,
  problem: 1.5,
  place: 1,
  offTopic: 1.5,
  positive: 1,
  neutral: 0,
} as const;

export interface CategoryVocabulary {
  /** Words that name a problem of this category by themselves: "zwerfvuil", "pothole", "ratten". */
  issue: string;
  /** Things of this category that are only a problem with a complaint: "container", "bus", "park". */
  object: string;
}

export const CATEGORY_VOCABULARY: Record<TopicCategoryId, CategoryVocabulary> = {
  cleanliness: {
    issue: `zwerfvuil*=3 zwerfafval*=3 grofvuil*=3 grof_vuil=3 huisvuil=2.5 restafval vuilnis*
      vuilniszak*=2.5 vuilnis_zak*=2.5 vuil=1.5 afval *afval afvalzak*=2.5 afvalinzameling
      illegaal_gestort=3 gedumpt=2.5 dumpt=2.5 dumpen=2.5 achtergelaten=1.5 weggegooid=1.5 dumping*=3 stort=1 graffiti=3 graffity=3 bekladding*=3
      beklad=2.5 wildplak*=3 wildgeplakt=3 hondenpoep*=3 hondenstront=3 hondendrollen=3 poep=2
      stront=1.5 uitwerpselen=2 troep!=1.5 rommel!=1.5 zooi!=1 smerig=1 vies=1 viezigheid=1.5
      niet_opgehaald=3 niet_geleegd=3 niet_leeggemaakt=3 puilen_uit=2.5 puilt_uit=2.5 uitpuilend*=2.5
      overvol*=2 sigarettenpeuk*=2.5 peuken=2 glasscherven=2 scherven=1.5 blikjes=1 bijplaatsing*=2.5
      ernaast=1 naast_de_container*=2.5 ruim_het_op=2 wie_ruimt=1.5 veegwagen=1.5 straatvegen=2
      garbage*=3 trash=2 rubbish=2.5 litter*=3 fly_tipping=3 flytipping=3 fly_tipped=3 dump=2
      dumped=2 dumping=2.5 dumps=2 waste=2.5 wastes=2.5 dustbin*=2 no_dustbin*=2.5 thrown=1.5 bin_bags=2 binbags=2 not_collected=3
      uncollected=3 not_emptied=3 not_been_collected=3 been_collected=1 dog_poo*=3 dog_mess=3
      dog_fouling=3 dog_waste=3 not_segregated=2 waste_segregation=2 poop=1.5 filth=2 filthy=1.5 unclean*=2 unhygienic=2 landfill=2
      plastic_waste=2.5 broken_glass=2 rubble=2 construction_debris=2.5 throw=1 rotting=1.5 debris=1.5 cigarette_butts=2.5 litterbugs=3`,
    object: `container*=1.5 *container=1.5 kliko*=1.5 glasbak*=1.5 papierbak*=1.5 prullenbak*=1.5
      afvalbak*=1.5 vuilnisbak*=1.5 *afvalbak=1.5 pmd=1.5 plastic=0.5 matras*=1 bankstel=0.5
      vuilnisman=0.5 vuilniswagen*=1 afvalstoffenheffing=1.5 opruimen=0.5 vegen=0.5
      bins=1.5 bin=1 wheelie_bin*=1.5 recycling=1 glass=0.5 sweeping=1 sweeper*=1
      plastics=1 cleaning=1 trash_can*=1.5 garbage_truck*=1 skip=0.5 mattress*=1 fridge=0.5 sanitation=1.5 cleanliness=1.5`,
  },
  roads: {
    issue: `gat_in_de_weg=3 gat_in_het_wegdek=3 gat_in_de_straat=3 gat_in_het_fietspad=3
      gat_in_de_stoep=3 gat_in_het_asfalt=3 gaten_in_de_weg=3 gaten_in_het_wegdek=3 gaten_in_de_straat=3
      gaten_in_het_fietspad=3 kuil*=2.5 wegdek=1.5 verzakt*=2.5 verzakking*=2.5 losliggend*=2.5
      stoeptegel*=2 stoep_tegel*=2 boomwortel*=2.5 straatlantaarn*=2 lantaarnpa*=2 lantaren*=2
      lantaarn*=2 straatverlichting straatlamp*=2 lichtmast*=2 brandt_niet=2 branden_niet=2
      doet_het_niet_meer=1 kademuur*=2.5 beschoeiing=2 gladheid=2.5 spiegelglad=2.5 gestrooid=2
      strooien=1.5 strooiwagen*=1.5 wegwerkzaamheden=2 opgebroken=2 ligt_open=2 herbestrating=2
      bestrating=1.5 oneffen*=2 hobbelig*=2 scheur=1.5 scheuren_in=1.5 achterstallig_onderhoud=2
      gaten=1.5 vol_gaten=2.5 vol_scheuren=2.5 spekglad=2 glibberig=1.5 hobbelbaan=2 brugdek*=1.5
      pothole*=3 pot_hole*=3 potholed=3 crater*=2.5 uneven=2 cracked=1.5 cracks=1.5 resurfac*=2
      streetlight*=2 street_light*=2 street_lamp*=2 lamp_post*=2 lamppost*=2 lights_are_out=2
      hanging_wires=2.5 wires_hanging=2.5 hanging_cables=2.5 cables_hanging=2.5 loose_wires=2.5
      exposed_wires=2.5 lights_out=1.5 hole=1.5 holes=2 road_condition*=2.5 condition_of_the_road*=2.5
      roadwork*=2 road_work*=2 road_repair*=2 dug_up=2 road_damage*=2.5 broken_road=3
      damaged_road=3 road_is_damaged=3 bad_road*=2.5 encroach*=1.5 tarmac=1 asphalt=1`,
    object: `*brug=1 *pad=0.5 stoep=1 trottoir=1 fietspad*=1 fietsstrook=1 tegels=1 asfalt=1 bankje*=1 zitbank*=1
      fietsenrek*=1.5 fietsrek*=1.5 nietjes=1 paaltje*=1 hekwerk=1 brug=1 bruggen=1 verlichting=1
      verkeersbord*=1.5 straatnaambord*=1.5 bord=0.5 viaduct=1 tunnel=1 tunneltje=1 werkzaamheden=1
      onderhoud=1 klinkers=1 kade=1 wegen=1 straten=0.5 fietspaden=1 voetpad=1 stoepen=1
      foot_path*=1.5 wire=1 wires=1 cables=1 power_lines=1 electric_lines=1 transformer*=1 road=1 roads=1 roadside=1 street=0.5 footpath*=1.5 sidewalk*=1 pavement*=1 bench*=1
      bike_rack*=1.5 signboard*=1.5 road_sign*=1.5 bridge=1 quay*=1 lamp*=0.5 lights=0.5 lighting=1`,
  },
  traffic: {
    issue: `te_hard=2.5 hardrijd*=2.5 racebaan=2.5 racen=1.5 sluipverkeer=3
      sluiproute*=2.5 verkeersonveilig*=3 verkeerssituatie*=2 parkeeroverlast=3 parkeerdruk=2.5
      foutparkeer*=3 fout_geparkeerd=3 dubbel_geparkeerd=3 parkeren_dubbel=3 dubbel_parkeren=3
      op_de_stoep_geparkeerd=3 autowrak*=2.5 fietswrak*=2 wrakken=2 wrak=1.5 bijna_ongeluk*=2.5
      aanrijding*=2 aangereden=2 ongeluk=1.5 ongelukken=1.5 spookrijd*=2.5 bumperklev*=2
      snelheidsovertred*=2.5 rijden_te_snel=2.5 rijdt_te_snel=2.5 geen_zebrapad=2 geen_oversteekplaats=2
      speeding=3 speeders=3 rash_driving=3 reckless*=2 boy_racers=3 rat_run*=3 illegal_parking=3
      illegally_parked=3 wrong_parking=3 difficult_to_park=1.5 parked_on_the_road=2.5 parked_on_road=2.5 parked_on_the_footpath=3
      parked_on_footpath=3 parked_on_the_pavement=3 double_parked=3 double_parking=3 wrong_side=2
      no_parking=2 traffic_jam*=2 congestion=2 gridlock*=2 near_miss*=2.5 abandoned_car*=3
      abandoned_vehicle*=3 wrecked_car*=2.5 hit_and_run=2.5 accident=2 accidents=2 crash=1
      shortcut=2 short_cut=2 wrong_way=2 jumping_signal*=2.5 signal_jumping=2.5 red_light=1 heavy_traffic=2 huge_traffic=2
      traffic_congestion=2.5 road_hump*=2`,
    object: `verkeer=1 snelheid=1 oversteek*=1.5 oversteekplaats*=1.5 zebrapad*=1.5 kruispunt*=1
      kruising*=1 rotonde*=1 verkeerslicht*=1.5 stoplicht*=1.5 file=1 files=1 verkeersdrukte=1
      parkeren=1 parkeer*=1 geparkeerd=1.5 parkeerplaats*=1 drempel*=1.5 verkeersdrempel*=2
      30_zone=1.5 30_km=1.5 schoolroute=1.5 schoolzone=1.5 vrachtwagen*=1 vrachtverkeer=1.5
      bouwverkeer=1.5 scooter*=1 bezorgscooter*=1.5 snorfiets*=1 flitspaal*=1.5 uitrit=1 auto=0.5
      autos=0.5 boete*=1 wegsleep*=1.5 verkeersveilig*=1.5 fietsers=0.5 voetgangers=1 tractoren=0.5
      traffic=1.5 speed=1 crossing=1 zebra_crossing=1.5 crosswalk*=1.5 pedestrian*=1 junction=1
      intersection=1 roundabout=1 traffic_light*=1.5 traffic_signal*=1.5 signal=1 parking=1.5
      parked=1.5 one_way=1 school_run=1.5 school_zone=1.5 speed_bump*=2 speed_breaker*=2
      speed_hump*=2 lorries=1 trucks=1 heavy_vehicles=1.5 towed=1 vehicles=0.5 cars=0.5 drivers=0.5`,
  },
  'sewer-water': {
    issue: `riool*=2.5 riolering=2.5 verstopping*=2.5 putdeksel*=2.5 straatkolk*=2.5 kolk=2 kolken=2
      afvoerput*=2 rioolput*=2.5 wateroverlast=3 onder_water=2.5 ondergelopen=2.5 lopen_onder=2.5
      loopt_onder=2.5 staat_blank=2.5 staan_blank=2.5 blank=1 overstroom*=2 overstroming*=2
      regenwater=1.5 hemelwater=1.5 grondwater*=2 gemaal*=2 waterpeil*=2.5 blauwalg*=3 botulisme=3
      kroos=2 dode_vissen=2.5 dode_vis=2.5 drijfvuil=2.5 lozing*=2.5 geloosd=2 stinkend_water=2.5
      dichtgegroeid=2 staat_stil=1 wateroverlast*=3 waterschade=2 waterleiding*=1.5 drinkwater*=1 verstopt=1.5 borrelt=1.5
      drain=2.5 drains=2.5 drainage=2.5 storm_drain*=3 sewage=3 sewer*=3 manhole*=2.5 clogged=2
      flooded=2 flooding=2.5 floods=1.5 flood=1.5 waterlogg*=3 water_logging=3 stagnant*=2.5
      open_drain*=3 open_manhole*=3 burst_pipe*=2.5 water_main*=2 no_water=2 water_supply=2 contaminated_water=3 dirty_water=2.5
      dead_fish=2.5 algae=2 culvert*=2 gutter*=1.5 puddle*=1.5 overflowing_drain*=3 rainwater=1.5
      water_leak*=2 leaking_pipe*=2.5 water_accumulat*=3 accumulated_water=3 standing_water=3
      water_wastage=2.5 wasting_water=2 water_scarcity=2.5 low_pressure=1.5 not_draining=2
      filled_with_water=2.5 water_collected=2.5 water_clogging=2.5 water_problem=2 submerged=2.5 knee_deep=2`,
    object: `putje*=1.5 afvoer*=1.5 kelder*=1 sloot=1.5 sloten=1 vijver*=1 gracht*=1 singel=0.5
      water=0.5 pomp=1 oever*=1 waterpartij=1 kanaal=0.5
      tap=1 taps=1 water_tank*=1 pipe=1 pipes=1 canal=1 canals=1 ditch*=1 pond=1 lake=0.5 river=0.5 water=0.5 underpass=1`,
  },
  green: {
    issue: `gekapt=2.5 gekapte=2.5 bomenkap=3 houtkap=2.5 kapvergunning*=2.5 omgewaaid*=2.5
      omgevallen_boom=3 boom_omgevallen=3 boom_is_dood=2.5 dode_boom=2.5 takken=1.5 tak=1.5
      afgebroken=1.5 maaien=2 gemaaid=2 maaibeleid=2 maaisel=2 onkruid*=2.5 snoei*=2 gesnoeid=1.5
      iepziekte=3 essentaksterfte=3 boomziekte=3 kastanjeziekte=3 verdord*=2 overwoekerd=2.5
      woekert=2 doorgegroeid=2 overgroei*=2.5 herplant*=2 kaalslag=2.5 bomen_weg=2.5 kaler=1
      brandnetels=1.5 distels=1.5 bladafval=1.5 snoeiafval=2.5 bladeren=1 bomen_terug=2
      fallen_tree*=3 tree_fell*=3 felled=2.5 felling=2.5 chopped_down=2.5 cut_down=1.5 uprooted=2.5
      overgrown=2.5 weeds=2 mowing=2 mowed=2 mown=2 unmown=2.5 pruning=1.5 prune*=1.5 trimming=1.5
      cut_the_trees=2.5 cut_all_the_trees=2.5 cut_down_the_trees=2.5 cutting_trees=2.5
      cutting_down_trees=2.5 felling_trees=2.5 trees_cut=2.5 tree_fallen=3 tree_has_fallen=3 dead_tree*=2.5 branches=1.5 branch=1 fallen_branch*=2.5`,
    object: `boom=1 bomen=1 boompje*=1 eiken=0.5 kastanje=0.5 iepen=1 gras=1 grasveld*=1 heg=1 heggen=1
      struik*=1 berm=1 bermen=1 plantsoen*=1.5 groenstrook*=1.5 park=0.5 parken=0.5 groen=0.5
      *boom=1 bloemenberm=1.5 speelbos=1 bos=0.5 natuurgebied=1
      tree=1 trees=1 grass=1 verge=1 verges=1 grass_verge*=1.5 hedge*=1 shrub*=1 bushes=1 park=0.5
      parks=0.5 lawn*=0.5 green_space*=1.5 green_fields=1`,
  },
  nuisance: {
    issue: `overlast!=2 geluidsoverlast=3 lawaai*=2.5 herrie=2.5 harde_muziek=2.5 dreunt=2
      bromt=1.5 stankoverlast=3 stank=2 vuurwerk*=2.5 knallen=1.5 hangjongeren=3 jongerenoverlast=3
      hangplek*=2.5 lachgas*=2.5 drugsoverlast=3 drugsafval=3 drugsdeal*=3 dealer*=2.5 dealen=2.5
      drugs=2 wildplass*=3 wildplassen=3 dronken*=1.5 bouwlawaai=3 bouwoverlast=3 heien=2.5
      bladblazer*=2 geronk=2 ronken=1.5 nachtrust=2 niet_slapen=2 slapen_niet=2 kan_niet_slapen=2
      niet_te_harden=2 vol_volume=2 blasts=1.5 blasting=1.5 feestje*=1 spuiten=1.5 naalden=2 afzuiging=1.5 toeteren=1.5
      noise=2.5 noisy=2.5 loud_music=3 loud=1.5 partying=1.5 fireworks=2.5 firecrackers=2.5
      anti_social=3 antisocial=3 loitering=2.5 drug_deal*=3 drug_dealing=3 dealers=2 needles=2
      shouting=1.5 construction_noise=3 smells_bad=2 smell_bad=2 smells_so_bad=2 smelling_bad=2
      urine=2.5 urinate*=2.5 peeing=2 noise_pollution=3 honking=2 stench=2 bad_smell=2.5 foul_smell=2.5
      urinating=2.5 public_urination=3 nuisance!=2 disturbance=2 racket=1.5 revving=2`,
    object: `boxen=1 geluid=1 muziek=0.5 feest=1 feesten=1 terras*=1 horeca=1 cafe=0.5 kroeg=1 festival*=1
      evenement*=1 kermis=1 kerkklok*=1.5 luiden=1 motorcross*=1.5 buren=0.5 s_nachts=1 studentenhuis=1 jongeren=0.5
      stinkt=0.5 smell=1 smells=1 music=0.3 party=0.5 parties=0.5 drunk=1 neighbours=0.5
      neighbors=0.5 bar=0.5 pub=0.5 late_at_night=1.5 all_night=1.5 every_night=1`,
  },
  animals: {
    issue: `rat=3 ratten*=3 ratje*=2.5 muis=2 muizen*=2.5 ongedierte*=3 duiven*=2.5 duif=2 meeuw*=2.5
      ganzen*=2.5 ganzenpoep=3 wesp*=2.5 eikenprocessierups*=3 processierups*=3 rupsen=2 rups=2
      muggen*=2.5 kakkerlak*=3 bedwants*=3 vlooien=2 kadaver*=3 dierenambulance=3 dood_dier=3
      dode_dieren=3 dode_vos=3 dode_kat=3 dode_hond=3 dode_vogel*=3 dode_egel=3 dode_ree=3
      loslopende_hond*=3 loslopend*=2 aangelijnd=2 aanlijnplicht=2.5 hondenbeet=3 gebeten=2
      bijtincident=3 zwerfkat*=3 zwerfhond*=3 molshopen=2 plaag=1.5 duivenpoep=3 meeuwenoverlast=3
      rat=3 rats=3 rodent*=3 mice=2.5 vermin=3 pest=1.5 pests=2 pigeon*=2.5 geese=2.5 goose=2
      gull*=2 seagull*=2.5 wasp*=2.5 hornet*=2.5 mosquito*=2.5 cockroach*=3 roaches=2.5 bed_bugs=3
      bedbug*=3 caterpillar*=2 stray_dog*=3 stray_cat*=3 strays=2 stray=1.5 dog_bite*=3 bitten=1.5
      dead_animal*=3 dead_dog*=3 dead_cat*=3 dead_bird*=3 dead_deer=3 dead_fox=3 carcass*=3
      roadkill=3 foxes=2 street_dogs=3 street_dog=3 animal_control=2.5 loose_dog*=2.5 off_leash=2 infestation=3 infested=3`,
    object: `vos=1.5 vossen=1.5 egel*=1 konijn*=1 kat=1 katten=1 hond=0.5 honden=0.5 hondjes=0.5
      vogels=0.5 spreeuwen=1.5 kraaien=1.5 insecten=1.5 vissen=0.5 dieren=0.5
      fox=1.5 deer=1 cows=1 cattle=1 snake*=1.5 dogs=0.5 dog=0.5 cats=0.5 birds=0.5 insects=1`,
  },
  safety: {
    issue: `inbraak*=3 inbraken=3 inbreker*=3 ingebroken=3 woninginbra*=3 diefstal*=3 fietsendiefstal=3
      gestolen=2.5 gejat=2.5 dieven=2.5 zakkenroller*=3 overval*=3 beroofd=3 straatroof=3
      vernield*=2.5 vernieling*=2.5 vandalisme=3 vandalen=3 ingeslagen=2.5 opengebroken=3
      in_brand_gestoken=3 brandstichting=3 autobrand*=3 intimidatie=3 intimiderend*=2.5 bedreigd=2
      bedreiging*=2 nageroepen=2.5 lastiggevallen=2.5 steekpartij*=3 schietpartij*=3 geweld=2
      mishandel*=2.5 onveilig!=2 onveilige!=2 onveiligheid=2.5 pikdonker=1.5 probleemplek*=2.5
      criminaliteit=2 explosie*=2.5 plofkraak*=3 gestoken=1.5 stenen_gooien=2.5 gooien_stenen=2.5
      met_stenen=2 opgeblazen=3 durven_er_niet=2 durf_er_niet=2 durven_niet=2 durf_niet=1.5
      kapotgeschopt=2.5 eruit_geschopt=2.5 onveilig_gevoel=2.5
      burglar*=3 break_in*=3 broken_into=3 broke_into=3 theft*=3 stolen=2.5 stealing=2.5
      thieves=3 thief=2.5 robbery=3 robbed=2.5 mugged=3 mugging*=3 vandal*=3 smashed=2 shoplift*=2.5
      harass*=2.5 intimidat*=2.5 assault*=2.5 stabbing*=3 unsafe!=2 crime*=2 arson=3
      set_on_fire=2.5 throwing_stones=2.5 threw_stones=2.5 death_trap=2.5 feels_unsafe=2.5`,
    object: `politie=1 wijkagent*=1 camera*=1 cameratoezicht=1.5 toezicht=1 donker=0.5 hekken=0.5
      police=1 cctv=1.5 dark=0.5 at_night=0.5`,
  },
  housing: {
    issue: `schimmel*=3 vocht*=2 lekkage*=2.5 tochtig*=2 huisjesmelker*=3 leegstand*=3 leegstaan*=2.5
      staat_leeg=2.5 staan_leeg=2.5 dichtgetimmerd*=2.5 verpauper*=3 verloedering=2.5 airbnb*=2.5
      vakantieverhuur=3 overbewoning=3 kamerverhuur*=2 huurcommissie=2.5 huurverhoging=2
      uitzetting*=2.5 achterstallig_onderhoud=2.5 geen_verwarming=2.5 natte_muren=2.5
      lek=1.5 woningnood=1.5 onbewoonbaar=3 krot*=2.5 tochtige=2
      mould=3 mold=3 mouldy=3 moldy=3 black_mould=3 damp=2 landlord*=2 eviction*=2.5 evicted=2.5
      vacant=2 empty_home*=2.5 empty_house*=2.5 derelict=2.5 boarded_up=2.5 squatters=2.5
      overcrowd*=1.5 holiday_let*=2.5 short_let*=2 no_heating=2.5 slumlord*=3`,
    object: `huurwoning*=1.5 huurhuis=1.5 huur=1 huurder*=1 verhuurder*=1.5 huisbaas=1.5
      huurbaas=1.5 huurteam=1.5 dak=0.5 woningcorporatie*=1.5 corporatie*=1.5 woonstichting=1.5 arbeidsmigranten=1.5 studentenhuis=1
      portiek*=1 portiekflat*=1.5 flat=0.5 flats=0.5 woning=1 woningen=0.5 renovat*=1.5
      verwarming=1 cv=1 cv_ketel=1.5 ramen=0.5 isoleren=1 geisoleerd=1 wachtlijst*=1.5 dakloze*=1.5
      woonblok=1 blok=0.5 lift=0.5 liften=0.5 trappenhuis=1 kamer=0.3
      tenant*=1.5 rent=1 rental*=1 housing=1 social_housing=1.5 council_housing=1.5
      housing_association=2 block_of_flats=1.5 heating=1 repairs=1 waiting_list*=1.5 homeless*=1.5
      apartment*=0.5 hallway=0.5 leak=1`,
  },
  plans: {
    issue: `bestemmingsplan*=3 omgevingsplan*=3 omgevingsvergunning*=2.5 bouwplan*=3 bouwproject*=2.5
      bebouw*=2 windmolen*=2.5 windturbine*=2.5 zonnepark*=2.5 zonneweide*=2.5 sloop*=2 gesloopt=2
      slopen=2 azc=3 azcs=3 asielzoekerscentrum=3 noodopvang=2 woontoren*=2.5 hoogbouw=2.5
      inspraak*=2.5 inspraakavond=3 informatieavond=2 bezwaar*=2 zienswijze*=3 raadsvergadering=2
      herinrichting=2.5 projectontwikkelaar*=2.5 distributiecentrum=2 datacenter*=2 bouwput=1.5
      want_to_build=2 public_meeting=2 handtekeningenactie=2 niemand_is_gevraagd=2 niemand_gevraagd=2 niet_gevraagd=1.5
      nobody_was_asked=2 was_not_consulted=2 nieuwe_woonwijk=2 wordt_gebouwd=1.5 gaat_gebouwd=1.5 ligt_stil=1.5
      planning_application*=3 planning_permission=3 zoning=2.5 rezoning=3 property_developer*=2.5
      housing_development*=2.5 demolition=2.5 demolish*=2.5 wind_farm*=2.5 wind_turbine*=2.5
      solar_farm*=2.5 tower_block*=2 high_rise=2 consultation=2 objection*=1.5 object_now=2
      illegal_construction=2.5 unauthorised_construction=2.5 redevelopment=2.5 green_belt=2.5 bulldoz*=2 asylum_centre=2.5 new_estate=2`,
    object: `nieuwbouw*=1.5 woningbouw=1.5 bouwen=1 gebouwd=1 opvang=1 verdiepingen=1.5 gemeenteraad=1.5
      plan=0.5 plannen=0.5 bedrijventerrein*=1.5 parkeergarage=1 vergunning*=1 bouwplaats=1.5
      bouwterrein=1.5 monument*=1 omwonenden=1 woonwijk=0.5 planning=0.5 petitie=1 raad=0.5
      storey=1.5 storeys=1.5 construction=1 development*=1 proposal*=1 petition=1 council_meeting=2
      conservation_area=1.5`,
  },
  amenities: {
    issue: `gaat_dicht=2 sluit_de_deuren=2 sluiting=1.5 bezuinig*=2 afgezet=1.5
      speeltuin_kapot=3 voorziening_weg=2.5 geen_winkel=2 geen_pinautomaat=2.5
      closing_down=2 is_closing=2 closure=1.5 shut_down=1.5 fenced_off=2 council_cuts=2.5 cuts=1`,
    object: `speeltuin*=1.5 speeltoestel*=1.5 speelplaats*=1 speelveld*=1.5 glijbaan=1.5 schommel*=1.5
      buurthuis=1.5 wijkcentrum=1.5 dorpshuis=1.5 buurtcentrum=1.5 bibliotheek*=1.5 bieb=1.5
      zwembad*=1.5 sportpark*=1.5 sportveld*=1.5 voetbalveld*=1.5 basketbalveld*=1.5 trapveld*=1.5
      kleedkamer*=1.5 supermarkt=1 winkel=0.5 winkels=0.5 pinautomaat*=2 geldautomaat*=2
      pinautomaten=2 brievenbus*=1.5 postkantoor=1 school=0.5 basisschool=0.5 openbaar_toilet*=2
      openbare_toiletten=2 toiletten=1 bankjes=1 voorziening*=1.5 huisarts*=1 apotheek=1
      jeugdhonk=1.5 speelruimte=1.5 weekmarkt=1 markt=0.5 dicht=0.5 winkelcentrum=0.5 ouderen=0.5 petitie=1
      playground*=1.5 play_area*=1.5 swings=1.5 community_centre=1.5 community_center=1.5
      library=1.5 libraries=1.5 leisure_centre=1.5 swimming_pool=1.5 sports_field*=1.5
      cash_machine*=2 atm=1.5 atms=1.5 post_office=1.5 public_toilet*=2 toilets=1 toilet=1
      school=0.5 shops=0.5 closing=1 removed=1 youth_club=1.5 playing_fields=1.5 playing_field=1.5`,
  },
  environment: {
    issue: `luchtkwaliteit=2.5 luchtvervuiling=2.5 fijnstof*=2.5 roet=2.5 grafiet*=3 houtstook=3
      houtrook=3 rook=1.5 houtkachel*=2 stookverbod=2.5 smog=2.5 bodemverontreiniging=3
      bodemvervuiling=3 vervuil*=2 verontrein*=2.5 gif=1.5 giftig*=2 vergif*=2 pfas=3 genx=3
      asbest*=3 lood=1.5 chemisch*=1.5 fakkel*=2 hittestress=3 mestverwerk*=2.5 geurhinder=3
      geuroverlast=3 kerosine*=2 vliegtuiglawaai=2.5 laagvliegende=2 zwarte_rook=3 stinkende_lucht=2.5
      air_quality=2.5 air_pollution=2.5 pollution=2.5 polluted=2.5 polluting=2.5 smoke=1.5
      wood_smoke=3 wood_burning=3 wood_burner*=2.5 fumes=2 emission*=1.5 burning=1.5
      open_burning=3 burning_garbage=3 burning_waste=3 burning_plastic=3 soot=2.5 dust=1.5
      particulate*=2.5 contaminat*=2 asbestos=3 toxic=2 heat_island=2.5 incinerator=2.5 chemical_smell=3`,
    object: `uitstoot=1.5 hitte=1.5 hittegolf=0.5 mest=1 geur=1 fabriek*=1 industrie=1 vliegtuigen=1
      milieu*=1 astma=1.5 benauwd=1 gezondheid=0.5 ongezond=1 stikstof=0.5 alles_steen=1.5
      factory=1 factories=1 industrial=1 heat=1 heatwave=0.5 asthma=1 chemical*=1.5 stove=1 exhaust*=1
      soil=1 health=0.5 plastic=0.5`,
  },
  transit: {
    issue: `bushalte_opgeheven=3 halte_opgeheven=3 rijdt_niet_meer=2.5 rijdt_niet=1.5 rijdt_om=1.5
      ingekort=1.5 geschrapt=1.5 buslijn_weg=3 slecht_bereikbaar=2 slechter_bereikbaar=2
      niet_toegankelijk=2 ontoegankelijk=2 route_cut=2.5 service_cut*=2 bus_cut*=2 cut_the=1
      no_way_home=1.5 no_bus=2 no_buses=2 not_accessible=2 inaccessible=2 stuck_open=1`,
    object: `bushalte*=2 halte*=1.5 bus=1 bussen=1 buslijn*=2 lijn=0.5 tram=1.5 trams=1.5 tramlijn*=2
      tramhalte*=2 metro=1 station=1 perron*=1.5 abri*=2 ov=1 openbaar_vervoer=1.5 dienstregeling=1.5
      belbus=2 buurtbus=2 ov_chip*=1.5 chipkaartpaal=1.5 trein=1 treinen=1 roltrap*=1.5 lift=0.5
      rolstoel*=1 toegankelijk*=1.5 overstappen=1 bereikbaar*=1 busstation=1.5 instappen=1
      chauffeur*=1 dorpen=0.3 ns=0.5 rolstoelers=1
      bus_stop*=2 buses=1 bus_route*=2 bus_service*=2 train_station=1.5 platform=0.5 timetable*=1.5
      bus_shelter*=2 shelter=0.5 elevator*=0.5 wheelchair*=1 accessib*=1 step_free=2
      public_transport=1.5 commute*=0.5 delayed=0.5 drivers_are_refusing=1.5 tube=0.5 subway=0.5`,
  },
};

/**
 * Local issues that fit no taxonomy category (Signalen's "overig"): a complaint about these is
 * local, and its category is `other`.
 */
export const OTHER_ISSUES = `stroomstoring*=2 storing=1 zendmast*=1.5 mobiel_bereik=2 geen_bereik=2 brievenbus*=1
  straatnaambord*=1 kerkklok*=1 meldingsformulier=1.5 power_cut*=2 power_outage*=2 blackout=1.5
  no_power=2 no_signal=1.5 postbox=1 street_sign*=1`;

/**
 * Cues that hold for any category: a post that complains, says where, or asks someone to act.
 * They make a post local, never decide its category.
 */
export const GENERAL_VOCABULARY = {
  problem: `kapot!=1.5 kapotte!=1.5 defect*!=1.5 beschadigd*!=1.5 omgevallen=1.5 gevaarlijk!=1.5
    gevaarlijke!=1.5 levensgevaarlijk=2 verwaarloosd*=1.5 verloederd*=2 al_weken=1.5 al_maanden=1.5
    al_dagen=1.5 al_jaren=1.5 nog_steeds=1 alweer=1 weer_eens=1 elke_keer=0.5 niemand=1
    opgeheven=1.5 gebeurt_niks=1.5 gebeurt_niets=1.5 al_sinds=1.5 blijft_open=1.5 niet_langs=1.5 omvalt=1.5
    omvallen=1.5 kunnen_niet_meer=1 kan_niet_meer=1 nooit_op_tijd=2 moet_beter=1.5 woedend=1
    slecht=0.5 duurt_te_lang=1.5 doet_niks=1.5 doet_niets=1.5 doe_er_iets_aan=2 doe_iets=1.5
    doe_eens_iets=1.5 wie_ruimt=1.5 wanneer_wordt=1 wanneer_komt=1 kan_iemand=1 melding=1.5
    meldingen=1 gemeld=1.5 melden=1 meldpunt=1 klacht*=1.5 schande=1 schandalig=1 belachelijk=1
    ergernis*=1 irritant=0.5 zijn_het_zat=1.5 is_het_zat=1.5 stinkt=1.5 stinken=1.5
    stinkend*=1.5 *overlast=2 last_van=1 hinder*=1 probleem!=1 problemen!=1 werkt_niet=1.5
    werken_niet=1.5 doet_het_niet=1.5 doen_het_niet=1.5 niet_gerepareerd=2 gerepareerd_worden=1.5
    repareren=1 vervangen=0.5 weghalen=1 weggehaald=1 schade!=1 handhaving=1 handhaaf*=1.5
    handhaven=1 waar_zijn_jullie=1 niet_normaal=1 gevaar=1 lekt=1
    puinhoop=0.5 bende=0.5 niemand_doet=1.5 zonde=0.5 reageert_niet=1.5 geen_reactie=1.5
    broken!=1.5 not_working=2 not_work=1.5 out_of_order=2 damaged!=1.5 collapsed=1 blocked=1.5
    overflowing=2 overflow=1.5 leaking=1.5 dangerous!=1.5 hazard*=2 hazardous=2 filthy=1.5
    dirty=1 disgusting=1 stinks=1.5 stinking=1.5 smelly=1.5 still_not=1.5 for_weeks=1.5
    for_months=1.5 for_days=1.5 since_weeks=1.5 weeks_now=1 nobody=1 no_action=2 no_response=1.5
    please_fix=2 fix_it=1.5 fix_this=1.5 get_it_fixed=1.5 fix=1 fixed=0.5 dangling=1.5 damage!=1 difficult=0.5 piling_up=1.5
    liggen_los=2 ligt_los=2 nek_breken=1.5 er_niet_over=1.5 er_niet_door=1.5 er_niet_langs=1.5
    niet_meer_door=1.5 kunnen_er_niet=1.5 belt_niet_terug=1.5 was_cut=1.5 been_cut=1.5
    bad_condition=2 poor_condition=2 pathetic_condition=2 not_maintained=2 poorly_maintained=2
    no_maintenance=2 lack_of=1 no_proper=1 inconvenience=1.5 inconvenient=1 accident_prone=2
    unattended=1.5 getting_worse=1.5 fallen=1 should_be_removed=1.5 should_be_cleared=1.5 should_be_cleaned=1.5
    should_be_repaired=1.5 should_be_fixed=1.5 must_be_removed=1.5 must_be_cleared=1.5
    has_to_be=1 scary=0.5 causing=1 causes=1 blocking=1.5 get_hurt=1.5 be_hurt=1.5 serious_problem=1.5 mess=1
    suffering=1 harmful=1.5 rusted=1.5 rusty=1 short_circuit=1.5 uncomfortable=0.5 messy=1 stinky=1.5 immediate_action=1.5 no_place_to_walk=2
    please_clean*=1.5 please_clear*=1.5 hanging_down=1 clogging=1.5 please_help=0.5 please=0.5
    lying_on_the_road=1.5 lying_in_the_road=1.5 lying_on_the_street=1.5 lying_in_the_street*=1.5
    piled_up=1.5 difficult_to_walk=1.5 hard_to_walk=1.5 cannot_walk=1.5 unable_to_walk=1.5
    no_space_to_walk=2 kindly=1 requesting=1 request=0.5
    complain*=1.5 complaint*=1.5 reported=1.5 report_it=1 take_action=1.5 needs_to_be=1
    not_cleared=2 not_cleaned=2 not_repaired=2 not_fixed=2 repair=1 repaired=1 menace=2
    health_hazard=2 problem!=1 problems!=1 issue!=0.5 nuisance_to=1 sick_of=1 fed_up=1
    pathetic=1 useless=1 neglected=1.5 ignored=1 months_now=1 still=0.3 again=0.3 risk=0.5
    diseases=1 disease=1 unbearable=1.5`,
  place: `buurt=1 wijk=1 buurtje=1 wijkje=1 straat=1 straatje=1 onze_straat=1.5 in_de_straat=1
    bij_ons=1 voor_de_deur=1.5 om_de_hoek=1 voor_ons_huis=1.5 naast_ons=1 ons_dorp=1.5
    het_dorp=1 dorp=0.5 binnenstad=1 centrum=0.5 hier=0.5 in_de_buurt=0.5 buurtbewoners=1.5
    bewoners=1 omwonenden=1.5 buurman=0.5 buurvrouw=0.5 buurtapp=1.5 buurt_app=1.5 gemeente=1.5
    stadsdeel=1.5 wijkteam=1 hoek=0.5 t_h_v=1.5 thv=1.5 ter_hoogte_van=1.5 tegenover=0.5
    woonwijk=1 nieuwbouwwijk=1 onze_wijk=1.5 de_wijk=1 in_het_dorp=1 achter_de_flat=1 bij_de_flat=1
    our_street=1.5 our_road=1.5 our_area=1.5 my_street=1.5 this_street=1 the_street=0.5
    our_neighbourhood=1.5 our_neighborhood=1.5 neighbourhood=1 neighborhood=1 locality=1.5
    public_place*=1 public=0.5 residents=1 residential=1 locals=0.5 local=0.5 estate=0.5 village=0.5 town=0.3 area=0.3
    near=0.3 opposite=0.5 in_front_of=0.7 outside_my_house=1.5 outside_our_house=1.5 corner=0.5
    lane=0.3 main_road=0.5 council=1 city_council=1.5 councillor*=1.5 councilor*=1.5
    municipality=1 municipal=1 authorities=1.5 officials=1 local_authority=1.5 mayor=0.5`,
  /** National politics, far-away news, sport, advertising and private life: not a local issue. */
  offTopic: `kabinet=2 minister*=2 staatssecretaris=2 premier=1.5 tweede_kamer=2.5 eerste_kamer=2
    kamerlid*=2.5 kamerleden=2.5 kamervragen=2.5 kamerbrief=2.5 kamerdebat=2.5
    kamermeerderheid=2.5 motie*=2 amendement*=2 wetsvoorstel*=2.5 initiatiefwet*=2.5 deze_wet=1.5 nieuwe_wet=1.5
    wetgeving=1.5 coalitie*=2 oppositie=2 fractie*=2 partij=1.5 partijen=1 regering*=2
    rijksoverheid=2 rijk=1 landelijk*=2 nationaal=2 nationale=2 europees=1.5 europese=1.5
    europa=1.5 eu=1.5 nederland=1.5 nederlandse=1 nederlanders=1 in_nederland=2 hele_land=1.5
    het_land=1 ons_land=1.5 jaarlijks=0.5 per_jaar=0.5 steden=1 klimaatakkoord=2 klimaat*=1
    energietransitie=1.5 economische=1 corona*=1.5 covid*=1.5 lockdown=1.5 pandemie=1.5 virus=1
    vaccin*=1.5 rivm=1.5 ziekenhuis*=1 zorg=1 zorgmedewerkers=1 verpleeg*=1 huiselijk_geweld=2
    cadeautje=1 bedrijf=1 binnen_24_uur=1.5 bel_voor=2 bel_onze=2 bij_u=1.5 voor_u=1 gratis=1 wij_bestrijden=1.5 wij_komen=1.5 wij_leveren=1.5
    wij_helpen=1 thousands=1 millions=1 footage=1 caught_on_camera=1.5 geen_zin=1 begroting*=2 debat*=1.5
    verkiezing*=1.5 formatie=1.5 binnenhof=2 rutte=2 schoof=2 wilders=2 omtzigt=2 timmermans=1.5
    pvv=2 vvd=2 cda=2 d66=2 pvda=2 groenlinks=2 christenunie=2 sgp=2 pvdd=2 fvd=2 ja21=2 bbb=1.5
    nsc=1.5 50plus=1.5 raad_van_state=2 toeslagenaffaire=2.5 belastingdienst=1.5 cbs=1
    defensie=1.5 migratie=1.5 asielbeleid=2 pensioen*=1.5 economie=1.5 inflatie=1.5 politiek*=1
    politici=1.5 democratie=1.5 grondwet=2 sancties=1.5 navo=2 gemeenten=1 alle_gemeenten=1.5
    burgemeesters=1 provincies=1 hoorzitting=1.5 initiatiefnota=2 ministerie*=2 stemmen=0.5
    tk2025=2 tk2023=2 werkbezoek=1.5 zzpers=1
    congress=2 senate=2 senator*=2 parliament*=2 prime_minister=2 president*=2 presidential=2
    white_house=2 government*=1 election*=1.5 democrat*=2 republican*=2 gop=2 tory=1.5 tories=2
    legislation=1.5 nationwide=1.5 national=1 federal=1.5 tariff*=1.5 immigration=1.5 trump=2
    biden=2 brexit=2 pmqs=2 politics=1 politicians=1 mps=1 infrastructure_bill=2
    wedstrijd*=1.5 doelpunt*=1.5 goal=1 goals=1 scoorde=1.5 gescoord=1.5 kampioen*=1.5
    competitie=1 eredivisie=2 ajax=2 psv=2 feyenoord=2 vitesse=2 nec=1 fc=1 oranje=1 elftal=1.5
    trainer=1 scheidsrechter=2 penalty=1 var=0.5 kwartfinale*=2 halve_finale=2 finale=1.5
    semi_final*=2 league=1.5 premier_league=2 champions_league=2 arsenal=2 liverpool=1.5
    chelsea=1.5 nba=2 nfl=2 playoff*=2 marathon=1.5 10k=1.5 halve_marathon=2 wielren*=1.5
    etappe=2 tour_de_france=2.5 f1=2 formule_1=2 verstappen=2 coureur=2 qualifying=1.5 lap=1
    hockey=1.5 schaatsen=1 elfsteden*=2 olympische=1.5 olympics=1.5 supporters=1 kuip=1.5
    voetbal=1 football=1 soccer=1 transfer=1 match=1 season=0.5 team=0.5
    korting=2 kortingscode=2.5 aanbieding*=2 bestel=1.5 bestellen=1.5 bestelling*=1.5
    gratis_verzending=2.5 verzending=1 webshop=2 link_in_bio=2.5 sale=1.5 shop_now=2.5 use_code=2.5
    gebruik_code=2.5 offerte*=2 vakkundig=1.5 betaalbaar=1 erkend=1 bel_nu=2 call_us=2 call_now=2
    24_7=1.5 dm_ons=1.5 dm_us=1.5 vraagprijs=2.5 te_koop=2 te_huur=1.5 in_de_verkoop=2 bezichtig*=2
    k_k=1.5 kosten_koper=2 makelaar*=1.5 giveaway=2.5 winactie=2.5 tag_een_vriend=2 like_en_deel=2
    free_shipping=2.5 checkout=1.5 discount*=2 promo*=1.5 order_now=2 nieuwe_collectie=2
    collectie=1 webinar=2 meld_je_aan=1.5 vacature*=2 zoekt_medewerkers=2 salaris=1 hiring=2
    voorrijden=1.5 same_day=1.5 ontstop*=1 bespaar=1.5 energierekening=1 tuinmeubelen=1
    jarig=1.5 verjaardag*=1.5 birthday=1.5 netflix=1.5 koorts=1 ziek=0.5 sick=0.5 wish_me_luck=1.5
    love_you=1.5 lol=0.5 haha*=0.5 omg=0.5 boyfriend=1 girlfriend=1 job_interview=1.5 examen*=1
    tentamen*=1 toetsen=1 deadline*=1 huiswerk=1 homework=1 essay=1 podcast=1.5 documentaire=1.5
    album=1.5 film=1 serie=1 movie=1.5 recept=1 pizza=1 pannenkoeken=1 puzzelen=1 schoonmoeder=1
    gym=1 workout=1 iphone=1.5 rijbewijs=1 zwemles=1 diploma=1 verhuisd=1 moved_into=1
    schoonmaakbedrijf=1 glazenwasser=1.5 stock_market=1.5 portfolio=1 website=1 blog=1
    kerstdiner=1 kerstboom=1 date_vanavond=1 mijn_tuin=1.5 de_tuin=0.3 in_huis=0.5 thuis=0.5
    deurmat=0.5 badkamer=0.5 keuken=0.3 at_home=0.5 my_room=1 kitchen_sink=1 plumber=1
    loodgieter=1 kookkunsten=1 trui=1 puppycursus=1 kittens=1`,
  /** Praise and contentment; a sarcasm marker turns them into complaints instead. */
  positive: `mooi=1 mooie=1 mooiste=1 prachtig*=1.5 heerlijk*=1.5 gezellig*=1.5 geweldig*=1 top=0.5
    super_blij=1.5 blij=1 trots=1 compliment*=1.5 bedankt=0.5 dank_aan=1 succes=1 aanrader=1.5
    genieten=1.5 opschoondag=1.5 opschoonactie=1.5 schoonmaakactie=1.5 clean_up_day=1.5
    litter_pick*=1.5 opgelost=1.5 netjes=1 welkom=1 eindelijk_open=1.5 gewonnen=1
    happy=1 love=1 lovely=1.5 beautiful=1.5 great=0.5 amazing=1 thanks_to=1 thank_you=1
    congrat*=1.5 proud=1 welcome=1 fun=0.5 enjoy*=1 yay=1 look_great=1.5 looks_great=1.5`,
  /** Consumes phrases whose words would otherwise be read as cues. */
  neutral: `rat_race=0 throw_a=0 waste_of=0 wasted=0 on_the_verge=0 niet_alleen=0 not_only=0 no_doubt=0
    traffic_to=0 website_traffic=0 trash_talk=0 code_oranje=0 code_rood=0 zo_snel_mogelijk=0
    bij_ons_thuis=0`,
};

/**
 * Other countries, foreign cities and disasters: far-away news. In a Dutch post they outweigh any
 * topic (see `classifyPost`); an English post may well be local to somewhere abroad.
 */
export const FAR_AWAY = `amerika=1.5 amerikaanse=1.5 verenigde_staten=1.5 usa=1.5 china=1.5 chinese=1 rusland=1.5
  russia=1.5 oekraine=1.5 ukraine=1.5 gaza=2 israel=1.5 palestin*=1.5 iran=1.5 irak=1.5
  iraq=1.5 syrie=1.5 syria=1.5 afghanistan=1.5 turkije=1.5 turkey=1 spanje=1.5 spain=1.5
  italie=1.5 italy=1.5 frankrijk=1.5 france=1.5 duitsland=1.5 germany=1.5 engeland=1 griekenland=1.5
  greece=1.5 japan=1.5 pakistan=1.5 bangladesh=1.5 brazilie=1.5 brazil=1.5 mexico=1.5 canada=1.5
  australie=1.5 australia=1 afrika=1 africa=1 soedan=1.5 sudan=1.5 jemen=1.5 yemen=1.5
  libanon=1.5 lebanon=1.5 venezuela=1.5 noord_korea=1.5 north_korea=1.5 ijsland=1.5 iceland=1.5
  georgie=1.5 florida=1.5 californie=1.5 california=1.5 texas=1.5 new_york=1.5 parijs=1.5
  paris=1.5 londen=1.5 berlijn=1.5 berlin=1.5 barcelona=1.5 madrid=1.5 rome=1.5 moskou=1.5
  moscow=1.5 kyiv=1.5 kiev=1.5 washington=1.5 beijing=1.5 peking=1.5 tokio=1.5 tokyo=1.5
  delhi=1.5 sevilla=1.5 seville=1.5 valencia=1.5 genua=1.5 genoa=1.5 istanbul=1.5 brussel=1.5
  buitenland=1.5 wereldwijd=1.5 ter_wereld=1.5 internationaal=1 abroad=1.5 overseas=1.5
  worldwide=1.5 global=1 aardbeving*=1.5 earthquake*=1.5 tsunami*=1.5 orkaan*=1.5 hurricane*=1.5
  vulkaan*=1.5 volcan*=1.5 bosbrand*=1.5 wildfire*=1.5 oorlog*=1.5 war=1 beschieting*=1.5
  bombardement*=1.5 shelling=1.5 humanitair*=1.5 humanitarian=1.5 tientallen_doden=2
  death_toll=1.5 breaking_news=1.5 evacueren=1 geevacueerd=1 evacuated=1 displaced=1 giro_555=2
  staking=0.5`;

/** Words before a cue that cancel it, if it is marked `!`. */
export const NEGATORS = 'niet geen nooit zonder noch not no never without nothing none nor';

/**
 * A topic word near one of these is a figure of speech ("mijn inbox is een vuilnisbelt", "this
 * movie is garbage"): the subject is private, online, political or a game, not a place.
 */
export const METAPHOR_SUBJECTS = `inbox mailbox brein hersenen geheugen relatie huwelijk agenda
  tijdlijn timeline feed twitter facebook instagram groepsapp whatsapp telefoon laptop computer pc
  code buik maag darmen ziel gedachten internet verdediging serie film album woningmarkt beurs trui
  brain memory relationship marriage schedule calendar desk closet wardrobe phone email emails
  portfolio defence defense movie episode song book playlist stomach mijn_hoofd mn_hoofd my_head
  my_mind mijn_kamer mn_kamer my_room mijn_auto mn_auto my_car mijn_leven my_life`;

/** Cheap sarcasm markers: they turn praise into complaint and stop negation from cancelling. */
export const SARCASM_MARKERS = `lekker_bezig goed_bezig knap_hoor top_geregeld wat_een_service
  yeah_right thanks_a_lot thanks_for_nothing zei_niemand_ooit said_no_one_ever said_nobody_ever
  sarcasme sarcasm`;

/** For the tone: swearing and abuse, and threats. */
export const SWEARING = `kut* klote* godverdomme godver* tering* kanker* tyfus* kolere* verdomme
  shit* fuck* wtf waardeloos belachelijk schandalig idioten idioot debielen sukkels
  klootzak* hufter* asociaal* asocialen tokkie* damn crap bloody idiot* morons ridiculous
  disgrace pathetic outrageous pissed`;

export const THREATS = `ik_sla ik_maak_ze ik_ga_ze opknopen ophangen neerschieten afmaken
  moeten_dood ik_weet_waar ik_steek i_will_kill kill_them burn_it_down i_know_where
  gonna_kill`;
