import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeHtml, extractLinks, renderBodyHtml } from '../../shared/domain/render';

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
  });
});
