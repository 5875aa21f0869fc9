import {
  CATEGORY_VOCABULARY,
  DEFAULT_WEIGHTS,
  FAR_AWAY,
  GENERAL_VOCABULARY,
  METAPHOR_SUBJECTS,
  NEGATORS,
  OTHER_ISSUES,
  SARCASM_MARKERS,
  SWEARING,
  THREATS,
} from './lexicon';
import { type Cue, type CueHit, type CueSource, Lexicon } from './matcher';
import { canNameEnglishStreet, hasStreetSuffix, isEnglishStreetWord } from './streets';
import { type CategoryId, TOPIC_CATEGORY_IDS } from './taxonomy';
import { type Token, type TokenizedPost, tokenize } from './tokens';
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
  /** A sarcasm marker that turned praise into complaint. */
  | 'sarcasm'
  /** Swearing, threats, shouting: what made the tone heated. */
  | 'tone';

export interface Evidence {
  /** The words of the post (lower case) or a description of the cue ("al 3 weken", "postcode"). */
  cue: string;
  kind: EvidenceKind;
  /** Signed contribution to the local-issue score; 0 for cues that were cancelled. */
  weight: number;
  category?: CategoryId;
}

export interface Classification {
  local: boolean;
  /** The category of a local issue (`other` when no category is clear enough); null if not local. */
  category: CategoryId | null;
  /** How sure the verdict in `local` is, from 0.5 (a coin toss) to 1. */
  confidence: number;
  tone: Tone;
  /** The cues behind the verdict, strongest first. */
  evidence: Evidence[];
}

/** What a caller that ran place resolution (lib/places) knows about the post. */
export interface PlaceHints {
  /** The post names a Dutch municipality, place or neighbourhood. */
  namedPlace?: boolean;
}

/** Score from which a post is a local issue. */
const LOCAL_THRESHOLD = 2;
/** How steeply confidence rises with the distance of the score from the threshold. */
const CONFIDENCE_SLOPE = 1.3;
/** A local issue whose best category has less than this share of the topic words is `other`. */
const CATEGORY_SHARE_THRESHOLD = 0.4;
/** ...or whose best category has less weight than this (a lone minor word such as "park"). */
const CATEGORY_MINIMUM = 1;
/** A complaint about a public thing ("het bankje is kapot") counts more than either alone. */
const COMPLAINT_ABOUT_A_THING = 1;
/** Several public things together ("traffic", "road", "signal") make a post about them. */
const SEVERAL_THINGS = 1.5;
/** Topic words this close to a metaphor's subject count for this much of their weight. */
const METAPHOR_WINDOW = 6;
const METAPHOR_DISCOUNT = 0.15;
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
  praise: 0.8,
} as const;
/** So many complaint words ("complaining", "stinky", "take action") make a post a complaint. */
const STRONG_COMPLAINT = 4;
/** A strong complaint at a clear place is local even without a topic word (category `other`). */
const COMPLAINT_AT_A_PLACE = 2;

const lexicon = new Lexicon(buildSources());

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
    { items: general.offTopic, kind: 'offTopic', defaultWeight: DEFAULT_WEIGHTS.offTopic },
    { items: FAR_AWAY, kind: 'farAway', defaultWeight: DEFAULT_WEIGHTS.offTopic },
    { items: general.positive, kind: 'positive', defaultWeight: DEFAULT_WEIGHTS.positive },
    { items: general.neutral, kind: 'neutral', defaultWeight: DEFAULT_WEIGHTS.neutral },
    { items: NEGATORS, kind: 'negator', defaultWeight: 0 },
    { items: METAPHOR_SUBJECTS, kind: 'metaphor', defaultWeight: 0 },
    { items: SARCASM_MARKERS, kind: 'sarcasm', defaultWeight: 0 },
    { items: SWEARING, kind: 'swearing', defaultWeight: 0 },
    { items: THREATS, kind: 'threat', defaultWeight: 0 },
  );
  return sources;
}

/*
 * Cheap place cues that need no gazetteer: street names by their shape, house numbers, postcodes,
 * the municipality's own accounts and sites. The full gazetteer lives in lib/places.
 */
const AUTHORITY_HANDLE =
  /gemeente|^gem_|stadsdeel|wijkagent|politie|handhaving|meldpunt|council|cityof|municipal/;
const AUTHORITY_HOST = /gemeente|meldingen|fixi|council/;
const SARCASM_TAG = /#not\b|(?:^|\s)\/s\b/i;
const SARCASM_EMOJI = new Set(['🙄', '😒', '🙃', '🤡']);

