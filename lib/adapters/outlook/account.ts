// The signed-in Outlook address: the account manager button (aria-label / title), the account
// line of the account manager, or the page title ("Mail - Name - Outlook" rarely has it).
import { queryFirst } from '../types';
import { emailsIn } from '../generic/dom';
import { outlookSelectors as S } from './selectors';

export function outlookMailbox(doc: Document): string | null {
  const btn = queryFirst(doc, S.account);
  if (btn) {
    const label = [btn.getAttribute('aria-label'), btn.getAttribute('title')]
      .concat(Array.from(btn.querySelectorAll('[aria-label],[title]')).flatMap((e) => [e.getAttribute('aria-label'), e.getAttribute('title')]))
      .filter(Boolean)
      .join(' ');
    const found = emailsIn(label)[0];
    if (found) return found;
  }
  const line = emailsIn(queryFirst(doc, S.accountAddress)?.textContent ?? '')[0];
  if (line) return line;
  const parts = (doc.title ?? '').split(/\s+[-–—]\s+/).map((p) => p.trim().toLowerCase());
  for (const p of parts.reverse()) {
    const f = emailsIn(p);
    if (f.length === 1 && f[0] === p) return p;
  }
  return null;
}
