import type { UiLanguage } from '../i18n';
import type { Signal } from '../schema/records';
import { addressWithoutAuthor, namesAny } from '../sites/author-address';

// Pseudonymising authors for an export. The authors of clipped posts are third parties (personal
// data, DESIGN.md), so an export can leave them out without losing what the posts say:
// - every author (the same handle, or without a handle the same name, on the same site) gets a
//   pseudonym, "Auteur 1" / "Author 1", numbered in order of first appearance; it becomes the
//   author handle, and the author's display name is dropped;
// - where a site puts the author in the post's address, the address becomes one without the
//   author that still opens the post where the site has one, else the site's home page (the
//   rules per site are in lib/sites/author-address.ts, shared with workspace sync). The post key
//   and post id go when they hold the handle (Bluesky and Mastodon keys do);
// - "@handle" mentions of any of these authors in texts and notes become their pseudonyms (a
//   handle two of them share becomes "@Auteur"); mentions of people who wrote none of the posts
//   stay as they are.
// Members (the people who clip and act in the tracker) keep their names: their visible
// contributions are the point of the record.

const PSEUDONYM_WORD: Record<UiLanguage, string> = { nl: 'Auteur', en: 'Author' };

const MENTION = /@([\p{L}\p{N}_.-]+(?:@[\p{L}\p{N}_.-]+)?)/gu;
const _KEY_PARTS = /[/:@?#&=]+/;
const _X_STATUS = /^\/[^/]+\/status\/(\d+)/;

interface Author {
  pseudonym: string;
  /** The handle in lower case, and for a Mastodon handle (user@server) the user part too. */
  handleForms: string[];
}

export function pseudonymiseAuthors(signals: readonly Signal[], language: UiLanguage): Signal[] {
  const authors = new Map<string, Author>();
  for (const signal of signals) {
    const key = authorKey(signal);
    if (key === undefined || authors.has(key)) continue;
    const handle = signal.source.authorHandle?.toLowerCase().replace(/^@/, '');
    authors.set(key, {
      pseudonym: `${PSEUDONYM_WORD[language]} ${authors.size + 1}`,
      handleForms: handle ? [...new Set([handle, handle.split('@')[0] as string])] : [],
    });
  }
  const mentions = mentionTable(authors, PSEUDONYM_WORD[language]);
  return signals.map((signal) => {
    const key = authorKey(signal);
    const author = key === undefined ? undefined : authors.get(key);
    const text = withPseudonymMentions(signal.text, mentions);
    const note =
      signal.note === undefined ? undefined : withPseudonymMentions(signal.note, mentions);
    if (!author) {
      return text === signal.text && note === signal.note
        ? signal
        : { ...signal, text, ...(note === undefined ? {} : { note }) };
    }
    const { authorName: _name, postId, ...source } = signal.source;
    const { postKey, ...rest } = signal;
    const keepsPostId = postId !== undefined && !namesAny(postId, author.handleForms);
    const keepsPostKey = postKey !== undefined && !namesAny(postKey, author.handleForms);
    return {
      ...rest,
      text,
      ...(note === undefined ? {} : { note }),
      ...(keepsPostKey ? { postKey } : {}),
      source: {
        ...source,
        url: addressWithoutAuthor(signal.source.site, signal.source.url, author.handleForms),
        authorHandle: author.pseudonym,
        ...(keepsPostId ? { postId } : {}),
      },
    };
  });
}

function authorKey(signal: Signal): string | undefined {
  const { authorHandle, authorName } = signal.source;
  if (authorHandle !== undefined) {
    return `${signal.source.site}\nhandle\n${authorHandle.toLowerCase().replace(/^@/, '')}`;
  }
  return authorName === undefined ? undefined : `${signal.source.site}\nname\n${authorName}`;
}

/**
 * Handle forms to pseudonyms. A form that two authors share (the same handle on two sites, or a
 * Mastodon user part on two servers) names neither for sure, so it becomes the bare word.
 */
function mentionTable(authors: ReadonlyMap<string, Author>, word: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const author of authors.values()) {
    for (const form of author.handleForms) {
      const known = table.get(form);
      table.set(form, known === undefined || known === author.pseudonym ? author.pseudonym : word);
    }
  }
  return table;
}

function withPseudonymMentions(text: string, mentions: ReadonlyMap<string, string>): string {
  if (mentions.size === 0 || !text.includes('@')) return text;
  return text.replace(MENTION, (whole, handle: string) => {
    // A sentence may end right after a handle: "… ask @jan." names @jan.
    const bare = handle.replace(/[.-]+$/, '');
    const pseudonym = mentions.get(bare.toLowerCase());
    return pseudonym === undefined ? whole : `@${pseudonym}${handle.slice(bare.length)}`;
  });
}
