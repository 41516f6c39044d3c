import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  escapeHtml,
  extractLinks,
  MAX_LINKS,
  MAX_URL_LENGTH,
  renderBodyHtml,
  scanLinks,
  trimmedLength,
} from '../../shared/domain/render';
import { linkProblem, parseBodyHtml, shownText, squash, textOf } from '../reliability/html';

/** Every tag the renderer may emit, with exactly the attributes it may carry. */
const ALLOWED_TAG = /^<(p|\/p|br|\/a|a href="https?:\/\/[^"<>]*" rel="nofollow ugc noopener")>$/;

describe('renderBodyHtml', () => {
  it('makes paragraphs from blank lines and <br> from single line breaks', () => {
    expect(renderBodyHtml('one\ntwo\n\nthree')).toBe('<p>one<br>two</p><p>three</p>');
    expect(renderBodyHtml('a\r\n\r\n\r\nb')).toBe('<p>a</p><p>b</p>');
  });

  it('shows raw HTML as text', () => {
    expect(renderBodyHtml('<script>alert(1)</script> & "q" \'s\'')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;s&#39;</p>',
    );
  });

  it('links http(s) URLs with nofollow ugc noopener and leaves sentence punctuation outside', () => {
    expect(renderBodyHtml('See https://example.org/a?b=1&c=2.')).toBe(
      '<p>See <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow ugc noopener">https://example.org/a?b=1&amp;c=2</a>.</p>',
    );
    expect(renderBodyHtml('(https://en.wikipedia.org/wiki/Foo_(bar))')).toContain(
      'href="https://en.wikipedia.org/wiki/Foo_(bar)"',
    );
  });

  it('never links other schemes', () => {
    for (const text of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox',
      'ftp://x.org',
      'JaVaScRiPt:alert(1)',
    ]) {
      expect(renderBodyHtml(text)).not.toContain('<a ');
    }
  });

  it('emits only allowed tags and attributes, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom(
              '<',
              '>',
              '"',
              "'",
              '&',
              'http://',
              'https://x.y/',
              '\n',
              '\n\n',
              'javascript:',
              ' onerror=',
              '<a href=',
            ),
          ),
          {
            maxLength: 30,
          },
        ),
        (parts) => {
          const html = renderBodyHtml(parts.join(''));
          for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag).toMatch(ALLOWED_TAG);
          // No stray angle brackets outside tags.
          expect(html.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is stable: rendering the same text twice gives the same HTML', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(renderBodyHtml(s)).toBe(renderBodyHtml(s));
      }),
    );
  });

  it('escapes all five HTML-special characters', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });

  it('extracts the links it would render', () => {
    expect(extractLinks('a http://a.example/x, b https://b.example c javascript:void(0)')).toEqual([
      'http://a.example/x',
      'https://b.example/',
    ]);
    expect(extractLinks('see www.x.org, x.shop/offer and bare something.net.')).toEqual([
      'https://www.x.org/',
      'https://x.shop/offer',
      'https://something.net/',
    ]);
  });
});

const anchor = (href: string, text = href) =>
  `<a href="${escapeHtml(href)}" rel="nofollow ugc noopener">${escapeHtml(text)}</a>`;

