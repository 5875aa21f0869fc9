import {
  ACTIONS,
  AUTHORITIES,
  CATEGORY_VOCABULARY,
  CONSEQUENCES,
  DEFAULT_WEIGHTS,
  FAR_AWAY,
  GENERAL_VOCABULARY,
  METAPHOR_SUBJECTS,
  MODALS,
  NEGATORS,
  OTHER_ISSUES,
  PRIVATE_OBJECTS,
  REQUESTS,
  SARCASM_MARKERS,
  SWEARING,
  THREATS,
} from './lexicon';
import {
  type Cue,
  type CueSource,
  emptyHits,
  hitText,
  Lexicon,
  scan,
  type WordEntry,
} from './matcher';
import { JOY_EMOJI, SARCASM_EMOJI } from './moods';
import { ENGLISH_STREET_WORDS, hasStreetSuffix, NOT_STREET_NAMES } from './streets';
import { CATEGORY_IDS, type CategoryId, TOPIC_CATEGORY_IDS } from './taxonomy';
import {
  CAPITALISED,
  CLAUSE_START,
  emptyPost,
  NOT_IN_TEXT,
  type TokenizedPost,
  tokenize,
} from './tokens';
import { estimateHeat, type Tone, toneOf } from './tone';

export type { CategoryId } from './taxonomy';
export { CATEGORY_IDS } from './taxonomy';
export type { Tone } from './tone';

export type EvidenceKind =
  /** A word of a category: "zwerfvuil", "pothole", "bushalte". */
  | 'topic'
  /** A complaint that fits any category: "kapot", "al 3 weken", "please fix". */
  | 'problem'
  /** Where it is: a street, a postcode, "onze wijk", the municipality's account. */
  | 'place'
  /** National politics, far-away news, sport, advertising, private life. */
  | 'off-topic'
  /** Praise and contentment ("mooi", "thanks to the council"). */
  | 'praise'
  /** A cue cancelled by a negation ("geen overlast"). */
  | 'negated'
  /** A cue read as a figure of speech ("mijn inbox is een vuilnisbelt"). */
  | 'metaphor'
  /**
   * Sarcasm that counts as complaint: a sarcastic phrase ("lekker bezig"), praise it turned around
   * ("geweldig 🙄"), or the marker (🙄, #not) with the weight of the cues it saved from a negation.
   */
  | 'sarcasm'
  /**
   * What made the tone heated (swear words, threats, capitals, "!!!", angry emoji): about the
   * `tone`, not the verdict, so always of weight 0; listed only for a heated post.
   */
  | 'tone';

export interface Evidence {
  /** The words of the post (lower case) or a description of the cue ("al 3 weken", "postcode"). */
  cue: string;
  kind: EvidenceKind;
  /**
   * Signed contribution to the local-issue score: above 0 for a reason for, below 0 for a reason
   * against; 0 for cues that were cancelled (`negated`, `metaphor`) and for `tone`.
   */
  weight: number;
  category?: CategoryId;
}

export interface Classification {
  local: boolean;
  /**
   * The topic of the post, a question apart from `local`: a post that is no local issue has the
   * category its words point at too ("stuck in traffic again" is about traffic), so that a clip of
   * it starts with one. Whether the post is a local issue is `local`, never whether it has a
   * category. A local issue whose words point at no category clearly is `other`; any other post
   * without a topic word has none (null), never `other`, which would call it a local issue.
   */
  category: CategoryId | null;
  /** How sure the verdict in `local` is, from 0.5 (a coin toss) to 1. */
  confidence: number;
  tone: Tone;
  /**
   * The cues behind the verdict, strongest first. Worked out when first read (the same analysis
   * again, writing the cues down): a feed classifies hundreds of posts and explains a few.
   */
  evidence: Evidence[];
}

/** What a caller that ran place resolution (lib/places) knows about the post. */
export interface PlaceHints {
  /**
   * The Dutch municipalities, places and neighbourhoods the post names, as written: any makes a
   * complaint local, and the explanation names them.
   */
  namedPlaces?: readonly string[];
}

/** Score from which a post is a local issue. */
const LOCAL_THRESHOLD = 2;
/** How steeply confidence rises with the distance of the score from the threshold. */
const CONFIDENCE_SLOPE = 1.3;
/** A local issue whose best category has less than this share of the topic words is `other`. */
const CATEGORY_SHARE_THRESHOLD = 0.3;
/** ...or whose best category has less weight than this (a lone minor word such as "park"). */
const CATEGORY_MINIMUM = 1;
/**
 * For its category, a post's strongest word of a category counts fully and its further words of
 * that category this much: "potholes, bad roads, broken footpaths and garbage everywhere" names
 * roads three times over but is not three times as much about roads as about garbage.
 */
const FURTHER_WORDS = 0.5;
/** A complaint about a public thing ("het bankje is kapot") counts more than either alone. */
const COMPLAINT_ABOUT_A_THING = 1;
/** Several public things together ("traffic", "road", "signal") make a post about them. */
const SEVERAL_THINGS = 1.5;
/** Topic words this close to a metaphor's subject count for this much of their weight. */
const METAPHOR_WINDOW = 6;
const METAPHOR_DISCOUNT = 0.15;
/** Topic words this soon after a figure of speech's own topic word are part of the figure. */
const FIGURE_GOES_ON = 3;
/** A topic word after a consequence ("leads to", "zorgt voor") counts this much for the category. */
const CONSEQUENCE_DISCOUNT = 0.4;
/** A request ("please", "should") reaches this many words ahead to the action it asks for. */
const REQUEST_WINDOW = 4;
const REQUEST_WEIGHT = 2;
/** The public thing an action of a municipal service implies ("please clean it"). */
const REQUESTED_SERVICE = 1;
/**
 * A private word between the request and the action ("ik moet mijn fiets repareren"), or up to
 * this many words after it ("clean up my room"), makes the action private.
 */
const PRIVATE_WINDOW = 2;
/**
 * A preposition of place reaches this many words ahead: over determiners and one other word
 * ("on the main road", "bij de oude container").
 */
const LOCATION_WINDOW = 3;
/** A negation reaches this many words ahead. */
const NEGATION_WINDOW = 3;
/** "geen (enkel) bankje": a negation this close before a thing says it is missing. */
const LACK_WINDOW = 2;
const LACK_WEIGHT = 1;
/** Topic words beyond this add nothing: a long list of problems is not more local than one. */
const ISSUE_CAP = 5;
/**
 * How the other kinds of cue count against a topic word of the same weight, and where they stop
 * adding up. A complaint or a place alone says less than a word such as "zwerfvuil".
 */
