// STUB: replaced by the MIME work.
import PostalMime from 'postal-mime';
import type { EmailSnapshot, EmailAddress } from '../model/email';

export class MimeError extends Error {
  constructor(message: string) { super(message); this.name = 'MimeError'; }
}

export async function parseMime(raw: Uint8Array | string): Promise<EmailSnapshot> {
  const email = await PostalMime.parse(raw);
  const addr = (a: { name?: string; address?: string } | undefined): EmailAddress | null =>
    a && a.address ? { name: a.name ?? '', email: a.address.toLowerCase() } : null;
  const list = (l: unknown): EmailAddress[] =>
    ((l as { name?: string; address?: string }[] | undefined) ?? []).map(addr).filter((x): x is EmailAddress => !!x);
  return {
    messageId: email.messageId ?? 'unknown',
    threadId: null,
    subject: email.subject ?? '',
    from: addr(email.from as never),
    replyTo: list(email.replyTo),
    to: list(email.to),
    cc: list(email.cc),
    date: email.date ?? null,
    text: email.text ?? '',
    quotedText: null,
    signatureText: null,
    headers: {},
    source: 'mime',
    lowConfidence: false,
  };
}