describe('links as readers see them', () => {
  it('links hosts written without a scheme, with https://, showing what was typed', () => {
    expect(renderBodyHtml('Read www.x.org, x.shop/offer and something.net.')).toBe(
      `<p>Read ${anchor('https://www.x.org/', 'www.x.org')}, ${anchor('https://x.shop/offer', 'x.shop/offer')} and ${anchor('https://something.net/', 'something.net')}.</p>`,
    );
  });

  it('uses the real list of top-level domains for schemeless links', () => {
    expect(extractLinks('acleddata.com crisis.group nic.рф news.bbc.co.uk')).toEqual([
      'https://acleddata.com/',
      'https://crisis.group/',
      'https://nic.xn--p1ai/',
      'https://news.bbc.co.uk/',
    ]);
    // Not top-level domains: file names, abbreviations, a missing space after a full stop.
    expect(extractLinks('Node.js e.g. i.e. U.S. report.pdf It was wrong.Read it again. 3.14')).toEqual([]);
    // File-like top-level domains link only with a scheme.
    expect(extractLinks('invoice.zip clip.mov https://invoice.zip')).toEqual(['https://invoice.zip/']);
  });

  it('never links e-mail addresses, mailto:, ftp:, protocol-relative or other schemes', () => {
    for (const text of [
      'write to desk@news.example.org',
      'mailto:desk@news.org',
      'ftp://files.example.org/x',
      '//cdn.example.org/x.js',
      'javascript:alert(1)//example.com',
      'data:text/html,<b>hi</b>',
    ])
      expect(renderBodyHtml(text), text).not.toContain('<a ');
  });

  it('does not link single-label hosts, IPv6 literals or credentials', () => {
    for (const text of [
      'http://localhost:3000/admin',
      'http://intranet/',
      'http://[::1]/',
      'http://user@host',
    ])
      expect(renderBodyHtml(text), text).not.toContain('<a ');
    // With credentials before a real host, only the part that names where the link goes is linked.
    expect(renderBodyHtml('http://google.com@evil.example/')).toBe(
      `<p>${anchor('http://google.com/', 'http://google.com')}@evil.example/</p>`,
    );
  });

  it('shows a host typed in other letters in ASCII (punycode), so the text is where the link goes', () => {
    expect(renderBodyHtml('https://аpple.com/login')).toBe(
      `<p>${anchor('https://xn--pple-43d.com/login')}</p>`,
    );
    expect(renderBodyHtml('аpple.com/x')).toBe(
      `<p>${anchor('https://xn--pple-43d.com/x', 'xn--pple-43d.com/x')}</p>`,
    );
    expect(renderBodyHtml('пример.рф/статья')).toContain('>xn--e1afmkfd.xn--p1ai/статья</a>');
    expect(renderBodyHtml('https://ｅxample.com/')).toBe(`<p>${anchor('https://example.com/')}</p>`);
    expect(renderBodyHtml('http://0x7f.1/')).toBe(`<p>${anchor('http://127.0.0.1/')}</p>`);
    // An ASCII host keeps the author's spelling.
    expect(renderBodyHtml('HTTPS://WWW.Example.ORG/A')).toBe(
      `<p>${anchor('https://www.example.org/A', 'HTTPS://WWW.Example.ORG/A')}</p>`,
    );
  });

  it('leaves trailing punctuation out and keeps balanced brackets, in one backward scan', () => {
    expect(trimmedLength('x.com/a.,;:!?*\'"')).toBe(7);
    expect(trimmedLength('x.com/Foo_(bar))')).toBe(15);
    expect(trimmedLength('x.com/a[1]]')).toBe(10);
    expect(trimmedLength('x.com/{a}}.')).toBe(9);
    expect(renderBodyHtml('**http://x.com/a**')).toBe(`<p>**${anchor('http://x.com/a')}**</p>`);
    expect(renderBodyHtml('(see x.com/a), [x.com/b]: x.com/c:')).toBe(
      `<p>(see ${anchor('https://x.com/a', 'x.com/a')}), [${anchor('https://x.com/b', 'x.com/b')}]: ${anchor('https://x.com/c', 'x.com/c')}:</p>`,
    );
  });

  it(`links at most ${MAX_LINKS} URLs; the rest show as text and the scan says there were more`, () => {
    const urls = Array.from({ length: 30 }, (_, i) => `https://s${i}.example.org/`);
    const html = renderBodyHtml(urls.join(' '));
    expect(html.match(/<a /g)).toHaveLength(MAX_LINKS);
    expect(html).toContain(` ${urls[MAX_LINKS]!} `);
    expect(extractLinks(urls.join(' '))).toEqual(urls.slice(0, MAX_LINKS));
    expect(scanLinks(urls.join(' ')).overflow).toBe(true);
    expect(scanLinks(urls.slice(0, MAX_LINKS).join(' ')).overflow).toBe(false);
  });

  it(`does not link a URL longer than ${MAX_URL_LENGTH} characters`, () => {
    const at = (n: number) => `https://x.org/${'a'.repeat(n - 'https://x.org/'.length)}`;
    expect(extractLinks(at(MAX_URL_LENGTH))).toHaveLength(1);
    expect(extractLinks(at(MAX_URL_LENGTH + 1))).toEqual([]);
    expect(renderBodyHtml(at(MAX_URL_LENGTH + 1))).toBe(`<p>${at(MAX_URL_LENGTH + 1)}</p>`);
    // Short as typed, but over the cap once percent-encoded.
    expect(extractLinks(`https://x.org/${'é'.repeat(400)}`)).toEqual([]);
  });

  it('gives the links check spans in the text as given (\r\n kept)', () => {
    const text = 'one\r\n\r\ntwo www.x.org three';
    const [link] = scanLinks(text).links;
    expect(text.slice(link!.start, link!.end)).toBe('www.x.org');
    expect(link).toMatchObject({ href: 'https://www.x.org/', host: 'www.x.org', text: 'www.x.org' });
  });
});

