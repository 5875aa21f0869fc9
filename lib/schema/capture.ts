import { z } from 'zod';
import { MAX_MEDIA, MAX_NOTE_LENGTH, MAX_TITLE_LENGTH } from './limits';
import {
  categoryIdSchema,
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
});
export type PostCapture = z.infer<typeof postCaptureSchema>;

/** The user's correction of the classifier, made in the clip control before or after clipping. */
export const correctionSchema = z
  .object({ verdict: verdictSchema.optional(), category: categoryIdSchema.optional() })
  .refine((correction) => correction.verdict !== undefined || correction.category !== undefined, {
    message: 'a correction changes the verdict, the category or both',
  });
export type Correction = z.infer<typeof correctionSchema>;

/**
 * A selection or a link the user clipped through the context menu or the keyboard shortcut, on
 * any page: no post id and no author, just the words and where they were.
 */
export const selectionCaptureSchema = z.object({
  text: z.string().trim().min(1, 'nothing is selected').max(MAX_TEXT_LENGTH),
  url: httpUrlSchema,
});
export type SelectionCapture = z.infer<typeof selectionCaptureSchema>;

/**
 * What the clip dialog adds to a clip: a note, where it is (a municipality by name, as typed, and
 * a place in it), and the initiative it belongs to, an existing one or a new one by its title.
 */
export const clipDetailsSchema = z.object({
  note: z.string().trim().max(MAX_NOTE_LENGTH).optional(),
  municipality: z.string().trim().min(1).max(200).optional(),
  place: z.string().trim().min(1).max(200).optional(),
  initiative: z
    .union([
      z.object({ id: z.uuid() }),
      z.object({ title: z.string().trim().min(1).max(MAX_TITLE_LENGTH) }),
    ])
    .optional(),
});
export type ClipDetails = z.infer<typeof clipDetailsSchema>;
