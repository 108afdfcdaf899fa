import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../../lib/extract/html-text';

describe('htmlToText', () => {
  it('turns blocks and <br> into lines, paragraphs into blank-line breaks', () => {
    expect(htmlToText('<p>One</p><p>Two<br>Three</p><div>Four</div>')).toBe('One\n\nTwo\nThree\n\nFour');
  });
  it('writes nested blockquotes as "> " prefixes', () => {
    expect(htmlToText('<p>New</p><blockquote><p>Old</p><blockquote>Older</blockquote></blockquote>')).toBe('New\n\n> Old\n>\n> > Older');
  });
  it('drops script, style, head, comments and keeps <pre> whitespace', () => {
    const t = htmlToText('<head><title>T</title><style>p{}</style></head><!-- c --><script>x<y</script><pre>a  b\n  c</pre>');
    expect(t).toBe('a  b\n  c');
  });
  it('decodes named and numeric entities, and &nbsp; as a space', () => {
    expect(decodeEntities('&lt;a&gt; &amp; &#39;x&#x27; &eacute;&nbsp;&unknown;')).toBe("<a> & 'x' é &unknown;");
  });
  it('separates table cells and marks list items', () => {
    expect(htmlToText('<table><tr><td>Tel</td><td>555 0100</td></tr></table><ul><li>a</li><li>b</li></ul>')).toBe('Tel 555 0100\n\n- a\n- b');
  });
  it('treats a stray "<" as text and survives an unclosed tag', () => {
    expect(htmlToText('a < b and 1<2')).toBe('a < b and 1<2');
    expect(htmlToText('ok <a href="x')).toBe('ok');
  });
});
