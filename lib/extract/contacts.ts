// Contacts: one entry per address in From / To / Cc (GUIDE.md "Contacts"), keyed by the
// lower-cased address, first header wins. Lists, robots and role mailboxes get person:false.
// A list that rewrites From ("X via Linux-erofs <list@...>") hides the person: they come from
// Reply-To. Title, company, phones and a committee-role hint only for the sender, from the
// signature in the new text. PURE: no DOM, no browser API, no storage.
import type { EmailAddress, EmailSnapshot } from '../model/email';
import type { ContactMention } from '../model/extraction';
import type { Zones } from './zones';
import {
  classifyAddress, isEmailAddress, listInfoFromHeaders, normaliseDisplayName, parseAddress,
  parseAddressList, splitViaList,
} from './addresses';
import { extractSenderFields } from './signature-fields';
import { roleHintFromTitle } from './roles';

type Header = ContactMention['headers'][number];

function headerValue(headers: Record<string, string>, name: string): string {
  return headers[name] ?? headers[name.toLowerCase()] ?? '';
}

/**
 * Display names exactly as the raw headers spell them (when not MIME-encoded): the reader may
 * collapse the double space of directory names like "Oh  John" that says which part is the family name.
 */
function rawDisplayNames(headers: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const k of ['from', 'to', 'cc', 'reply-to']) {
    const v = headerValue(headers, k);
    if (!v || v.includes('=?')) continue;
    const list = k === 'from' ? [parseAddress(v)] : parseAddressList(v);
    for (const a of list) if (a && a.email && !out.has(a.email)) out.set(a.email, a.name.replace(/^"|"$/g, ''));
  }
  return out;
}

export function extractContacts(s: EmailSnapshot, zones: Zones): ContactMention[] {
  const headers = s.headers ?? {};
  const lists = listInfoFromHeaders(headers);
  const out = new Map<string, ContactMention>();

  // The reader may have dropped forms it could not parse ("Name [mailto:a@b]"): fall back to the raw header.
  // A reader that half-parsed "a@b [mailto:a@b]" may leave a stray bracket on the address.
  const tidy = (a: EmailAddress | null): EmailAddress | null =>
    a ? { name: a.name, email: a.email.trim().replace(/^(?:mailto:|[<[(\s])+|[>\])\s.;,]+$/gi, '') } : null;
  let from: EmailAddress | null = tidy(s.from);
  if (from && !isEmailAddress(from.email)) from = null;
  if (!from) {
    const raw = headerValue(headers, 'from');
    const a = raw ? parseAddress(raw) : null;
    from = a && a.email ? a : s.from;
  }
  const to = s.to.length ? s.to : parseAddressList(headerValue(headers, 'to'));
  const cc = s.cc.length ? s.cc : parseAddressList(headerValue(headers, 'cc'));
  const rawNames = rawDisplayNames(headers);
  const withRawName = (a: EmailAddress): EmailAddress => {
    const r = rawNames.get(a.email.toLowerCase());
    if (r === undefined) return a;
    if (!a.name.trim() || r.replace(/\s+/g, ' ').trim() === a.name.replace(/\s+/g, ' ').trim()) return { ...a, name: r };
    return a;
  };

  const add = (a: EmailAddress, h: Header, force?: { person: boolean; name?: string }): ContactMention | null => {
    const email = a.email.trim().toLowerCase();
    if (!email || !isEmailAddress(email)) return null; // "From: Ring", Lotus Notes "Dean Drozdiak@ECT"
    const prev = out.get(email);
    if (prev) {
      if (!prev.headers.includes(h)) prev.headers.push(h);
      return prev;
    }
    const person = force ? force.person : classifyAddress({ name: a.name, email }, lists) === 'person';
    const c: ContactMention = {
      email,
      name: force?.name ?? normaliseDisplayName(withRawName({ name: a.name, email }).name, email),
      title: null, company: null, phones: [], person, headers: [h], roleHint: null,
    };
    out.set(email, c);
    return c;
  };

  // The sender, or the person behind a list-rewritten From.
  let sender: ContactMention | null = null;
  let senderName = '';
  if (from) {
    const via = splitViaList(from.name);
    const fromKind = from.email ? classifyAddress({ name: from.name, email: from.email.toLowerCase() }, lists) : 'person';
    if (via && (fromKind === 'list' || s.replyTo.length > 0)) {
      add(from, 'from', { person: false, name: '' });
      const rt = s.replyTo.find((r) => r.email && r.email.toLowerCase() !== from!.email.toLowerCase());
      if (rt) {
        sender = add({ name: rt.name || via.person, email: rt.email }, 'reply-to');
        senderName = sender?.name ?? normaliseDisplayName(via.person);
      }
    } else {
      sender = add(from, 'from');
      senderName = sender?.name ?? normaliseDisplayName(from.name);
    }
  }
  for (const a of to) add(a, 'to');
  for (const a of cc) add(a, 'cc');

  if (sender) {
    const f = extractSenderFields({
      signature: zones.signature,
      reply: zones.reply,
      text: s.text,
      senderName,
      senderEmail: sender.email,
    });
    sender.title = f.title;
    sender.company = f.company;
    sender.phones = f.phones;
    sender.roleHint = roleHintFromTitle(f.title);
  }
  return [...out.values()];
}
