// Commitment detection: promises the sender's side makes and requests it makes of the
// recipients (GUIDE.md "Commitments"). PURE.
//
// The reply is split into sentences and clauses (sentences.ts); each clause is offered to its
// locale's parsers (locales/en.ts, locales/zh.ts), the first proposal wins, and the locale's
// refiners may veto it with the whole sentence in view (conditionals, past actions, questions,
// offers). Adjacent clauses of one sentence are merged into one commitment when the later one
// has no subject of its own. The due date comes from the date parser on the commitment's text.
import type { CommitmentMention } from '../model/extraction';
import { findDue } from './dates';
import { en } from './locales/en';
import { zh } from './locales/zh';
import { matchForm, splitClauses, splitSentences, type Span } from './sentences';

export interface CommitmentContext {
  /** ISO 8601 with the sender's offset; the anchor for relative dates. */
  sentAt: string | null;
  language: string;
  senderName: string;
  recipientNames: string[];
}

// ---- the locale contract (chrono-node style: parsers propose, refiners veto) ----
export type Kind = 'promise' | 'request';
export type Owner = 'sender' | 'recipient' | 'third-party';

export interface ClauseView {
  /** The clause as written. */
  text: string;
  /** Matching form: straight quotes and apostrophes, whitespace runs collapsed. */
  norm: string;
  /** The whole sentence in matching form. */
  sentence: string;
  /** Where the clause starts inside `sentence`. */
  offsetInSentence: number;
  /** Position of the clause in its sentence (0 = first). */
  index: number;
  /** A time phrase was found in the clause. */
  readonly hasTime: boolean;
  /** The sentence ends with a question mark. */
  question: boolean;
}

export interface Hit {
  kind: Kind;
  owner: Owner;
  ownerName?: string | null;
  confidence: number;
  /** Which parser proposed it (for tests; never logged with email text). */
  rule: string;
  /** No subject of its own: after another hit in the same sentence it is that hit's continuation. */
  weak?: boolean;
}

export type Parser = (c: ClauseView) => Hit | null;
export type Refiner = (c: ClauseView, hit: Hit) => Hit | null;

