import { describe, expect, it } from 'vitest';
import { renderBodyHtml } from '../../../shared/domain/render';
import { postCommentInput } from '../../../shared/domain/schemas';
import { decodeEntities, htmlToText } from '../../../shared/import/plan-html';
import {
  ANONYMOUS,
  BODY_MAX_CHARACTERS,
  NAME_MAX_CHARACTERS,
  toAuthorName,
  toBody,
} from '../../../shared/import/plan-text';

/** The body a source text becomes; fails the test when it becomes none. */
function bodyOf(source: string): string {
  const result = toBody(source);
  if (!result.ok) throw new Error(result.problem);
  return result.body;
}

describe('htmlToText', () => {
  it('removes tags and keeps their text', () => {
    expect(htmlToText('Great <b>bold</b> <em class="x">claim</em>')).toBe('Great bold claim');
  });

  it('decodes entities, numeric and named, in text', () => {
    expect(htmlToText('a &amp; b &lt;i&gt; &#233;t&#xE9; &eacute;&Ccedil; &hellip; &rsquo; &#x1F30D;')).toBe(
      'a & b <i> été éÇ … ’ 🌍',
    );
  });

  it('turns <br> into a line break and paragraphs and blocks into blank lines', () => {
    expect(bodyOf('<p>One<br>two<br/>three</p><p>Four</p><blockquote>Quoted</blockquote>')).toBe(
      'One\ntwo\nthree\n\nFour\n\nQuoted',
    );
  });

  it('keeps the line breaks of text outside tags, as WordPress shows them', () => {
    expect(bodyOf('First line.\nSecond line.\n\n\n\nNew paragraph.')).toBe(
      'First line.\nSecond line.\n\nNew paragraph.',
    );
  });

  it('keeps link URLs as text: alone when the text shows the URL, else after it', () => {
    expect(htmlToText('See <a href="https://example.org/report">the report</a>.')).toBe(
      'See the report (https://example.org/report).',
    );
    expect(htmlToText('<a href="http://spam.example">spam.example</a>')).toBe('http://spam.example/');
    expect(htmlToText('<a href="https://www.example.org/a/very/long/path">example.org/a/very/lo…</a>')).toBe(
      'https://www.example.org/a/very/long/path',
    );
    expect(htmlToText('<a href="https://example.org/x"></a>')).toBe('https://example.org/x');
  });

  it('unwraps Disqus redirect links', () => {
    const redirect =
      '<a href="http://disq.us/url?url=https%3A%2F%2Fexample.org%2Fstudy%3AAbCdEfGhIjKlMnOpQrStUvWxYz&amp;cuid=42" rel="nofollow noopener" title="https://example.org/study">example.org/study</a>';
    expect(htmlToText(redirect)).toBe('https://example.org/study');
    const untitled = redirect.replace(' title="https://example.org/study"', '');
    expect(htmlToText(untitled)).toBe('https://example.org/study');
  });

  it('keeps only the text of a link that is not http(s)', () => {
    expect(
      htmlToText('<a href="javascript:alert(1)">click</a> <a href="mailto:x@example.org">mail</a>'),
    ).toBe('click mail');
  });

  it('drops the content of script, style, template and noscript, and comments', () => {
    expect(
      htmlToText(
        'a<script>alert("<b>x</b>")</script>b<STYLE type="text/css">p{}</STYLE >c<!-- note -->d<noscript>n</noscript>e',
      ),
    ).toBe('abcde');
    expect(htmlToText('before<script>never closed')).toBe('before');
  });

  it('keeps a < that opens no tag, and a tag that never closes, as text', () => {
    expect(htmlToText('1 < 2 and 3 <= 4')).toBe('1 < 2 and 3 <= 4');
    expect(htmlToText('x <b unfinished')).toBe('x <b unfinished');
  });

  it('reads a > inside a quoted attribute as part of the tag', () => {
    expect(htmlToText('<span title="a > b">text</span>')).toBe('text');
  });

  it('lists items on lines of their own', () => {
    expect(bodyOf('<ul><li>one</li><li>two</li></ul>')).toBe('- one\n- two');
  });
});

describe('decodeEntities', () => {
  it('leaves an unknown name as written and replaces a code point that cannot be text', () => {
    expect(decodeEntities('&bogus; &#0; &#xD800; &#x110000;')).toBe('&bogus; \uFFFD \uFFFD \uFFFD');
  });
});

describe('toBody', () => {
  it('gives a body the renderer shows as the source did', () => {
    expect(renderBodyHtml(bodyOf('<p>Read <a href="https://example.org/a">this</a></p><p>Thanks</p>'))).toBe(
      '<p>Read this (<a href="https://example.org/a" rel="nofollow ugc noopener">https://example.org/a</a>)</p><p>Thanks</p>',
    );
  });

  it('removes control and bidi characters and composes accents (NFC)', () => {
    expect(bodyOf('a\u0007b\u202Ec e\u0301')).toBe('abc é');
  });

  it('is not a body when nothing readable is left', () => {
    expect(toBody('<p>&nbsp;</p><img src="x.png"><style>p{}</style>')).toMatchObject({
      ok: false,
      empty: true,
    });
    expect(toBody('\u200B\u200B')).toMatchObject({ ok: false, empty: true });
    expect(toBody(`a${'\u0301'.repeat(12)}`)).toMatchObject({ ok: false, empty: false });
  });

  it('cuts a body over the limit with an ellipsis, within what a posted body may be', () => {
    const result = toBody('é'.repeat(BODY_MAX_CHARACTERS + 10));
    expect(result).toMatchObject({ ok: true, truncatedFrom: BODY_MAX_CHARACTERS + 10 });
    const body = result.ok ? result.body : '';
    expect(Array.from(body)).toHaveLength(BODY_MAX_CHARACTERS);
    expect(body.endsWith('é…')).toBe(true);
    expect(postCommentInput.shape.body.safeParse(body).success).toBe(true);
    expect(postCommentInput.shape.body.safeParse(`${body}x`).success).toBe(false);
    expect(toBody('short')).toMatchObject({ ok: true, truncatedFrom: null });
  });
});

describe('toAuthorName', () => {
  it('puts the name on one line within the posting limit', () => {
    expect(toAuthorName('  Amina \n Diallo\t')).toBe('Amina Diallo');
    const long = toAuthorName('n'.repeat(200));
    expect(Array.from(long)).toHaveLength(NAME_MAX_CHARACTERS);
    expect(postCommentInput.shape.authorName.safeParse(long).success).toBe(true);
    expect(postCommentInput.shape.authorName.safeParse(`${long}x`).success).toBe(false);
  });

  it('is Anonymous when missing, blank or unusable', () => {
    expect(toAuthorName(null)).toBe(ANONYMOUS);
    expect(toAuthorName(' \u200B ')).toBe(ANONYMOUS);
    expect(toAuthorName(`a${'\u0301'.repeat(12)}`)).toBe(ANONYMOUS);
  });
});
