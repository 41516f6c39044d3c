/**
 * Worst-case comment bodies for the renderer and link extraction, as functions of their length: the
 * issue's run of dots, and the shapes that stress linkify-it most (found by measuring thousands of
 * generated patterns). Used by the growth test (linear-time.test.ts) and by the benchmark, which
 * reports the slowest of them at 5,000 characters next to plain prose.
 */

/** `unit` repeated to exactly `n` characters. */
export const rep = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Words of `prefix` + `unit` repeated, each `word` characters with its trailing space, to `n` characters. */
export const words = (prefix: string, unit: string, n: number, word = 1000): string =>
  rep(`${prefix}${rep(unit, word - prefix.length - 1)} `, n);

/** The issue's example: `see http://x/`, two thirds dots, `a`, a third dots. */
export const issueDots = (n: number): string => {
  const dots = n - 'see http://x/'.length - 1;
  const before = Math.floor((2 * dots) / 3);
  return `see http://x/${rep('.', before)}a${rep('.', dots - before)}`;
};

/** Plain prose, for comparison. */
export const plainText = (n: number): string =>
  rep('The piece underplays how much the coup changed the picture in the Sahel, and why it matters. ', n);

export const RENDER_FAMILIES: ReadonlyArray<[name: string, make: (n: number) => string]> = [
  ['URL, dots, a letter, dots (the issue)', issueDots],
  ['words of dots after a URL', (n) => words('http://x.com/', '.', n)],
  ['URL then slashes', (n) => `http://x.com${rep('/', n - 12)}`],
  ['www. repeated', (n) => rep('www.', n)],
  ['a.a.a…', (n) => rep('a.', n)],
  ['words of a.a.a… ending .com', (n) => rep(`${rep('a.', 496)}com `, n)],
  ['unmatched ( in a URL', (n) => words('http://x.com/', '(a', n)],
  ['closing ) after a URL', (n) => words('http://x.com/a', ')', n)],
  ['http:// repeated', (n) => rep('http://', n)],
  ['https://a. repeated', (n) => rep('https://a.', n)],
  ['mixed www/parens/punctuation', (n) => rep('www.a.com/(.,;http://', n)],
  ['trailing punctuation runs', (n) => words('http://x.com/a', '.,;:!?*)]}\'"', n)],
  // linkify-it's schemeless search tests every position against Unicode punctuation classes: about
  // 0.8 µs a character on non-ASCII text in a word with a dot, the costliest shape found.
  ['slowest linkify path found (=рф1)', (n) => words('http://x.com/', '=рф1', n)],
  ['slowest ASCII path found (~=)', (n) => words('http://x.com/', '~=', n)],
  ['many short links', (n) => rep('x.com/a ', n)],
  ['look-alike hosts', (n) => rep('https://аpple.com/ ', n)],
];