const DURATION_UNITS = new Set([
  'dag',
  'dagen',
  'week',
  'weken',
  'weekje',
  'maand',
  'maanden',
  'jaar',
  'jaren',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
]);
const NUMBER_WORDS = new Set([
  'een',
  'n',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'paar',
  'half',
  'halve',
  'a',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'few',
  'several',
  'couple',
]);
/** "al 3 weken", "for two weeks", "since 3 days": a problem that stays is a complaint. */
const PERSISTENCE_WORDS = new Set([
  'al',
  'sinds',
  'ruim',
  'for',
  'since',
  'already',
  'past',
  'over',
]);
const DIGITS = /^\d+$/;

function isNumber(word: string | undefined): boolean {
  if (word === undefined) return false;
  const first = word.charCodeAt(0);
  return first >= 48 && first <= 57 && DIGITS.test(word);
}

class Scorer {
  readonly evidence: Evidence[] = [];
  issue = 0;
  problem = 0;
  object = 0;
  place = 0;
  offTopic = 0;
  praise = 0;
  farAway = 0;
  readonly categoryScores = new Map<CategoryId, number>();
  /**
   * Lexicon entries already counted: saying "kelder" twice, or "ratten" and "rattenplaag", is not
   * more evidence than saying it once.
   */
  private readonly counted = new Set<Cue>();

  /** True the first time an entry is seen; later repeats add nothing. */
  firstTime(cue: Cue): boolean {
    if (this.counted.has(cue)) return false;
    this.counted.add(cue);
    return true;
  }

  addTopic(cue: string, category: CategoryId, weight: number, isIssue: boolean): void {
    if (isIssue) this.issue += weight;
    else this.object += weight;
    this.categoryScores.set(category, (this.categoryScores.get(category) ?? 0) + weight);
    this.evidence.push({ cue, kind: 'topic', weight, category });
  }

  add(cue: string, kind: 'problem' | 'place' | 'off-topic' | 'praise', weight: number): void {
    if (kind === 'problem') this.problem += weight;
    else if (kind === 'place') this.place += weight;
    else if (kind === 'off-topic') this.offTopic += weight;
    else this.praise += weight;
    const signed = kind === 'off-topic' || kind === 'praise' ? -weight : weight;
    this.evidence.push({ cue, kind, weight: signed });
  }

  note(cue: string, kind: EvidenceKind): void {
    this.evidence.push({ cue, kind, weight: 0 });
  }
}

interface Modifiers {
  negations: Array<{ at: number; sentence: number }>;
  metaphors: Array<{ at: number; sentence: number }>;
  /** The marker that gave the sarcasm away ("lekker bezig", "🙄", "#not"), if any. */
  sarcasmMarker: string | null;
  sarcasm: boolean;
  swearing: number;
  threats: number;
}

function collectModifiers(post: TokenizedPost, hits: readonly CueHit[], text: string): Modifiers {
  const tag = text.includes('#') || text.includes('/') ? SARCASM_TAG.exec(text) : null;
  const marker = tag?.[0].trim() ?? post.moods.find((mood) => SARCASM_EMOJI.has(mood)) ?? null;
  const modifiers: Modifiers = {
    negations: [],
    metaphors: [],
    sarcasmMarker: marker,
    sarcasm: marker !== null,
    swearing: 0,
    threats: 0,
  };
  for (const hit of hits) {
    const sentence = (post.tokens[hit.at] as Token).sentence;
    for (const cue of hit.cues) {
      if (cue.kind === 'negator') modifiers.negations.push({ at: hit.at, sentence });
      else if (cue.kind === 'metaphor') modifiers.metaphors.push({ at: hit.at, sentence });
      else if (cue.kind === 'sarcasm') {
        modifiers.sarcasm = true;
        modifiers.sarcasmMarker ??= hit.text;
      } else if (cue.kind === 'swearing') modifiers.swearing += 1;
      else if (cue.kind === 'threat') modifiers.threats += 1;
    }
  }
  return modifiers;
}

function isNegated(
  hit: CueHit,
  sentence: number,
  modifiers: Modifiers,
  window = NEGATION_WINDOW,
): boolean {
  for (const n of modifiers.negations) {
    if (n.sentence === sentence && n.at < hit.at && n.at >= hit.at - window) return true;
  }
  return false;
}

