/**
 * A strict reader for the `bodyHtml` Parley serves. It accepts exactly the markup the contract allows —
 * `<p>…</p>` paragraphs holding text, `<br>` and `<a href="http(s)://…" rel="nofollow ugc noopener">…</a>`
 * — written exactly as the renderer writes it, and text in which the only `&` starts one of the five
 * entities the escaper produces. Anything else (another tag, an attribute, a raw quote or angle
 * bracket, an unknown entity) is reported, not tolerated: a browser must have nothing to interpret.
 */
import { scanLinks } from '../../shared/domain/render';

export type Inline =
  { kind: 'text'; text: string } | { kind: 'br' } | { kind: 'a'; href: string; text: string };

export interface ParsedBody {
  paragraphs: Inline[][];
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
/** Text as the escaper leaves it: no markup characters, `&` only in the five entities. */
const ESCAPED_TEXT = /^(?:[^&<>"']|&amp;|&lt;|&gt;|&quot;|&#39;)*$/;
const LINK_OPEN = /<a href="((?:[^&<>"']|&amp;|&lt;|&gt;|&quot;|&#39;)*)" rel="nofollow ugc noopener">/y;

export const decodeEntities = (s: string): string =>
  s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

/** Parses `bodyHtml`, or throws an Error naming the first thing the contract does not allow. */
export function parseBodyHtml(html: string): ParsedBody {
  const paragraphs: Inline[][] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${i}: …${html.slice(Math.max(0, i - 20), i + 40)}…`);
  };
  const readText = (): string => {
    const end = html.indexOf('<', i);
    const raw = html.slice(i, end === -1 ? html.length : end);
    if (!ESCAPED_TEXT.test(raw)) fail('unescaped text');
    i += raw.length;
    return raw;
  };
  if (html.length === 0) fail('empty body');
  while (i < html.length) {
    if (!html.startsWith('<p>', i)) fail('expected <p>');
    i += 3;
    const para: Inline[] = [];
    for (;;) {
      if (html.startsWith('</p>', i)) {
        i += 4;
        break;
      }
      if (html.startsWith('<br>', i)) {
        para.push({ kind: 'br' });
        i += 4;
        continue;
      }
      if (html.startsWith('<a ', i)) {
        LINK_OPEN.lastIndex = i;
        const m = LINK_OPEN.exec(html);
        if (!m) fail('a link not in the allowed form');
        i = LINK_OPEN.lastIndex;
        const text = readText();
        if (!html.startsWith('</a>', i)) fail('expected </a>');
        i += 4;
        if (text.length === 0) fail('empty link text');
        para.push({ kind: 'a', href: decodeEntities(m![1]!), text: decodeEntities(text) });
        continue;
      }
      if (html.startsWith('<', i) || i >= html.length) fail('unexpected markup or end');
      para.push({ kind: 'text', text: decodeEntities(readText()) });
    }
    if (para.length === 0) fail('empty paragraph');
    paragraphs.push(para);
  }
  return { paragraphs };
}

/** Why a link is not one the contract allows, or null. */
export function linkProblem(link: { href: string; text: string }): string | null {
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return `href ${JSON.stringify(link.href)} is not a URL`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `href scheme ${url.protocol}`;
  if (!/^https?:\/\//.test(link.href)) return `href ${JSON.stringify(link.href)} is not canonical`;
  if (url.href !== link.href) return `href ${JSON.stringify(link.href)} is not canonical (${url.href})`;
  if (!url.hostname) return 'href without a host';
  // A `"` may survive in a host (`https://%22` parses to host `"`): harmless, the attribute escapes it.
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (/[\s<>\u0000-\u001f\u007f]/.test(link.href))
    return `href ${JSON.stringify(link.href)} has raw specials`;
  // A link typed without a scheme (`www.x.org`) reads as the https:// address it links.
  let typed: URL;
  try {
    typed = new URL(/^https?:\/\//i.test(link.text) ? link.text : `https://${link.text}`);
  } catch {
    return `link text ${JSON.stringify(link.text)} is not the URL it links`;
  }
  if (typed.href !== link.href)
    return `link text ${JSON.stringify(link.text)} links elsewhere (${link.href})`;
  return null;
}

/** The text a reader sees: paragraphs separated by a blank line, `<br>` as a line break. */
export const textOf = (doc: ParsedBody): string =>
  doc.paragraphs.map((p) => p.map((n) => (n.kind === 'br' ? '\n' : n.text)).join('')).join('\n\n');

/** Whitespace runs as one space, ends trimmed: how paragraphs and line breaks may reshape the text. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

const withScheme = (s: string): string => (/^https?:\/\//i.test(s) ? s : `https://${s}`);

/**
 * The text readers should see for `text`: exactly what was typed, except that a link whose host was
 * not typed in its ASCII form (`аpple.com` in Cyrillic) shows that host in ASCII (`xn--pple-43d.com`).
 * Throws when a link's shown text is anything other than the same address, host spelled in ASCII:
 * so the renderer may respell a host, never change where a link seems to go.
 */
export function shownText(text: string): string {
  const norm = text.replace(/\r\n?/g, '\n');
  let out = '';
  let at = 0;
  for (const link of scanLinks(norm).links) {
    const typed = norm.slice(link.start, link.end);
    if (link.text !== typed) {
      const same = URL.parse(withScheme(typed))?.href === URL.parse(withScheme(link.text))?.href;
      if (!same || !link.text.toLowerCase().includes(link.host))
        throw new Error(`link ${JSON.stringify(typed)} shown as ${JSON.stringify(link.text)}`);
    }
    out += norm.slice(at, link.start) + link.text;
    at = link.end;
  }
  return out + norm.slice(at);
}