const SCORE = {
  problem: 0.8,
  problemCap: 4,
  objectCap: 4,
  place: 0.7,
  placeCap: 3,
  praise: 1,
} as const;
/** So many complaint words ("complaining", "stinky", "take action") make a post a complaint. */
const STRONG_COMPLAINT = 4;
/** A strong complaint at a clear place is local even without a topic word (category `other`). */
const COMPLAINT_AT_A_PLACE = 1.5;
/**
 * Posts longer than this many words need more evidence, this much for each further word (a post
 * of 100 words 1.5 more), up to MAX_LENGTH_COST (from 150 words on). Chosen on all own sets but
 * round 36 (315 errors without it, 296 with it), then measured on round 36's 200 long posts, which
 * had 39 errors without it and 22 with it.
 */
const LONG_POST_WORDS = 50;
const COST_PER_FURTHER_WORD = 0.03;
const MAX_LENGTH_COST = 3;
/** A caption is at most this many words. */
const CAPTION_WORDS = 10;
/** What a jam on a motorway counts against a post being local. */
const MOTORWAY_JAM = 3;

/** Word classes the scoring reads from a lexicon entry (`WordEntry.flags`). */
const DURATION_UNIT = 1;
const NUMBER_WORD = 2;
const PERSISTENCE_WORD = 4;
const DIGITS_ONLY = 8;
const STREET_SUFFIX = 16;
const ENGLISH_STREET_WORD = 32;
const NOT_A_STREET_NAME = 64;
const DUTCH_FUNCTION_WORD = 128;
const ENGLISH_FUNCTION_WORD = 256;
const KAMER = 512;
const PRIVATE_OBJECT = 1024;
const OF = 2048;
const LOCATIVE = 4096;
const DETERMINER = 8192;
const WEEKDAY = 16384;
/** A day of the month: "14", "7th", "1e". */
const DAY_NUMBER = 32768;
const RESIDENCE = 65536;
const MOTORWAY = 131072;
const STANDSTILL = 262144;
const TIME_POINT = 524288;
const SINCE = 1048576;
const DEICTIC = 2097152;
const REPAIRED = 4194304;
const DONE = 8388608;
const NOT_DONE_YET = 16777216;
const CONDITION = 33554432;

/** Words of each class, in one map so a new word costs one look-up. */
const WORD_CLASSES = new Map<string, number>();
for (const [flag, words] of [
  [
    DURATION_UNIT,
    'dag dagen week weken weekje maand maanden jaar jaren day days weeks month months year years',
  ],
  [
    NUMBER_WORD,
    `een n twee drie vier vijf zes zeven acht negen tien elf twaalf twintig paar half halve enkele
    meerdere vele a one two three four five six seven eight nine ten eleven twelve twenty few
    several couple many some`,
  ],
  // "al 3 weken", "for two weeks", "since 3 days", "more than a month": a problem that stays.
  [
    PERSISTENCE_WORD,
    `al sinds ruim dan afgelopen vorige vorig bijna for since already past over last than been
    nearly almost`,
  ],
  [ENGLISH_STREET_WORD, ENGLISH_STREET_WORDS.join(' ')],
  [NOT_A_STREET_NAME, NOT_STREET_NAMES.join(' ')],
  // Frequent function words, enough to tell a Dutch post from an English one: a Dutch post about
  // a foreign place is far-away news, an English one may be local to somewhere abroad.
  [
    DUTCH_FUNCTION_WORD,
    `de het een en van is op niet dat die met voor zijn er wat ook maar bij naar nog al wel geen om
    te ik je we ze deze dit hier`,
  ],
  [
    ENGLISH_FUNCTION_WORD,
    `the a an and of on not that with for are there this what also but at by to it its was were
    have has be my our they`,
  ],
  [KAMER, 'kamer'],
  // "since March", "sinds de zomer", "since the storm": a problem that has stayed since then
  // (weekdays, "since Monday", are WEEKDAY words).
  [
    TIME_POINT,
    `januari februari maart april mei juni juli augustus september oktober november december
    january february march april may june july august october voorjaar lente zomer herfst najaar
    winter kerst spring summer autumn christmas easter pasen storm`,
  ],
  [SINCE, 'sinds since'],
  // "Very bad condition here", "Nobody is taking action for this": a photo's caption points at
  // the place in the photo.
  [DEICTIC, 'this here there hier dit daar'],
  // "is vanochtend al vervangen", "WAS fixed yesterday": a repair already made (scoreRepaired).
  [
    REPAIRED,
    `gerepareerd vervangen opgelost gedicht opgeruimd geleegd gemaaid
    gesnoeid gemaakt hersteld opgeknapt schoongemaakt opgehaald aangepakt gefixt fixed repaired
    replaced cleared cleaned filled resurfaced collected patched mended restored sorted`,
  ],
  [DONE, 'is zijn werd werden was were got been'],
  // "moet vervangen worden", "was supposed to be fixed", "will be cleared": not done yet.
  [
    NOT_DONE_YET,
    `moet moeten worden wordt zou zouden gaat gaan kan kunnen te to be will should must need
    needs supposed rarely seldom hardly barely zelden nauwelijks amper`,
  ],
  // "wanneer het is opgelost", "once it's fixed": a repair to come.
  [CONDITION, 'wanneer als zodra totdat tot voordat when once until till if before unless'],
  // "I've lived in Utrecht for 14 months", "ik woon hier al 30 jaar": how long someone lives
  // somewhere, not how long a problem has lasted.
  [RESIDENCE, 'woon woont wonen woonde woonden gewoond lived live lives living'],
  // A jam on a motorway is a commute, not a street's problem: "file op de A2", "M25 at a
  // standstill". Numbered motorways are found by their shape (wordFlags).
  [MOTORWAY, 'snelweg snelwegen rijksweg motorway motorways freeway freeways'],
  [
    STANDSTILL,
    `file files filevorming filedruk potdicht muurvast vaststaan stilstaand jam jams tailback
    tailbacks gridlock gridlocked standstill`,
  ],
  // Prepositions of place: what follows them is where the problem is ("garbage on the road",
  // "ratten bij de speeltuin"), not what it is. "voor", "over", "about" and "by" are left out:
  // they more often say what something is for or about, or who did it.
  [
    LOCATIVE,
    `op in bij naast langs onder achter tegenover nabij rond rondom buiten on in at near along
    beside under underneath beneath behind opposite across outside around onto into inside`,
  ],
  [
    DETERMINER,
    `de het een dit dat deze die ons onze mijn mn jullie hun elke iedere the a an this that these
    those our my your their his her its every each both`,
  ],
  [PRIVATE_OBJECT, PRIVATE_OBJECTS],
  [OF, 'of'],
  [
    WEEKDAY,
    `maandag dinsdag woensdag donderdag vrijdag zaterdag zondag monday tuesday wednesday thursday
    friday saturday sunday`,
  ],
] as const) {
  for (const word of words.split(/\s+/))
    WORD_CLASSES.set(word, (WORD_CLASSES.get(word) ?? 0) | flag);
}
const DIGITS = /^\d+$/;
const DAY_OF_MONTH = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|e)?$/;

