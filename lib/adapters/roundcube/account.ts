// The signed-in Roundcube mailbox, and the page's rcmail environment.
//
// The account name is shown at the top of the folder column of the top-level page. Inside the
// preview iframe it is not shown: read it from the parent page (same origin) when reachable,
// else from this page's rcmail.set_env({username}) (the login name, used only when it is an address).
import { queryAll, queryFirst } from '../types';
import { emailsIn } from '../generic/dom';
import { roundcubeSelectors as S } from './selectors';

export type RcEnv = Record<string, unknown>;

/** The JSON object literal starting at `start` (a '{'), by brace matching outside strings. */
function objectLiteralAt(src: string, start: number): string | null {
  let depth = 0;
  let inStr: string | null = null;
  for (let i = start; i < src.length; i++) {
    const c = src[i]!;
    if (inStr) {
      if (c === '\\') i++;
      else if (c === inStr) inStr = null;
      continue;
    }
    if (c === '"' || c === "'") inStr = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return src.slice(start, i + 1);
  }
  return null;
}

const envCache = new WeakMap<Document, RcEnv>();

/**
 * Merge of every `rcmail.set_env({...})` object in the page's inline scripts (uid, mailbox,
 * username, date_format, locale, list_post...). Read as text: content scripts cannot see the
 * page's own `rcmail` object, and nothing is executed.
 */
export function roundcubeEnv(doc: Document): RcEnv {
  const cached = envCache.get(doc);
  if (cached) return cached;
  const env: RcEnv = {};
  for (const script of queryAll(doc, S.envScript)) {
    const src = script.textContent ?? '';
    let from = 0;
    for (;;) {
      const at = src.indexOf('.set_env(', from);
      if (at < 0) break;
      from = at + 9;
      const brace = src.indexOf('{', from);
      if (brace < 0 || src.slice(from, brace).trim() !== '') continue;
      const literal = objectLiteralAt(src, brace);
      if (!literal) continue;
      try {
        const obj: unknown = JSON.parse(literal);
        if (obj && typeof obj === 'object' && !Array.isArray(obj)) Object.assign(env, obj);
      } catch {
        // not JSON (hand-written call): ignore
      }
    }
  }
  envCache.set(doc, env);
  return env;
}

export function envString(env: RcEnv, key: string): string | null {
  const v = env[key];
  return typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : null;
}

/** The address in the account-name element of `doc`, or null. */
function accountNameIn(doc: Document): string | null {
  const el = queryFirst(doc, S.accountName);
  if (!el) return null;
  return emailsIn(el.textContent ?? '')[0] ?? null;
}

/** The parent frame's document when it is reachable (same origin), else null. */
export function parentDocument(doc: Document): Document | null {
  try {
    const win = doc.defaultView;
    if (!win || !win.parent || win.parent === win) return null;
    const parentDoc = win.parent.document; // throws for a cross-origin parent
    return parentDoc && parentDoc !== doc ? parentDoc : null;
  } catch {
    return null;
  }
}

export function roundcubeMailbox(doc: Document): string | null {
  const own = accountNameIn(doc);
  if (own) return own;
  const parent = parentDocument(doc);
  const fromParent = parent ? accountNameIn(parent) : null;
  if (fromParent) return fromParent;
  // The login name from the page's environment, when the login is an address.
  const username = envString(roundcubeEnv(doc), 'username') ?? '';
  const found = emailsIn(username);
  return found.length === 1 && found[0] === username.trim().toLowerCase() ? found[0]! : null;
}
