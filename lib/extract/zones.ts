// STUB: replaced by the zones work (quote / signature / disclaimer separation).
export interface Zones {
  /** New text (GUIDE.md "reply"): no quoted history, no disclaimer, no `-- ` signature block, no device line. */
  reply: string;
  /** Lines at the end of the new text that identify the sender, or null. */
  signature: string | null;
  /** Quoted history (everything from the first quote marker on), '' when none. */
  quoted: string;
  /** Legal disclaimer text, or null. */
  disclaimer: string | null;
}
export interface ZoneOptions {
  senderName?: string;
  senderEmail?: string;
  /** When the source (an adapter) already separated the signature. */
  signatureText?: string | null;
}
export function splitZones(text: string, _opts: ZoneOptions = {}): Zones {
  return { reply: text.trim(), signature: null, quoted: '', disclaimer: null };
}
