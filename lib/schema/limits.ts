// Plain numbers, apart from the zod schemas, so the content script can use them without
// bundling zod.

/** Post text is kept whole up to 1 MiB of characters; anything longer is not a post but an attack. */
export const MAX_TEXT_LENGTH = 1_048_576;
export const MAX_URL_LENGTH = 8_192;
export const MAX_MEDIA = 50;
export const MAX_TITLE_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 20_000;
/** Notes and comments: a few paragraphs, typed in the clip dialog or on a timeline. */
export const MAX_NOTE_LENGTH = 5_000;
export const MAX_NAME_LENGTH = 100;
/**
 * Posts the content script sends to be classified in one message, and their text in all: a scan
 * task reads fewer, and a page cannot make one message or its answer very large.
 */
export const MAX_POSTS_CLASSIFIED = 200;
export const MAX_CLASSIFIED_TEXT_LENGTH = 2 * MAX_TEXT_LENGTH;