/** Dutch motorways (A2, A12) and British ones (M25), as folded: "a2", "m25". */
const MOTORWAY_NUMBER = /^[am]\d{1,3}$/;

function wordFlags(word: string): number {
  let flags = WORD_CLASSES.get(word) ?? 0;
  if (DIGITS.test(word)) flags |= DIGITS_ONLY;
  if (MOTORWAY_NUMBER.test(word)) flags |= MOTORWAY;
  if (DAY_OF_MONTH.test(word)) flags |= DAY_NUMBER;
  if (hasStreetSuffix(word)) flags |= STREET_SUFFIX;
  return flags;
}

function buildSources(): CueSource[] {
  const sources: CueSource[] = [];
  for (const category of TOPIC_CATEGORY_IDS) {
    const vocabulary = CATEGORY_VOCABULARY[category];
    sources.push(
      { items: vocabulary.issue, kind: 'issue', category, defaultWeight: DEFAULT_WEIGHTS.issue },
      { items: vocabulary.object, kind: 'object', category, defaultWeight: DEFAULT_WEIGHTS.object },
    );
  }
  const general = GENERAL_VOCABULARY;
  sources.push(
    { items: OTHER_ISSUES, kind: 'issue', defaultWeight: DEFAULT_WEIGHTS.issue },
    { items: general.problem, kind: 'problem', defaultWeight: DEFAULT_WEIGHTS.problem },
    { items: general.place, kind: 'place', defaultWeight: DEFAULT_WEIGHTS.place },
    { items: AUTHORITIES, kind: 'authority', defaultWeight: DEFAULT_WEIGHTS.place },
    { items: general.offTopic, kind: 'offTopic', defaultWeight: DEFAULT_WEIGHTS.offTopic },
    { items: FAR_AWAY, kind: 'farAway', defaultWeight: DEFAULT_WEIGHTS.offTopic },
    { items: general.positive, kind: 'positive', defaultWeight: DEFAULT_WEIGHTS.positive },
    { items: general.neutral, kind: 'neutral', defaultWeight: DEFAULT_WEIGHTS.neutral },
    { items: NEGATORS, kind: 'negator', defaultWeight: 0 },
    { items: METAPHOR_SUBJECTS, kind: 'metaphor', defaultWeight: 0 },
    { items: CONSEQUENCES, kind: 'consequence', defaultWeight: 0 },
    { items: SARCASM_MARKERS, kind: 'sarcasm', defaultWeight: 0 },
    { items: SWEARING, kind: 'swearing', defaultWeight: 0 },
    { items: THREATS, kind: 'threat', defaultWeight: 0 },
    { items: REQUESTS, kind: 'request', defaultWeight: 0 },
    { items: MODALS, kind: 'modal', defaultWeight: 0 },
    { items: ACTIONS.any, kind: 'action', defaultWeight: 0 },
  );
  for (const category of TOPIC_CATEGORY_IDS) {
    const items = ACTIONS[category];
    if (items) sources.push({ items, kind: 'action', category, defaultWeight: 0 });
  }
  return sources;
}

/*
 * Cheap place cues that need no gazetteer: street names by their shape, house numbers, postcodes,
 * the municipality's own accounts and sites. The full gazetteer lives in lib/places.
 */
const AUTHORITY_HANDLE =
  /gemeente|^gem_|stadsdeel|wijkagent|politie|handhaving|meldpunt|council|cityof|municipal|mayor|burgemeester|wethouder|police|traffic|corporation|civic|bbmp|bwssb|bescom|bmtc|ghmc|mcgm|mybmc|ndmc/;
const AUTHORITY_HOST = /gemeente|meldingen|fixi|council/;
const SARCASM_TAG = /#not\b|(?:^|\s)\/s\b/i;
/** A phone number in a post is nearly always an advertisement; 06 numbers are mobile ones. */
const PHONE_NUMBER = /(?:\+31|\b0)\d{1,3}[- ]?\d{3}[- ]?\d{3,4}\b|\b06[- ]?\d{8}\b/;

/**
 * The working state of one classification. There is one, reused for every post (classification is
 * synchronous), so a feed of posts makes little garbage; evidence is only written down when asked.
 */
class Analysis {
  /** Write down the evidence; off for the verdict alone, which is all a feed scan needs. */
  explain = false;
  evidence: Evidence[] = [];
  readonly post = emptyPost();
  readonly hits = emptyHits();
  issue = 0;
  problem = 0;
  object = 0;
  place = 0;
  /** Local authorities addressed or named: their accounts, "BBMP", "the council". */
  authority = 0;
  offTopic = 0;
  praise = 0;
  farAway = 0;
  /** Topic weight per category (by index in CATEGORY_IDS), and the order categories came up in. */
  readonly categoryScores = new Float64Array(CATEGORY_IDS.length);
  /**
   * Topic weight per category of the words that only say where the problem is ("on the road", "bij
   * de container") or what it leads to ("stank", "mosquitoes"): they decide the category only when
   * the other words do not.
   */
  readonly secondaryScores = new Float64Array(CATEGORY_IDS.length);
  /** The strongest single word of each category (secondary words aside). */
  readonly categoryPeaks = new Float64Array(CATEGORY_IDS.length);
  readonly categoryOrder: number[] = [];
  /**
   * Lexicon entries already counted in this post, by cue id: saying "kelder" twice, or "ratten"
   * and "rattenplaag", is not more evidence than saying it once.
   */
  private readonly seenIn: Uint32Array;
  private postNumber = 0;
  /** Word positions of negations and of metaphor subjects. */
  readonly negations: number[] = [];
  readonly metaphors: number[] = [];
  /** Word positions just after each consequence ("leads to", "zorgt voor"). */
  readonly consequences: number[] = [];
  /** First and last word of each request or "should", and of each action, in pairs. */
  readonly requests: number[] = [];
  readonly actions: number[] = [];
  readonly actionCues: Cue[] = [];
  /** The word of the last missing thing counted ("geen lift"), so that it counts once. */
  lackAt = -1;
  /** The last topic word read as a figure of speech ("een vuilnisbelt" of one's desk). */
  figureAt = -1;
  sarcasm = false;
  /** The marker that gave the sarcasm away ("lekker bezig", "🙄", "#not"); only when explaining. */
  sarcasmMarker: string | null = null;
  /** What the marker added: its own weight as a complaint and the negated cues it let count. */
  sarcasmWeight = 0;
  swearing = 0;
  threats = 0;
  /** Swear words and threats as written; only when explaining. */
  readonly toneWords: string[] = [];

