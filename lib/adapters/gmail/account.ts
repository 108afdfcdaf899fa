// The signed-in Gmail address: from the account button's aria-label
// ("Google Account: Alice Chen\n(alice@example.com)") or from the <title>
// ("Inbox (3) - alice@example.com - Gmail"). Never the /u/N index in the URL.
import { queryFirst } from '../types';
import { emailsIn } from '../generic/dom';
import { gmailSelectors as S } from './selectors';

export function gmailMailbox(doc: Document): string | null {
  const btn = queryFirst(doc, S.account);
  const fromButton = emailsIn(btn?.getAttribute('aria-label') ?? '')[0];
  if (fromButton) return fromButton;
  // "Inbox (3) - alice@x.com - Gmail", "Re: offer - alice@corp.com - Corp Mail": the title is
  // " - "-separated and the account is the last part that is exactly an address (a subject
  // containing an address is never a whole part on its own... unless it is, hence "last").
  const parts = (doc.title ?? '').split(/\s+[-–—]\s+/).map((p) => p.trim());
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i]!;
    const found = emailsIn(p);
    if (found.length === 1 && found[0] === p.toLowerCase()) return found[0]!;
  }
  return null;
}