export interface CommitmentLocale {
  id: 'en' | 'zh';
  parsers: Parser[];
  refiners: Refiner[];
  /** Cheap time-phrase hint, used beside the date parser. */
  timeHint: RegExp;
  /** Courtesy lines: never a commitment. */
  courtesy: RegExp[];
  /**
   * A clause with no commitment of its own that leads into the next one and belongs to it
   * ("我将在假期结束后，尽快给您回复": the subject and modal sit before the comma).
   */
  leadIn?: RegExp;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/gu;
const LATIN_WORD = /[A-Za-z]{2,}/g;
/** A clause longer than this is a run-on (a pasted log, a table row): not scanned. */
const MAX_CLAUSE = 400;
/** At most this many commitments from one message. */
const MAX_PER_MESSAGE = 50;

function localeOf(sentence: string): CommitmentLocale {
  const han = sentence.match(HAN)?.length ?? 0;
  if (han === 0) return en;
  const words = sentence.match(LATIN_WORD)?.length ?? 0;
  return han >= 2 && han >= words ? zh : en;
}

/** The clause with quoted words blanked out: what someone else wrote commits no one here. */
function withoutQuotes(norm: string): string {
  return norm.replace(/"[^"]{1,200}"|「[^」]{1,200}」|『[^』]{1,200}』/gu, (q) => ' '.repeat(q.length));
}

/** Analyses one clause; null when no parser proposes a commitment or a refiner vetoes it. */
export function analyseClause(locale: CommitmentLocale, view: ClauseView): Hit | null {
  if (view.norm.length > MAX_CLAUSE) return null;
  for (const courtesy of locale.courtesy) if (courtesy.test(view.norm.trim())) return null;
  const unquoted = withoutQuotes(view.norm);
  const quoted = unquoted !== view.norm;
  for (const parse of locale.parsers) {
    let hit = parse(view);
    if (!hit) continue;
    // a proposal that rests on quoted words only is dropped
    // (a view that differs in norm only: hasTime stays lazy, through the prototype)
    if (quoted && !parse(Object.create(view, { norm: { value: unquoted } }) as ClauseView)) return null;
    for (const refine of locale.refiners) {
      if (!hit) break;
      hit = refine(view, hit);
    }
    return hit;
  }
  return null;
}

type Due = { due: string | null; dueText: string | null };

/** A commitment's span; `clauseDue` is its clause's date reading while the span is that clause. */
interface Found { hit: Hit; start: number; end: number; clauseDue: (() => Due) | null }

/** A clause that opens a new point (and so does not continue the commitment before it). */
const NEW_POINT = /^(?:另外|此外|同时|同時|还有|還有|另|再者|其次|建议|建議|我觉得|我覺得|我认为|我認為|(?:also|besides|in addition|btw|by the way|meanwhile|otherwise|however|but|i think|i suggest|i believe|thanks|thank you)\b)/iu;

function safeDue(text: string, sentAt: string | null): Due {
  if (!text) return { due: null, dueText: null };
  try {
    const m = findDue(text, sentAt ?? '1970-01-01T00:00:00Z');
    if (!m) return { due: null, dueText: null };
    return { due: sentAt ? m.due : null, dueText: m.dueText || null };
  } catch {
    return { due: null, dueText: null };
  }
}

/**
 * A bare contact line ("Email：a@b.com", "电话：…", "联系人：…", "地址：…") commits no one, even
 * when its label reads like a verb ("E-mail", "Fax", "Call").
 */
const CONTACT_LINE = /^[\s>*•·\-–—]*(?:e-?mail|mail|tel|telephone|phone|mobile|cell|fax|call|contact|contact person|address|web|website|url|qq|msn|skype|wechat|邮箱|郵箱|电子邮件|電子郵件|电子邮箱|電子郵箱|电邮|電郵|电话|電話|联系电话|聯繫電話|联系方式|聯繫方式|手机|手機|传真|傳真|联系人|聯繫人|聯絡人|联络人|地址|网址|網址|邮编|郵編|微信)\s*(?:[:：;；]|至\s*\S+@)/iu;

function sentenceHits(reply: string, sentence: Span, ctx: CommitmentContext): Found[] {
  // an ask written into the line ("Email：a@b.com（请注明应聘职位）") is still read
  if (CONTACT_LINE.test(sentence.text) && !/[请請]|\b(?:please|pls|kindly)\b/iu.test(sentence.text)) return [];
  const locale = localeOf(sentence.text);
  const sentenceNorm = matchForm(sentence.text);
  const question = /[?？]\s*["”')）]*$/u.test(sentence.text);
  const clauses = splitClauses(sentence);
  const found: Found[] = [];
  let last: Found | null = null;
  let lastHasTime = false;
  let prevHit = false;
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i]!;
    const norm = matchForm(clause.text);
    const offset = matchForm(reply.slice(sentence.start, clause.start)).length;
    let hasTime: boolean | undefined;
    let due: Due | undefined;
    // computed on first use: the date parser is the costly part of a clause
    const clauseDue = (): Due => (due ??= safeDue(clause.text, ctx.sentAt));
    const view: ClauseView = {
      text: clause.text,
      norm,
      sentence: sentenceNorm,
      offsetInSentence: offset,
      index: i,
      get hasTime(): boolean {
        hasTime ??= locale.timeHint.test(norm) || clauseDue().dueText !== null;
        return hasTime;
      },
      question,
    };
    const hit = analyseClause(locale, view);
    // More of the same kind continues the last commitment, unless both carry a time phrase of
    // their own ("技术方案我们两周内提交，报价会在月底前给到…" is two promises).
    const sameKind = hit !== null && last !== null && hit.kind === last.hit.kind && hit.owner === last.hit.owner
      && hit.owner !== 'third-party';
    const ownTime = sameKind && lastHasTime && view.hasTime;
    const continues = last !== null && (!hit || (hit.weak === true && !(sameKind && ownTime)) || (sameKind && !ownTime));
    if (continues && last) {
      // a clause with no commitment of its own, one with no subject, or more of the same ask
      // continues the last commitment, unless it opens a new point
      if (NEW_POINT.test(norm) || locale.courtesy.some((r) => r.test(norm.trim()))) last = null;
      else { last.end = clause.end; last.clauseDue = null; lastHasTime ||= view.hasTime; }
    } else if (hit) {
      const prev = i > 0 ? clauses[i - 1]! : null;
      const leadIn = prev && !prevHit && locale.leadIn?.test(matchForm(prev.text));
      last = { hit, start: leadIn ? prev.start : clause.start, end: clause.end, clauseDue: leadIn ? null : clauseDue };
      lastHasTime = view.hasTime;
      found.push(last);
    }
    prevHit = hit !== null;
  }
  return found;
}

/** "Thanks in advance": an ask made by the message as a whole, when no other ask is found. */
const THANKS_IN_ADVANCE = /\b(?:thanks?|thank you)\b[^.!?\n]{0,60}\bin advance\b|\bin advance\b[^.!?\n]{0,10}\bthanks?\b|(?:先谢谢|先謝謝|先行感谢|先行感謝|预先感谢|預先感謝)/iu;

export function extractCommitments(reply: string, ctx: CommitmentContext): CommitmentMention[] {
  const out: CommitmentMention[] = [];
  if (!reply) return out;
  const sentences = splitSentences(reply);
  let advance: Span | null = null;
  for (const sentence of sentences) {
    if (out.length >= MAX_PER_MESSAGE) break;
    for (const f of sentenceHits(reply, sentence, ctx)) {
      const text = reply.slice(f.start, f.end);
      // the clause's reading when the span is that clause (parsed once), else the span's own
      const { due, dueText } = f.clauseDue ? f.clauseDue() : safeDue(text, ctx.sentAt);
      out.push({
        kind: f.hit.kind,
        owner: f.hit.owner,
        ownerName: f.hit.ownerName ?? null,
        text,
        due,
        dueText,
        confidence: f.hit.confidence,
      });
    }
    if (!advance && THANKS_IN_ADVANCE.test(sentence.text) && sentence.text.length < 200) advance = sentence;
  }
  if (advance && !out.some((c) => c.kind === 'request')) {
    out.push({ kind: 'request', owner: 'recipient', ownerName: null, text: advance.text, due: null, dueText: null, confidence: 0.4 });
  }
  return out;
}
