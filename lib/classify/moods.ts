/**
 * Emoji that carry a mood rather than a topic. The tokenizer keeps them apart from the words
 * (lib/classify/tokens.ts); the tone reads anger, the verdict reads sarcasm and joy.
 */

/** Anger makes a post heated (lib/classify/tone.ts). */
export const ANGER_EMOJI: ReadonlySet<string> = new Set(['😡', '🤬', '👿', '💢', '😤', '🖕']);

/** An eye-roll or a clown says the praise around it is not meant. */
export const SARCASM_EMOJI: ReadonlySet<string> = new Set(['🙄', '😒', '🙃', '🤡']);

/**
 * Joy, love and laughter, with how much they count as praise: seldom in a complaint (2% of the
 * local posts of the test sets) and common in what only sounds like one (a quarter of the false
 * positives): a new garden, a wedding, a joke. Clapping is left out: it is as often sarcastic.
 */
export const JOY_EMOJI: ReadonlyMap<string, number> = new Map([
  ...['😍', '🥰', '❤', '💙', '💚', '💛', '🧡', '💜', '😊', '🥳', '🎉', '🎊', '✨', '☀'].map(
    (emoji) => [emoji, 2.5] as const,
  ),
  ...['🌞', '🌸', '🌷', '🌱', '🍂', '🏡', '😎', '🚀', '🏆', '🤩', '🥂'].map(
    (emoji) => [emoji, 2.5] as const,
  ),
  ...['😂', '🤣', '🙌'].map((emoji) => [emoji, 1.5] as const),
]);

export function isMoodEmoji(emoji: string): boolean {
  return ANGER_EMOJI.has(emoji) || SARCASM_EMOJI.has(emoji) || JOY_EMOJI.has(emoji);
}
