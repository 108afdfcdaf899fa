// HTML -> plain text without a DOM. PURE: runs under plain Node and in any browser context.
//
// A small linear tokenizer rather than a library: the extractor needs one specific thing a
// general converter does not give, the quote structure. Every line inside <blockquote> comes
// out prefixed with '> ' per nesting level, so the zone splitter sees quoted history the same
// way it sees it in plain-text mail. script/style/head/title/template and comments are dropped.
// Every step moves forward through the input (indexOf / sticky regexes), so the cost is linear
// in the input size whatever the markup looks like.

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'caption', 'html', 'body',
]);
/** Elements whose content is never text a reader sees. */
const SKIP = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'svg', 'object', 'xml', 'o:p']);
/** Paragraph-like blocks: a blank line around them. */
const PARA = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'pre', 'hr']);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  shy: '', zwnj: '', zwj: '', lrm: '', rlm: '', copy: '©', reg: '®', trade: '™', hellip: '…',
  mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', bull: '•', middot: '·', deg: '°', euro: '€', pound: '£', yen: '¥',
  cent: '¢', sect: '§', para: '¶', times: '×', divide: '÷', plusmn: '±', frac12: '½',
  frac14: '¼', frac34: '¾', iexcl: '¡', iquest: '¿', aacute: 'á', eacute: 'é', iacute: 'í',
  oacute: 'ó', uacute: 'ú', agrave: 'à', egrave: 'è', igrave: 'ì', ograve: 'ò', ugrave: 'ù',
  acirc: 'â', ecirc: 'ê', icirc: 'î', ocirc: 'ô', ucirc: 'û', auml: 'ä', euml: 'ë', iuml: 'ï',
  ouml: 'ö', uuml: 'ü', yuml: 'ÿ', atilde: 'ã', otilde: 'õ', ntilde: 'ñ', ccedil: 'ç',
  aring: 'å', aelig: 'æ', oslash: 'ø', szlig: 'ß', Aacute: 'Á', Eacute: 'É', Iacute: 'Í',
  Oacute: 'Ó', Uacute: 'Ú', Agrave: 'À', Egrave: 'È', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü',
  Ntilde: 'Ñ', Ccedil: 'Ç', Aring: 'Å', AElig: 'Æ', Oslash: 'Ø', larr: '←', rarr: '→',
  uarr: '↑', darr: '↓', harr: '↔', rArr: '⇒', lArr: '⇐', hearts: '♥', check: '✓',
};

/** Decode HTML character references (named, decimal, hex). Unknown names stay as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      if (code === 0xa0) return ' ';
      return String.fromCodePoint(code);
    }
    const v = NAMED[ref] ?? NAMED[ref.toLowerCase()];
    return v ?? m;
  });
}

interface Out {
  lines: string[];
  cur: string;
  curDepth: number;
  depth: number;
  pre: number;
}

function flush(o: Out): void {
  const text = o.pre > 0 ? o.cur.replace(/\s+$/, '') : o.cur.replace(/[ \t]+/g, ' ').trim();
  const depth = Math.min(text ? o.curDepth : o.depth, MAX_QUOTE_DEPTH);
  const prefix = depth > 0 ? '> '.repeat(depth) : '';
  o.lines.push(text ? prefix + text : prefix.trimEnd());
  o.cur = '';
  o.curDepth = o.depth;
}

function newline(o: Out): void {
  flush(o);
}

/** Ends the current line if it has text (a block boundary). */
function breakLine(o: Out): void {
  if (o.cur.trim() !== '') flush(o);
}

/** A blank line before the next text (paragraph boundary), never more than one. */
function blankLine(o: Out): void {
  breakLine(o);
  const last = o.lines[o.lines.length - 1];
  if (o.lines.length > 0 && last !== undefined && last.replace(/>/g, '').trim() !== '') flush(o);
}

function addText(o: Out, text: string): void {
  if (!text) return;
  if (o.pre > 0) {
    const parts = text.replace(/\r\n?/g, '\n').split('\n');
    parts.forEach((p, i) => {
      if (i > 0) newline(o);
      if (o.cur === '') o.curDepth = o.depth;
      o.cur += p;
    });
    return;
  }
  const t = text.replace(/[\s\u00a0]+/g, ' ');
  if (o.cur === '') {
    const s = t.replace(/^ +/, '');
    if (!s) return;
    o.curDepth = o.depth;
    o.cur = s;
  } else {
    o.cur += t;
  }
}