  constructor(readonly lexicon: Lexicon) {
    this.seenIn = new Uint32Array(lexicon.cueCount);
  }

  start(text: string, explain: boolean): void {
    this.explain = explain;
    // A fresh list only when it is to be handed out; a verdict alone writes none.
    if (explain) this.evidence = [];
    tokenize(text, this.lexicon, this.post);
    scan(this.post, this.hits);
    this.issue = 0;
    this.problem = 0;
    this.object = 0;
    this.place = 0;
    this.authority = 0;
    this.offTopic = 0;
    this.praise = 0;
    this.farAway = 0;
    for (const index of this.categoryOrder) {
      this.categoryScores[index] = 0;
      this.secondaryScores[index] = 0;
      this.categoryPeaks[index] = 0;
    }
    this.categoryOrder.length = 0;
    this.postNumber += 1;
    if (this.postNumber === 0xffffffff) {
      this.seenIn.fill(0);
      this.postNumber = 1;
    }
    this.negations.length = 0;
    this.metaphors.length = 0;
    this.consequences.length = 0;
    this.requests.length = 0;
    this.actions.length = 0;
    this.actionCues.length = 0;
    this.lackAt = -1;
    this.figureAt = -1;
    this.sarcasm = false;
    this.sarcasmMarker = null;
    this.sarcasmWeight = 0;
    this.swearing = 0;
    this.threats = 0;
    this.toneWords.length = 0;
  }

  /** True the first time an entry is seen in this post; later repeats add nothing. */
  firstTime(cue: Cue): boolean {
    if (this.seenIn[cue.id] === this.postNumber) return false;
    this.seenIn[cue.id] = this.postNumber;
    return true;
  }

  /** The words of hit `h`, for the explanation. */
  hitText(h: number): string {
    return hitText(this.post, this.hits.at[h] as number, this.hits.length[h] as number);
  }

  /**
   * Adds a topic word; `cue` (its text) is only needed when explaining. `categoryWeight` is what it
   * says about the category, when that is less than what it says about the post being local.
   */
  addTopic(
    index: number,
    isIssue: boolean,
    weight: number,
    cue: string | null,
    categoryWeight = weight,
    isSecondary = false,
  ): void {
    if (isIssue) this.issue += weight;
    else this.object += weight;
    if (categoryWeight > 0) {
      if (this.categoryScores[index] === 0 && this.secondaryScores[index] === 0) {
        this.categoryOrder.push(index);
      }
      const scores = isSecondary ? this.secondaryScores : this.categoryScores;
      scores[index] = (scores[index] as number) + categoryWeight;
      if (!isSecondary && categoryWeight > (this.categoryPeaks[index] as number)) {
        this.categoryPeaks[index] = categoryWeight;
      }
    }
    if (this.explain) {
      const category = CATEGORY_IDS[index] as CategoryId;
      this.evidence.push({ cue: cue ?? '', kind: 'topic', weight, category });
    }
  }

  /**
   * Adds a cue of another kind; `cue` (its text) is only needed when explaining. A complaint may
   * be shown as `sarcasm` when sarcasm made it one.
   */
  add(
    kind: 'problem' | 'place' | 'off-topic' | 'praise',
    weight: number,
    cue: string | null,
    shownAs: EvidenceKind = kind,
  ): void {
    if (kind === 'problem') this.problem += weight;
    else if (kind === 'place') this.place += weight;
    else if (kind === 'off-topic') this.offTopic += weight;
    else this.praise += weight;
    if (this.explain) {
      const signed = kind === 'off-topic' || kind === 'praise' ? -weight : weight;
      this.evidence.push({ cue: cue ?? '', kind: shownAs, weight: signed });
    }
  }

  note(kind: EvidenceKind, cue: string | null): void {
    if (this.explain) this.evidence.push({ cue: cue ?? '', kind, weight: 0 });
  }
}

let analysis: Analysis | null = null;

/**
 * The lexicon is compiled on the first post rather than when the module loads: a page that never
 * shows a post (or a background that only imports the types) pays nothing for it.
 */
function theAnalysis(): Analysis {
  analysis ??= new Analysis(new Lexicon(buildSources(), wordFlags));
  return analysis;
}

function collectModifiers(a: Analysis, text: string): void {
  const { post, hits } = a;
  for (let h = 0; h < hits.size; h++) {
    for (const cue of hits.cues[h] as readonly Cue[]) {
      const at = hits.at[h] as number;
      if (cue.kind === 'request' || cue.kind === 'modal') {
        a.requests.push(at, at + (hits.length[h] as number) - 1);
      } else if (cue.kind === 'action') {
        a.actions.push(at, at + (hits.length[h] as number) - 1);
        a.actionCues.push(cue);
      } else if (cue.kind === 'negator') a.negations.push(at);
      // The subject's last word: "mijn bureau" is as far from "vuilnisbelt" as "bureau" is.
      else if (cue.kind === 'metaphor') a.metaphors.push(at + (hits.length[h] as number) - 1);
      else if (cue.kind === 'consequence') a.consequences.push(at + (hits.length[h] as number));
      else if (cue.kind === 'sarcasm') {
        // "Geen sarcasme, echt prachtig": a marker named only to be denied.
        if (a.negations.at(-1) === at - 1) continue;
        a.sarcasm = true;
        if (a.explain) a.sarcasmMarker ??= a.hitText(h);
      } else if (cue.kind === 'swearing' || cue.kind === 'threat') {
        if (cue.kind === 'swearing') a.swearing += 1;
        else a.threats += 1;
        if (a.explain) a.toneWords.push(a.hitText(h));
      }
    }
  }
  // A sarcastic phrase names itself best; otherwise "#not", "/s" or an eye-roll give it away.
  if (a.sarcasm) return;
  const tag = text.includes('#') || text.includes('/') ? SARCASM_TAG.exec(text) : null;
  if (tag !== null) {
    a.sarcasm = true;
    if (a.explain) a.sarcasmMarker = tag[0].trim();
    return;
  }
  for (const mood of post.moods) {
    if (SARCASM_EMOJI.has(mood)) {
      a.sarcasm = true;
      if (a.explain) a.sarcasmMarker = mood;
      return;
    }
  }
}

