/**
 * Which link targets staff may write, in stories and the changelog: web addresses (http, https), e-mail
 * (mailto) and paths within the site ("/xa/20122/", "#muc", "./anh/x.png"). Anything else — javascript:,
 * data:, vbscript:, file:, protocol-relative "//host" — is refused: a link must never run code or reach
 * outside the web.
 */
import type { IssueList, Location } from './issues.ts';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** True when `url` is a link target the site may publish. */
export function allowedUrl(url: string): boolean {
  // Browsers drop tabs, line breaks and leading control characters before reading a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const clean = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (clean.startsWith('//') || clean.startsWith('\\')) return false;
  const scheme = SCHEME.exec(clean)?.[1]?.toLowerCase();
  // Without a scheme it is a path, unless an HTML entity hides one ("javascript&#58;…").
  if (scheme === undefined) return !/&(#|colon;)/i.test(clean);
  return ['http', 'https', 'mailto'].includes(scheme);
}

/** True when `url` is a web address (http or https) with a host: licences, sources, tiles. */
export function httpUrl(url: string): boolean {
  return /^https?:\/\/[^\s/?#]+\S*$/i.test(url);
}

/** Markdown link targets in a text: inline `[x](url)`, images, autolinks `<url>` and definitions `[x]: url`. */
const LINKS = /\]\(\s*<?([^)\s>]*)|<([a-z][a-z0-9+.-]*:[^>\s]*)>|^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gim;

/** Report every Markdown link target in `text` that is not allowed. */
export function checkLinks(text: string, where: Location, issues: IssueList): void {
  for (const match of text.matchAll(LINKS)) {
    const url = match[1] ?? match[2] ?? match[3] ?? '';
    if (url !== '' && !allowedUrl(url)) issues.add('url-scheme', where, { value: url });
  }
}
