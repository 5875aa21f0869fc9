import { z } from 'zod';
import { CATEGORY_IDS } from '../classify/taxonomy';
import { MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH } from './limits';
import { areaSchema, httpUrlSchema, municipalityCodeSchema } from './records';

/**
 * Who can act on a signal. The kinds are what the labelled suggestion cases name ("expected
 * contact kinds"), so they are stable ids like the categories.
 */
export const CONTACT_KINDS = [
  'municipality',
  'police',
  'anonymous-crime-report',
  'emergency',
  'animal-emergency',
  'national-roads',
  'energy-outage',
  'water-board',
  'landlord',
  'environmental-service',
] as const;
export const contactKindSchema = z.enum(CONTACT_KINDS);
export type ContactKind = z.infer<typeof contactKindSchema>;

const localizedSchema = z.object({
  nl: z.string().trim().min(1).max(MAX_DESCRIPTION_LENGTH),
  en: z.string().trim().min(1).max(MAX_DESCRIPTION_LENGTH),
});

/** A phone number as dialled in the Netherlands: "0900-8844", "14 020", "112". */
export const phoneNumberSchema = z.string().regex(/^[0-9 +-]{3,20}$/);

/** One way to reach a contact. */
export const contactChannelSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('website'), url: httpUrlSchema }),
  z.object({ kind: z.literal('reporting-page'), url: httpUrlSchema }),
  z.object({ kind: z.literal('lookup'), url: httpUrlSchema }),
  z.object({ kind: z.literal('phone'), number: phoneNumberSchema }),
  z.object({ kind: z.literal('email'), address: z.email() }),
  z.object({ kind: z.literal('postal'), address: z.string().trim().min(1).max(300) }),
]);
export type ContactChannel = z.infer<typeof contactChannelSchema>;

/** Where a contact's remit lies: the whole country, one municipality, or a set of them. */
export const contactAreaSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('national') }),
  z.object({ scope: z.literal('municipality'), municipality: municipalityCodeSchema }),
  z.object({
    scope: z.literal('municipalities'),
    municipalities: z.array(municipalityCodeSchema).min(1),
  }),
]);

/** Where a fact about a contact was checked, and when. */
export const contactSourceSchema = z.object({
  url: httpUrlSchema,
  checked: z.iso.date(),
});

/** A public body or desk that can act on signals of some categories in some area. */
export const contactSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,80}$/),
  kind: contactKindSchema,
  name: localizedSchema,
  /** What it handles, in the user's words: shown as the reason it is suggested. */
  handles: localizedSchema,
  categories: z.array(z.enum(CATEGORY_IDS)).min(1),
  area: contactAreaSchema,
  channels: z.array(contactChannelSchema).min(1),
  /** Shown only when the signal's words are urgent (112). */
  urgentOnly: z.boolean().optional(),
  /**
   * What to do, for a contact that is a kind of body rather than one desk ("your landlord") or
   * that is easily mistaken for another (144 does not collect dead animals).
   */
  guidance: localizedSchema.optional(),
  sources: z.array(contactSourceSchema).min(1),
});
export type Contact = z.infer<typeof contactSchema>;

/** An existing group or initiative of residents (DESIGN.md, domain model: Group). */
export const groupSchema = z.object({
  id: z.uuid(),
  name: z
    .string()
    .trim()
    .min(1)
    .max(MAX_NAME_LENGTH * 2),
  area: areaSchema.extend({
    postcode: z
      .string()
      .regex(/^\d{4}$/)
      .optional(),
  }),
  topics: z.array(z.enum(CATEGORY_IDS)).max(CATEGORY_IDS.length),
  website: httpUrlSchema.optional(),
  contact: z.string().trim().max(300).optional(),
  description: z.string().trim().max(MAX_DESCRIPTION_LENGTH).optional(),
});
export type Group = z.infer<typeof groupSchema>;