/** Adversarial mixes of punctuation, schemes, hosts and scripts. */
const LINKY_FRAGMENTS = [
  '.',
  '..',
  '...',
  ',',
  ';',
  ':',
  '!',
  '?',
  '*',
  "'",
  '"',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '/',
  '//',
  '\\',
  '-',
  '_',
  '@',
  '#',
  '&',
  '=',
  '%',
  '%2e',
  '~',
  '+',
  '^',
  '`',
  '|',
  '<',
  '>',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u2028',
  '\u200b',
  'http://',
  'https://',
  'HTTPS://',
  'www.',
  'x.com',
  'a.org',
  'example.shop',
  'b.co.uk',
  'xn--p1ai',
  'рф',
  '.рф',
  'аpple',
  'é',
  'ｅ',
  '日本',
  '😀',
  'a',
  'Z',
  '1',
  '0x7f',
  'localhost',
  'mailto:',
  'user@',
  'javascript:',
  'bit.ly/',
  '.zip',
  '.Read',
  '&amp;',
];
const linkyText = fc
  .array(fc.constantFrom(...LINKY_FRAGMENTS), { minLength: 1, maxLength: 60 })
  .map((parts) => parts.join(''));

describe('renderer and link extraction on adversarial text (fast-check)', () => {
  it('only allowed markup, valid http(s) hrefs, at most the cap, the text kept, the same links as extracted', () => {
    fc.assert(
      fc.property(linkyText, (text) => {
        const html = renderBodyHtml(text);
        if (text.trim() === '') return;
        const doc = parseBodyHtml(html); // throws on anything but <p>, <br> and the one link form
        const anchors = doc.paragraphs.flat().filter((n) => n.kind === 'a');
        for (const a of anchors) expect(linkProblem(a), html).toBeNull();
        expect(anchors.length).toBeLessThanOrEqual(MAX_LINKS);
        expect(anchors.map((a) => a.href)).toEqual(extractLinks(text));
        expect(squash(textOf(doc))).toBe(squash(shownText(text)));
        expect(renderBodyHtml(textOf(doc))).toBe(html);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('never links more than the cap, however many links a text holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('x.com ', 'https://a.org/b ', 'www.c.net, ', '(d.io/e) ', 'f.g '), {
          minLength: 0,
          maxLength: 60,
        }),
        (parts) => {
          const text = parts.join('');
          const found = scanLinks(text);
          const expected = parts.filter((p) => p !== 'f.g ').length;
          expect(found.links).toHaveLength(Math.min(expected, MAX_LINKS));
          expect(found.overflow).toBe(expected > MAX_LINKS);
          expect(renderBodyHtml(text).match(/<a /g)?.length ?? 0).toBe(Math.min(expected, MAX_LINKS));
        },
      ),
      { numRuns: 300, seed: 12 },
    );
  });
});
