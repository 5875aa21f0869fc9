import type { PostCapture } from '../schema/capture';
import type { SiteId } from '../schema/records';

/** A post as a feed scan reads it: enough to mark and classify it. */
export type ScannedPost = Pick<PostCapture, 'key' | 'text'>;

/** Where the clip control goes relative to the element the adapter picks for it. */
export type ControlPlacement = 'before' | 'after' | 'prepend' | 'append';

export interface ControlAnchor {
  element: Element;
  placement: ControlPlacement;
}

/**
 * One adapter per social site. It knows the site's page structure and nothing else: no browser
 * APIs, no storage, no classification. All of a site's selectors live in its adapter file, each
 * with a comment saying what it matches and where and when that structure was seen.
 */
export interface SiteAdapter {
  site: SiteId;
  /**
   * Match patterns of the pages the content script runs on for this site from install on (the
   * manifest is built from them). Sites outside them are read only where the user grants access.
   */
  matches: readonly string[];
  /**
   * Whether this adapter reads this page. Sites that run on many hosts (Mastodon instances, pages
   * with schema.org or h-entry markup) recognise their pages by structure, so they get the document.
   */
  handles(url: URL, document?: Document): boolean;
  /**
   * The post elements under `root` (which may be the document or a newly added subtree), in
   * document order. A quoted or embedded post is part of the post that quotes it and is not
   * returned; ads, promoted items and sidebars are not posts.
   */
  findPosts(root: ParentNode): Element[];
  /**
   * Reads one post element returned by `findPosts`. Returns null when the element is not (yet)
   * a readable post, for example while the site is still rendering it; it never throws on
   * unexpected structure.
   */
  readPost(post: Element, pageUrl: URL): PostCapture | null;
  /**
   * What marking a post takes, read on every post of a feed: its key and text, as `readPost` reads
   * them (null where it gives null). The rest of a capture (author, time, media) takes work to
   * read, and only a clip needs it.
   */
  readPostForScan(post: Element, pageUrl: URL): ScannedPost | null;
  /** Where to put the clip control for this post. */
  controlAnchor(post: Element): ControlAnchor;
}
