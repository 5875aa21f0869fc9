import { z } from 'zod';
import { MAX_MEDIA } from './limits';
import {
  httpUrlSchema,
  MAX_TEXT_LENGTH,
  postKeySchema,
  signalSourceSchema,
  verdictSchema,
} from './records';

/**
 * What a site adapter reads from one post on the page: everything needed to clip it, nothing more.
 * It travels from the content script to the background, so it is validated on arrival.
 */
export const postCaptureSchema = z.object({
  key: postKeySchema,
  source: signalSourceSchema.required({ postId: true }),
  text: z.string().max(MAX_TEXT_LENGTH),
  media: z.array(httpUrlSchema).max(MAX_MEDIA).optional(),
  verdict: verdictSchema.optional(),
});
export type PostCapture = z.infer<typeof postCaptureSchema>;

/**
 * A selection or a link the user clipped through the context menu or the keyboard shortcut, on
 * any page: no post id and no author, just the words and where they were.
 */
export const selectionCaptureSchema = z.object({
  text: z.string().trim().min(1, 'nothing is selected').max(MAX_TEXT_LENGTH),
  url: httpUrlSchema,
});
export type SelectionCapture = z.infer<typeof selectionCaptureSchema>;
