import { ANGER_EMOJI } from './moods';
import { SHOUTING, type TokenizedPost } from './tokens';

export type Tone = 'calm' | 'heated';

/** Heat at or above which a post reads as heated. */
const HEATED_AT = 2;

export interface ToneSignals {
  swearing: number;
  threats: number;
}

/**
 * Heat from the ways people raise their voice in writing: capitals, exclamation marks, swearing,
 * threats and angry emoji. Kept apart from the verdict: an angry post is not more local, and a
 * calm one is not less. `reasons`, when given, gets what added heat besides the words.
 */
export function estimateHeat(
  post: TokenizedPost,
  signals: ToneSignals,
  reasons?: string[],
): number {
  let heat = 1.5 * signals.swearing + 3 * signals.threats;
  for (const mood of post.moods) {
    if (ANGER_EMOJI.has(mood)) {
      heat += 1;
      reasons?.push(mood);
    }
  }

  if (post.longestExclamationRun >= 2 || post.exclamationMarks >= 3) reasons?.push('!!!');
  if (post.longestExclamationRun >= 3) heat += 1.5;
  else if (post.longestExclamationRun === 2) heat += 1;
  if (post.exclamationMarks >= 3) heat += 0.5;

  const { shouted, longWords } = post;
  // One word in capitals is emphasis; several, or a post mostly in capitals, is shouting.
  if (shouted >= 3 || (shouted >= 2 && shouted * 3 >= longWords)) {
    heat += 2;
    if (reasons) reasons.push(...shoutedWords(post, reasons));
  } else if (shouted >= 1) heat += 0.5;

  return heat;
}

const SHOUTED_WORDS_SHOWN = 3;

/** The first words written in capitals, in capitals, but none listed already (a swear word). */
function shoutedWords(post: TokenizedPost, listed: readonly string[]): string[] {
  const words: string[] = [];
  for (let k = 0; k < post.size && words.length < SHOUTED_WORDS_SHOWN; k++) {
    const word = post.entries[k]?.word ?? '';
    if ((post.marks[k] as number) & SHOUTING && !listed.includes(word)) {
      words.push(word.toUpperCase());
    }
  }
  return words;
}

export function toneOf(heat: number): Tone {
  return heat >= HEATED_AT ? 'heated' : 'calm';
}
