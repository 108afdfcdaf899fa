// The extraction pipeline. PURE: no DOM, no browser API, no storage.
// EmailSnapshot (from an adapter or from the MIME reader) in, Extraction out.
import type { EmailSnapshot } from '../model/email';
import type { Extraction } from '../model/extraction';
import { splitZones } from './zones';
import { detectLanguage } from './language';
import { extractContacts } from './contacts';
import { extractCommitments } from './commitments';
import { extractSignals } from './signals';
import { parseMime } from './mime';

export { parseMime } from './mime';

/** How much of the new text is mined for commitments and signals. */
export const MAX_MINED = 32 * 1024;
/**
 * How much of the body is split into zones. New text and signature sit at the top; past this
 * point a body is the far end of a quoted thread or a paste, and splitting all of a 1 MB body
 * took ~20-30 ms of the 50 ms a message may cost.
 */
export const MAX_ZONED = 64 * 1024;

/** The first `max` characters of `text`, ending at a line end when one is near. */
export function headOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const nl = text.lastIndexOf('\n', max);
  return text.slice(0, nl > max / 2 ? nl : max);
}

export function extract(snapshot: EmailSnapshot): Extraction {
  const zones = splitZones(headOf(snapshot.text, MAX_ZONED), {
    senderName: snapshot.from?.name ?? '',
    senderEmail: snapshot.from?.email ?? '',
    signatureText: snapshot.signatureText,
  });
  // Bounded work per message: commitments and signals are mined from the first MAX_MINED
  // characters of the new text (real replies are far shorter; a 1 MB paste must not stall the page).
  const mined = zones.reply.length > MAX_MINED ? zones.reply.slice(0, MAX_MINED) : zones.reply;
  const language = detectLanguage(`${snapshot.subject}\n${mined.slice(0, 20_000)}`);
  const contacts = extractContacts(snapshot, zones);
  const commitments = extractCommitments(mined, {
    sentAt: snapshot.date,
    language,
    senderName: snapshot.from?.name ?? '',
    recipientNames: [...snapshot.to, ...snapshot.cc].map((a) => a.name).filter(Boolean),
  });
  const signals = extractSignals(snapshot.subject, mined);
  return {
    messageId: snapshot.messageId,
    threadId: snapshot.threadId,
    subject: snapshot.subject,
    sentAt: snapshot.date,
    language,
    from: snapshot.from,
    to: snapshot.to,
    cc: snapshot.cc,
    reply: zones.reply,
    signature: zones.signature,
    contacts,
    commitments,
    signals,
    lowConfidence: snapshot.lowConfidence,
    source: snapshot.source,
    ...(snapshot.url ? { url: snapshot.url } : {}),
  };
}

/** Raw RFC 822 message in, Extraction out. Throws MimeError on unreadable input. */
export async function extractEml(raw: Uint8Array | string): Promise<Extraction> {
  return extract(await parseMime(raw));
}
