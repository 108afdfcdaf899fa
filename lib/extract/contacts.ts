// STUB: replaced by the contacts work.
import type { EmailSnapshot } from '../model/email';
import type { ContactMention } from '../model/extraction';
import type { Zones } from './zones';
export function extractContacts(s: EmailSnapshot, _zones: Zones): ContactMention[] {
  const out = new Map<string, ContactMention>();
  const add = (a: { name: string; email: string }, h: ContactMention['headers'][number]) => {
    if (!a.email) return;
    const key = a.email.toLowerCase();
    const prev = out.get(key);
    if (prev) { if (!prev.headers.includes(h)) prev.headers.push(h); return; }
    out.set(key, { email: key, name: a.name, title: null, company: null, phones: [], person: true, headers: [h], roleHint: null });
  };
  if (s.from) add(s.from, 'from');
  s.to.forEach((a) => add(a, 'to'));
  s.cc.forEach((a) => add(a, 'cc'));
  return [...out.values()];
}
