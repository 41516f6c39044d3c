/**
 * Server-side rendering of a comment's plain text into safe HTML. The only markup ever produced is
 * <p>, <br> and <a href="http(s)://…" rel="nofollow ugc noopener">; everything the author typed is
 * escaped, so raw HTML in a comment shows as text.
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

/** Candidate URLs: an http(s) scheme followed by characters that cannot end an HTML attribute. */
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Punctuation that usually ends the sentence rather than the link. */
const TRAILING = /[.,;:!?*'")\]}]+$/;

export const LINK_REL = 'nofollow ugc noopener';

function trimTrailing(candidate: string): string {
  let url = candidate;
  for (;;) {
    const m = TRAILING.exec(url);
    if (!m) return url;
    // Keep a closing parenthesis that balances one inside the URL (Wikipedia-style links).
    const tail = m[0];
    if (tail === ')' && (url.match(/\(/g)?.length ?? 0) >= (url.match(/\)/g)?.length ?? 0)) return url;
    url = url.slice(0, -1);
  }
}

/** The canonical http(s) form of a candidate URL, or null when it is not one. */
export function safeHttpUrl(candidate: string): string | null {
  try {
    const parsed = new URL(candidate);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    if (!parsed.hostname) return null;
    return parsed.href;
  } catch {
    return null;
  }
}

/** The http(s) URLs a text contains, as the renderer would link them. */
export function extractLinks(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(URL_PATTERN)) {
    const href = safeHttpUrl(trimTrailing(m[0]));
    if (href) out.push(href);
  }
  return out;
}

function renderLine(line: string): string {
  let html = '';
  let last = 0;
  for (const m of line.matchAll(URL_PATTERN)) {
    const start = m.index;
    const text = trimTrailing(m[0]);
    const href = safeHttpUrl(text);
    if (!href) continue;
    html += escapeHtml(line.slice(last, start));
    html += `<a href="${escapeHtml(href)}" rel="${LINK_REL}">${escapeHtml(text)}</a>`;
    last = start + text.length;
  }
  return html + escapeHtml(line.slice(last));
}

/** Plain text → paragraphs (blank lines), line breaks and linked http(s) URLs; all else escaped. */
export function renderBodyHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((para) => para.trim())
    .filter((para) => para.length > 0)
    .map((para) => `<p>${para.split('\n').map(renderLine).join('<br>')}</p>`)
    .join('');
}
