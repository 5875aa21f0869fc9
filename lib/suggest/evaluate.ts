import { z } from 'zod';
import { type ContactKind, contactKindSchema } from '../schema/contacts';
import { municipalityCodeSchema, type Signal } from '../schema/records';
import type { LocationSource } from './locate';
import { type PreparedSuggestions, suggest } from './suggest';

/** One labelled case of lib/suggest/testdata/cases.jsonl (its README says how they were made). */
export const suggestionCaseSchema = z
  .object({
    id: z.string().min(1),
    lang: z.enum(['nl', 'en']).optional(),
    text: z.string().min(1),
    /** The author's display name, as a site shows it. */
    author: z.string().min(1).optional(),
    /** The user's home municipality. */
    home: municipalityCodeSchema.optional(),
    municipality: municipalityCodeSchema.nullable(),
    /** Where the municipality should be found; given exactly when `municipality` is. */
    found: z.enum(['text', 'author', 'home']).optional(),
    /** Contact kinds that belong in the top 3. */
    kinds: z.array(contactKindSchema),
    /** Contact kinds that must not be in the top 3 (112 for hyperbole, 144 for rats). */
    not: z.array(contactKindSchema).optional(),
  })
  .refine((row) => (row.municipality === null) === (row.found === undefined), {
    error: '`found` is given exactly when `municipality` is',
  });
export type SuggestionCase = z.infer<typeof suggestionCaseSchema>;

/** How many contacts count as "suggested first": what a reader sees without scrolling. */
export const TOP_CONTACTS = 3;

export interface CaseOutcome {
  row: SuggestionCase;
  municipality: string | null;
  from: LocationSource | null;
  topKinds: ContactKind[];
  missingKinds: ContactKind[];
  unwantedKinds: ContactKind[];
}

export interface Tally {
  right: number;
  total: number;
}

export interface SuggestionEvaluation {
  outcomes: CaseOutcome[];
  /** Top-1 municipality on the cases whose text names a place. */
  textNamed: Tally;
  /** Municipality (or none, where none is expected) on every case. */
  overall: Tally;
  /** Found where expected: text, author, home. */
  foundRight: Tally;
  /** Expected kinds in the top 3, over all (case, kind) pairs. */
  kindsInTop: Tally;
  perKind: Map<ContactKind, Tally>;
  /** Cases with every expected kind in the top 3. */
  casesWithAllKinds: Tally;
  /** Unwanted kinds in the top 3, over all (case, unwanted kind) pairs: lower is better. */
  unwanted: Tally;
}

/** The signal a case stands for: its text, author, and nothing the classifier has added yet. */
export function caseSignal(row: SuggestionCase, index: number): Signal {
  return {
    id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    text: row.text,
    source: {
      site: 'web',
      url: 'https://example.org/post',
      ...(row.author ? { authorName: row.author } : {}),
    },
    clippedAt: '2026-11-27T10:00:00.000Z',
  };
}

function tally(): Tally {
  return { right: 0, total: 0 };
}

function count(into: Tally, right: boolean): void {
  into.total += 1;
  if (right) into.right += 1;
}

/** Suggests for every case, with its home area, and counts what came out right. */
export function evaluateSuggestionCases(
  rows: readonly SuggestionCase[],
  prepared: PreparedSuggestions,
): SuggestionEvaluation {
  const evaluation: SuggestionEvaluation = {
    outcomes: [],
    textNamed: tally(),
    overall: tally(),
    foundRight: tally(),
    kindsInTop: tally(),
    perKind: new Map(),
    casesWithAllKinds: tally(),
    unwanted: tally(),
  };
  rows.forEach((row, index) => {
    const context: PreparedSuggestions = {
      ...prepared,
      homeArea: row.home ? { municipality: row.home } : undefined,
    };
    const { location, contacts } = suggest(caseSignal(row, index), context, {
      limit: TOP_CONTACTS,
    });
    const topKinds = contacts.map((suggestion) => suggestion.item.kind);
    const outcome: CaseOutcome = {
      row,
      municipality: location.municipality,
      from: location.from,
      topKinds,
      missingKinds: row.kinds.filter((kind) => !topKinds.includes(kind)),
      unwantedKinds: (row.not ?? []).filter((kind) => topKinds.includes(kind)),
    };
    evaluation.outcomes.push(outcome);
    const rightMunicipality = location.municipality === row.municipality;
    if (row.found === 'text') count(evaluation.textNamed, rightMunicipality);
    count(evaluation.overall, rightMunicipality);
    count(evaluation.foundRight, (row.found ?? null) === location.from);
    for (const kind of row.kinds) {
      const found = topKinds.includes(kind);
      count(evaluation.kindsInTop, found);
      const perKind = evaluation.perKind.get(kind) ?? tally();
      count(perKind, found);
      evaluation.perKind.set(kind, perKind);
    }
    if (row.kinds.length > 0) {
      count(evaluation.casesWithAllKinds, outcome.missingKinds.length === 0);
    }
    for (const kind of row.not ?? []) count(evaluation.unwanted, topKinds.includes(kind));
  });
  return evaluation;
}
