/**
 * A comment's HTML, as Disqus and WordPress store it, read as plain text: tags removed, entities
 * decoded, `<br>` a line break, paragraphs and other blocks a blank line, each link's URL kept as text
 * (the renderer links it again), and the content of `<script>`, `<style>`, `<template>` and
 * `<noscript>` dropped. Text outside tags keeps its line breaks: WordPress stores comments as text with
 * newlines that it turns into `<br>` and paragraphs on display. The scan is linear in the input (a `<`
 * that never closes makes the rest text) and never builds a DOM.
 */
import { safeHttpUrl } from '../domain/render';

/** Elements whose content is never text readers saw. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript']);
/** Elements that start and end a paragraph; `li` starts a line instead. */
const BLOCKS = new Set([
  'p',
  'div',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'table',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'figure',
  'hr',
]);

const PARAGRAPH = '\n\n';

interface Tag {
  name: string;
  closing: boolean;
  attributes: string;
}

/** The HTML fragment as plain text (see the module comment); whitespace is tidied by the caller. */
export function htmlToText(html: string): string {
  const out = new TextBuilder();
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) break;
    out.text(decodeEntities(html.slice(at, lt)));
    const end = markupEnd(html, lt);
    if (end === -1) {
      at = lt; // a `<` that opens nothing, or never closes: the rest is text
      break;
    }
    const tag = readTag(html.slice(lt, end));
    at = tag && !tag.closing && DROPPED.has(tag.name) ? droppedContentEnd(html, end, tag.name) : end;
    if (tag) out.tag(tag);
  }
  out.text(decodeEntities(html.slice(at)));
  return out.result();
}

/**
 * Where the markup starting at `lt` ends (just after its `>`), or -1 when `lt` starts no markup or it
 * never closes. Quoted attribute values may hold `>`. A comment `<!-- … -->` ends at its `-->`.
 */
function markupEnd(html: string, lt: number): number {
  const next = html.charAt(lt + 1);
  if (!/[A-Za-z/!?]/.test(next)) return -1;
  if (html.startsWith('<!--', lt)) {
    const close = html.indexOf('-->', lt + 4);
    return close === -1 ? html.length : close + 3;
  }
  let quote = '';
  for (let i = lt + 1; i < html.length; i++) {
    const ch = html[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  return -1;
}

/** The element a piece of markup opens or closes; null for comments, doctypes and the like. */
function readTag(markup: string): Tag | null {
  const match = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(markup);
  if (!match) return null;
  return {
    closing: match[1] === '/',
    name: match[2]!.toLowerCase(),
    attributes: markup.slice(match[0].length, -1),
  };
}

/** Just after the `</name>` that closes a dropped element, or the end of the input. */
function droppedContentEnd(html: string, from: number, name: string): number {
  const close = new RegExp(`</${name}\\s*>`, 'gi');
  close.lastIndex = from;
  const match = close.exec(html);
  return match ? match.index + match[0].length : html.length;
}

/** Collects the text, and turns a link's text into its URL when the text only repeats it. */
class TextBuilder {
  private parts: string[] = [];
  private link: { href: string | null; from: number } | null = null;

  text(value: string): void {
    if (value) this.parts.push(value);
  }

  tag({ name, closing, attributes }: Tag): void {
    if (name === 'br') this.parts.push('\n');
    else if (name === 'li' && !closing) this.parts.push('\n- ');
    else if (BLOCKS.has(name)) this.parts.push(PARAGRAPH);
    else if (name === 'a' && !closing && !this.link) {
      this.link = { href: linkTarget(attributes), from: this.parts.length };
    } else if (name === 'a' && closing && this.link) this.closeLink(this.link);
  }

  private closeLink({ href, from }: { href: string | null; from: number }): void {
    this.link = null;
    if (href === null) return;
    const shown = this.parts.splice(from).join('');
    this.parts.push(linkText(shown, href));
  }

  result(): string {
    if (this.link) this.closeLink(this.link);
    return this.parts.join('');
  }
}

/**
 * What a link becomes: its URL alone when the text is empty or only shows the URL (Disqus and WordPress
 * shorten long ones: `example.org/a-long-pa…`), else `text (URL)`.
 */
function linkText(shown: string, href: string): string {
  const text = shown.trim();
  const loose = (s: string) =>
    s
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/(?:\.\.\.|…)$/, '')
      .replace(/\/$/, '');
  const looseText = loose(text);
  if (looseText === '' || (!/\s/.test(looseText) && loose(href).startsWith(looseText))) return href;
  return `${text} (${href})`;
}

/** A link's http(s) target; Disqus's `disq.us/url?url=…` redirects are unwrapped. */
function linkTarget(attributes: string): string | null {
  const attrs = readAttributes(attributes);
  const href = safeHttpUrl(attrs.get('href') ?? '');
  if (href === null) return null;
  return unwrapDisqusRedirect(href, attrs.get('title')) ?? href;
}

/**
 * Disqus exports links as `http://disq.us/url?url=<the URL>%3A<a token>&cuid=…`, with the original URL
 * in the `title` attribute: that one is kept, else the `url` parameter without its token.
 */
function unwrapDisqusRedirect(href: string, title: string | undefined): string | null {
  const url = new URL(href);
  if (url.hostname !== 'disq.us' || url.pathname !== '/url') return null;
  const fromTitle = safeHttpUrl(title ?? '');
  if (fromTitle !== null) return fromTitle;
  const target = url.searchParams.get('url') ?? '';
  return safeHttpUrl(target.replace(/:[A-Za-z0-9_-]{20,}$/, ''));
}

/** The attributes of a tag by lower-case name, values entity-decoded. */
function readAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  times: '×',
  divide: '÷',
  plusmn: '±',
  sect: '§',
  para: '¶',
  iexcl: '¡',
  iquest: '¿',
  szlig: 'ß',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  eth: 'ð',
  ETH: 'Ð',
  thorn: 'þ',
  THORN: 'Þ',
  oelig: 'œ',
  OElig: 'Œ',
};

/** Accented letters by their entity suffix (`eacute` is `e` + U+0301, composed by NFC later). */
const ACCENTS: Readonly<Record<string, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030A',
  cedil: '\u0327',
  caron: '\u030C',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/**
 * Numeric entities, the named ones comments use (markup, quotes and dashes, currency, Latin letters
 * with accents); an unknown name stays as written. A code point that cannot be text becomes U+FFFD.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole: string, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return codePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return codePoint(Number.parseInt(hex, 16));
    return namedEntity(name ?? '') ?? whole;
  });
}

function codePoint(n: number): string {
  const valid = n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff);
  return valid ? String.fromCodePoint(n) : '\uFFFD';
}

function namedEntity(name: string): string | undefined {
  const known = NAMED[name];
  if (known !== undefined) return known;
  const accented = /^([A-Za-z])(acute|grave|circ|tilde|uml|ring|cedil|caron)$/.exec(name);
  return accented ? (accented[1]! + ACCENTS[accented[2]!]!).normalize('NFC') : undefined;
}