function isFigurative(hit: CueHit, sentence: number, modifiers: Modifiers): boolean {
  for (const m of modifiers.metaphors) {
    if (m.sentence === sentence && Math.abs(m.at - hit.at) <= METAPHOR_WINDOW) return true;
  }
  return false;
}

function scoreCue(scorer: Scorer, hit: CueHit, cue: Cue, sentence: number, modifiers: Modifiers) {
  if (cue.weight === 0 || !scorer.firstTime(cue)) return;
  if (cue.negatable && !modifiers.sarcasm && isNegated(hit, sentence, modifiers)) {
    scorer.note(hit.text, 'negated');
    return;
  }
  switch (cue.kind) {
    case 'issue':
    case 'object': {
      const category = cue.category ?? 'other';
      if (cue.kind === 'object' && isNegated(hit, sentence, modifiers, LACK_WINDOW)) {
        // "geen bankje", "no streetlights": a missing public thing is a complaint.
        scorer.add(`no ${hit.text}`, 'problem', LACK_WEIGHT);
      }
      if (isFigurative(hit, sentence, modifiers)) {
        scorer.note(hit.text, 'metaphor');
        scorer.addTopic(hit.text, category, cue.weight * METAPHOR_DISCOUNT, cue.kind === 'issue');
      } else {
        scorer.addTopic(hit.text, category, cue.weight, cue.kind === 'issue');
      }
      return;
    }
    case 'problem':
      scorer.add(hit.text, 'problem', cue.weight);
      return;
    case 'place':
      scorer.add(hit.text, 'place', cue.weight);
      return;
    case 'offTopic':
      scorer.add(hit.text, 'off-topic', cue.weight);
      return;
    case 'farAway':
      scorer.farAway += cue.weight;
      scorer.add(hit.text, 'off-topic', cue.weight);
      return;
    case 'positive':
      // Sarcastic praise ("lekker bezig, gemeente 🙄") is a complaint.
      if (modifiers.sarcasm) {
        scorer.note(hit.text, 'sarcasm');
        scorer.add(hit.text, 'problem', cue.weight);
      } else {
        scorer.add(hit.text, 'praise', cue.weight);
      }
      return;
    default:
      return;
  }
}

function isStreetName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  // Street names are written with a capital or have a house number; most words are neither.
  if (!token.capitalised && !isNumber(tokens[i + 1]?.word)) return false;
  if (isEnglishStreetWord(token.word)) {
    const previous = tokens[i - 1];
    return (
      token.capitalised &&
      previous?.capitalised === true &&
      previous.sentence === token.sentence &&
      canNameEnglishStreet(previous.word)
    );
  }
  return hasStreetSuffix(token.word);
}

function scorePlaceCues(scorer: Scorer, post: TokenizedPost, hints: PlaceHints): void {
  const { tokens } = post;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.origin === 'text' && isStreetName(tokens, i)) scorer.add(token.word, 'place', 1.5);
    if (DURATION_UNITS.has(token.word) && i >= 2) {
      const amount = tokens[i - 1] as Token;
      // "al 3 weken", "for two weeks", "al een half jaar": the persistence word may sit 2 back.
      const from = PERSISTENCE_WORDS.has(tokens[i - 2]?.word ?? '')
        ? i - 2
        : PERSISTENCE_WORDS.has(tokens[i - 3]?.word ?? '')
          ? i - 3
          : -1;
      if (from >= 0 && (isNumber(amount.word) || NUMBER_WORDS.has(amount.word))) {
        const words = tokens.slice(from, i + 1).map((t) => t.word);
        scorer.add(words.join(' '), 'problem', 1.5);
      }
    }
    // "de Kamer" in mid-sentence is parliament, not a room.
    const previous = tokens[i - 1];
    if (
      token.word === 'kamer' &&
      token.capitalised &&
      previous !== undefined &&
      previous.sentence === token.sentence
    ) {
      scorer.add('Kamer', 'off-topic', 2);
    }
  }
  if (post.hasFullPostcode) scorer.add('postcode', 'place', 2);
  for (const handle of post.mentions) {
    if (AUTHORITY_HANDLE.test(handle)) scorer.add(`@${handle}`, 'place', 1.5);
  }
  for (const host of post.linkHosts) {
    if (AUTHORITY_HOST.test(host)) scorer.add(host, 'place', 1);
  }
  if (hints.namedPlace) scorer.add('place name', 'place', 1.5);
}

