/**
 * Dates as the page's readers read them, for the widget and the console alike: in the language the page
 * declares (`<html lang>`: the newsroom's article page for the widget, the console's own page), else the
 * browser's. Every date either front end shows is formatted here, so the two cannot drift apart.
 */

/**
 * The page's language as a locale tag; undefined for the browser's own. Outside a page (the DOM-free
 * modules' unit tests in Node) there is neither, and dates read in English, as the words around them.
 */
export function pageLocale(): string | undefined {
  if (typeof document === 'undefined') return 'en';
  const lang = document.documentElement.lang.trim();
  if (!lang) return undefined;
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    // Not a language tag (`lang="english"`): the browser's language instead.
    return undefined;
  }
}

/** `when` in the page's language; an ISO string that is no date is answered as it is. */
export function formatDate(when: string | Date, options: Intl.DateTimeFormatOptions): string {
  const date = typeof when === 'string' ? new Date(when) : when;
  if (Number.isNaN(date.getTime())) return typeof when === 'string' ? when : '';
  return new Intl.DateTimeFormat(pageLocale(), options).format(date);
}