/**
 * The strongest emoji of joy in the post (lib/classify/moods.ts) counts as praise, unless the post
 * is sarcastic.
 */
function scoreJoy(a: Analysis): void {
  if (a.sarcasm) return;
  let strongest = 0;
  let shown = '';
  for (const mood of a.post.moods) {
    const weight = JOY_EMOJI.get(mood) ?? 0;
    if (weight > strongest) {
      strongest = weight;
      shown = mood;
    }
  }
  if (strongest > 0) a.add('praise', strongest, shown);
}

/** How far before a repair its "is", "was" or "been" may stand ("is vanochtend al vervangen"). */
const REPAIRED_WINDOW = 4;
const REPAIRED_WEIGHT = 2.5;

/**
 * A repair already made ("de lantaarnpaal is vanochtend al vervangen", "the pothole WAS fixed
 * yesterday") is news of a problem gone: thanks, an update, a before-and-after. Not when negated
 * ("is nog steeds niet gerepareerd", "hasn't been fixed") or still to come ("moet vervangen
 * worden", "was supposed to be fixed"). Counted once.
 */
function scoreRepaired(a: Analysis): void {
  const { post } = a;
  for (let i = 1; i < post.size; i++) {
    if (!(flagsAt(post, i) & REPAIRED) || isNegated(a, i, REPAIRED_WINDOW)) continue;
    for (let k = i - 1; k >= 0 && k >= i - REPAIRED_WINDOW; k--) {
      if (post.sentences[k] !== post.sentences[i]) break;
      const flags = flagsAt(post, k);
      if (flags & NOT_DONE_YET) break;
      if (flags & DONE) {
        // "wanneer het is opgelost", "once it's fixed": a condition just before.
        if (flagBetween(post, k, k - 2, k - 1, CONDITION)) break;
        a.add('praise', REPAIRED_WEIGHT, a.explain ? hitText(post, k, i + 1 - k) : null);
        return;
      }
    }
  }
}

/**
 * A weekday with its date ("zaterdag 14 juni", "Saturday 7th December") announces something: no
 * local post of the test sets has one, a few of the false positives do. Not after "sinds" or
 * "since", which date a problem.
 */
function scoreAnnouncedDate(a: Analysis): void {
  const { post } = a;
  for (let i = 0; i + 1 < post.size; i++) {
    if (!(flagsAt(post, i) & WEEKDAY) || !(flagsAt(post, i + 1) & DAY_NUMBER)) continue;
    if (post.sentences[i] !== post.sentences[i + 1]) continue;
    if (i > 0 && post.sentences[i - 1] === post.sentences[i] && flagsAt(post, i - 1) & SINCE) {
      continue;
    }
    a.add('off-topic', 1.5, a.explain ? hitText(post, i, 2) : null);
    return;
  }
}

/**
 * A complaint of a few words that points at "here" or "this" is a photo's caption: the photo shows
 * the place ("Very bad condition here", "Nobody is taking action for this"). It counts as naming a
 * place, unless anything in the post is off-topic.
 */
function scoreCaption(a: Analysis): void {
  const { post } = a;
  if (post.size > CAPTION_WORDS || a.problem < COMPLAINT_AT_A_PLACE || a.offTopic > 0) return;
  for (let i = 0; i < post.size; i++) {
    if (flagsAt(post, i) & DEICTIC) {
      a.add('place', COMPLAINT_AT_A_PLACE, a.explain ? hitText(post, i, 1) : null);
      return;
    }
  }
}

function isNegated(a: Analysis, at: number, window = NEGATION_WINDOW): boolean {
  const sentence = a.post.sentences[at];
  for (const n of a.negations) {
    if (n < at && n >= at - window && a.post.sentences[n] === sentence) return true;
  }
  return false;
}

function isFigurative(a: Analysis, at: number): boolean {
  const sentence = a.post.sentences[at];
  for (const m of a.metaphors) {
    if (Math.abs(m - at) <= METAPHOR_WINDOW && a.post.sentences[m] === sentence) return true;
  }
  // The figure goes on a few words ("my inbox is a road full of potholes").
  const figure = a.figureAt;
  return (
    figure >= 0 &&
    at > figure &&
    at - figure <= FIGURE_GOES_ON &&
    a.post.sentences[figure] === sentence
  );
}

/**
 * The word at `at` follows a preposition of place in its clause, with only determiners and one
 * other word between ("on the main road", "bij de oude container"): it says where the problem is.
 */
function isLocation(post: TokenizedPost, at: number): boolean {
  let otherWords = 0;
  for (let i = at - 1; i >= 0 && i >= at - LOCATION_WINDOW; i--) {
    if (post.sentences[i] !== post.sentences[at] || (post.marks[i + 1] as number) & CLAUSE_START) {
      return false;
    }
    const entry = post.entries[i] as WordEntry;
    if (entry.flags & LOCATIVE) return true;
    if (entry.flags & DETERMINER) continue;
    if (entry.cues.length > 0 || otherWords > 0) return false;
    otherWords += 1;
  }
  return false;
}

/** The word at `at` comes after a consequence in its sentence ("…, which leads to mosquitoes"). */
function isConsequence(a: Analysis, at: number): boolean {
  const sentence = a.post.sentences[at];
  for (const c of a.consequences) {
    if (c <= at && a.post.sentences[c] === sentence) return true;
  }
  return false;
}

