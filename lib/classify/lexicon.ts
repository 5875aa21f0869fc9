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
 *   a_b_c*      consecutive words; the last may be a stem
 *   !           the cue is cancelled by a negation just before it ("geen overlast", "not dangerous");
 *               nouns of things are not marked, because a missing thing is a complaint itself
 *               ("geen verlichting", "no bus after 7pm")
 *   ~           (instead of `!`) a symptom: what a problem leads to, not the problem ("stank",
 *               "mosquitoes"); its category counts only when the post names no cause of another
 *               category ("stank uit het riool" is about the sewer)
 *   =2.5        weight, instead of the section's default (after the `!` or `~`: "overlast!=2")
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
      illegaal_gestort=3 gedumpt=2.5 dumpt=2.5 dumpen=2.5 achtergelaten=1.5 weggegooid=1.5 dumping*=3 stort=1 graffiti=3 graffity=3 bekladding*=3 volgekalkt=3 bekalkt=2.5 getagd=2 gekladder=2.5 volgeklad*=3 geklad=2 drugsafval=3 drugsdump*=3 got_tagged=3 vol_tags=3 tagged_over=3 tagged=1.5 tagging=2 covered_in_tags=3 dog_foul*=3 bag_it=2 schijten=2 kakken=2 laat_zn_hond=2 ruim_je_zooi=2.5 do_its_business=2.5 not_picking_it_up=2.5 sluikstort*=3
      beklad=2.5 wildplak*=3 wildgeplakt=3 hondenpoep*=3 hondenstront=3 hondendrollen=3 poep
      stront=1.5 uitwerpselen troep!=1.5 rommel!=1.5 zooi!=1 smerig=1 vies=1 viezigheid=1.5
      niet_opgehaald=3 niet_geleegd=3 niet_leeggemaakt=3 puilen_uit=2.5 puilt_uit=2.5 uitpuilend*=2.5
      overvol* sigarettenpeuk*=2.5 peuken glasscherven scherven=1.5 blikjes=1 bijplaatsing*=2.5
      ernaast=1 naast_de_container*=2.5 ruim_het_op wie_ruimt=1.5 veegwagen=1.5 straatvegen
      garbage*=3 kooda=2.5 kachre=2.5 gandagi=2.5 trash rubbish=2.5 litter*=3 fly_tipping=3 flytipping=3 fly_tipped=3 dump
      dumped dumping=2.5 dumps waste=2.5 wastes=2.5 dustbin* no_dustbin*=2.5 thrown=1.5 bin_bags binbags not_collected=3
      uncollected=3 not_emptied=3 not_been_collected=3 been_collected=1 dog_poo*=3 dog_mess=3
      dog_fouling=3 dog_waste=3 not_segregated waste_segregation poop=1.5 filth filthy=1.5 unclean* unhygienic landfill
      plastic_waste=2.5 broken_glass rubble construction_debris=2.5 throw=1 rotting=1.5 debris=1.5 cigarette_butts=2.5 litterbugs=3
      fly_posting=2.5 flyposting=2.5 fly_posters=2.5 illegal_posters overflowing_bin*=2.5
      bins_overflowing=2.5 bin_overflowing=2.5 refuse_collection=3 bin_collection=2.5
      recycling_collection missed_collection=2.5 black_bags=1.5 plastic_bags=1.5
      plastic_bottles=1.5 strewn littered=2.5 heaps_of_garbage=3 piles_of_rubbish=3
      spitting=1.5 dog_dirt=2.5 dog_droppings=2.5 droppings afvaldump*=3 vuilstort
      rotzooi!=1.5 drollen hondenkak=2.5 plastic_zakken=1.5 plastic_flessen=1.5 flesjes=1
      zakken_afval=2.5 afval_naast=2.5 vuil_naast=2.5
      vol_met_glas=2.5 vol_glas=2.5
      burning_garbage=2.5 burning_waste=2.5
      burning_rubbish=2.5 burning_trash=2.5 garbage_burning=2.5 waste_burning=2.5
      burning_of_garbage=2.5 burning_of_waste=2.5 burn_garbage=2.5 burn_waste=2.5
      burns_garbage=2.5 burnt_garbage=2.5 garbage_is_burnt=2.5
      garbage_being_burnt=2.5 garbage_being_burned=2.5 waste_is_burnt=2.5 afval_verbrand*=2.5
      verbranden_van_afval=2.5 stookt_afval=2.5
      segregation_of_waste=2.5 garbage_segregation=2.5 segregate_waste=2 segregate_the_waste=2
      mixed_waste=2.5 mixed_garbage=2.5 wet_waste=2 dry_waste=2 solid_waste=2.5 food_waste=2
      waste_management=2 garbage_management=2.5 garbage_dump*=3 dumpyard*=3 dump_yard*=3
      black_spot*=1.5 kachra=3 open_defecation=3 defecat*=2.5 spit=1 paan_stains=2.5 paan_spit=3 pasted_all_over=2.5 posters_pasted=2.5 bills_pasted=2.5
      dirt=1 muck=1.5 construction_waste=2.5 building_waste=2.5 debris_dumped=3
      not_lifted=2.5 not_been_lifted=2.5 not_being_collected=2.5 not_swept=2.5 unswept=2.5
      plastic_covers=1.5 plastic_cover=1.5 plastic_ban=2 ban_plastic*=2 single_use_plastic*=2
      polythene=1.5 thrown_on_the_road=3 throwing_garbage=3 throwing_waste=3 segregation=1
      not_picked=2 not_picked_up=2.5 cleaning_not_done=2.5 sweeping_not_done=2.5
      zero_collections=3 no_collections=2.5 no_collection=2 lelijke_tag=2.5 tag_overheen=2.5
      vol_met_tags=3 vol_met_graffiti=3 covered_in_graffiti=3
      poepen=2.5
    maden=1.5 maggots=1.5
    tags_op=2.5
    refuse_has=2.5
    illegal_hoardings=2.5 posters_plastered=2.5 plastered_all_over=2
    feestposters=2.5 stickers_geplakt=2.5 geplakt_op=2 tags_all_over=2.5 chuck_their=2 chucking=1.5
    refuse_heap=2.5 spray_can=2
    snoeiafval=2.5
    the_refuse=2 refuse_at=2`,
    object: `container*=1.5 *container=1.5 kliko*=1.5 glasbak*=1.5 papierbak*=1.5 prullenbak*=1.5 glasbol*=1.5
      afvalbak*=1.5 vuilnisbak*=1.5 *afvalbak=1.5 pmd=1.5 plastic=0.5 matras* bankstel=0.5
      vuilnisman=0.5 vuilniswagen* afvalstoffenheffing=1.5 opruimen=0.5 vegen=0.5
      bins=1.5 bin wheelie_bin*=1.5 recycling glass=0.5 sweeping sweeper*
      plastics cleaning trash_can*=1.5 garbage_truck* skip=0.5 mattress* fridge=0.5 sanitation=1.5 cleanliness=1.5
      litter_bin*=1.5 rubbish_bin*=1.5 garbage_bin*=1.5 bin_men binmen bin_day
      waste_collection=1.5 street_cleaning=1.5 street_sweeping=1.5 ophaaldag
      milieustraat stadsreiniging=1.5 veegdienst=1.5 reiniging afvalophaal*=1.5
      vuilnisophaal*=1.5 ondergrondse_container*=1.5 afvalpas
      glas
      dust_bin*=1.5 pourakarmika*=1.5 garbage_collector*=1.5 garbage_van*=1.5 garbage_vehicle*=1.5
      carry_bag*=1 sanitary=1 door_to_door_collection=1.5 garbage_lorry=1.5
    gft*=1 cans=1`,
  },
  roads: {
    issue: `gat_in_de_weg=3 gat_in_het_wegdek=3 gat_in_de_straat=3 gat_in_het_fietspad=3
      gat_in_de_stoep=3 gat_in_het_asfalt=3 gaten_in_de_weg=3 gaten_in_het_wegdek=3 gaten_in_de_straat=3
      gaten_in_het_fietspad=3 kuil*=2.5 wegdek=1.5 verzakt*=2.5 verzakking*=2.5 losliggend*=2.5
      stoeptegel* stoep_tegel* trottoirtegel*=2.5 gestruikeld=2 doormidden=1.5
      ingezakt=2 boomwortel*=2.5 straatlantaarn* lantaarnpa* lantaren*
      lantaarn* straatverlichting straatlamp* lichtmast* brandt_niet branden_niet
      doet_het_niet_meer=1 kademuur*=2.5 beschoeiing gladheid*=2.5 spiegelglad=2.5 gestrooid
      strooien=1.5 strooiwagen*=1.5 wegwerkzaamheden opgebroken ligt_open herbestrating
      bestrating=1.5 oneffen* hobbelig* scheur=1.5 scheuren_in=1.5 achterstallig_onderhoud
      gaten=1.5 vol_gaten=2.5 vol_scheuren=2.5 spekglad glibberig=1.5 hobbelbaan brugdek*=1.5
      pothole*=3 pot_hole*=3 potholed=3 crater*=2.5 uneven cracked=1.5 cracks=1.5 resurfac*
      streetlight* street_light* street_lamp* lamp_post* lamppost* lights_are_out
      hanging_wires=2.5 wires_hanging=2.5 hanging_cables=2.5 cables_hanging=2.5 loose_wires=2.5
      lights_out=1.5 hole=1.5 holes road_condition*=2.5 condition_of_the_road*=2.5
      roadwork* road_work* road_repair* dug_up road_damage*=2.5 broken_road=3
      damaged_road=3 road_is_damaged=3 bad_road*=2.5 encroach*=1.5 tarmac=1 asphalt=1
      loose_paving=2.5 broken_paving=2.5 cracked_pavement=2.5 broken_pavement=2.5
      broken_footpath=2.5 broken_streetlight*=2.5 light_is_out lights_not_working
      trip_hazard=2.5 tripped=1 impassable unmotorable=2.5 road_surface=1.5 sinkhole*=2.5
      caved_in subsidence dug_up_road=2.5 digging=1 scheve_tegels=2.5 losse_tegels=2.5
      tegels_liggen wegmarkering=1.5 belijning=1.5 onbegaanbaar struikel*
      verlichting_kapot=2.5 lamp_kapot lampen_kapot
      kapotte_bank
      wires_down=2.5 wire_is_down=2.5 wires_are_down=2.5 power_line_down=2.5 power_lines_down=2.5 big_rocks
      big_stones stones_lying rocks_lying stones_on_the_road=2.5 rocks_on_the_road=2.5
      boulders=1.5 bricks_lying sand_on_the_road=2.5 building_material*
      construction_material* bouwmateriaal=1.5 zand_op_de_weg=2.5
      streetlamp*=2 flickering=1.5 flickers=1.5
      pathhole*=3 path_hole*=3 pit=1.5 pits=1.5 open_pit*=2.5 deep_pit*=2.5 trench*=2
      dug=1 road_cutting=2.5 road_digging=2.5 road_dug=2.5 road_restoration=2 not_restored=2.5
      asphalting=1.5 tarring=1.5 re_tarring=1.5 broken_slab*=2.5 missing_slab*=2.5 slabs=1
      damaged_footpath*=2.5 broken_footpaths=2.5 footpath_encroach*=3 not_glowing=2
      no_street_light*=2.5 no_streetlight*=2.5 dark_stretch*=2 hanging_cable*=2.5 cable_wires=1.5
      road_is_bad=2.5 roads_are_bad=2.5 road_widening=2 debris_on_the_road=2.5
      mud_on_the_road=2.5 no_place_to_walk=2 no_space_to_walk=2 difficult_to_walk=2
      hard_to_walk=2 nowhere_to_walk=2 live_wire*=2.5 sunken=1.5 bruggetje=1.5 planken_los=2.5 open_stand=2 omrijden=1.5 werfmuur*=2.5 brokkelt=2 brokkelt_af=2.5 spijker=1 not_plowed=3 unplowed=3 snow_not_cleared=3 not_gritted=3 footway=1 paving_slabs=2 slabs_have_lifted=3 broken_tiles=2.5 sunken_tiles=2.5 bike_path*=1.5 footpath_is_broken=3 footpaths_are_broken=3
      manhole*=2 open_manhole*=3 manhole_cover*=3 manhole_lid*=3 uncovered_manhole*=3
      broken_manhole*=3 damaged_manhole*=3 manhole_is_open=3 manholes_are_open=3 putdeksel*=3
      pitch_black=2
    omvergereden=2 omver_gereden=2 block_is_dark=2 street_is_dark=2 road_is_dark=2 straat_is_donker=2 pitch_dark=1.5
    unshoveled=2.5 unshovelled=2.5 not_shoveled=2.5 washed_away=2.5
    quay_wall=2
    onverlicht=2 rubbish_roads=1.5
    pure_ice=2
    not_ploughed=2.5 has_not_ploughed=2.5 has_not_plowed=2.5 paaltje_plat=2.5 plat_gereden=2 bankjes_weggehaald=2.5`,
    object: `*brug *pad=0.5 stoep trottoir fietspad* fietsstrook tegels asfalt bankje* zitbank* footbridge=1.5 handrail*=1.5 leuning=1
      fietsenrek*=1.5 fietsrek*=1.5 nietjes paaltje* hekwerk brug bruggen verlichting
      verkeersbord*=1.5 straatnaambord*=1.5 bord=0.5 viaduct tunnel tunneltje werkzaamheden
      onderhoud klinkers kade wegen straten=0.5 fietspaden voetpad stoepen
      foot_path*=1.5 wire wires cables power_lines electric_lines transformer* road roads roadside street=0.5 footpath*=1.5 sidewalk* pavement* bench*
      bike_rack*=1.5 signboard*=1.5 road_sign*=1.5 bridge quay* lamp*=0.5 lights=0.5 lighting
      streets=0.5 kerb* curb* paving bollard* railing* guard_rail* cycle_lane*=1.5
      cycle_path*=1.5 bike_lane*=1.5 cycleway=1.5 signpost*=1.5 sign_post*=1.5 street_sign*=1.5
      light_pole*=1.5 electric_pole*=1.5 electricity_pole*=1.5 power_pole*=1.5 utility_pole*=1.5
      flyover overpass street_furniture=1.5 straatmeubilair=1.5 slagboom hekje=0.5
      stoeprand trottoirs fietsstroken
      bank_in_het_park=1.5 parkbank*=1.5
      cable=0.5 sign_board*=1.5 whitetopping=1.5 white_topping=1.5 electric_wire*=1 road_divider*=1.5 divider=1 median=0.5 stones=0.5 rocks=0.5 slab=0.5
      fietspaad=1
    bikeway*=1 curb_cuts=1.5
    fietstunnel=1
    pedestrian_bridge=2
    pionnetje=1.5 pionnen=1`,
  },
  traffic: {
    issue: `te_hard=2.5 hardrijd*=2.5 racebaan=2.5 racen=1.5 sluipverkeer=3 geraced=2.5 geracet=2.5 zonder_kenteken*=2.5 weg_laten_slepen=2.5
      sluiproute*=2.5 verkeersonveilig*=3 verkeerssituatie* parkeeroverlast=3 parkeerdruk=2.5
      foutparkeer*=3 fout_geparkeerd=3 dubbel_geparkeerd=3 parkeren_dubbel=3 dubbel_parkeren=3
      op_de_stoep_geparkeerd=3 autowrak*=2.5 fietswrak* wrakken wrak=1.5 bijna_ongeluk*=2.5
      aanrijding* aangereden spookrijd*=2.5 bumperklev*
      snelheidsovertred*=2.5 rijden_te_snel=2.5 rijdt_te_snel=2.5 geen_zebrapad geen_oversteekplaats
      speeding=3 speeders=3 rash_driving=3 reckless* boy_racers=3 rat_run*=3 illegal_parking=3
      illegally_parked=3 wrong_parking=3 difficult_to_park=1.5 parked_on_the_road=2.5 parked_on_road=2.5 parked_on_the_footpath=3
      parked_on_footpath=3 parked_on_the_pavement=3 double_parked=3 double_parking=3 wrong_side
      no_parking traffic_jam* congestion gridlock* near_miss*=2.5 abandoned_car*=3
      abandoned_vehicle*=3 wrecked_car*=2.5 hit_and_run=2.5 crash=1
      shortcut short_cut wrong_way jumping_signal*=2.5 signal_jumping=2.5 red_light=1 heavy_traffic huge_traffic
      traffic_congestion=2.5 road_hump*
      street_racing=3 joyrid*=2.5 too_fast drive_too_fast=2.5 driving_too_fast=2.5
      dangerous_junction=3 dangerous_crossing=3 dangerous_road=2.5 pavement_parking=3
      blocking_the_driveway=2.5 blocking_my_driveway=2.5 blocked_driveway=2.5
      parked_on_double_yellow*=3 double_yellow* traffic_calming no_crossing
      run_the_red=2.5 ran_the_red=2.5 running_red_lights=2.5 scheurt=1.5 scheuren_door=2.5
      racet=1.5 snelheidsduivel*=2.5 uitvalsweg*=1.5 flashing_red=2.5 t_boned=2.5 burnouts=3 hoon*=2.5 racers=2.5 racer=2 knallende_uitlaat=3 vol_gas=2
      street_racers=3 in_a_20=2.5 in_a_30=2.5 lollipop=2 zebra_markings=2 stoepparkeer*=3 half_op_de_stoep=3 voor_de_uitrit*=2.5
      uitrit_geblokkeerd=3 uitrit_versperd=3 weesfiets* verkeersinfarct
      opstopping*=1.5 bijna_aangereden=2.5 bijna_overreden=2.5 levensgevaarlijke_oversteek=3
      gevaarlijke_oversteek=3 gevaarlijk_kruispunt=3 gevaarlijke_kruising=3
      impossible_to_cross=2.5 hard_to_cross=2.5 cannot_cross=2.5 unable_to_cross=2.5
      niet_oversteken
      parking_on_the_pavement=3 parking_on_pavements=3 parking_on_the_footpath=3
      parking_on_the_sidewalk=3 parked_on_the_sidewalk=3
      park_in_the_road=2.5 park_on_the_road=2.5 park_on_road=2.5 park_in_road*=2.5
      park_on_the_footpath=3 parking_on_road*=2.5 parking_on_the_road=2.5
      parked_in_the_road=2.5 improper_parking=3 haphazard_parking=3 invalid_parking=3
      wrong_side_driving=3 footpath_parking=3 traffic_violation*=2.5 road_blocked=2
      blocking_the_road=2.5 unused_vehicle*=2.5 signal_not_working=2.5 signals_not_working=2.5
      wordt_gescheurd=2.5 wordt_er_gescheurd=2.5 wordt_echt_gescheurd=2.5 gescheurd_door=2.5 waar_30_mag=2.5 waar_50_mag=2.5 waar_je_30_mag=2.5 waar_je_50_mag=2.5
      park_on_the_pavement=3 park_on_the_sidewalk=3 parkeren_op_de_stoep=3 parkeren_elke_ochtend_op_de_stoep=3 niks_ziet_aankomen=2.5 niets_ziet_aankomen=2.5 zie_je_niks_aankomen=2.5 zie_je_niets_aankomen=2.5 slecht_zicht=2 zicht_belemmerd*=2.5
      minutes_to_move=2.5 minutes_to_cross=2.5
      scooter_riders=2 als_een_malle=2.5 uitgebrande=2.5 burnt_out_car*=3
    seconds_to_cross=2
    met_50_door=2.5 met_60_door=2.5 met_70_door=2.5 met_80_door=2.5 met_100_door=2.5 kwartier_vast=2 half_uur_vast=2 block_driveway*=2.5 blocking_driveway*=2.5 cannot_park=2 racing_on=2
    needs_a_signal=2 kid_hit=2 child_hit=2
    block_both_lanes=2.5
    stopt_er_niemand_meer=2.5 on_the_zebra=2.5 walk_into_traffic=2 blocks_our_driveway=3 blocks_my_driveway=3
    rotonde_des_doods=3 des_doods=2
    minuten_stilstaan=2 auto_in_de_sloot=2.5`,
    object: `verkeer snelheid oversteek*=1.5 oversteekplaats*=1.5 zebrapad*=1.5 kruispunt*
      kruising* rotonde* verkeerslicht*=1.5 stoplicht*=1.5 file files verkeersdrukte
      parkeren parkeer* geparkeerd=1.5 parkeerplaats* drempel*=1.5 verkeersdrempel*=2
      30_zone=1.5 30_km=1.5 schoolroute=1.5 schoolzone=1.5 vrachtwagen* vrachtverkeer=1.5
      bouwverkeer=1.5 scooter* bezorgscooter*=1.5 snorfiets* flitspaal*=1.5 uitrit auto=0.5 fatbike*=1.5
      autos=0.5 boete* wegsleep*=1.5 verkeersveilig*=1.5 fietsers=0.5 voetgangers tractoren=0.5
      traffic=1.5 speed crossing zebra_crossing=1.5 crosswalk*=1.5 pedestrian* junction
      intersection roundabout traffic_light*=1.5 traffic_signal*=1.5 signal parking=1.5
      parked=1.5 one_way school_run=1.5 school_zone=1.5 speed_bump*=2 speed_breaker*=2
      speed_hump*=2 lorries trucks heavy_vehicles=1.5 towed vehicles=0.5 cars=0.5 drivers=0.5
      mph pedestrian_crossing*=1.5 school_crossing=1.5 parked_cars=1.5 hgv*=1.5
      heavy_goods=1.5 driveway motorbikes=0.5 flitser=1.5 oversteken
      parkeervergunning*=1.5 invalidenparkeerplaats=1.5
      accident accidents ongeluk ongelukken
      vehicle=0.5 vehical*=0.5 two_wheeler*=0.5 commuters=0.5 motorists=0.5 traffic_police=1.5 parked_vehicles=1.5
    walk_signal=1.5 fietsstraat=1
    *verkeerslicht=1.5`,
  },
  'sewer-water': {
    issue: `riool*=2.5 riolering=2.5 verstopping*=2.5 putdeksel*=2.5 straatkolk*=2.5 kolk kolken
      afvoerput* rioolput*=2.5 wateroverlast=3 onder_water=2.5 ondergelopen=2.5 lopen_onder=2.5
      loopt_onder=2.5 staat_blank=2.5 staan_blank=2.5 blank=1 overstroom* overstroming*
      regenwater=1.5 hemelwater=1.5 grondwater* gemaal* waterpeil*=2.5 blauwalg*=3 botulisme=3
      kroos dode_vissen=2.5 dode_vis=2.5 drijfvuil=2.5 lozing*=2.5 geloosd stinkend_water=2.5
      dichtgegroeid staat_stil=1 wateroverlast*=3 waterschade waterleiding*=1.5 drinkwater*=1 verstopt=1.5 borrelt=1.5
      drain=2.5 drains=2.5 drainage=2.5 storm_drain*=3 sewage=3 sewer*=3 manhole*=1.5 clogged
      blocked_manhole*=3 manhole_blocked=3 manholes_blocked=3 choked_manhole*=3 overflowing_manhole*=3
      manhole_overflow*=3 manholes_overflow*=3
      flooded flooding=2.5 floods=1.5 flood=1.5 waterlogg*=3 water_logging=3 stagnant*=2.5
      open_drain*=3 burst_pipe*=2.5 water_main* no_water water_supply contaminated_water=3 dirty_water=2.5
      dead_fish=2.5 algae culvert* gutter*=1.5 puddle*=1.5 overflowing_drain*=3 rainwater=1.5
      water_leak* leaking_pipe*=2.5 water_accumulat*=3 accumulated_water=3 standing_water=3
      water_wastage=2.5 wasting_water water_scarcity=2.5 low_pressure=1.5 not_draining
      filled_with_water=2.5 water_collected=2.5 water_clogging=2.5 water_problem submerged=2.5 knee_deep
      storm_water* stormwater drain_cover* gully=1.5 gullies=1.5 water_pipe*=1.5
      water_quality brown_water discoloured_water=2.5 discolored_water=2.5
      water_pressure=1.5 no_water_supply=2.5 wastage_of_water water_is_wasted
      water_being_wasted choked_drain*=3 drain_is_blocked=3 drains_are_blocked=3
      waterplassen grote_plassen waterkwaliteit bruin_water kolk_verstopt=3 geschoond=2 brownish=2 test_samples=2 burst_main=3 gushing=1.5
      niet_geschoond=3 liep_het_water=2.5 water_in_de_tuin=2.5
      putten_verstopt=3
      drainages=2.5 nali=2 naali=2 nala=2 nalla*=2 nallah*=2 rajakaluve*=2.5 raja_kaluve=2.5 ugd=2
      underground_drainage=2.5 drain_overflow*=3 sewage_overflow*=3 stagnat*=2.5
      water_is_logging=3 water_logged=3 leakage=2 leakages=2 pipe_leak*=2.5 pipeline_leak*=2.5
      water_leakage=3 drinking_water=1.5 no_drinking_water=2.5 water_shortage=2.5
      shortage_of_water=2.5 scarcity=1.5 water_crisis=2.5 water_wasted=2 waste_water=2.5
      wastewater=2.5 sewage_water=3 rain_water=1.5 slush=1.5 slushy=1.5 muddy=1
      water_on_the_road=2.5 water_on_road=2.5 water_on_the_street=2.5 water_on_footpath=2.5
      water_on_the_footpath=2.5 water_in_the_road=2.5 water_standing=2.5 water_stays=2
      water_remains=2 water_flowing_on=2.5 flowing_on_the_road=2.5 pipe_burst=2.5
      pipeline_burst=2.5
      oily_film=2.5 oil_film=2.5 oil_slick=2.5 oliefilm=2.5 smells_of_diesel=2.5 smell_of_diesel=2.5 stinkt_naar_diesel=2.5
      geen_water_uit_de_kraan=3 geen_water=2 geen_drinkwater=2.5 waterstoring=3
      boil_water*=2.5 kookadvies=3
    straat_blank=2.5 hele_straat_blank=3
    cm_water=2.5
    coming_out_brown=2.5 paani_nahi=2.5 pani_nahi=2.5
    fills_up=2
    gets_water_on=2
    walbeschoeiing=2 bottled_water=2 lead_pipe*=2 goes_under=2
    has_been_brown=2.5 boil_notice=2 talaab_ban_gaya=2.5 line_water=2 bruinig=2`,
    object: `putje*=1.5 afvoer*=1.5 kelder* sloot=1.5 sloten vijver* gracht* singel=0.5
      water=0.5 pomp oever* waterpartij kanaal=0.5
      tap taps water_tank* pipe pipes canal canals ditch* pond lake=0.5 river=0.5 underpass
      putten=1.5 *afvoer=1.5 dijk=1 dijken=1 hydrant* pipeline* water_line*=1.5 sewage_line*=1.5
      borewell*=1 tanker*=1 water_tanker*=1.5 water_meter*=1
      borehole*=1.5 handpump*=1.5 hand_pump*=1.5
    kraanwater=1.5 tap_water=1.5`,
  },
  green: {
    issue: `gekapt=2.5 gekapte=2.5 omgezaagd=3 knee_high=2 up_to_my_knees=2 to_fell=2.5 fell_the=2.5 bomenkap=3 houtkap=2.5 kapvergunning*=2.5 omgewaaid*=2.5
      omgevallen_boom=3 boom_omgevallen=3 boom_is_dood=2.5 dode_boom=2.5 takken=1.5 tak=1.5
      afgebroken=1.5 maaien gemaaid maaibeleid maaisel onkruid*=2.5 snoei* gesnoeid=1.5
      iepziekte=3 essentaksterfte=3 boomziekte=3 kastanjeziekte=3 verdord* overwoekerd=2.5
      woekert doorgegroeid overgroei*=2.5 herplant* kaalslag=2.5 bomen_weg=2.5 kaler=1
      brandnetels=1.5 distels=1.5 bladafval=1.5 bladeren=1 bomen_terug
      fallen_tree*=3 tree_fell*=3 felled=2.5 felling=2.5 chopped_down=2.5 cut_down=1.5 uprooted=2.5
      overgrown=2.5 weeds mowing mowed mown unmown=2.5 pruning=1.5 prune*=1.5 trimming=1.5
      cut_the_trees=2.5 cut_all_the_trees=2.5 cut_down_the_trees=2.5 cutting_trees=2.5
      cutting_down_trees=2.5 felling_trees=2.5 trees_cut=2.5 tree_fallen=3 tree_has_fallen=3 dead_tree*=2.5 branches=1.5 branch=1 fallen_branch*=2.5
      overhanging=1.5 overhanging_branches=2.5 long_grass tall_grass grass_cutting
      not_mowed=2.5 not_mown=2.5 brambles=1.5 nettles=1.5 fallen_leaves=1.5 unkempt=1.5
      hoog_gras overhangende_takken=2.5 verwilderd* boom_gekapt=2.5 bomen_gekapt=3
      tree_fall*=3 trees_fall*=3 tree_branch*=1.5 dry_branches=2 dried_tree*=2.5 dry_tree*=2.5
      parthenium=2.5 tree_cutting=2.5 cutting_of_trees=2.5 tree_felling=3 lopping=1.5
      dry_leaves=1.5
      kapt=2 gezonde_bomen=2 gezonde_eiken=2.5
      branch_hanging=2.5 hanging_branch*=2.5 boom_hangt_scheef=2.5 eik=1
    killing_the_trees=3 save_the_trees=3
    om_meer_groen=2 trees_being_cut=2.5 save_our_trees=3
    rode_stippen=2`,
    object: `boom bomen boompje* eiken=0.5 kastanje=0.5 iepen gras grasveld* heg heggen
      struik* berm bermen plantsoen*=1.5 groenstrook*=1.5 park=0.5 parken=0.5 groen=0.5
      *boom bloemenberm=1.5 speelbos bos=0.5 natuurgebied
      tree trees grass verge verges grass_verge*=1.5 hedge* shrub* bushes
      parks=0.5 lawn*=0.5 green_space*=1.5 green_fields
        groenvoorziening*=1.5 openbaar_groen=1.5 boomspiegel*=1.5
    populier*=1.5
    veldje=1 rain_trees=2`,
  },
  nuisance: {
    issue: `overlast! geluidsoverlast=3 lawaai*=2.5 herrie=2.5 harde_muziek=2.5 dreunt
      bromt=1.5 stankoverlast~=3 stank~ vuurwerk*=2.5 knalt=2 geknal=2.5 knalvuurwerk=3 knallen=2 cobras=2.5 vuurwerkbom*=3 hangjongeren=3 jongerenoverlast=3
      hangplek*=2.5 lachgas*=2.5 drugsoverlast=3 drugsafval=1 drugsdeal*=3 dealer*=2.5 dealen=2.5
      drugs wildplass*=3 wildplassen=3 dronken*=1.5 bouwlawaai=3 bouwoverlast=3 heien=2.5
      bladblazer* geronk ronken=1.5 nachtrust niet_slapen slapen_niet kan_niet_slapen
      niet_te_harden vol_volume blasts=1.5 blasting=1.5 feestje*=1 spuiten=1.5 naalden afzuiging=1.5 toeteren=1.5
      noise=2.5 noisy=2.5 loud_music=3 loud=1.5 partying=1.5 fireworks=2.5 firecrackers=2.5
      anti_social=3 antisocial=3 loitering=2.5 drug_deal*=3 drug_dealing=3 dealers needles
      woken_at=2 woken_by=2.5 speaker=1.5 tot_3_uur=1.5 onder_mn_raam=1.5 groep_jongens=2 rolkoffers=2
      vrijgezellenfeest*=2 heiwerk*=3 heimachine*=3 piling=2.5 woken_up=2 trillingen=2 huis_trilt=2.5 trilt=1.5 slapen_slecht=2 slecht_slapen=2 slapen_niet_meer=2.5
      dreunend*=2 bassen=1.5 geschreeuw=2 tot_vijf_uur=1.5 nashe=2 nasha=2 sharabi*=2.5 kept_awake=2.5 keeping_us_awake=2.5 keeps_us_awake=2.5 screaming=1.5
      bass_until=2.5 dealing_openly=3 dealing=1.5 drilling_since=2.5 dealing_drugs=3 smell_of_weed=3 muziek_tot=2.5 tot_4_uur=1.5 tot_5_uur=1.5
      gedeald=3 ganja=2.5 smoking_weed=2.5 drinking_in_public=2.5 boozing=2
      shouting=1.5 construction_noise=3 jackhammer*=2.5 jack_hammer*=2.5 pile_driving=2.5 smells_bad~ smell_bad~ smells_so_bad~ smelling_bad~
      urine=2.5 urinate*=2.5 peeing noise_pollution=3 honking stench~ bad_smell~=2.5 foul_smell~=2.5
      urinating=2.5 public_urination=3 nuisance! disturbance racket=1.5 revving
      blaring loud_neighbours=2.5 noisy_neighbours=2.5 loud_neighbors=2.5 noisy_neighbors=2.5
      car_alarm* leaf_blower* drilling=1.5 all_night_long=1.5 till_3am=1.5 until_3am=1.5
      drunks=1.5 gangs_of=1.5 geblaf=1.5 blaffen*=1.5 tot_diep_in_de_nacht hele_nacht=1
      drugsdealers=3 drugshandel=2.5 overlastgevende
      loudspeaker*=2 loud_speaker*=2 blowing_horn*=2 bursting_crackers=2.5 crackers=1.5
      bad_odour~=2.5 bad_odor~=2.5 foul_odour~=2.5 odour~=1.5 odor~=1.5
      concrete_mixer=2 going_on_all_night=2.5 works_at_night=2.5
      dirt_bike*=2.5 quad_bikes=2.5 tearing_through=2 wakker_van=2 wakker_ligt_van=2.5 dreunende_bas=3 die_bas=1.5 de_bas=1.5
      until_2am=2 till_2am=2 dj_set*=2 pile_drive=2.5 windows_rattle=2.5 ramen_trillen=2.5
      blastin=2 blasting_music=2.5 til_4am=2 till_4am=2 until_4am=2
    night_works=2.5 angle_grinder*=2
    flessen_gooien=2 met_flessen_gooien=2.5
    nachtvlucht*=2.5 vrachtvliegtuig*=1.5
    flight_paths=2 flight_path=2 cannot_open_my_windows=2.5 oordopjes=1.5
    smashing_bottles=2.5
    until_5am=2 till_5am=2 blast_music=2.5 street_parties=2
    gebrom=2 till_1am=2 reeks_of_weed=2.5 group_hanging_about=2 hanging_about=1.5 setting_off_fireworks=2.5
    doing_wheelies=2.5 wheelies=2`,
    object: `boxen geluid muziek=0.5 feest feesten terras* horeca cafe=0.5 kroeg festival*
      evenement* kermis kerkklok*=1.5 luiden motorcross*=1.5 buren=0.5 s_nachts studentenhuis jongeren=0.5
      stinkt~=0.5 smell~ smells~ music=0.3 party=0.5 parties=0.5 drunk neighbours=0.5
      neighbors=0.5 bar=0.5 pub=0.5 late_at_night=1.5 all_night=1.5 every_night
    geluidsscherm*=1.5`,
  },
  animals: {
    issue: `rat=3 ratten*=3 ratje*=2.5 muis muizen*=2.5 ongedierte*=3 duiven*=2.5 duif meeuw*=2.5 dead_roo=3 dead_kangaroo=3
      ganzen*=2.5 ganzenpoep=3 wesp*=2.5 eikenprocessierups*=3 processierups*=3 rupsen rups
      muggen*~=2.5 kakkerlak*=3 bedwants*=3 vlooien kadaver*=3 dierenambulance=3 dood_dier=3
      dode_dieren=3 dode_vos=3 dode_kat=3 dode_hond=3 dode_vogel*=3 dode_egel=3 dood_ree=3 dode_zwaan=3 dode_eend=3 dode_meeuw=3 dode_duif=3 dode_ree=3 dood_hert=3 dode_hert*=3 dode_das*=3
      loslopende_hond*=3 loslopend* aangelijnd aanlijnplicht=2.5 hondenbeet=3 gebeten
      bijtincident=3 zwerfkat*=3 zwerfhond*=3 molshopen plaag=1.5 duivenpoep=3 meeuwenoverlast=3
      rats=3 rodent*=3 mice=2.5 vermin=3 pest=1.5 pests pigeon*=2.5 goose
      gull* seagull*=2.5 wasp*=2.5 hornet*=2.5 mosquito*~=2.5 cockroach*=3 roaches=2.5 bed_bugs=3
      bedbug*=3 caterpillar* stray_dog*=3 stray_cat*=3 strays stray=1.5 dog_bite*=3 bitten=1.5
      dead_animal*=3 dead_dog*=3 dead_cat*=3 dead_bird*=3 dead_deer=3 dead_fox=3 dead_possum=3 dead_raccoon=3 dead_badger=3 dead_cow*=3 dead_buffalo*=3
      swooping=2.5 magpie*=1 cows_on_the_road=3 goats_on=2.5 cattle_sitting=3 impound=1.5 cattle_catching=2.5 bulls=1.5 wolf=2 wolven=2.5 doodgebeten=3 bevers=2 bever=2
      graafschade=2.5 dead_goat*=3 dead_pig*=3 dead_monkey*=3 dead_snake*=3 carcass*=3
      roadkill=3 foxes street_dogs=3 street_dog=3 animal_control=2.5 loose_dog*=2.5 off_leash infestation=3 infested=3
      dead_rat*=3 dead_pigeon*=3 rat_infestation=3 wasps_nest=3 barking=1.5
      wespennest*=3 vliegen_overal~
      dog_menace=3 dogs_menace=3 monkey_menace=3 monkeys=1.5 pigs=1.5 stray_cattle=3
      mosquito_breeding~=3 breeding_ground*~=2 houseflies~=2 house_flies~=2
      baboon*=2.5 baviaan=2.5 bavianen=2.5
      dogs_biting=3 dogs_are_biting=3 are_biting=2 biting_people=2.5 biting_children=2.5
    wilde_zwijnen=2.5 omgewoeld=2 wild_boar*=2.5
    dive_bombing=2.5
    coyote*=2 monkeys_have=2`,
    object: `vos=1.5 vossen=1.5 egel* konijn* kat katten hond=0.5 honden=0.5 hondjes=0.5 goats=1.5 goat=1
      vogels=0.5 spreeuwen=1.5 kraaien=1.5 insecten~=1.5 vissen=0.5 dieren=0.5
      fox=1.5 deer cows cattle snake*=1.5 dogs=0.5 dog=0.5 cats=0.5 birds=0.5 insects~
    geese=1.5
    zwijnen=1.5`,
  },
  safety: {
    issue: `ingegooid=2.5 passing_comments=2.5 eve_teasing=3 afraid_to_go_out=2.5 no_go_zone*=3 inbraak*=3 inbraken=3 inbreker*=3 ingebroken=3 woninginbra*=3 diefstal*=3 fietsendiefstal=3 setting_fire=3 set_fire_to=3 set_alight=3
      gestolen=2.5 gejat=2.5 dieven=2.5 zakkenroller*=3 overval=3 overvallen_door=3 overvaller*=3 beroofd=3 straatroof=3
      vernield*=2.5 vernieling*=2.5 vandalisme=3 vandalen=3 ingeslagen=2.5 opengebroken=3
      in_brand_gestoken=3 brandstichting=3 autobrand*=3 intimidatie=3 intimiderend*=2.5 bedreigd
      bedreiging* nageroepen=2.5 lastiggevallen=2.5 steekpartij*=3 schietpartij*=3 geweld
      mishandel*=2.5 onveilig! onveilige! onveiligheid=2.5 pikdonker=1.5 probleemplek*=2.5
      criminaliteit explosie*=2.5 plofkraak*=3 gestoken=1.5 stenen_gooien=2.5 gooien_stenen=2.5
      met_stenen opgeblazen=3 durven_er_niet durf_er_niet durven_niet durf_niet=1.5
      kapotgeschopt=2.5 eruit_geschopt=2.5 chain_snatch*=3 snatching=2.5 eraf_getrapt=3 afgetrapt=2.5 following_women=3 onveilig_gevoel=2.5 eng_geworden=2.5 doodeng=2.5 hangt_altijd=1.5 naroep*=2 echt_eng=2
      naar_je_roepen=2.5 pikkedonker=1.5 stikdonker=1.5 onveilige_plek=3
      onveilige_plekken=3
      burglar*=3 break_in*=3 broken_into=3 broke_into=3 theft*=3 stolen=2.5 stealing=2.5
      thieves=3 thief=2.5 robbery=3 robbed=2.5 mugged=3 mugging*=3 vandal*=3 smashed shoplift*=2.5
      harass*=2.5 intimidat*=2.5 assault*=2.5 stabbing*=3 unsafe! crime* arson=3
      set_on_fire=2.5 throwing_stones=2.5 threw_stones=2.5 death_trap=2.5 feels_unsafe=2.5
      not_safe=1.5 feel_unsafe=2.5 car_broken_into=3 bike_stolen=3 bikes_stolen=3 break_ins=3
      fietsen_gestolen=3 fiets_gestolen=3 auto_opengebroken=3 voelt_onveilig=2.5
      addicts=2 drug_addicts=2.5 scared_to_use=2.5 women_are_scared=2.5
      got_nicked=2.5 was_nicked=2.5 nicked=1.5 kapot_trapt=2.5 kapotgetrapt=2.5 kapot_getrapt=2.5 keys_between_my_fingers=3
      open_transformer=3 transformer_box=2 no_fencing=2 anyone_can_touch=2.5 exposed_wires=3 live_wires=3
      scary_at_night=2.5
      durft_er_niet=2.5 durft_niet_meer=2.5
    babbeltruc*=3 oplichters=1.5 niet_opendoen=2 doorstep_scam*=3 bogus_caller*=3 groepjes_jongens=2 groepen_jongens=2 donkere_pad=1.5 donker_pad=1.5
    nafluiten=2 nagefloten=2 achterna_roepen=2 achterna_geroepen=2 catcall*=2.5
    hekken_omgewaaid=3 klimmen_erin=2
    betonschaar=2.5 fiets_kwijtgeraakt=2 fietsen_kwijtgeraakt=2 aangifte_gedaan=2 doors_kicked_in=2.5
    word_je_uitgescholden=2 uitgescholden=1.5
    encampment*=2 safety_hazard=2.5 total_hazard=2
    groepje_jongens=2 liquor_shop=2
    taar_latak=2.5 latak_raha=2 current_aa_sakta=2.5
    thugs=2`,
    object: `politie wijkagent* camera*=0.5 cameratoezicht=1.5 toezicht donker=0.5 hekken=0.5
      police cctv=1.5 dark=0.5 at_night=0.5
      security_camera*=1.5 *camera`,
  },
  housing: {
    issue: `schimmel*=3 vocht* lekkage*=2.5 tochtig* huisjesmelker*=3 leegstand*=3 leegstaan*=2.5 housing_board=2.5 plaster_falling=3 ceiling_collapsed=3
      staat_leeg=2.5 staan_leeg=2.5 dichtgetimmerd*=2.5 verpauper*=3 verloedering=2.5 airbnb*=2.5
      vakantieverhuur=3 overbewoning=3 kamerverhuur* huurcommissie=2.5 huurverhoging
      verhuurd_aan_toeristen=3 uitzendbureau=2 arbeidsmigranten=2.5 lift_down=2.5 been_empty=2.5 empty_since=2.5 people_sleeping_in=2
      aardbevingsschade=3 schademelding=2 in_de_stutten=3 stutten=2 schade_expert=2
      uitzetting*=2.5 achterstallig_onderhoud=2.5 geen_verwarming=2.5 natte_muren=2.5
      lek=1.5 woningnood=1.5 onbewoonbaar=3 krot*=2.5 tochtige
      mould=3 mold=3 mouldy=3 moldy=3 black_mould=3 damp landlord* eviction*=2.5 evicted=2.5
      vacant empty_home*=2.5 empty_house*=2.5 derelict=2.5 boarded_up=2.5 squatters=2.5
      overcrowd*=1.5 holiday_let*=2.5 short_let* no_heating=2.5 slumlord*=3
      short_term_let*=2.5 short_term_rental*=2.5
      man_in_een_woning=2.5 mensen_in_een_woning=2.5 personen_in_een_woning=2.5 man_in_een_huis=2
      about_to_collapse=3 may_collapse=2.5 could_collapse=2.5
      seepage=2.5 fungus_on=2.5 leaking_from_roof=2.5 roof_leak*=2.5 government_quarters=2 staff_quarters=2
      families_still_living=2 still_living_inside=2.5
    student_lets=2.5 student_let=2.5
    lift_in_our_building=2
    no_heat=2.5
    panden_leeg=2.5 alles_leeg=2
    jaar_leeg=2
    per_kamer_verhuurd=2.5 kamerverhuur=2.5 man_per_rijtjeshuis=2`,
    object: `huurwoning*=1.5 huurhuis=1.5 huur huurder* verhuurder*=1.5 huisbaas=1.5
      huurbaas=1.5 huurteam=1.5 dak=0.5 woningcorporatie*=1.5 corporatie*=1.5 woonstichting=1.5 studentenhuis
      portiek* portiekflat*=1.5 flat=0.5 flats=0.5 woning woningen=0.5 renovat*=1.5
      verwarming cv cv_ketel=1.5 ramen=0.5 isoleren geisoleerd wachtlijst*=1.5 dakloze*=1.5
      woonblok blok=0.5 lift=0.5 liften=0.5 trappenhuis kamer=0.3
      tenant*=1.5 rent rental* housing social_housing=1.5 council_housing=1.5
      housing_association=2 block_of_flats=1.5 heating repairs waiting_list*=1.5 homeless*=1.5
      apartment*=0.5 hallway=0.5 leak
    property_manager=1.5`,
  },
  plans: {
    issue: `bestemmingsplan*=3 omgevingsplan*=3 omgevingsvergunning*=2.5 bouwplan*=3 bouwproject*=2.5
      bebouw* windmolen*=2.5 windturbine*=2.5 zonnepark*=2.5 zonneweide*=2.5 sloop* gesloopt=0.5
      slopen azc=3 azcs=3 asielzoekerscentrum=3 noodopvang woontoren*=2.5 hoogbouw=2.5
      inspraak*=2.5 inspraakavond=3 informatieavond bezwaar*=1.5 zienswijze*=3 raadsvergadering=0.5 opvang_van=2.5
      asielzoekers=2
      herinrichting~=2.5 projectontwikkelaar*=2.5 distributiecentrum datacenter* bouwput=1.5
      want_to_build public_meeting handtekeningenactie niemand_is_gevraagd niemand_gevraagd niet_gevraagd=1.5
      nobody_was_asked was_not_consulted never_consulted=2.5 not_consulted=2.5 wants_to_build=2.5 plans_to_build=2.5 knocking_down=2.5 luxury_flats=2.5 tegen_de_vlakte=2.5 zonneveld*=2.5 illegal_floor*=3 plan_sanctioned=2.5 sign_the_petition=2
      information_evening=2 objecting=2
      who_approved=2 nieuwe_woonwijk wordt_gebouwd=1.5 gaat_gebouwd=1.5 ligt_stil=1.5
      planning_application*=3 planning_permission=3 zoning=2.5 rezoning=3 property_developer*=2.5
      housing_development*=2.5 demolition=2.5 demolish*=2.5 wind_farm*=2.5 wind_turbine*=2.5
      solar_farm*=2.5 tower_block* high_rise consultation objection*=1.5 object_now
      illegal_construction=2.5 unauthorised_construction=2.5 redevelopment=2.5 green_belt=2.5 bulldoz* asylum_centre=2.5 new_estate
      strongly_oppose=2.5 no_public_consultation=3 without_consultation=2.5 zonder_overleg_met_bewoners=2.5 zonder_overleg_met_de_buurt=2.5 zonder_inspraak=2.5 processing_plant=1.5
      new_homes=1.5 way_to_object=2.5 petition_against=2.5 petitie_tegen=2.5 storey_block=2.5
      being_approved=2 commercial_tower=2.5 review_the_plan=2.5
      tearing_down=2.5 to_build_condos=2.5
      without_residents_consent=2.5 being_installed=1.5
    rezone=2.5 distribution_center=2 distribution_centre=2
    asylum_reception=2.5 reception_centre=2 reception_center=2
    volgebouwd=2.5 unauthorised*=2 unauthorized*=2 no_setback=2.5
    floor_coming_up=2.5
    moet_wijken=2`,
    object: `nieuwbouw*=1.5 woningbouw=1.5 bouwen gebouwd opvang verdiepingen=1.5 gemeenteraad=1.5 ontsluitingsweg*=1.5 info_avond=1.5
      plan=0.5 plannen=0.5 bedrijventerrein*=1.5 parkeergarage vergunning* bouwplaats=1.5
      bouwterrein=1.5 monument* omwonenden woonwijk=0.5 planning=0.5 petitie raad=0.5
      storey=1.5 storeys=1.5 construction development* proposal* petition council_meeting=2
      conservation_area=1.5
    windpark*=1
    commercial_building=1.5
    mast=1`,
  },
  amenities: {
    issue: `gaat_dicht sluit_de_deuren sluiting=1.5 bezuinig* afgezet=1.5 stembureau=1.5 geen_hellingbaan=3 hellingbaan=1.5 ontoegankelijk*=2.5
      speeltuin_kapot=3 voorziening_weg=2.5 geen_winkel geen_pinautomaat=2.5
      closing_down is_closing closure=1.5 shut_down=1.5 fenced_off council_cuts=2.5 cuts=1
      reduced_hours hours_cut hours_reduced minder_open cutting_opening_hours=2.5 cutting_hours=2
      closed_down=2 closes_for_good=2.5 laatste_winkel=3 winkel_sluit=2.5 splash_pad=2 closed_for_maintenance=2.5 mobile_library=2.5
      library_van=2.5 toilet_locked=2.5 bank_branch=2 last_bank=2.5 has_closed=1.5 have_closed=1.5 closed_the=1
      food_desert=3 laatste_supermarkt=2 only_grocery_store=2 public_restroom*=2 toilets_locked=2.5 restrooms_locked=2.5
      play_equipment=2.5 swing_chain=2.5 ration_shop*=2.5 ration_card*=2
      taped_off=2 defibrillator*=2.5
      never_reopened=2.5 nooit_meer_open=2 community_hall*=1.5
      basketball_court*=1.5 no_nets=2
      anganwadi*=2 neighborhood_pool=1.5 neighbourhood_pool=1.5
    only_shop=2 last_shop=2
    nowhere_to_play=2 subsidie_stopt=2
    no_place_to_play=2
    closed_for_upgrades=2.5 ghost_park=2
    winkels_dicht=2 loopt_leeg=2 dagen_per_week_dicht=2.5 closes_overnight=2
    noodgebouw=2 jhoole_toot=2.5
    geen_vervangende=2`,
    object: `speeltuin*=1.5 speeltoestel*=1.5 speelplaats* speelveld*=1.5 glijbaan=1.5 schommel*=1.5 kunstgrasveld*=2
      buurthuis=1.5 wijkcentrum=1.5 dorpshuis=1.5 buurtcentrum=1.5 bibliotheek*=1.5 bieb=1.5
      zwembad*=1.5 sportpark*=1.5 sportveld*=1.5 voetbalveld*=1.5 basketbalveld*=1.5 trapveld*=1.5
      kleedkamer*=1.5 supermarkt winkel=0.5 winkels=0.5 pinautomaat*=2 geldautomaat*=2
      pinautomaten=2 brievenbus*=1.5 postkantoor school=0.5 basisschool=0.5 openbaar_toilet*=2 openbare_wc*=2 wc=1 wcs=1
      openbare_toiletten=2 toiletten bankjes voorziening*=1.5 huisarts* apotheek
      jeugdhonk=1.5 speelruimte=1.5 weekmarkt markt=0.5 dicht=0.5 winkelcentrum=0.5 ouderen=0.5 petitie
      playground*=1.5 play_area*=1.5 swings=1.5 community_centre=1.5 community_center=1.5
      library=1.5 libraries=1.5 leisure_centre=1.5 swimming_pool=1.5 sports_field*=1.5
      cash_machine*=2 atm=1.5 atms=1.5 post_office=1.5 public_toilet*=2 toilets toilet
      shops=0.5 closing removed youth_club=1.5 playing_fields=1.5 playing_field=1.5
      opening_hours openingstijden balie=1.5 loket=1.5 stadhuis=1 gemeentehuis=1 digid=1.5
    public_pool=1.5
    pharmacy=1
    seh=1.5 spoedeisende_hulp=1.5
    jhoole=1.5`,
  },
  environment: {
    issue: `luchtkwaliteit=2.5 luchtvervuiling=2.5 fijnstof*=2.5 roet=2.5 grafiet*=3 houtstook=3 zwavellucht=3 zwavelgeur=3 aqi=3 air_quality_index=3 fine_dust=2.5 zwart_stof=2
      houtrook=3 rook=1.5 houtkachel* stookverbod=2.5 smog=2.5 bodemverontreiniging=3
      bodemvervuiling=3 vervuil* verontrein*=2.5 gif=1.5 giftig* vergif* pfas=3 genx=3 foam=1.5 foaming=2 toxic_foam=3
      asbest*=3 lood_in=2 loodvervuiling=3 loden_leidingen=2.5 chemisch*=1.5 fakkel* hittestress=3 mestverwerk*=2.5 geurhinder=3
      geuroverlast=3 kerosine* vliegtuiglawaai=2.5 laagvliegende zwarte_rook=3 stinkende_lucht=2.5
      air_quality=2.5 air_pollution=2.5 pollution=2.5 polluted=2.5 polluting=2.5 smoke=1.5
      wood_smoke=3 wood_burning=3 wood_burner*=2.5 fumes emission*=1.5 burning=1.5
      open_burning=3 burning_garbage=2 burning_waste=2 burning_plastic=3 soot=2.5 dust=1.5 mestvergister*=2.5 vol_lood=2.5 bodemonderzoek=2 rendering_plant=3 stink_from=2 rotte_eieren~=2 omgevingsdienst=1.5 quarry*=1.5 dust_from=2.5
      particulate*=2.5 contaminat* asbestos=3 toxic heat_island=2.5 incinerator=2.5 chemical_smell=3
      burning_rubbish=2 burning_trash=2 garbage_burning=2 waste_burning=2 burning_of_garbage=2
      burning_of_waste=2 burn_garbage=2 burn_waste=2 burn_plastic=3 burns_garbage=2
      burnt_garbage=2 garbage_is_burnt=2 garbage_being_burnt=2 garbage_being_burned=2
      waste_is_burnt=2 afval_verbrand*=2 verbranden_van_afval=2 afvalverbranding*
      stookt_afval=2 plastic_verbrand*=3 industrial_smell=3 dust_pollution=3 black_smoke=3
      stofdeeltjes=2.5 zwarte_stof*=2.5 stofregen=3 stofneerslag=3
      black_grit=2.5 grit_all_over=2.5
      no_shade=2 geen_schaduw=2
    ruikt_naar_rook=2.5
    hete_dagen=1.5 naar_rook=2
    construction_dust=2.5 no_water_sprinkling=2.5
    heat_stress=2.5 zero_shade=2
    asfaltcentrale*=2.5 asphalt_plant=2.5 stinks_up=2 frack*=2.5
    geurtje=1.5 pong=1.5
    landfill_fire=2.5 smoke_from_the=2
    betonvlakte=2 graden_gemeten=2`,
    object: `uitstoot=1.5 hitte=1.5 hittegolf=0.5 mest geur fabriek* industrie vliegtuigen
      milieu* astma=1.5 benauwd gezondheid=0.5 ongezond stikstof=0.5 alles_steen=1.5
      factory factories industrial heat heatwave=0.5 asthma chemical*=1.5 stove exhaust*
      soil health=0.5 plastic=0.5
      waste_plant*=1.5 recycling_plant*=1.5 afvalcentrale=1.5
    meetkastje*=1 luchtmeetkast*=1`,
  },
  transit: {
    issue: `bushalte_opgeheven=3 halte_opgeheven=3 rijdt_niet_meer=2.5 rijdt_niet=1.5 rijdt_om=1.5
      ingekort=1.5 geschrapt=1.5 buslijn_weg=3 slecht_bereikbaar slechter_bereikbaar
      niet_toegankelijk ontoegankelijk route_cut=2.5 service_cut* bus_cut* cut_the=1
      no_way_home=1.5 no_bus no_buses not_accessible inaccessible stuck_open=1
      no_longer_stops=2.5 no_longer_runs=2.5 stopped_running route_change*=1.5 bus_cancelled
      buses_cancelled cancelled=1 canceled=1 uitgevallen=1 geannuleerd=1 reduced_service less_frequent=1.5 timetable_change*=1.5
      stopt_niet_meer=2.5 minder_vaak=1.5 once_an_hour=1.5 lift_stuk=2.5 lift_kapot=2.5 instead_of_every=2 network_redesign=2 not_stopping=2.5 third_cancelled=2.5 train_cancelled=2.5 didnt_show_up=2.5 did_not_show_up=2.5 didnt_turn_up=2.5
      did_not_turn_up=2.5 never_showed=2 went_straight_past=2.5 past_full=2
      cut_to=1
      cut_the_route=2.5 cut_the_bus=2.5 route_was_cut=2.5 scrapped_the_bus=2.5 nearest_stop=1.5
      half_the_bus_lines=2.5 fewer_buses=2.5 minder_bussen=2.5
    rerouted=1.5 rijdt_de_bus_niet_meer=2.5
    cut_the_late*=2.5 late_night_frequency=2 packed_every_morning=2
    cut_to_one=2.5
    reed_hij_gewoon_voorbij=2.5 reed_voorbij=2 rijdt_voorbij=2 short_turn=2
    trein_uitvalt=2 trein_valt_uit=2 packed_like_sardines=2 skips_stops=2.5 no_way_to_get=2`,
    object: `bushalte*=2 halte*=1.5 bus bussen buslijn*=2 lijn=0.5 tram=1.5 trams=1.5 tramlijn*=2 nothing_after=1.5 cut_route=2 does_not_turn_up=2 never_turns_up=2 arrive_together=1.5 no_shelter=2 ferry ferries pont veerpont*=1.5
      tramhalte*=2 metro station perron*=1.5 abri*=2 ov openbaar_vervoer=1.5 dienstregeling=1.5
      belbus=2 buurtbus=2 ov_chip*=1.5 chipkaartpaal=1.5 trein treinen roltrap*=1.5 lift=0.5
      rolstoel* toegankelijk*=1.5 overstappen bereikbaar* busstation=1.5 instappen
      chauffeur* dorpen=0.3 ns=0.5 rolstoelers arriva=1.5 connexxion=1.5 qbuzz=1.5 prorail=1.5 bushokje*=2
      keolis=1.5 hermes=0.5 breng=0.5 gvb=1 ret=1 htm=1 route=1 routes=1
      bus_stop*=2 buses bus_route*=2 bus_service*=2 train_station=1.5 platform=0.5 timetable*=1.5
      bus_shelter*=2 shelter=0.5 elevator*=0.5 wheelchair* accessib* step_free=2
      public_transport=1.5 commute*=0.5 delayed=0.5 drivers_are_refusing=1.5 tube=0.5 subway=0.5
      ticket_machine*=1.5 departure_board*=1.5 kaartautomaat*=1.5
    ramps=1
    fietsenstalling*=1.5 bus_line=1.5
    streetcar=1.5`,
  },
};

/**
 * Local issues that fit no taxonomy category (Signalen's "overig"): a complaint about these is
 * local, and its category is `other`.
 */
export const OTHER_ISSUES = `cemetery=1 begraafplaats=1 town_clock=1.5 clock_tower=1 stroomstoring* geen_stroom=2.5 stroom_is_uit=2.5 stroom_is_al=2 netbeheerder=1.5 storing~=1 zendmast*=1.5 mobiel_bereik geen_bereik brievenbus*=1
  straatnaambord*=1 kerkklok*=1 meldingsformulier=1.5 power_cut* power_outage* blackout=1.5
  no_power no_signal=1.5 postbox=1 street_sign*=1 sirene=1.5 sirens=1 substation=1.5 power_goes_off=2.5
  any_post=2 post_delivered=2 letter_delivered=2 royal_mail=1.5 postnl=1.5 postie=1.5
  sorting_office=1.5 eerste_afspraak=2 paspoort=1
  power_supply=1.5 no_electricity load_shedding outage*=1.5 electricity_supply=1
  stroom_uitgevallen stroomuitval without_electricity=2.5 without_power=2.5 stroom_valt=2.5 stroom_uit=2 eerste_vrije_afspraak=2.5 transformer_blew=2.5 kenya_power=2.5 internet_down=2.5 area_outage=2.5 fibre_out=2.5 nbn=1.5 been_down=1.5 glasvezel=1.5 geen_glasvezel=3
  not_delivered=2 no_post=2
  no_light=2 light_don_go=3 nepa=2.5 mobile_signal=2
  phone_signal=2 nauwelijks_bereik=2.5 slecht_bereik=2.5 postbezorging=2 afhaalpunt=1 zero_signal=2.5 mobile_tower=1.5
  zonder_stroom=2.5
    aed=1
    slapen_buiten=2.5
    whole_estate_is_dark=2.5 shut_off_power=2.5`;

/**
 * Cues that hold for any category: a post that complains, says where, or asks someone to act.
 * They make a post local, never decide its category.
 */
export const GENERAL_VOCABULARY = {
  problem: `gemeentedoeiets=2 ontbreekt=1 ontbreken=1 cancelled_again=2 came_down=1 lying_across=2
    propvol kapot! kapotte! defect*! beschadigd*! omgevallen gevaarlijk!
    gevaarlijke! levensgevaarlijk=2 verwaarloosd* verloederd*=2 al_weken al_maanden
    al_dagen al_jaren nog_steeds=1 alweer=1 weer_eens=1 elke_keer=0.5 niemand=1 weeral=1 beyond_capacity=2 losing_patience=1.5
    al_drie_keer_gemeld=2 keer_gemeld=1.5 nog_steeds_niks=1.5 schrapt=1 schrappen=1
    opgeheven gebeurt_niks gebeurt_niets al_sinds blijft_open niet_langs omvalt
    omvallen kunnen_niet_meer=1 kan_niet_meer=1 nooit_op_tijd=2 moet_beter woedend=1
    slecht=0.5 duurt_te_lang doet_niks doet_niets doe_er_iets_aan=2 doe_iets
    doe_eens_iets wie_ruimt wanneer_wordt=1 wanneer_komt=1 kan_iemand=1 melding
    meldingen=1 gemeld melden=1 meldpunt=1 klacht* schande=1 schandalig=1 belachelijk=1
    ergernis*=1 irritant=0.5 zijn_het_zat is_het_zat stinkt stinken
    stinkend* *overlast=2 last_van=1 hinder*=1 probleem!=1 problemen!=1 werkt_niet
    werken_niet doet_het_niet doen_het_niet niet_gerepareerd=2 gerepareerd_worden
    repareren=1 vervangen=0.5 weghalen=1 weggehaald=1 schade!=1 handhaving=1 handhaaf*
    handhaven=1 waar_zijn_jullie=1 niet_normaal=1 gevaar=1 lekt=1
    puinhoop=0.5 bende=0.5 niemand_doet zonde=0.5 reageert_niet geen_reactie
    broken! not_working=2 not_work out_of_order=2 damaged! collapsed=1 blocked
    overflowing=2 overflow leaking dangerous! hazard*=2 hazardous=2 filthy
    dirty=1 disgusting=1 stinks stinking smelly still_not for_weeks
    for_months for_days since_weeks weeks_now=1 nobody=1 no_action=2 no_response
    fix=1 fixed=0.5 dangling damage!=1 difficult=0.5 piling_up
    liggen_los=2 ligt_los=2 nek_breken er_niet_over er_niet_door er_niet_langs
    niet_meer_door kunnen_er_niet belt_niet_terug was_cut been_cut
    bad_condition=2 poor_condition=2 pathetic_condition=2 not_maintained=2 poorly_maintained=2
    no_maintenance=2 lack_of=1 no_proper=1 inconvenience inconvenient=1 accident_prone=2
    unattended getting_worse fallen=1 scary=1 causing=1 causes=1 blocking get_hurt be_hurt serious_problem mess=1
    suffering=1 harmful rusted rusty=1 short_circuit uncomfortable=0.5 messy=1 stinky stink immediate_action
    hanging_down=1 clogging please_help=0.5 please=0.5
    lying_on_the_road lying_in_the_road lying_on_the_street lying_in_the_street*
    piled_up cannot_walk unable_to_walk kindly=1 requesting=1 request=0.5
    complain* complaint* reported report_it=1 take_action
    not_cleared=2 not_cleaned=2 not_repaired=2 not_fixed=2 repair=1 repaired=1 menace=2
    health_hazard=2 problem!=1 problems!=1 issue!=0.5 nuisance_to=1 sick_of=1 fed_up=1
    pathetic=1 useless=1 neglected ignored=1 months_now=1 still=0.3 again=0.3 risk=0.5
    diseases=1 disease=1 unbearable
    faulty! defective! malfunctioning not_functioning=2 non_functional
    out_of_service unusable defunct dilapidated=2 crumbling deteriorat*
    falling_apart run_down worn_out=1 eyesore=2 shoddy substandard half_done
    uncovered choked heaps_of=1 piles_of=1 pile_of=1 heap_of=1 scattered=1 not_removed=2
    not_replaced never_cleaned=2 never_repaired=2 never_fixed=2 never_collected=2
    left_open yet_to_be still_waiting no_one_has_come nobody_has_come
    horrible_condition=2 terrible_condition=2 awful_condition=2 bad_shape bad_state
    poor_state the_state_of=1 condition_of_the=1 risk_of=1 could_get_hurt
    getting_hurt someone_gets_hurt=2 someone_will_get_hurt=2 accident_waiting_to_happen=2.5
    no_one_cares nobody_cares no_one_bothers nobody_bothers
    no_one_is_bothered who_is_responsible=2 whos_responsible=2 whose_responsibility
    concerned_authorities=2 concerned_authority=2 concerned_department=2 concerned_officials=2
    relevant_authorities=2 do_something_about look_into_this look_into_it
    have_a_look=1 take_a_look=1 neglig* apathy civic_issue*=2 civic_problem*=2
    civic_apathy=2 civic_sense=1 grievance* hardship=1 plight reported_it
    reported_this complained_to=2 raised_a_complaint=2 multiple_complaints=2
    several_complaints=2 many_complaints=2 for_years for_ages for_so_long=1
    for_a_long_time=1 since_long since_months since_days since_ages
    since_last_week since_last_month since_last_year since_yesterday=1 wastage*
    is_stuk zijn_stuk al_stuk doodgevaarlijk=2 levensgevaarlijke=2 erbarmelijk*
    gebrekkig*=1 slechte_staat in_slechte_staat=2 scheef=1 scheve=1 niets_mee_gedaan
    niks_mee_gedaan niks_mee_gebeurd
    geen_gehoor niet_opgepakt al_vaker_gemeld=2 meerdere_keren_gemeld=2 vaker_gemeld=2
    al_gemeld=2 wie_is_verantwoordelijk=2 wie_gaat_dit iets_aan_doen=1 iets_aan_gedaan
    al_lang=1 al_lange_tijd al_tijden al_een_eeuwigheid sinds_weken
    sinds_maanden sinds_jaren sinds_vorige_week sinds_vorige_maand
    sinds_vorig_jaar nog_altijd=1 nog_niet_opgelost=2 niet_opgeruimd=2 niet_gemaaid=2
    niet_geleegd=2
    ligt_vol_met liggen_vol_met cut_to=1 no_longer=0.5 niet_meer_open
    everywhere=0.5 all_over=0.5 overal=0.5 full_of=1 too_many=1 too_much=0.5 te_veel=1 lots_of=0.5
    so_many=0.5 here_and_there=1 all_around=0.5 overal_ligt overal_liggen
    onderuit=1 verplaatst=1 ondanks_het_verbod=2 despite_the_ban=2 despite_the_signs=1.5
    the_only=0.5
    accident=1 accidents=1 ongeluk=1 ongelukken=1
    facing_problem*=1.5 facing_issue*=1.5 facing_difficult*=1.5 facing_a_lot=1.5
    great_difficulty=1.5 lot_of_problems=1 many_problems=1 causing_problem*=1.5
    creating_problem*=1.5 creates_problem*=1.5 causing_inconvenience=2 not_taking_any_action=2
    not_taking_action=2 no_action_taken=2 no_action_has_been_taken=2 not_attended=2
    not_responding=1.5 nobody_noticed=1.5 take_necessary_action=2 necessary_action=1.5
    at_the_earliest=1.5 as_soon_as_possible=1 asap=1 on_priority=1.5 urgent_attention=1.5
    urgently=1 do_the_needful=2 needful=1.5 residents_are_suffering=2 people_are_suffering=2
    suffer=1 worst=0.5 horrible=0.5 terrible=0.5 poor_quality=1.5 bad_quality=1.5
    not_done_properly=2 not_properly=1 improper=1 since_long_time=1.5 from_long_time=1.5
    no_one=1 not_taken_care=2 days_together=1.5 weeks_together=1.5 months_together=1.5
    dengue=1 malaria=1 health_issue*=1 health_problem*=1 spreading_diseases=1.5 unhealthy=1
      wachten_we_tot=1.5 wachten_ze_tot=1.5 tot_er_een_kind=2.5 tot_er_doden=2.5 tot_er_iemand=2 until_someone_gets_hurt=2.5 until_someone_dies=2.5 until_a_child=2.5 dead_display=2 no_working=1.5 locked_since=2 been_locked=2 spoilt_since=2 been_spoilt=2
      gevaarlijk_scheef=2 hangs_dangerously=2
      nobody_is_taking_action=2.5 closed_since_covid=2.5 closed_since_the_pandemic=2.5 dicht_sinds_corona=2.5
      hangt_er_nog_steeds=2 staat_er_nog_steeds=2 is_still_up=2
      padlocked=2
    bij_elke_bui=1.5 elke_bui=1.5 every_time_it_rains=1.5 just_gone=1.5 stranded=1 geen_bewonersavond=2 geen_enkele_bewonersavond=2 geen_informatieavond=2 geen_inspraak=2 niet_met_je_inwoners_om=2 ligt_er_uit=2 ligt_eruit=2 ligt_er_weer_uit=2 neemt_de_telefoon_niet_op=1.5 nemen_de_telefoon_niet_op=1.5 not_answering_the_phone=1.5 does_not_answer_the_phone=1.5 kleuren_rood=1.5 kleurt_rood=1.5
    niemand_heeft_ons_iets_gevraagd=2 ons_niets_gevraagd=2 nobody_asked_us=2 loopt_weer_over=2 loopt_over=1.5 did_not_show=1.5 knocked_down=2 for_budget_reasons=1.5 nowhere_to_go=1 last_way_home=2 forgotten_again=2
    ruikt_en_smaakt=2 smaakt_naar=1.5 waar_moeten=1.5 toot_gaya=2.5 toot_gayi=2.5 tut_gaya=2.5 toota_hua=2.5 without_any_notice=2 without_notice=1.5
    collapsing=1.5
    na_een_buitje=1.5 is_locked=1
    no_permission=2 at_midnight=1.5 not_picking_up=1.5 under_review=1.5 kuch_karo=1.5 torn_open=2 op_knipperen=1.5 only_heard_about_it=2 got_cut=1.5 cannot_get_to_work=2 sagging=1.5
    temporarily_removed=2 how_am_i_supposed_to=1.5 who_signed_off=1.5 residents_objected=2 given_anyway=1.5
    geen_brief=1.5 leg_het_eens_uit=2 komen_te_laat=1.5 says_next_year=1.5 never_emptied=2.5 whoever_decided=2 going_down_to=1.5 sort_it_out=1.5 third_one_this=2 nobody_was_consulted=2 not_been_cleared=2
    officieel_permanent=2 officially_permanent=2 zero_new=1.5 zonder_licht=1.5
    has_been_closed_for=2 every_wet_season=1.5 without_a_car=1.5
    niemand_informeert=2.5 laatste_rit=1.5 hoe_moet_ik=1.5 called_112=1.5 koi_nahi_aaya=1.5 some_of_us_work=2 permission_was_for=2
    were_not_told=2 gets_cut=1.5 laten_liggen=2 ligt_half_plat=2`,
  place: `buurt wijk buurtje wijkje straat straatje onze_straat=1.5 in_de_straat
    bij_ons voor_de_deur=1.5 om_de_hoek voor_ons_huis=1.5 naast_ons ons_dorp=1.5
    het_dorp dorp=0.5 binnenstad centrum=0.5 hier=0.5 in_de_buurt=0.5 buurtbewoners=1.5
    bewoners omwonenden=1.5 buurman=0.5 buurvrouw=0.5 buurtapp=1.5 buurt_app=1.5 gemeente=1.5
    stadsdeel=1.5 wijkteam hoek=0.5 t_h_v=1.5 thv=1.5 ter_hoogte_van=1.5 tegenover=0.5
    woonwijk nieuwbouwwijk onze_wijk=1.5 de_wijk in_het_dorp achter_de_flat bij_de_flat
    our_street=1.5 our_road=1.5 our_area=1.5 my_street=1.5 this_street the_street=0.5
    our_neighbourhood=1.5 our_neighborhood=1.5 neighbourhood neighborhood locality=1.5
    public_place* public=0.5 residents residential locals=0.5 local=0.5 estate=0.5 village=0.5 town=0.3 area=0.3
    near=0.3 opposite=0.5 in_front_of=0.7 outside_my_house=1.5 outside_our_house=1.5 corner=0.5
    near_my_house=1.5 next_to_my_house=1.5 behind_my_house=1.5 opposite_my_house=1.5
    near_our_house=1.5 lane=0.3 main_road=0.5 service_road=1 cross_road=0.5 layout=1 colony=0.5 localites=1.5
    surroundings=0.5 surrounding_area=1 vicinity=1 premises=0.5 this_area=1 our_colony=1.5
    public_road* cul_de_sac alleyway=0.5 alley=0.5 our_ward=1.5 this_ward ward_no=1.5
    ward_number=1.5 wethouder=1.5
    raadslid wijkbeheer*=1.5 openbare_ruimte=1.5 buitenbeter=1.5 achterpad brandgang
    steegje=0.5 pleintje=0.5 hofje=0.5 onze_buurt=1.5 mijn_straat=1.5`,
  /** National politics, far-away news, sport, advertising and private life: not a local issue. */
  offTopic: `kabinet=2 minister*=2 staatssecretaris=2 premier tweede_kamer=2.5 eerste_kamer=2
    kamerlid*=2.5 kamerleden=2.5 kamervragen=2.5 kamerbrief=2.5 kamerdebat=2.5
    kamermeerderheid=2.5 motie*=2 amendement*=2 wetsvoorstel*=2.5 initiatiefwet*=2.5 deze_wet nieuwe_wet
    wetgeving coalitie*=2 oppositie=2 fractie*=2 partij partijen=1 regering*=2
    rijksoverheid=2 rijk=1 landelijk*=2 nationaal=2 nationale=2 europees europese
    europa eu nederland nederlandse=1 nederlanders=1 in_nederland=2 hele_land
    het_land=1 ons_land jaarlijks=0.5 per_jaar=0.5 steden=1 klimaatakkoord=2 klimaat*=1
    energietransitie economische=1 corona* covid* lockdown pandemie virus=1
    vaccin* rivm ziekenhuis*=1 zorg=1 zorgmedewerkers=1 verpleeg*=1 huiselijk_geweld=2
    cadeautje=1 bedrijf=1 binnen_24_uur bel_voor=2 bel_onze=2 bij_u voor_u=1 gratis=1 wij_bestrijden wij_komen wij_leveren
    wij_helpen=1 thousands=1 millions=1 footage=1 caught_on_camera geen_zin=1 begroting*=2 debat*
    verkiezing* formatie binnenhof=2 rutte=2 schoof=2 wilders=2 omtzigt=2 timmermans
    pvv=2 vvd=2 cda=2 d66=2 pvda=2 groenlinks=2 christenunie=2 sgp=2 pvdd=2 fvd=2 ja21=2 bbb
    nsc 50plus raad_van_state=2 toeslagenaffaire=2.5 belastingdienst cbs=1
    defensie migratie asielbeleid=2 pensioen* economie inflatie politiek*=1
    politici democratie grondwet=2 sancties navo=2 gemeenten=1 alle_gemeenten
    burgemeesters=1 provincies=1 hoorzitting initiatiefnota=2 ministerie*=2 stemmen=0.5
    tk2025=2 tk2023=2 werkbezoek zzpers=1
    congress=2 senate=2 senator*=2 parliament*=2 prime_minister=2 president*=2 presidential=2
    white_house=2 government*=1 election* democrat*=2 republican*=2 gop=2 tory tories=2
    legislation nationwide national=1 federal tariff* immigration trump=2
    biden=2 brexit=2 pmqs=2 politics=1 politicians=1 mps=1 infrastructure_bill=2
    wedstrijd* doelpunt* goal=1 goals=1 scoorde gescoord kampioen*
    competitie=1 eredivisie=2 ajax=2 psv=2 feyenoord=2 vitesse=2 nec=1 fc=1 oranje=1 elftal
    trainer=1 scheidsrechter=2 penalty=1 var=0.5 kwartfinale*=2 halve_finale=2 finale
    semi_final*=2 league premier_league=2 champions_league=2 arsenal=2 liverpool
    chelsea nba=2 nfl=2 playoff*=2 marathon 10k halve_marathon=2 wielren*
    etappe=2 tour_de_france=2.5 f1=2 formule_1=2 verstappen=2 coureur=2 qualifying lap=1
    hockey schaatsen=1 elfsteden*=2 olympische olympics supporters=1 kuip
    voetbal=1 football=1 soccer=1 transfer=1 match=1 season=0.5 team=0.5
    korting=2 kortingscode=2.5 aanbieding*=2 bestel bestellen bestelling*
    gratis_verzending=2.5 verzending=1 webshop=2 link_in_bio=2.5 sale shop_now=2.5 use_code=2.5
    gebruik_code=2.5 offerte*=2 vakkundig betaalbaar=1 erkend=1 bel_nu=2 call_us=2 call_now=2
    24_7 dm_ons dm_us vraagprijs=2.5 te_koop=2 te_huur in_de_verkoop=2 bezichtig*=2
    k_k kosten_koper=2 makelaar* giveaway=2.5 winactie=2.5 tag_een_vriend=2 like_en_deel=2
    free_shipping=2.5 checkout discount*=2 promo* order_now=2 nieuwe_collectie=2
    collectie=1 webinar=2 meld_je_aan vacature*=3 zoekt_medewerkers=2 salaris=1 hiring=2
    voorrijden same_day ontstop*=1 voorrijkosten=2.5 vaste_prijs=2 ter_plaatse=0.5
    diervriendelijk=2 bestrijden=1.5 solliciteer*=3 sollicitatie*=2.5 uur_per_week=2 thesis=1.5 voorgedragen=1.5 dutch_speaker=1.5 job_hunting=2 sprint_planning=2 merge_request*=2 pull_request*=2
    onze_tuin=1.5 ons_dak=2 dakdekker=2 verzekering=1.5 tegelzetter=2 verbouwing*=1.5
    klusjesman=1.5 wij_zoeken=2.5 we_zoeken=2 vereist=2 een_pre=2.5 arbeidsvoorwaarden=2.5
    van_de_zaak=2 wij_verwijderen=2.5 dezelfde_dag=2 bel_ons=2.5 actief_in=1.5 werkzaam_in=2
    en_omgeving=1.5 fijne_dag=1.5 onze_website=2 feestelijk*=2 geopend=1 onthuld=2 onthulling=2
    vernoemd=2 vernoemen=2 sinterklaas=2.5 intocht=2.5 live_te_volgen=2.5 benoeming=2 griffier=2
    jaarrekening=2 knmi=3 weeralarm=3 windstoten=2 anwb=2.5 knooppunt=2 kilometer_file=2.5
    landelijke_storing=3 heel_nederland=2.5 til=2 koophuis=2.5 ons_huis=1.5 installateur=2
    beslag=1.5 gebakken=1.5 mijn_gazon=2 gazon=1 buxus=1.5 zwemdiploma=2.5 feestje=1.5
    free_quote*=2.5 fully_insured=2.5 competitive_rates=2.5 dm_me=2
    call_or_whatsapp=2.5 no_call_out_fee=2.5 call_out_fee=2 guarantee=1.5 emergency_plumber=2.5
    checkatrade=2.5 send_your_cv=3 hours_a_week=2 finished_renovating=2.5 renovating_our=2.5 renovating_my=2.5 our_bathroom=1.5
    festival=1 parade=1 looking_for_tips=1.5 met_pensioen=2.5 mooie_tijd=2 gespeeld=2 schoorsteenveger=2.5 onze_douche=2 tweede_kerstdag=1.5 scriptie=2.5
    ingeleverd=1.5 anyone_recommend=2 dreamt=2.5 what_does_it_mean=2 vet=2 paw=1.5 soft_play=2
    pasta=2 sauce=1.5 midfield=2.5 history_is=2 bring_sunscreen=2 gloves_and_bags=2 said_yes=1.5
    kijk_in_de=1.5 afvalapp=1.5 ophaaldagen=1.5 wordt_opgehaald=1 pubquiz=2.5 entree=2
    opgeven_via=2 zoontje=1.5 boek_over=2 boerenkool=2 rookworst=2 bottom_of_the_garden=2.5 resident_evil=2.5 remake=2 new_single=2.5 all_platforms=2.5
    anniversary=2 replying_all=2 reply_all=2 corporate=1.5 check_your=1.5 new_customers=2.5 humane=1.5
    just_back_from=2 long_weekend=1.5 stroopwafels=1.5 ongelezen=2 nieuwsbrieven=2 onder_handen_genomen=2 gewied=1.5 rug_is_kapot=2
    jaar_geleden=2 opa=1.5 nooit_vergeten=2 we_cover=2.5 callouts=2 book_online=2.5 drain_surveys=2 grout=2 this_album=2
    on_repeat=2 still_holds_up=2 in_one_sitting=2 novel=1.5 campsite=2 safari=2 front_benches=2.5
    penalties=1.5 douche=1.5 goed_middel=2 doe_mee=1.5 aanmelden=1.5 in_this_game=2.5 this_game=1.5 status_orange=3 status_yellow=3 status_red=3
    rainfall_warning=3 weather_warning=3 met_eireann=3 met_office=3 offside=2.5 officiating=2
    jaarvergadering=2.5 iedereen_welkom=2 dorpsfeest=2 kermis=1 kindermiddag=2
    feesttent=2 tot_dan=1.5 trekker=1 monteur=1.5 koppeling=1.5 vacancy=2.5 closing_date=2.5 apply_via=2.5 careers=2 part_time=1.5 book_your=2
    fully_licensed=2.5 insured=1.5 sump_pump=2.5 my_basement=2 our_basement=2 exam=1.5 cooked=1
    episode=1.5 history_of=2 mansion=1.5 rich_people=1.5 players=1 gaming=1.5 spawned=2.5 sniped=2.5
    warzone=2.5 skylines=4 memecoin*=2.5 crypto=2 rugged=2 no_cap=1.5 maths=1.5 whole_class=1.5
    lost_dog=3 lost_cat=3 please_share=2 no_collar=2 ran_off=1.5 have_you_seen=2 last_seen=2.5
    laatst_gezien=2.5 vermist=2 gevonden=1.5 sleutelbos=2.5 stuur_me_een_pb=2.5 reminder=1.5
    will_be_closed=2 normal_opening_hours=2 crime_story=2 bizarre=1 genuine_question=1.5
    ongediertebestrijding=2 discreet=1.5 bel_vandaag=2.5 gratis_inspectie=2.5 opblaasbad*=2
    wat_een_hitte=2 graden=1 his_room=1.5 pigsty=1.5 under_his_bed=2 under_my_bed=2 opvoedingsprobleem=2.5 opvoeding=1.5 miljoen=1
    uiteten=2.5 sushi=1.5 sterren=1.5 frikandel=2 friet=1.5 snackbar=1 hotel=1.5 ontbijt=1.5
    waarschuwen=1 our_lawn=2 my_lawn=2 our_garden=2
    my_garden=2 restaurant=1.5 the_food=1.5 biryani=1.5 waiter=1.5 best_landlord=2.5
    christmas=1 chocolates=1 official_figures=2.5 figures_show=2.5 england_and_wales=2.5
    every_city=2 in_the_world=2 whatsapp_us=2.5 for_a_quote=2.5 off_all=2 special_offer=2 documentary=1.5 going_camping=2 camping=1 repellent=1.5 parking_permit=1 bespaar energierekening=1 tuinmeubelen=1
    jarig verjaardag* birthday netflix koorts=1 ziek=0.5 sick=0.5 wish_me_luck
    love_you lol=0.5 haha*=0.5 omg=0.5 boyfriend=1 girlfriend=1 job_interview examen*=1
    tentamen*=1 toetsen=1 deadline*=1 huiswerk=1 homework=1 essay=1 podcast documentaire
    album film=1 serie=1 movie recept=1 pizza=1 pannenkoeken=1 puzzelen=1 schoonmoeder=1
    gym=1 workout=1 iphone rijbewijs=1 zwemles=1 diploma=1 verhuisd=1 moved_into=1
    schoonmaakbedrijf=1 glazenwasser stock_market portfolio=1 website=1 blog=1
    kerstdiner=1 kerstboom=1 date_vanavond=1 mijn_tuin de_tuin=0.3 in_huis=0.5 thuis=0.5
    deurmat=0.5 badkamer=0.5 keuken=0.3 at_home=0.5 my_room=1 kitchen_sink=2 plumber=1
    loodgieter=2 kookkunsten=1 trui=1 puppycursus=1 kittens=1
    duizenden=1 honderden=0.5 miljoenen=1 miljarden het_rijk provinciale=1 mijn_kat=1
    onze_kat=1 mijn_hond=1 onze_hond=1 my_cat=1 our_cat=1 my_dog=1 our_dog=1 my_kitchen=1
    kitchen_tap new_study study_shows researchers=1 scientists=1 onderzoekers=1 million_tonnes=1.5 indian_cities=1.5
    uit_onderzoek_blijkt across_the_country whole_country the_country=0.5
    zorgverlener* mijn_fiets=1
    refund=2.5 order_no=2.5 order_number=2.5 order_id=2.5 debited=2.5 amount_debited=3 customer_care=2
    customer_service=1.5 not_dispensed=2.5 transaction=2 my_order=2 my_parcel=1.5 courier=1
    see_myself_out=3 why_did_the=1.5 dad_joke*=3 punchline=2.5 fun_fact=2 local_history=2.5
    history_nerds=2.5 history_buffs=2.5 century=1 annual=1 mela=2 food_stalls=2.5 entry_is_free=2.5
    all_proceeds=2.5 proceeds=1.5 worth_it=1.5 portions=2 tried_the_new=2.5 curry=1
    handed_in=2.5 set_of_keys=2.5 lanyard=2 game_night=2.5 board_game*=2.5 ticket_to_ride=3 catan=3
    monopoly=1.5 simcity=2.5 minecraft=2.5 uber=1.5 my_ride=1.5 back_garden=2 drain_snake=2.5
    plunger=2 baking_soda=2 just_watched=2 the_nation=2 bedroom=1.5 toddler=1.5
    stir_fry=2 ghosted=2.5 rug_pull=3 jokes=1
    informeert=2.5 let_op_inwoners=2.5 goed_nieuws=2 unaniem=1.5 ingestemd=1.5 via_de_website=1.5
    buurtfeest=2.5 springkussen=2.5 draaiorgel=2 live_muziek=2 coverband=2.5 bbq=1.5
    treinkaartjes=2 duurder=1 ventilator=1.5 balkon=1 raden_jullie_aan=2.5 aanraden=1.5
    internetprovider=2.5 mijn_borg=2.5 tapijt=1.5 opgegroeid=2 vroeger=1 laatste_dag=2
    laatste_werkdag=2.5 afscheid=1.5 moestuin=2 pompoenen=2 geoogst=2 winterklaar=1.5
    afgegeven=2 sleutels=1.5 sleutelhanger=2 de_bal=1.5
    gegeten_bij=2 bediening=1.5 aannemer=1.5 gaat_verbouwen=2 verbouwen=1 open_monumentendag=3
    open_voor_publiek=2 duivensport=2.5 postduif*=2.5 ons_hok=2
    in_memoriam=3 overleden=2.5 rust_zacht=3 condoleance*=3 wij_verhuizen=2.5 verhuizen_naar=2
    verhuisd_naar=2 op_zoek_naar_een=1.5 ingezonden=1.5 ijsvogel=2 vogels_spotten=2.5 trots_op=1.5
    profielwerkstuk=3 werkstuk=2 spreekbeurt=2.5 enquete=2 net_terug_van=2.5 terug_uit=2 diagnose=2
    chemo=2.5 open_dag=2.5 zoekt_per_direct=3 per_direct=1.5 tips_voor_een=2 pluspunten=2.5
    minpunten=2.5 tuinproject=2.5 achtertuin=2 eerste_week=1.5 eerste_werkdag=2.5
    passing_of=3 with_great_sadness=3 rest_in_peace=3 condolences=3 got_married=3 wedding=2
    were_hiring=3 join_our=2 need_advice=2 my_deposit=2.5 deposit=1 moving_to=1.5 grad_school=2.5
    just_listed=3 bungalow=2 bed_bungalow=3 to_whoever=1.5 good_session=2.5 perch=2 maggot=2
    allotment=2 courgettes=2 personal_news=3 first_day=2 so_proud_of=2.5 school_project=2.5
    term_project=2.5 volunteers_needed=2.5 living_the_dream=2.5 our_builder=2.5
    our_drive=1.5 review=1.5
    dakgoot=1.5 iemand_een_goede=2.5 distributieriem=2 for_rent=2.5 bhk=2.5 no_brokers=3 zombie=2
    respawning=2.5 ammo=2.5 all_game=2 science_project=2.5 go_vote=2.5 polling_station=2
    cricket=1.5 wicket*=2 innings=2 selectors=2 ipl=2.5 t20=2.5 odi=2 opener=1
    iedereen_is_welkom=2 in_de_commissie=2 bespreken_we=2 aangenomen=1.5 raadsvoorstel=2
    passed_away=2.5 heavy_heart=2.5 garage_sale=3 for_sale=2.5 ride_report=3 tripod=2.5
    long_exposure=2.5 scratch_built=3 model_railway=3 family_tree=3 great_grandfather=2 census=1.5
    poem=2 driving_test=2.5 kitchen_renovation=3 springboks=2.5 braai=2 old_photo=2
    moving_out=2 boutique_hotel=2.5 verkopen_wij=2.5 inboedel=2.5 modelspoor*=3
    rijles=2.5 blogje=2 wandelrondje=2 fietsroute=1.5 reunie=2.5 stamboom=2.5 genealogie=3
    schrijfclub=2.5 afstudeeronderzoek=3 kijkhut=2 verhuizing=1.5 jaren_zestig=2
      snurk*=2 snore*=2 snoring=2 tandarts*=1.5 dentist*=1.5 verhuizen=1 bought_online=2.5 ordered_online=2.5 online_besteld=2 i_bought=1.5 nooit_meer_kopen=2.5 niet_meer_kopen=2 never_buying=2.5 flimsy=1.5 van_de_supermarkt=1 local_man=2 tarieven=1.5 tariefverhoging=2 prijsverhoging=2 abonnement=1 u_ontvangt=2 ontvangt_u=2 nieuwe_inzamelroute=2
      dishes=1.5 flatmate*=2 roommate*=2 huisgenot*=1.5 besproken=1 huurwet=2 wet_betaalbare_huur=2.5
      coworker*=2 colleague*=1.5 open_plan=2 chocolate=1.5 recipe=1.5 thank_you_for_your_patience=3 dank_voor_uw_begrip=3 bedankt_voor_uw_begrip=3 diversions_in_place=2.5 excuses_voor_het_ongemak=3 sorry_for_the_inconvenience=3 vodafone=2 chatbot=2 klantenservice=2 ziggo=2 odido=2 coolblue=2 rents_going_up=2.5 rent_going_up=2.5 rent_is_going_up=2.5 market_rates=2
      insurer=2 inboedelverzekering=2.5 verzekeraar=2 dishwasher=1.5 vaatwasser=1.5 wasmachine=1 washing_machine=1 mechanic*=2 handige_mensen=2 kruipruimte=1 kerstmarkt*=2.5 carnaval=2 oeteldonk=2.5 kings_day=2 koningsdag=1.5 watersnoodramp=2.5 lezing=1.5 leuk_weetje=2.5 geschiedenisliefhebber*=2.5 overgrootvader=2 overgrootmoeder=2 vorige_eeuw=2 eerste_schooldag=2.5 trotse_moeder=2.5 trotse_vader=2.5 schoolproject=2.5 renovation_diary=3 windmills=1.5 bucket_list=2 sunday_ride=2 security_deposit=2.5 deposit_back=2.5 new_mayor=2 sworn_in=2 officially_installed=2.5 summary_of=2.5
      tamme_rat*=2.5 pet_rat*=2.5 mijn_heg=2 my_hedge=2 wie_wil_mijn=2.5 zelf_opgehaald=2.5 af_te_halen=2.5 free_to_collect=2.5 free_to_a_good_home=3 lego*=2.5 city_builder=3
      boekenclub=2.5 book_club=2.5 leesclub=2.5 kinderfeestje=2.5
      the_missus=2 my_missus=2 pint=1.5 thats_robbery=2 out_of_station=2.5 invoice=1.5 bread=1.5 douchegordijn=2.5 trucje=1.5
    wie_weet_hoe=2.5 weet_iemand_hoe=2.5 anyone_know_how=1.5 wie_weet_een_goede=2.5 recs_please=2 any_recs=2 any_recommendations=2 recommendations_for=2 looking_for_a_reliable=2 looking_for_a_good=2 zalf=1.5 in_this_country=1.5 dail=2 block_party=2 flat_hunting=2.5 house_hunting=2.5 aangeschaft=1.5 bought_a=1.5 a_sewer_of=3 beerput_van=2.5 drop_in_session*=2 diversions_will=2
    kater=1.5 thuisgekomen=2 not_come_home=2 not_came_home=2
    onze_eigen=1.5 mijn_eigen=1.5 mn_eigen=1.5 my_own=1.5 our_own=1.5 bij_mijn_ouders=2 productief=1.5 de_was_gedaan=2 brood=1.5 oude_fotos=2.5 oude_foto=2.5 jaren_60=2 jaren_70=2 jaren_80=2 jaren_90=2 in_the_60s=2 in_the_70s=2 in_the_80s=2 in_the_90s=2 op_tv=2 livestream=2 youtube_channel=2 ref=1.5 picnic=1.5 adulting=2.5 took_the_bins_out=2 book_now=2.5 free_survey*=2.5 back_home=1.5 green_lights=1.5 all_the_way_home=1.5
    op_zee=2 noordzee=1.5 offshore=1.5
    eerste_paal=2.5 omgevingswet=2 wij_steunen=2
    laatste_dozen=2.5 sleutel_in_te_leveren=2 sleutel_inleveren=2 toneelstukje=2 presentatie_voor_de_ouders=2 met_de_camera=2 fotografeer=2 exposeer=2 huisdieren=2 geadopteerd=2 ons_eigen=1.5 huiseigenaren=2 honeymoon=2.5 road_trip=2 rental_company=2 our_villa=2 our_hotel=2 our_cottage=2 credit_card=2 keyring=2 theyre_yours=2.5 street_party=2.5 straatfeest=2.5 bouncy_castle=2 tombola=2 recap=2 as_pets=2.5 rescue_rats=3 photos_in_the_comments=2 my_grandfather=2 used_to_tell_me=2.5 in_the_1950s=2 in_the_1960s=2 in_the_1970s=2 in_the_1980s=2
    steun_de_horeca=2.5 vandaag_gesproken_met=1.5 wij_willen_dat=2 zeggenschap=1.5 draagvlak=1 laat_de_regio=2 regiobeleid=2.5 repair_guy=2 my_ac=2 monday_again=2 back_from=1.5 overlevende=2 lezing_bijgewoond=2.5
    adopted_me=2.5 test_drive=2.5 sleep_schedule=2.5 free_inspection=2.5 pest_free=2 als_wethouder=2 samen_bouwen=2 opent_de_nieuwe=2 gaan_zeker_kijken=2 per_ongeluk=1.5
    fotografie=2 natuurliefhebbers=2 vogeltrek=2 biologie=1.5 leuk_feitje=2 wist_je_dat=1.5 ongediertebestrijder=2 eigen_schuld=2 ervaringen_met=2 tiktok=2 lifehack=2 leerde_ik_vandaag=2 kaartjes_over=2.5 voorstelling=1.5 treinleven=2 stiltecoupe=1 op_kantoor=1.5 koffieautomaat=2 onze_inzet=2.5 het_volledige_betoog=2.5 wij_blijven_kritisch=2 tubeless=2 puncture_proof=2 caturday=2 catsofmastodon=2 app_recommendations=2.5 amreading=2
    correctie_voor_de_redactie=2.5 redactie=1.5 censuur=2 bij_dit_artikel=2.5 mensen_die_hier_klagen=2.5 kijk_eerst_eens_naar_jezelf=2.5 onze_keuken=2 iemand_tips=2 comment_section=2.5 link_to_the=2 before_forming_an_opinion=2.5 says_chief=2 outfield=2.5 called_off=1.5
    nieuwe_aflevering=2.5 luister_via=2 lijsttrekker=2 beloof_ik=2.5 stem_op_lijst=2.5 plan_je_reis=2.5 pendelbussen=1.5 stemt_in_met=2 burendag=2.5 koffie_en_koek=2 plaagdierbestrijding=2 vrijblijvende_offerte=2.5 bel_of_app_ons=2.5 geopend_door_de_wethouder=2.5 presenteert=1.5 lees_het_hele_plan=2.5 word_of_the_day=2.5 orange_warning=2 stay_safe=1.5 re_elect=2.5 our_manifesto=2.5 walking_tour=2.5 for_centuries=2 fall_colours=2 would_recommend=2 cities_are=2 growing_up=2 simpler_times=2.5 spotted_a=2 book_one=1.5 before_we_move=2 tip_for_new=2.5 opens_a_new=2 love_hate=1.5
    meester_in_klussen=2.5 klussen=1.5
    ravijnjaar=2.5 vng=2 in_elke_gemeente=2.5 elke_gemeente=2 gemeentefonds=1.5 verdeelsleutel=2.5 plattelandsgemeenten=2 bibliotheekvestigingen=2 de_uitzending=2 1_op_de_5=2 landelijk_verbod=2.5 in_the_uk=2 british_roads=2 new_figures=2 every_borough=2 every_council=2 every_state=2 every_town=2 in_the_country=1.5 report_card=2 infrastructure_is_crumbling=2 says_the_aa=2.5 record_last_year=2 case_study=2 fiscal=2 austerity=1.5 governors_visit=2.5 impressive_engineering=2 housing_shortage=2
    wordt_opgeleverd=2 repair_cafe=3 zolder_opgeruimd=2.5 de_hele_zolder=2 naar_de_milieustraat=2 unlimited_data=2.5
    annual_report=2.5 opens_new=2 opent_nieuw=2 is_trialling=2 fines_water_companies=2.5 grievance_camps=2.5 load_shedding_is_suspended=2.5 aangepaste_dienstregeling=2.5 check_de_reisplanner=2.5 infostand=2.5 boekenmarkt=2 parking_fine=1.5 the_letter_from=1.5 seems_straightforward=2 sent_flowers=2.5 national_pothole_day=3 pun_account=2.5 onoverzichtelijke_website=2.5 no_casualties=2 relationship_status=2.5 replies_under=2.5 compile_times=2.5`,
  /** Praise and contentment; a sarcasm marker turns them into complaints instead. */
  positive: `mooi mooie mooiste prachtig*=1.5 heerlijk*=1.5 gezellig*=1.5 geweldig* top=0.5
    super_blij=1.5 blij trots compliment*=2 bedankt=0.5 dank_aan=1.5 succes aanrader=1.5
    genieten=1.5 opschoondag=1.5 opschoonactie=1.5 schoonmaakactie=1.5 clean_up_day=1.5
    litter_pick*=1.5 opgelost=1.5 snel_opgelost=2.5 al_gemaakt=2 weer_gemaakt=2
    al_gedicht=2 al_gerepareerd=2.5 top_gedaan=2.5 is_gedicht=2 is_gerepareerd=2.5 snel_gerepareerd=2.5 was_het_klaar=2
    top_dat=2 zo_snel=1 snel_repareren=2 gefixt=1.5 got_filled=2 been_filled=2.5 massive_thank_you=2.5 this_is_how_it_should_be=2.5 quick_work=2 appreciated=1.5 binnen_twee_dagen=1 binnen_2_dagen=1 binnen_een_dag=1 spik_en_span=2.5 weer_schoon=2 top_service=2.5 zo_kan_het_dus_ook=2.5
    goed_gedaan=2 pluim=2 chapeau=2 shout_out=1 thanks_for_fixing=3 for_fixing=2
    has_been_fixed=2 got_fixed=2.5 fixed_within=2.5 quick_response=2 prompt_action=2 kudos=2
    well_done=2 great_job=2 good_job=2 credit_where=2.5 huge_thanks=2 was_filled=1.5
    filled_by=1.5 good_landlords=2 netjes welkom eindelijk_open=1.5 gewonnen
    happy love lovely=1.5 beautiful=1.5 great=0.5 amazing thanks_to thank_you
    congrat*=1.5 proud welcome fun=0.5 enjoy* yay look_great=1.5 looks_great=1.5 shoutout=1 faith_in_humanity=2.5 bedanken=1.5 heel_erg_bedanken=2 was_back_on=2 back_on_by=2 worked_through_the_night=2
      dankjewel_aan=2 dank_je_wel_aan=2 bedankt_aan=1.5 helden=1 huge_shout_out=2.5 who_fixed=2.5 who_repaired=2.5 highly_recommend*=2.5
      massive_respect=2.5 genuine_thank_you=2.5 welgemeend_compliment=2.5
      no_complaints=2.5 geen_klachten=2
    petje_af=1.5 cosy=1
    geen_enkele_klacht=2 eindelijk_geen=2 finally_no=2 geen_overlast_meer=2.5 eindelijk_veilig=2.5 het_kan_dus_wel=2 changed_for_the_better=2.5 how_clean=1.5 who_cleared=2.5 who_cleaned=2.5 who_filled=2.5 who_collected=2.5
    wat_een_fantastisch=2 fantastisch*=1.5
    stond_er_een_nieuwe=2.5 als_iets_goed_gaat=2 positive_news=2.5 finished_replacing=2.5 properly_lit=2 nice_to_see=2 turnout=1.5 litter_pickers=2
    mooi_voorbeeld=2 goed_voorbeeld=2 cleared_within=2.5 keep_it_up=2 great_work=2 magical=1.5
    brandt_weer=2.5 snelle_reactie=2
    het_kan_dus_ook=2 eindelijk_aangelegd=2.5 snel_geregeld=2
    respect_voor_de_vrijwilligers=2.5 zwerfafval_rapen=2 finally_replaced=2.5 finally_fixed=2.5 small_victories=2.5 eindelijk_vervangen=2.5 eindelijk_gemaakt=2.5
    te_bekennen=2 uitgewaaid=2 binnen_een_uur=1.5
    had_ik_echt_niet_verwacht=2 genuinely=1.5 genuinely_impressed=2.5 nice_one=1.5 what_have_you_done_with=2
    mooi_nieuws=2
    piekfijn=2`,
  /** Consumes phrases whose words would otherwise be read as cues. */
  neutral: `rat_race=0 throw_a=0 waste_of=0 wasted=0 on_the_verge=0 niet_alleen=0 not_only=0 no_doubt=0
    traffic_to=0 website_traffic=0 trash_talk=0 code_oranje=0 code_rood=0 zo_snel_mogelijk=0
    bij_ons_thuis=0
    air_traffic=0
    cannot_complain=0 white_trash=0 dump_her=0 dump_him=0 dumped_her=0 dumped_him=0 dumped_me=0
    dumps_her=0 dumps_him=0 noise_cancelling=0 noise_canceling=0 dumpster_fire=0 absolute_garbage=0 pure_garbage=0 total_garbage=0
    absolute_trash=0 pure_trash=0 absolute_rubbish=0 utter_rubbish=0 complete_rubbish=0
    talking_rubbish=0
    is_echt_afval=0 was_echt_afval=0 daylight_robbery=0 dealing_with=0 deal_with=0 ik_ben_kapot=0
    ik_ben_zo_kapot=0 ben_zo_kapot=0 ben_echt_kapot=0 so_trash=0 is_trash=0 are_trash=0
    was_trash=0 straight_in_the_trash=0 took_the_trash_out=0 take_out_the_trash=0 taking_out_the_trash=0
      marriage_hall=0 marriage_halls=0 wedding_hall=0
      echte_duiventil=0 een_duiventil=0
    lek_gestoken=0
    garbage_in_garbage_out=0
    water_ze_tot_de_lippen=0 water_tot_de_lippen=0
    dumps_you=0`,
};

/**
 * Other countries, foreign cities and disasters: far-away news. In a Dutch post they outweigh any
 * topic (see `classifyPost`); an English post may well be local to somewhere abroad.
 */
export const FAR_AWAY = `polen poland amerika amerikaanse verenigde_staten usa china chinese=1 rusland
  russia oekraine ukraine gaza=2 israel palestin* iran irak
  iraq syrie syria afghanistan turkije turkey=1 spanje spain
  italie italy frankrijk france duitsland germany engeland=1 griekenland
  greece japan pakistan bangladesh brazilie brazil mexico canada
  australie australia=1 afrika=1 africa=1 soedan sudan jemen yemen
  libanon lebanon venezuela noord_korea north_korea ijsland iceland
  georgie florida californie california texas new_york parijs
  paris londen berlijn berlin barcelona madrid rome moskou
  moscow kyiv kiev washington beijing peking tokio tokyo
  delhi sevilla seville valencia genua genoa istanbul brussel
  buitenland wereldwijd ter_wereld internationaal=1 abroad overseas
  worldwide global=1 aardbeving* earthquake* tsunami* orkaan* hurricane*
  vulkaan* volcan* bosbrand* wildfire* oorlog* war=1 beschieting*
  bombardement* shelling humanitair* humanitarian tientallen_doden=2
  death_toll breaking_news evacueren=1 geevacueerd=1 evacuated=1 displaced=1 giro_555=2
  staking=0.5
  europe european=1
    toscane tuscany italiaanse italianen crete kreta chania bali seminyak
    kenia`;

/**
 * The local authorities and public utilities that residents address their complaints to: a place
 * cue, and a complaint or a public thing addressed to one is about something local (see
 * `classifyPost`). English-speaking councils, and the municipal bodies of large Indian cities,
 * whose residents write to them in English.
 */
export const AUTHORITIES = `council city_council=1.5 councillor*=1.5 councilor*=1.5 municipality
  municipal authorities=1.5 officials local_authority=1.5 mayor=0.5 civic_body=1.5 civic_bodies
  local_body municipal_corporation=1.5 city_corporation=1.5 public_works=1.5 corporator*=1.5
  panchayat* bbmp*=1.5 bwssb*=1.5 bescom*=1.5 bmtc=1 bmrcl=1 ghmc*=1.5
  hmwssb=1.5 mcgm=1.5 ndmc=1.5 jal_board=1.5 water_board=1.5 nagar_nigam nagar_palika`;

/*
 * A request to act on something public: a request or a "should" a few words before a municipal
 * action ("please fix", "kindly look into", "should be cleared", "graag opruimen", "moet
 * gerepareerd worden"). The pair is a complaint (see `classifyPost`); the words alone are not,
 * and a private object after the action ("clean my room") cancels it.
 */
export const REQUESTS = `please pls plz plse kindly request requesting requested humbly
  could_you can_you can_someone can_somebody can_anyone will_you would_you
  graag gelieve alsjeblieft alstublieft aub svp verzoek verzoeke kan_iemand kunnen_jullie kunt_u
  kan_de_gemeente wil_de_gemeente zou_de_gemeente zou_fijn_zijn_als het_zou_fijn_zijn`;

export const MODALS = `should must need needs needed has_to have_to ought high_time
  moet moeten dient dienen mag_wel hoog_tijd wordt_tijd`;

/**
 * Things done to a public thing, not the verbs of politics ("address", "tackle", "aanpakken"):
 * those of a municipal service imply its category; the others fit anything.
 */
export const ACTIONS: Partial<Record<TopicCategoryId, string>> & { any: string } = {
  cleanliness: `clean cleaned cleaning clean_up cleaned_up sweep swept collect collected
    collecting opruimen ruim_op opgeruimd schoonmaken schoongemaakt legen geleegd opgehaald vegen
    geveegd`,
  roads: `resurface resurfaced patch patched close_the_hole fill_the_hole fill_the_pothole*
    fill_the_pit* close_the_pit* fill_it cover_the_hole cover_the_manhole close_the_manhole`,
  'sewer-water': 'unblock unblocked unclog ontstoppen',
  green: 'trim trimmed prune pruned mow mowed maaien gemaaid snoeien gesnoeid',
  traffic: 'tow towed',
  any: `fix fixed fixing repair repaired repairing repairs clear_this clear_it clear_the clear_up
    cleared clearing remove removed removing removal look_into looked_into looking_into replace
    replaced replacing maintenance repareren gerepareerd repareer weghalen weggehaald haal_weg
    verwijderen verwijderd vervangen herstellen hersteld herstel naar_kijken komen_kijken
    solve solved resolve resolved take_action take_care_of`,
};

/**
 * Near the action, these make it private ("clean my room", "mijn fiets repareren"): the owner's
 * words, and things people clean and fix at home.
 */
export const PRIVATE_OBJECTS = `my your ur his me yourself mijn mn je jouw mij house room kitchen
  bedroom bathroom garage car desk closet wardrobe laptop phone computer code bug bugs hair teeth
  huis kamer keuken slaapkamer badkamer auto bureau kast telefoon fiets haar tanden`;

/** Words before a cue that cancel it, if it is marked `!`. */
export const NEGATORS = 'niet geen nooit zonder noch not no never without nothing none nor';

/**
 * A topic word near one of these is a figure of speech ("mijn inbox is een vuilnisbelt", "this
 * movie is garbage"): the subject is private, online, political or a game, not a place.
 */
export const METAPHOR_SUBJECTS = `inbox mailbox brein hersenen geheugen relatie huwelijk agenda
  tijdlijn timeline feed twitter facebook instagram groepsapp whatsapp telefoon laptop computer pc
  code buik maag darmen neus keel vergadering debat voorstel team queue backlog ziel gedachten internet verdediging serie film album woningmarkt beurs trui
  brain memory relationship marriage schedule calendar phone email emails
  portfolio defence defense nose throat meeting meetings retro movie episode song book playlist stomach mijn_hoofd mn_hoofd my_head
  my_mind mijn_kamer mn_kamer my_room mijn_auto mn_auto my_car mijn_leven my_life
  financieel financially emotioneel mentaal
  mijn_bureau mn_bureau my_desk my_cars motivation discipline jeans my_heart mijn_hart
  tv_show the_show series sequel finale referee aflevering scheidsrechter felt_like career group_chat groupchat family_group
    this_week_has_been week_has_been
    economic_policy economy
    codebase
    this_app roadmap dating
    carriere`;

/**
 * Words that introduce what a problem leads to ("garbage everywhere, which leads to mosquitoes",
 * "de container zorgt voor ratten"): topic words after them say less about the category.
 */
export const CONSEQUENCES = `leads_to lead_to leading_to led_to causes causing resulting_in
  results_in result_in prone_to attracts attracting attract brings bringing invites inviting
  because_of_this hence thus
  leidt_tot zorgt_voor zorgen_voor trekt trekken waardoor hierdoor daardoor met_als_gevolg`;

/**
 * Cheap sarcasm markers: they turn praise into complaint and stop negation from cancelling. Those
 * with a weight are complaints by themselves ("lekker bezig, gemeente").
 */
export const SARCASM_MARKERS = `lekker_bezig=1 goed_bezig knap_hoor=0.5 top_geregeld=1 top_planning=1
  wat_een_service=1 yeah_right=0.5 thanks_a_lot thanks_for_nothing=1.5 zei_niemand_ooit=0.5
  said_no_one_ever=0.5 said_nobody_ever=0.5 sarcasme sarcasm
    dank_aan_degene_die=1.5 bring_cake=1.5 celebrating_their=1.5 celebrating_its=1.5 happy_birthday_to_the=2 is_not_it_lovely=1.5 is_not_it_great=1.5 fantastic_planning=2 brilliant_planning=2 great_planning=2 fantastische_planning=2 decorative_only=2 enjoy_the_chaos=1.5 nothing_to_see_here=1.5 builds_character=1.5 sleep_is_overrated=1.5 if_you_enjoy=1.5`;

/** For the tone: swearing and abuse, and threats. */
export const SWEARING = `kut* klote* godverdomme godver* tering* kanker* tyfus* kolere* verdomme
  shit* fuck* wtf waardeloos belachelijk schandalig idioten idioot debielen sukkels
  klootzak* hufter* asociaal* asocialen tokkie* damn crap bloody idiot* morons ridiculous
  disgrace pathetic outrageous pissed`;

export const THREATS = `ik_sla ik_maak_ze ik_ga_ze opknopen ophangen neerschieten afmaken
  moeten_dood ik_weet_waar ik_steek i_will_kill kill_them burn_it_down i_know_where
  gonna_kill`;
