/**
 * Reading text back out of the HTML the site writes: Astro escapes text and attribute values with five
 * entities, and checks over built pages (the CSP check, the search records, the link checker) need the
 * text as it was. One decoder, so they all read it alike.
 */

/** `text` with the entities Astro writes (&lt; &gt; &quot; &#39; &amp;) decoded; &amp; last, so "&amp;lt;" stays "&lt;". */
export function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
