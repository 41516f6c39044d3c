/**
 * Which Parley article a source thread's comments go to. The rules, first match wins (docs/import.md,
 * "From records to comments", has an example of each):
 *  1. the `--map` file, looked up by the thread's link, then its identifier, then its source id;
 *  2. a Disqus identifier that is already a valid article id;
 *  3. the link's path under `--site-url`, its segments joined with `-`;
 *  4. none: the thread's comments are skipped.
 */
import { createHash } from 'node:crypto';
import { ARTICLE_ID_PATTERN } from '../domain/schemas';
import { ImportOptionError } from './plan-status';
import type { ImportThread } from './records';

export interface ArticleOptions {
  /** The site's address, e.g. `https://news.example.org` or `https://example.org/news/`. */
  readonly siteUrl?: string;
  /** Thread link, identifier or source id → article id (a `--map` file, see `parseArticleMap`). */
  readonly map?: ReadonlyMap<string, string>;
}

/** The longest article id (ARTICLE_ID_PATTERN). */
const ARTICLE_ID_MAX = 128;
/** A path's last segment that names the directory's default page, not an article. */
const INDEX_PAGE = /^(?:index|default)\.(?:html?|php|aspx?)$/;

/** The article a thread's comments go to, or null when no rule gives one. */
export function articleIdFor(thread: ImportThread, options: ArticleOptions): string | null {
  for (const key of [thread.link, thread.identifier, thread.sourceId]) {
    const mapped = key === null ? undefined : options.map?.get(key);
    if (mapped !== undefined) return mapped;
  }
  if (thread.identifier !== null && ARTICLE_ID_PATTERN.test(thread.identifier)) return thread.identifier;
  if (thread.link === null || options.siteUrl === undefined) return null;
  return articleIdFromLink(thread.link, options.siteUrl);
}

/**
 * `https://www.example.org/2026/11/Story/?ref=x#c` under `https://example.org` is `2026-11-story`:
 * same host (a leading `www.` and the scheme ignored, the port not), the path below the site's path,
 * query and fragment ignored, `index.html`-like last segments and empty segments dropped, percent
 * escapes decoded, accents removed, lower case. Any other character becomes `-` and adds a hash
 * suffix (two paths that differ only there must not share an article); so does cutting an id longer
 * than 128 characters. Null for another site, the site's own root, or a link that is not a URL.
 */
export function articleIdFromLink(link: string, siteUrl: string): string | null {
  const url = URL.parse(link);
  const site = URL.parse(siteUrl);
  if (!url || !site || bareHost(url) !== bareHost(site)) return null;
  const base = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  if (!path.startsWith(base)) return null;
  const segments = path.slice(base.length).split('/').filter(Boolean);
  if (INDEX_PAGE.test(segments.at(-1)?.toLowerCase() ?? '')) segments.pop();
  const words = segments.map(decodeSegment).join('-');
  if (words === '') return null;
  return fitArticleId(words);
}

const bareHost = (url: URL): string => url.host.toLowerCase().replace(/^www\./, '');

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a stray `%` is kept, and replaced below like any other character
  }
}

/** `words` as a valid article id, with a hash suffix when characters had to be replaced or it was cut. */
function fitArticleId(words: string): string {
  const folded = words.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const safe = folded.replace(/[^a-z0-9._:-]+/g, '-').replace(/^[^a-z0-9]+/, '');
  const exact = safe === folded && safe.length <= ARTICLE_ID_MAX;
  if (exact && safe !== '') return safe;
  const suffix = createHash('sha256').update(words).digest('hex').slice(0, 8);
  const head = safe.slice(0, ARTICLE_ID_MAX - suffix.length - 1).replace(/-+$/, '');
  return head === '' ? `p-${suffix}` : `${head}-${suffix}`;
}

/**
 * A `--map` file: one mapping per line, `<link, identifier or source id> <article id>` (the article id
 * is the last word, so a key may hold spaces, as WordPress-plugin Disqus identifiers do); blank lines
 * and lines starting with `#` are ignored. Throws an ImportOptionError with the line number for a line
 * without a key, an invalid article id, or a key given twice.
 */
export function parseArticleMap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `article map line ${index + 1}`;
    const split = line.search(/\s+\S+$/);
    if (split === -1) throw new ImportOptionError(`${where}: expected "<link or id> <article id>"`);
    const key = line.slice(0, split).trim();
    const articleId = line.slice(split).trim();
    if (!ARTICLE_ID_PATTERN.test(articleId)) {
      throw new ImportOptionError(`${where}: "${articleId}" is not a valid article id`);
    }
    if (map.has(key)) throw new ImportOptionError(`${where}: "${key}" is mapped twice`);
    map.set(key, articleId);
  });
  return map;
}

/**
 * Checks the options up front (an http(s) site URL, valid article ids in the map), so a typo fails the
 * import before it maps nothing; throws an ImportOptionError.
 */
export function checkArticleOptions(options: ArticleOptions): void {
  const url = options.siteUrl === undefined ? null : URL.parse(options.siteUrl);
  if (options.siteUrl !== undefined && (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))) {
    throw new ImportOptionError(`site URL "${options.siteUrl}" is not an http(s) URL`);
  }
  for (const [key, articleId] of options.map ?? []) {
    if (!ARTICLE_ID_PATTERN.test(articleId)) {
      throw new ImportOptionError(`article map: "${articleId}" (for "${key}") is not a valid article id`);
    }
  }
}