function scoreCue(a: Analysis, h: number, cue: Cue): void {
  if (cue.weight === 0) return;
  const at = a.hits.at[h] as number;
  // "Mill Road", "Station Road": the words of a street's name are a place (see
  // scorePlaceCues), not a road or a station.
  if (
    cue.kind === 'object' &&
    a.hits.length[h] === 1 &&
    (isEnglishStreetName(a.post, at) || isEnglishStreetName(a.post, at + 1))
  ) {
    return;
  }
  if (!a.firstTime(cue)) return;
  // The words of the cue, for the explanation only.
  const text = a.explain ? a.hitText(h) : null;
  if (cue.negatable && isNegated(a, at)) {
    if (!a.sarcasm) {
      a.note('negated', text);
      return;
    }
    // "Helemaal geen overlast hier 🙄": under sarcasm the negation is not meant.
    a.sarcasmWeight += cue.weight;
  }
  switch (cue.kind) {
    case 'issue':
    case 'object': {
      if (cue.kind === 'object' && at !== a.lackAt && isNegated(a, at, LACK_WINDOW)) {
        // "geen bankje", "no streetlights": a missing public thing is a complaint, once however
        // many categories the thing is in ("geen lift": housing and transit).
        a.lackAt = at;
        a.add('problem', LACK_WEIGHT, a.explain ? `no ${text}` : null);
      }
      const isIssue = cue.kind === 'issue';
      if (isFigurative(a, at)) {
        a.figureAt = at;
        a.note('metaphor', text);
        // A figure of speech is not about the thing it names: it says nothing of the category.
        a.addTopic(cue.categoryIndex, isIssue, cue.weight * METAPHOR_DISCOUNT, text, 0);
        return;
      }
      // What a problem leads to (mosquitoes from garbage, accidents from a pothole) makes it no
      // less local, but the problem to fix is the cause.
      const categoryWeight = isConsequence(a, at) ? cue.weight * CONSEQUENCE_DISCOUNT : cue.weight;
      // Only things are places: a problem after a preposition ("stuck in traffic jams") is still
      // what the post is about.
      const secondary = cue.symptom || (cue.kind === 'object' && isLocation(a.post, at));
      a.addTopic(cue.categoryIndex, isIssue, cue.weight, text, categoryWeight, secondary);
      return;
    }
    case 'problem':
      a.add('problem', cue.weight, text);
      return;
    case 'place':
      a.add('place', cue.weight, text);
      return;
    case 'authority':
      a.authority += 1;
      a.add('place', cue.weight, text);
      return;
    case 'offTopic':
      a.add('off-topic', cue.weight, text);
      return;
    case 'farAway':
      a.farAway += cue.weight;
      a.add('off-topic', cue.weight, text);
      return;
    case 'positive':
      // Sarcastic praise ("geweldig, alweer kapot 🙄") is a complaint.
      if (a.sarcasm) a.add('problem', cue.weight, text, 'sarcasm');
      else a.add('praise', cue.weight, text);
      return;
    case 'sarcasm':
      // A sarcastic phrase ("lekker bezig", "thanks for nothing") complains by itself; it is
      // shown with the marker.
      a.problem += cue.weight;
      a.sarcasmWeight += cue.weight;
      return;
    default:
      return;
  }
}

/**
 * "please fix", "kindly look into", "should be cleared", "graag opruimen", "moet gerepareerd
 * worden": a request or a "should" a few words before an action on a public thing. Counted once.
 */
function scoreRequests(a: Analysis): void {
  const { post, requests, actions, actionCues } = a;
  for (let k = 0; k < actions.length; k += 2) {
    const actionStart = actions[k] as number;
    const actionEnd = actions[k + 1] as number;
    for (let r = 0; r < requests.length; r += 2) {
      const start = requests[r] as number;
      const end = requests[r + 1] as number;
      if (end >= actionStart || actionStart - end > REQUEST_WINDOW) continue;
      if (post.sentences[start] !== post.sentences[actionStart]) continue;
      if (isPrivate(post, end + 1, actionEnd + PRIVATE_WINDOW)) continue;
      // "mijn bureau is een vuilnisbelt, moet nodig opruimen": the action is on the figure.
      const figure = a.figureAt;
      if (figure >= 0 && figure < start && post.sentences[figure] === post.sentences[start])
        continue;
      const text = a.explain ? hitText(post, start, actionEnd + 1 - start) : null;
      a.add('problem', REQUEST_WEIGHT, text);
      // Cleaning, mowing, unblocking… are services on a public thing, even when it goes unnamed.
      const action = actionCues[k / 2] as Cue;
      if (action.category) a.addTopic(action.categoryIndex, false, REQUESTED_SERVICE, text);
      return;
    }
  }
}

/** A word of the owner ("my", "mijn") or of home ("room", "fiets") among words `from`–`to`. */
function isPrivate(post: TokenizedPost, from: number, to: number): boolean {
  return flagBetween(post, from, from, to, PRIVATE_OBJECT);
}

/** Whether a word of class `flag` stands among words `from`–`to` in the sentence of word `at`. */
function flagBetween(
  post: TokenizedPost,
  at: number,
  from: number,
  to: number,
  flag: number,
): boolean {
  const last = Math.min(to, post.size - 1);
  for (let i = Math.max(from, 0); i <= last; i++) {
    if (flagsAt(post, i) & flag && post.sentences[i] === post.sentences[at]) return true;
  }
  return false;
}

function flagsAt(post: TokenizedPost, i: number): number {
  return i >= 0 && i < post.size ? (post.entries[i] as WordEntry).flags : 0;
}

function isStreetName(post: TokenizedPost, i: number, flags: number): boolean {
  const capitalised = ((post.marks[i] as number) & CAPITALISED) !== 0;
  // Street names are written with a capital or have a house number; most words are neither.
  if (!capitalised && !(flagsAt(post, i + 1) & DIGITS_ONLY)) return false;
  if (flags & ENGLISH_STREET_WORD) {
    return (
      capitalised &&
      i > 0 &&
      ((post.marks[i - 1] as number) & CAPITALISED) !== 0 &&
      post.sentences[i - 1] === post.sentences[i] &&
      (flagsAt(post, i - 1) & NOT_A_STREET_NAME) === 0
    );
  }
  return (flags & STREET_SUFFIX) !== 0;
}

function isEnglishStreetName(post: TokenizedPost, i: number): boolean {
  const flags = flagsAt(post, i);
  return (flags & ENGLISH_STREET_WORD) !== 0 && isStreetName(post, i, flags);
}

/** The words scorePlaceCues reads: streets, durations, dates after "since", and "Kamer". */
const PLACE_SHAPED =
  STREET_SUFFIX | ENGLISH_STREET_WORD | DURATION_UNIT | KAMER | TIME_POINT | WEEKDAY;