const TAG_NAME = /[a-zA-Z][a-zA-Z0-9:_-]*/y;
/** Deeper <blockquote> nesting is written with this many '> ' (enough to see it is quoted). */
const MAX_QUOTE_DEPTH = 8;

/**
 * Convert an HTML document or fragment to plain text. Blocks become lines, <br> a line
 * break, <blockquote> '> ' prefixes, table cells are separated by a space, list items
 * start with '- '. Whitespace is collapsed outside <pre>. Blank lines are kept single.
 */
export function htmlToText(html: string): string {
  const o: Out = { lines: [], cur: '', curDepth: 0, depth: 0, pre: 0 };
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      addText(o, decodeEntities(html.slice(i)));
      break;
    }
    if (lt > i) addText(o, decodeEntities(html.slice(i, lt)));
    i = lt;
    // comment, doctype, CDATA, processing instruction
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const end = html.indexOf('>', i + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const closing = html[i + 1] === '/';
    TAG_NAME.lastIndex = i + (closing ? 2 : 1);
    const m = TAG_NAME.exec(html);
    if (!m) {
      // a lone '<' is text, up to the next '<'
      const next = html.indexOf('<', i + 1);
      const stop = next < 0 ? n : next;
      addText(o, decodeEntities(html.slice(i, stop)));
      i = stop;
      continue;
    }
    const name = m[0].toLowerCase();
    // find the end of the tag, skipping quoted attribute values
    let j = TAG_NAME.lastIndex;
    let quote = '';
    while (j < n) {
      const c = html[j];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") {
        // only a quote that opens an attribute value (after '=') counts
        let k = j - 1;
        while (k > i && (html[k] === ' ' || html[k] === '\t' || html[k] === '\n' || html[k] === '\r')) k--;
        if (html[k] === '=') quote = c;
      } else if (c === '>') break;
      j++;
    }
    const tagEnd = j < n ? j + 1 : n;
    const attrs = html.slice(TAG_NAME.lastIndex, j);
    i = tagEnd;

    if (!closing && SKIP.has(name) && !/\/\s*$/.test(attrs)) {
      const re = new RegExp(`</${name.replace(/[^a-z0-9]/g, '\\$&')}\\s*>`, 'gi');
      re.lastIndex = i;
      const end = re.exec(html);
      i = end ? end.index + end[0].length : n;
      continue;
    }
    if (SKIP.has(name)) continue;

    if (name === 'br') {
      newline(o);
      continue;
    }
    if (name === 'blockquote') {
      breakLine(o);
      if (closing) o.depth = Math.max(0, o.depth - 1);
      else o.depth += 1;
      o.curDepth = o.depth;
      continue;
    }
    if (name === 'pre') {
      blankLine(o);
      o.pre = closing ? Math.max(0, o.pre - 1) : o.pre + 1;
      continue;
    }
    if (name === 'td' || name === 'th') {
      if (!closing && o.cur.trim() !== '' && !/\s$/.test(o.cur)) o.cur += ' ';
      continue;
    }
    if (name === 'li') {
      breakLine(o);
      if (!closing) {
        o.curDepth = o.depth;
        o.cur = '- ';
      }
      continue;
    }
    if (name === 'hr') {
      breakLine(o);
      continue;
    }
    if (name === 'img') {
      continue;
    }
    if (BLOCK.has(name)) {
      if (PARA.has(name) && name !== 'table') blankLine(o);
      else breakLine(o);
      continue;
    }
    // inline element: nothing to do
  }
  breakLine(o);
  // tidy: trim trailing spaces, at most one blank line in a row, no leading/trailing blanks
  const out: string[] = [];
  for (const raw of o.lines) {
    const line = raw.replace(/\s+$/, '');
    const blank = line.replace(/>/g, '').trim() === '';
    if (blank) {
      const prev = out[out.length - 1];
      if (out.length === 0 || prev === undefined || prev.replace(/>/g, '').trim() === '') continue;
    }
    out.push(line);
  }
  while (out.length && (out[out.length - 1] ?? '').replace(/>/g, '').trim() === '') out.pop();
  return out.join('\n');
}
