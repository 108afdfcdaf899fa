// Sentence and clause splitting for English and Chinese email text. PURE.
// Every span keeps its offsets into the input, so callers can copy text exactly.
// All scanning is linear: no regex here can backtrack over more than a line.

export interface Span {
  /** Exact slice of the input, trimmed of surrounding whitespace. */
  text: string;
  start: number;
  end: number;
}

const TERMINAL_AT_EOL = /[.!?。！？；;:：…)）"”」』]$/u;
const LIST_START = /^(?:[-*•·‣▪○●◦]\s|\d{1,2}[.)、]\s?|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、|[a-zA-Z][.)]\s)/u;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
/** Words after which a period does not end a sentence. */
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'eg', 'ie', 'no', 'nos',
  'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'approx',
  'a.m', 'p.m', 'u.s', 'fig', 'ref', 'cf', 'al', 'ext', 'tel', 'dept', 'attn',
]);
/** Longest sentence we hand on; longer runs are cut so later stages stay cheap. */
const MAX_SENTENCE = 600;

function displayWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += CJK.test(ch) ? 2 : 1;
  return w;
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  return { text: text.slice(start, end), start, end };
}

/**
 * Blocks of text a reader takes as one run: paragraphs, with hard-wrapped lines joined and
 * short lines, list items and `>` lines kept apart.
 */
export function splitBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  const lines: { s: number; e: number }[] = [];
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const e = nl < 0 ? text.length : nl;
    lines.push({ s: pos, e });
    if (nl < 0) break;
    pos = nl + 1;
  }
  let blockStart = -1;
  let blockEnd = -1;
  let prev = '';
  const flush = (): void => {
    if (blockStart >= 0) {
      const sp = trimSpan(text, blockStart, blockEnd);
      if (sp) blocks.push(sp);
    }
    blockStart = -1;
  };
  for (const { s, e } of lines) {
    const raw = text.slice(s, e);
    const line = raw.trim();
    if (!line) { flush(); prev = ''; continue; }
    let join = blockStart >= 0;
    if (join) {
      const prevQuoted = prev.startsWith('>');
      const quoted = line.startsWith('>');
      if (prevQuoted !== quoted) join = false;
      else if (LIST_START.test(line)) join = false;
      else if (TERMINAL_AT_EOL.test(prev)) join = false;
      else if (displayWidth(prev) < 40) join = false;
    }
    if (!join) flush();
    if (blockStart < 0) blockStart = s;
    blockEnd = e;
    prev = line;
  }
  flush();
  return blocks;
}

function isAbbrevBefore(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i]!) && dot - i < 8) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (!word) return false;
  if (word.length === 1) return true; // initials: "J. Smith"
  return ABBREV.has(word);
}

/** Splits one block into sentences at English and Chinese sentence ends. */
function splitBlock(text: string, block: Span, out: Span[]): void {
  let start = block.start;
  const end = block.end;
  for (let i = block.start; i < end; i++) {
    const ch = text[i]!;
    let cut = -1;
    if (ch === '。' || ch === '！' || ch === '？' || ch === '；' || ch === '…') {
      cut = i + 1;
    } else if (ch === '!' || ch === '?' || ch === '.' || ch === ';') {
      const next = text[i + 1];
      if (next === undefined) cut = i + 1;
      else if (/\s/u.test(next) || CJK.test(next) || next === '"' || next === ')' || next === '”') {
        if (ch === '.' && text[i - 1] !== '.') {
          // (an ellipsis "..." followed by a space always ends the run)
          if (isAbbrevBefore(text, i)) continue;
          // a lower-case word after a period is usually not a new sentence ("approx. two")
          let j = i + 1;
          while (j < end && /[\s"”)]/u.test(text[j]!)) j++;
          if (j < end && /[a-z]/.test(text[j]!)) continue;
        }
        cut = i + 1;
      } else if (CJK.test(text[i - 1] ?? '')) {
        cut = i + 1; // ASCII punctuation right after Chinese text
      }
    } else if (ch === '\n') {
      // Line breaks inside a block are joins; keep them in the sentence.
    }
    if (cut > 0) {
      // take closing quotes / brackets with the sentence
      while (cut < end && /["”’」』)）]/u.test(text[cut]!)) cut++;
      pushCapped(text, start, cut, out);
      start = cut;
      i = cut - 1;
    }
  }
  pushCapped(text, start, end, out);
}

function pushCapped(text: string, start: number, end: number, out: Span[]): void {
  while (end - start > MAX_SENTENCE) {
    // cut a run-on at the last clause or space boundary within the limit
    let cut = -1;
    for (let k = start + MAX_SENTENCE; k > start + MAX_SENTENCE / 2; k--) {
      if (/[,，、\s]/u.test(text[k]!)) { cut = k + 1; break; }
    }
    if (cut < 0) cut = start + MAX_SENTENCE;
    const sp = trimSpan(text, start, cut);
    if (sp) out.push(sp);
    start = cut;
  }
  const sp = trimSpan(text, start, end);
  if (sp) out.push(sp);
}

/** Sentences of a text, in order, with offsets into it. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const block of splitBlocks(text)) splitBlock(text, block, out);
  return out;
}

const EN_CLAUSE = /(?:[;,]\s+(?=(?:and|but|so|then|or|while|because|as|since|which)\b)|;\s+|\s+[-–—]\s+)/giy;

/**
 * Clauses of one sentence: Chinese commas and semicolons, English semicolons, dashes and
 * ", and/but/so" joins. Offsets are into the original text (the sentence's own start added).
 */
export function splitClauses(sentence: Span): Span[] {
  const s = sentence.text;
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    let cutAt = -1;
    let resume = -1;
    if (ch === '，' || ch === '；' || ch === '：' || (ch === ',' && CJK.test(s[i - 1] ?? ''))) {
      cutAt = i;
      resume = i + 1;
    } else if ((ch === ',' || ch === ' ') && CJK.test(s[i + 1] === ' ' ? s[i + 2] ?? '' : s[i + 1] ?? '')
      && (ch === ',' || CJK.test(s[i - 1] ?? ''))) {
      // "…com, 合格者…" and space-separated Chinese phrases ("我已收到 我会尽快阅读")
      cutAt = i;
      resume = i + 1;
    } else if (ch === ';' || ch === ',' || ch === ' ') {
      EN_CLAUSE.lastIndex = i;
      const m = EN_CLAUSE.exec(s);
      if (m && m.index === i) {
        cutAt = i;
        resume = i + m[0].length;
      }
    }
    if (cutAt >= 0) {
      const sp = trimSpan(s, start, cutAt);
      if (sp) out.push({ text: sp.text, start: sentence.start + sp.start, end: sentence.start + sp.end });
      start = resume;
      i = resume - 1;
    }
  }
  const sp = trimSpan(s, start, s.length);
  if (sp) out.push({ text: sp.text, start: sentence.start + sp.start, end: sentence.start + sp.end });
  return out;
}

/** Normalises text for matching: straight quotes and apostrophes, collapsed whitespace. */
export function matchForm(s: string): string {
  return s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ');
}