function bestCategory(scores: ReadonlyMap<CategoryId, number>): CategoryId {
  let best: CategoryId | null = null;
  let bestScore = 0;
  let total = 0;
  for (const [category, score] of scores) {
    total += score;
    if (score > bestScore) {
      best = category;
      bestScore = score;
    }
  }
  if (best === null || bestScore < CATEGORY_MINIMUM) return 'other';
  return bestScore / total >= CATEGORY_SHARE_THRESHOLD ? best : 'other';
}

/** A phone number in a post is nearly always an advertisement. */
const PHONE_NUMBER = /(?:\+31|\b0)\d{1,3}[- ]?\d{3}[- ]?\d{3,4}\b/;

/*
 * Frequent function words, enough to tell a Dutch post from an English one: a Dutch post about a
 * foreign place is far-away news, an English one may be local to somewhere abroad.
 */
const DUTCH_WORDS = new Set(
  'de het een en van is op niet dat die met voor zijn er wat ook maar bij naar nog al wel geen om te ik je we ze deze dit hier'.split(
    ' ',
  ),
);
const ENGLISH_WORDS = new Set(
  'the a an and of is on not that with for are there this what also but at by to it its was were have has be my our we they'.split(
    ' ',
  ),
);

function looksDutch(tokens: readonly Token[]): boolean {
  let dutch = 0;
  let english = 0;
  for (const token of tokens) {
    if (DUTCH_WORDS.has(token.word)) dutch += 1;
    else if (ENGLISH_WORDS.has(token.word)) english += 1;
  }
  return dutch > english;
}

/**
 * Decides whether a post is about a local issue (something in a street, neighbourhood or town that
 * a resident would report or organise around), which category it belongs to, how heated it is, and
 * why. Pure and fast: it runs in the content script on every post of a feed.
 */
export function classifyPost(text: string, hints: PlaceHints = {}): Classification {
  const post = tokenize(text);
  const hits = lexicon.scan(post.tokens);
  const modifiers = collectModifiers(post, hits, text);
  const scorer = new Scorer();

  for (const hit of hits) {
    const sentence = (post.tokens[hit.at] as Token).sentence;
    for (const cue of hit.cues) scoreCue(scorer, hit, cue, sentence, modifiers);
  }
  scorePlaceCues(scorer, post, hints);
  if (modifiers.sarcasmMarker !== null) scorer.note(modifiers.sarcasmMarker, 'sarcasm');
  if (PHONE_NUMBER.test(text)) scorer.add('phone number', 'off-topic', 2.5);

  // Complaints, places and objects add up only to a point: a long rant is not more local.
  let score =
    Math.min(scorer.issue, ISSUE_CAP) +
    SCORE.problem * Math.min(scorer.problem, SCORE.problemCap) +
    Math.min(scorer.object, SCORE.objectCap) +
    SCORE.place * Math.min(scorer.place, SCORE.placeCap) +
    (scorer.problem >= 1 && scorer.object >= 1 ? COMPLAINT_ABOUT_A_THING : 0) -
    scorer.offTopic -
    SCORE.praise * scorer.praise;
  // A Dutch post about somewhere abroad, with no Dutch place in it, is far-away news.
  if (scorer.farAway > 0 && scorer.place < 1 && looksDutch(post.tokens)) {
    score = Math.min(score, LOCAL_THRESHOLD - 1);
  }
  // A post must name a problem, or complain about a thing or at a place, before it can be local.
  const aboutSomething =
    scorer.issue >= 1.5 ||
    (scorer.problem >= 1 && scorer.object >= 1) ||
    scorer.object >= SEVERAL_THINGS ||
    (scorer.problem >= COMPLAINT_AT_A_PLACE && scorer.place >= COMPLAINT_AT_A_PLACE) ||
    scorer.problem >= STRONG_COMPLAINT;
  const local = aboutSomething && score >= LOCAL_THRESHOLD;
  const effective = aboutSomething ? score : Math.min(score, LOCAL_THRESHOLD - 1);
  const probabilityLocal = 1 / (1 + Math.exp(-CONFIDENCE_SLOPE * (effective - LOCAL_THRESHOLD)));

  const heat = estimateHeat(post, modifiers);
  if (modifiers.swearing > 0) scorer.note('swearing', 'tone');
  if (modifiers.threats > 0) scorer.note('threat', 'tone');

  scorer.evidence.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return {
    local,
    category: local ? bestCategory(scorer.categoryScores) : null,
    confidence: round(local ? probabilityLocal : 1 - probabilityLocal),
    tone: toneOf(heat),
    evidence: scorer.evidence,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
