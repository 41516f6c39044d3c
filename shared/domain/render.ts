/**
 * Server-side rendering of a comment's plain text into safe HTML. The only markup ever produced is
 * <p>, <br> and <a href="http(s)://…" rel="nofollow ugc noopener">; everything the author typed is
 * escaped, so raw HTML in a comment shows as text.
 *
 * Links are found by `scanLinks`, the one function behind both the renderer and the moderation links
 * check (`extractLinks`), so what the check counts is exactly what readers can click. It uses
 * linkify-it with the full list of top-level domains (`tlds`): links with an http(s) scheme, and links
 * without one (`www.x.org`, `x.shop/offer`, `something.net`), never e-mail addresses, `mailto:`, `ftp:`
 * or protocol-relative `//x` links. A link typed without a scheme gets `https://`: that is what
 * browsers assume today, and a newsroom's page should not send readers over clear text on a guess.
 *
 * The work is linear in the length of the text, whatever it holds:
 * - only the words (runs without whitespace) holding a dot followed by a letter or digit are looked
 *   at, each once, and only when at most MAX_URL_LENGTH characters long: a URL never spans
 *   whitespace and its host always has such a dot, so no linkify-it call sees more than 2,048
 *   characters, and plain prose costs one pass over its dots;
 * - trailing punctuation is trimmed in one backward scan, with bracket balance counted once;
 * - scanning stops after MAX_LINKS + 1 links: the rest of the text is shown as text, and the links
 *   check learns that there were more than the renderer links (`LinkScan.overflow`).
 */
import { LinkifyIt } from 'linkify-it';
import type { Match } from 'linkify-it';
import tlds from 'tlds/index.json' with { type: 'json' };

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

export const LINK_REL = 'nofollow ugc noopener';
/** A link (as typed, and as its href) longer than this is not linked; it shows as text. */
export const MAX_URL_LENGTH = 2048;
/** At most this many links per comment; further URLs show as text. */
export const MAX_LINKS = 25;
/** The scheme given to a link typed without one. */
export const DEFAULT_SCHEME = 'https:';

/**
 * Top-level domains not linked when typed without a scheme: in a comment, `invoice.zip` and
 * `clip.mov` are far more often file names than sites (and the sites are a known phishing trick).
 * With an explicit `https://` they link like any other.
 */
const FILE_LIKE_TLDS = new Set(['zip', 'mov']);

const linkify = new LinkifyIt({
  fuzzyLink: true,
  fuzzyEmail: false,
  fuzzyIP: false,
  urlAuth: false,
  maxLength: MAX_URL_LENGTH,
})
  .add('ftp:', null)
  .add('//', null)
  .add('mailto:', null)
  .tlds(tlds.filter((t) => !FILE_LIKE_TLDS.has(t)));

/** One link as the renderer shows it. */
export interface FoundLink {
  /** [start, end) UTF-16 offsets of the link in the scanned text (trailing punctuation excluded). */
  start: number;
  end: number;
  /** The canonical http(s) URL (WHATWG), which is the `href`. */
  href: string;
  /** The host the link goes to, in ASCII (punycode for an internationalised name), lower case. */
  host: string;
  /**
   * The link text readers see: what was typed, except that a host not typed in its ASCII form
   * (`аpple.com` in Cyrillic, full-width letters, `0x7f.1`) is shown as the host it resolves to, so
   * the text never reads as a different site than the one it opens.
   */
  text: string;
}

export interface LinkScan {
  /** The links, in text order, at most MAX_LINKS. */
  links: FoundLink[];
  /** True when the text holds more than MAX_LINKS links: those beyond the cap are shown as text. */
  overflow: boolean;
}

/** Characters that end a sentence rather than a link when they close one. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '*', "'", '"']);
const OPENER: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/**
 * The length of `candidate` without its trailing punctuation, in one backward scan. A closing bracket
 * stays when it balances an opening one inside the link (Wikipedia-style `Foo_(bar)`); the brackets
 * are counted once, up front.
 */
export function trimmedLength(candidate: string): number {
  const count: Record<string, number> = { '(': 0, ')': 0, '[': 0, ']': 0, '{': 0, '}': 0 };
  for (let i = 0; i < candidate.length; i++) {
    const ch = candidate[i]!;
    if (ch in count) count[ch]!++;
  }
  let end = candidate.length;
  while (end > 0) {
    const ch = candidate[end - 1]!;
    const opener = OPENER[ch];
    if (opener !== undefined) {
      if (count[opener]! >= count[ch]!) break;
      count[ch]!--;
    } else if (!TRAILING.has(ch)) break;
    end--;
  }
  return end;
}

/** The canonical http(s) form of a candidate URL, or null when it is not one readers may be sent to. */
export function safeHttpUrl(candidate: string): string | null {
  return parseLink(candidate)?.href ?? null;
}

/**
 * A host readers may be sent to: DNS labels (letters and digits, hyphens inside; internationalised
 * names are punycode by now), at least two, none empty. Not a single label (`http://intranet`, or
 * `http://user` from `http://user@host`), not an IPv6 literal, and not what the URL parser accepts
 * but no DNS name has: `=a.org`, `-a.org`, `.xn--p1ai` from `\u200b.рф` (the zero-width space goes).
 */
