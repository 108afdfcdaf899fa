// Deal signals: tender, quote, pilot, contract, PO, invoice, acceptance, renewal, maintenance,
// upgrade, competitor, price pressure, qualification, executive involvement, delivery,
// requirements, meeting. Each with its evidence clause (exact text of the subject or the new
// text) and a confidence. PURE: no DOM, no browser API, no storage.
//
// Principles:
// - only the new text counts: quoted lines and quoted history are dropped before matching;
// - a pattern must carry the commercial sense by itself (the vocabularies never match a bare
//   "test", "upgrade", "implementation" or 测试), so engineering mail stays silent;
// - patch mail (Signed-off-by, diff hunks, [PATCH] subjects) keeps only the strongest patterns;
// - one signal per kind, the first clause that shows it, in reading order.
import type { Signal, SignalKind } from '../model/extraction';
import { EN_SIGNALS, type SignalPattern } from './locales/en-vocab';
import { ZH_SIGNALS } from './locales/zh-vocab';
import { newPart } from './signature-fields';

const PATTERNS: SignalPattern[] = [...EN_SIGNALS, ...ZH_SIGNALS];

const ENGINEERING = /^(?:Signed-off-by|Reviewed-by|Acked-by|Tested-by|Reported-by|Fixes):|^diff --git |^@@ -\d|^\+\+\+ b\/|^--- a\//m;
const PATCH_SUBJECT = /\[(?:[\w.-]+\s+)?(?:PATCH|RFC)\b[^\]]*\]/i;
/** Negated mentions: "no discount", "not a pilot", "不需要试用". */
const NEGATED_EN = /\b(?:no|not|without|never|don't|doesn't|didn't|won't|isn't|aren't)\s+(?:\w+\s+){0,2}$/i;
const NEGATED_ZH = /(?:不需要|无需|無需|不用|没有|沒有|不是|不会|不會|不做|取消)$/;

const MAX_EVIDENCE = 220;

interface Clause { text: string; start: number }

/** Split into clauses at sentence ends and line breaks; offsets index into `text`. */
/** English sentence end inside a line: ". " before a capital or a digit. */
const SENTENCE_DOT = /\.(?=\s+["'(]?[A-Z0-9])/g;

function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  const re = /[^\n。！？!?；;]+(?:[。！？!?；;]|(?=\n)|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (!m[0]) { re.lastIndex++; continue; }
    // English sentence ends: ". " followed by a capital or a digit (keeps "Co., Ltd." and "3/12" whole).
    const body = m[0];
    let from = 0;
    const dot = SENTENCE_DOT;
    dot.lastIndex = 0;
    let d: RegExpExecArray | null;
    while ((d = dot.exec(body))) {
      const prev = body.slice(Math.max(0, d.index - 4), d.index);
      if (/\b(?:Mr|Ms|Mrs|Dr|No|Co|Inc|Ltd|St|vs|e\.g|i\.e|approx)$/i.test(prev) || /\b[A-Z]$/.test(prev)) continue;
      out.push({ text: body.slice(from, d.index + 1), start: m.index + from });
      from = d.index + 1;
    }
    out.push({ text: body.slice(from), start: m.index + from });
  }
  return out
    .map((c) => {
      const lead = c.text.length - c.text.trimStart().length;
      return { text: c.text.trim(), start: c.start + lead };
    })
    .filter((c) => c.text.length > 0);
}

/** The evidence span: the clause, or a window of it around the match when the clause is long. */
function evidence(clause: string, at: number, len: number): string {
  if (clause.length <= MAX_EVIDENCE) return clause;
  let a = Math.max(0, at - 90), b = Math.min(clause.length, at + len + 90);
  const left = clause.lastIndexOf(',', at);
  if (left >= a) a = left + 1;
  const right = clause.indexOf(',', at + len);
  if (right >= 0 && right < b) b = right;
  return clause.slice(a, b).trim();
}

/** The new text without quoted lines or quoted history. */
function newText(reply: string): string {
  return newPart(reply)
    .split(/\r?\n/)
    .filter((l) => !/^\s*>/.test(l))
    .join('\n');
}

export function extractSignals(subject: string, reply: string): Signal[] {
  const body = newText(reply ?? '');
  const engineering = PATCH_SUBJECT.test(subject ?? '') || ENGINEERING.test(reply ?? '');
  const subj = (subject ?? '').replace(/^(?:\s*(?:re|fw|fwd|aw|sv|回复|回覆|答复|转发|轉寄)\s*[:：]\s*)+/i, '');
  const found = new Map<SignalKind, Signal & { order: number }>();
  let order = 0;
  for (const source of [subj, body]) {
    for (const c of clauses(source)) {
      order++;
      for (const p of PATTERNS) {
        if (engineering && p.confidence < 0.9) continue;
        const m = p.re.exec(c.text);
        if (!m) continue;
        const before = c.text.slice(0, m.index);
        if (NEGATED_EN.test(before) || NEGATED_ZH.test(before)) continue;
        const prev = found.get(p.kind);
        const confidence = engineering ? Math.min(p.confidence, 0.6) : p.confidence;
        if (prev && prev.confidence >= confidence) continue;
        found.set(p.kind, { kind: p.kind, evidence: evidence(c.text, m.index, m[0].length), confidence, order });
      }
    }
  }
  return [...found.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ kind, evidence: e, confidence }) => ({ kind, evidence: e, confidence }));
}
