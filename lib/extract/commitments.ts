// STUB: replaced by the commitments work.
import type { CommitmentMention } from '../model/extraction';
export interface CommitmentContext {
  /** ISO 8601 with the sender's offset; the anchor for relative dates. */
  sentAt: string | null;
  language: string;
  senderName: string;
  recipientNames: string[];
}
export function extractCommitments(_reply: string, _ctx: CommitmentContext): CommitmentMention[] {
  return [];
}