function scorePlaceCues(a: Analysis, hints: PlaceHints): void {
  const { post } = a;
  for (let i = 0; i < post.size; i++) {
    const entry = post.entries[i] as WordEntry;
    const flags = entry.flags;
    if ((flags & PLACE_SHAPED) === 0) continue;
    const marks = post.marks[i] as number;
    if ((marks & NOT_IN_TEXT) === 0 && isStreetName(post, i, flags)) {
      a.add('place', 1.5, entry.word);
    }
    if (flags & DURATION_UNIT) {
      // "al 3 weken", "for two weeks", "al een half jaar", "for a couple of weeks": an amount,
      // and a word of persistence one or two words before it.
      const amount = flagsAt(post, i - 1) & OF ? i - 2 : i - 1;
      // One word may stand between, if it is part of the amount ("al een half jaar", "for the
      // past two weeks"), not of something else ("rather than doing a day trip").
      const from =
        flagsAt(post, amount - 1) & PERSISTENCE_WORD
          ? amount - 1
          : flagsAt(post, amount - 2) & PERSISTENCE_WORD &&
              flagsAt(post, amount - 1) & (NUMBER_WORD | DETERMINER | PERSISTENCE_WORD)
            ? amount - 2
            : -1;
      if (
        from >= 0 &&
        flagsAt(post, amount) & (DIGITS_ONLY | NUMBER_WORD) &&
        !aboutResidence(post, from, i)
      ) {
        a.add('problem', 1.5, a.explain ? hitText(post, from, i + 1 - from) : null);
      }
    }
    if (flags & (TIME_POINT | WEEKDAY)) {
      const from = sinceBefore(post, i);
      if (from >= 0 && !aboutResidence(post, from, i)) {
        a.add('problem', 1.5, a.explain ? hitText(post, from, i + 1 - from) : null);
      }
    }
    // "de Kamer" in mid-sentence is parliament, not a room.
    if (
      flags & KAMER &&
      marks & CAPITALISED &&
      i > 0 &&
      post.sentences[i - 1] === post.sentences[i]
    ) {
      a.add('off-topic', 2, 'Kamer');
    }
  }
  if (post.fullPostcode !== null) a.add('place', 2, post.fullPostcode);
  for (const handle of post.mentions) {
    if (AUTHORITY_HANDLE.test(handle)) {
      a.authority += 1;
      a.add('place', 1.5, a.explain ? `@${handle}` : null);
    }
  }
  for (const host of post.linkHosts) {
    if (AUTHORITY_HOST.test(host)) a.add('place', 1, host);
  }
  const places = hints.namedPlaces ?? [];
  if (places.length > 0) a.add('place', 1.5, a.explain ? places.join(', ') : null);
}

/**
 * Where "since" or "sinds" stands right before the time point at `at`, or one word before it
 * with "the", "last" or the like between ("sinds de zomer", "since last spring"); else -1.
 */
function sinceBefore(post: TokenizedPost, at: number): number {
  for (const from of [at - 1, at - 2]) {
    if (from < 0 || post.sentences[from] !== post.sentences[at]) return -1;
    if (flagsAt(post, from) & SINCE) return from;
    if (!(flagsAt(post, from) & (DETERMINER | PERSISTENCE_WORD))) return -1;
  }
  return -1;
}

/**
 * How far a verb of living somewhere reaches over a duration: back ("lived in Utrecht for 14
 * months") or, fewer words, ahead ("sinds twee weken wonen we in Goes").
 */
const RESIDENCE_BEFORE = 4;
const RESIDENCE_AFTER = 2;

/** Whether a verb of living stands near the duration from word `from` to word `to`. */
function aboutResidence(post: TokenizedPost, from: number, to: number): boolean {
  return (
    flagBetween(post, from, from - RESIDENCE_BEFORE, from - 1, RESIDENCE) ||
    flagBetween(post, to, to + 1, to + RESIDENCE_AFTER, RESIDENCE)
  );
}

/**
 * A jam on a motorway ("weer file op de A2", "A12 potdicht", "M25 at a standstill") is a commute
 * moan: the road is national, and the jam is no street's problem. Both within one sentence.
 */
function scoreMotorwayJam(a: Analysis): void {
  const { post } = a;
  let motorway = -1;
  let standstill = -1;
  for (let i = 0; i < post.size; i++) {
    const flags = flagsAt(post, i);
    if (flags & MOTORWAY) motorway = i;
    if (flags & STANDSTILL) standstill = i;
    if (motorway >= 0 && standstill >= 0) {
      if (post.sentences[motorway] === post.sentences[standstill]) {
        const from = Math.min(motorway, standstill);
        const to = Math.max(motorway, standstill);
        a.add('off-topic', MOTORWAY_JAM, a.explain ? hitText(post, from, to + 1 - from) : null);
        return;
      }
      if (motorway < standstill) motorway = -1;
      else standstill = -1;
    }
  }
}

/**
 * The strongest category, the first named of equals; secondary words (where the problem is, what it
 * leads to) count only when the others point at no category: "the drain on our road" is about the
 * drain, "a smell from the drain" too. A local issue whose words point at no category clearly is
 * `other`. A post that is no local issue gets the category its words support, however weakly (the
 * user who clips it anyway finds it filled in), and none when no topic word supports one: `other`
 * would call it a local issue.
 */
function bestCategory(a: Analysis, local: boolean): CategoryId | null {
  const minimum = local ? CATEGORY_MINIMUM : 0;
  const share = local ? CATEGORY_SHARE_THRESHOLD : 0;
  const best = standingOut(a, false, minimum, share) ?? standingOut(a, true, minimum, share);
  if (best !== null) return CATEGORY_IDS[best] as CategoryId;
  return local ? 'other' : null;
}

/**
 * The index of the category with at least `minimum` weight and `share` of all, with or without the
 * secondary words; null if none.
 */