const HOST = /^[a-z0-9]+(?:-+[a-z0-9]+)*(?:\.[a-z0-9]+(?:-+[a-z0-9]+)*)+\.?$/;

function parseLink(candidate: string): URL | null {
  const url = URL.parse(candidate);
  if (!url) return null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!HOST.test(url.hostname)) return null;
  if (url.username || url.password) return null;
  if (url.href.length > MAX_URL_LENGTH) return null;
  return url;
}

/** A schemeless host whose last label is capitalised inside lower case (`wrong.Read`) is a typo. */
const typoTld = (host: string): boolean => {
  const dot = host.lastIndexOf('.');
  const tld = host.slice(dot + 1);
  return tld !== tld.toLowerCase() && host !== host.toUpperCase();
};

/** Where the host (with any port) ends in a typed link, counted from `from`. */
function authorityEnd(typed: string, from: number): number {
  let i = from;
  while (i < typed.length && !'/?#\\'.includes(typed[i]!)) i++;
  return i;
}

function toLink(m: Match, offset: number): FoundLink | null {
  const typed = m.raw.slice(0, trimmedLength(m.raw));
  if (typed.length === 0) return null;
  const schemed = m.schema !== '';
  const hostStart = schemed ? typed.indexOf('//') + 2 : 0;
  if (schemed && hostStart < 2) return null;
  const hostEnd = authorityEnd(typed, hostStart);
  const hostPort = typed.slice(hostStart, hostEnd);
  const colon = hostPort.lastIndexOf(':');
  const typedHost = colon >= 0 ? hostPort.slice(0, colon) : hostPort;
  if (!schemed && typoTld(typedHost)) return null;
  const url = parseLink(schemed ? typed : `${DEFAULT_SCHEME}//${typed}`);
  if (!url) return null;
  const text =
    typedHost.toLowerCase() === url.hostname
      ? typed
      : `${typed.slice(0, hostStart)}${url.host}${typed.slice(hostEnd)}`;
  const start = offset + m.index;
  return { start, end: start + typed.length, href: url.href, host: url.hostname, text };
}

/**
 * A dot followed by an ASCII letter or digit, or by any non-ASCII character: every host has one (a
 * loose test on purpose, it only decides which words linkify-it looks at).
 */
const innerDot = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i + 1);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 128;
};

/** JavaScript's whitespace (`\s`, what `trim` removes): what separates words. */
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** The links in `text`, as the renderer links them (see the module comment). Linear in `text`. */
export function scanLinks(text: string): LinkScan {
  const links: FoundLink[] = [];
  let done = 0; // words before this offset have been scanned
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (dot < done || !innerDot(text, dot)) continue;
    let start = dot;
    while (start > done && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = dot + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    done = end;
    if (end - start > MAX_URL_LENGTH) continue;
    for (const m of linkify.match(text.slice(start, end)) ?? []) {
      const link = toLink(m, start);
      if (!link) continue;
      if (links.length === MAX_LINKS) return { links, overflow: true };
      links.push(link);
    }
  }
  return { links, overflow: false };
}

/** The hrefs of the links a text contains, exactly as the renderer links them (at most MAX_LINKS). */
export function extractLinks(text: string): string[] {
  return scanLinks(text).links.map((link) => link.href);
}

/** Paragraph breaks: a blank line (possibly holding spaces or tabs). */
const PARAGRAPH_BREAK = /\n[ \t]*\n+/g;

/** Plain text → paragraphs (blank lines), line breaks and links; all else escaped. Linear in `text`. */
export function renderBodyHtml(text: string): string {
  const norm = text.replace(/\r\n?/g, '\n');
  const { links } = scanLinks(norm);
  let next = 0; // the next link to place
  let html = '';

  const inline = (from: number, to: number): void => {
    let at = from;
    while (next < links.length && links[next]!.start < to) {
      const link = links[next++]!;
      html += escapeHtml(norm.slice(at, link.start));
      html += `<a href="${escapeHtml(link.href)}" rel="${LINK_REL}">${escapeHtml(link.text)}</a>`;
      at = link.end;
    }
    html += escapeHtml(norm.slice(at, to));
  };

  const paragraph = (from: number, to: number): void => {
    const raw = norm.slice(from, to);
    const start = from + (raw.length - raw.trimStart().length);
    const end = to - (raw.length - raw.trimEnd().length);
    if (start >= end) return;
    html += '<p>';
    for (let line = start; ;) {
      const nl = norm.indexOf('\n', line);
      const lineEnd = nl === -1 || nl >= end ? end : nl;
      inline(line, lineEnd);
      if (lineEnd === end) break;
      html += '<br>';
      line = lineEnd + 1;
    }
    html += '</p>';
  };

  let from = 0;
  for (const m of norm.matchAll(PARAGRAPH_BREAK)) {
    paragraph(from, m.index);
    from = m.index + m[0].length;
  }
  paragraph(from, norm.length);
  return html;
}
