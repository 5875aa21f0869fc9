/**
 * Text an attacker could post, for tests that everything Vliegwiel shows of other people's posts
 * stays inert text: markup that runs script if parsed as HTML, characters that reorder or hide
 * text, and lengths at the limit.
 */
export const HOSTILE_MARKUP = [
  '<script>window.__vliegwielPwned = "script"</script>',
  '<img src="x" onerror="window.__vliegwielPwned = \'img\'">',
  '"><svg onload="window.__vliegwielPwned = \'svg\'"></svg>',
  '<a href="javascript:window.__vliegwielPwned = \'link\'">klik</a>',
  '<iframe srcdoc="<script>parent.__vliegwielPwned = 1</script>"></iframe>',
] as const;

/** Right-to-left override and isolate, zero-width space, joiner and byte-order mark. */
export const HOSTILE_CHARACTERS =
  '\u202Egnp.exe\u202C \u2067isolate\u2069 zero\u200Bwidth\u200D\uFEFF';

/** One post holding all of the above, and a local issue besides (so it is worth clipping). */
export const HOSTILE_POST = `Kapotte lantaarnpaal op de Biltstraat ${HOSTILE_MARKUP.join(' ')} ${HOSTILE_CHARACTERS}`;

/** Elements that would only be in a page if hostile text had been parsed as markup. */
export const INJECTED_ELEMENTS = 'script, img[onerror], svg, iframe, a[href^="javascript:"]';