function standingOut(
  a: Analysis,
  withSecondary: boolean,
  minimum: number,
  share: number,
): number | null {
  let best = -1;
  let bestScore = 0;
  let total = 0;
  for (const index of a.categoryOrder) {
    const peak = a.categoryPeaks[index] as number;
    let score = peak + FURTHER_WORDS * ((a.categoryScores[index] as number) - peak);
    if (withSecondary) score += a.secondaryScores[index] as number;
    total += score;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  if (best === -1 || bestScore < minimum) return null;
  return bestScore / total >= share ? best : null;
}

function looksDutch(post: TokenizedPost): boolean {
  let dutch = 0;
  let english = 0;
  for (let i = 0; i < post.size; i++) {
    const flags = (post.entries[i] as WordEntry).flags;
    if (flags & DUTCH_FUNCTION_WORD) dutch += 1;
    else if (flags & ENGLISH_FUNCTION_WORD) english += 1;
  }
  return dutch > english;
}

/**
 * A classification without the cues behind it: all a page needs to mark a post and show its
 * verdict. The cues are asked for apart (`classifyPostWithEvidence`) when someone opens the
 * explanation, which is rare; they are most of what a classification weighs.
 */
export type Judgement = Omit<Classification, 'evidence'>;

/**
 * The verdicts of the last posts, by text (and hint): a virtualised timeline renders a post anew
 * when it scrolls back into view, and the same text comes by in reposts and quotes.
 */
const recentVerdicts = new Map<string, Judgement>();
const RECENT_POSTS = 500;

/** The verdict without its evidence; `a` holds the evidence when `explain` was set. */
function analyse(a: Analysis, text: string, hints: PlaceHints, explain: boolean): Judgement {
  a.start(text, explain);
  collectModifiers(a, text);
  const { hits } = a;
  for (let h = 0; h < hits.size; h++) {
    for (const cue of hits.cues[h] as readonly Cue[]) scoreCue(a, h, cue);
  }
  scoreRequests(a);
  scorePlaceCues(a, hints);
  scoreJoy(a);
  scoreAnnouncedDate(a);
  scoreMotorwayJam(a);
  scoreCaption(a);
  scoreRepaired(a);
  if (a.explain && a.sarcasmMarker !== null && a.sarcasmWeight > 0) {
    a.evidence.push({ cue: a.sarcasmMarker, kind: 'sarcasm', weight: a.sarcasmWeight });
  }
  const phoneNumber = PHONE_NUMBER.exec(text);
  if (phoneNumber) a.add('off-topic', 2.5, phoneNumber[0]);

  // Complaints, places and objects add up only to a point: a long rant is not more local.
  let score =
    Math.min(a.issue, ISSUE_CAP) +
    SCORE.problem * Math.min(a.problem, SCORE.problemCap) +
    Math.min(a.object, SCORE.objectCap) +
    SCORE.place * Math.min(a.place, SCORE.placeCap) +
    (a.problem >= 1 && a.object >= 1 ? COMPLAINT_ABOUT_A_THING : 0) -
    a.offTopic -
    SCORE.praise * a.praise;
  // A long story meets topic words, places and a complaint word or two by the way: past
  // LONG_POST_WORDS, every word asks a little more of the evidence.
  score -= Math.min(
    MAX_LENGTH_COST,
    Math.max(0, a.post.size - LONG_POST_WORDS) * COST_PER_FURTHER_WORD,
  );
  // A Dutch post about somewhere abroad, with no Dutch place in it, is far-away news.
  if (a.farAway > 0 && a.place < 1 && looksDutch(a.post)) {
    score = Math.min(score, LOCAL_THRESHOLD - 1);
  }
  // A post must name a problem, or complain about a thing or at a place, before it can be local.
  const aboutSomething =
    a.issue >= 1.5 ||
    (a.problem >= 1 && a.object >= 1) ||
    a.object >= SEVERAL_THINGS ||
    (a.problem >= COMPLAINT_AT_A_PLACE && a.place >= COMPLAINT_AT_A_PLACE) ||
    (a.authority > 0 && (a.problem >= 1 || a.object >= 1)) ||
    a.problem >= STRONG_COMPLAINT;
  const local = aboutSomething && score >= LOCAL_THRESHOLD;
  const effective = aboutSomething ? score : Math.min(score, LOCAL_THRESHOLD - 1);
  const probabilityLocal = 1 / (1 + Math.exp(-CONFIDENCE_SLOPE * (effective - LOCAL_THRESHOLD)));

  const reasons = a.explain ? a.toneWords : undefined;
  const heat = estimateHeat(a.post, a, reasons);
  const tone = toneOf(heat);
  if (a.explain && tone === 'heated') for (const reason of a.toneWords) a.note('tone', reason);
  return {
    local,
    category: bestCategory(a, local),
    confidence: round(local ? probabilityLocal : 1 - probabilityLocal),
    tone,
  };
}

/**
 * Decides whether a post is about a local issue (something in a street, neighbourhood or town that
 * a resident would report or organise around), which category it belongs to, how heated it is, and
 * why. Pure and fast; the evidence is worked out only when it is read.
 */
export function classifyPost(text: string, hints: PlaceHints = {}): Classification {
  const verdict = recentVerdict(text, hints);
  let evidence: Evidence[] | undefined;
  return {
    ...verdict,
    get evidence(): Evidence[] {
      evidence ??= classifyPostWithEvidence(text, hints).evidence;
      return evidence;
    },
    set evidence(value: Evidence[]) {
      evidence = value;
    },
  };
}

/**
 * `classifyPost` without the evidence: for a caller that hands verdicts on as data (the
 * background answering a page's posts).
 */
export function judgePost(text: string, hints: PlaceHints = {}): Judgement {
  return { ...recentVerdict(text, hints) };
}

/** The verdict from `recentVerdicts`, or analysed and remembered there; not to be changed. */
function recentVerdict(text: string, hints: PlaceHints): Judgement {
  // The verdict depends on whether places were named, not on which.
  const key = hints.namedPlaces?.length ? `\u0000${text}` : text;
  let verdict = recentVerdicts.get(key);
  if (verdict === undefined) {
    verdict = analyse(theAnalysis(), text, hints, false);
    if (recentVerdicts.size >= RECENT_POSTS) {
      recentVerdicts.delete(recentVerdicts.keys().next().value as string);
    }
    recentVerdicts.set(key, verdict);
  }
  return verdict;
}

/**
 * `classifyPost` with its evidence written out, in one analysis (the verdict comes with it for
 * free): what `classifyPost`'s evidence is, and a page's explanation of one post.
 */
export function classifyPostWithEvidence(text: string, hints: PlaceHints = {}): Classification {
  const a = theAnalysis();
  const verdict = analyse(a, text, hints, true);
  return { ...verdict, evidence: strongestFirst(a.evidence) };
}

function strongestFirst(evidence: Evidence[]): Evidence[] {
  return evidence.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
