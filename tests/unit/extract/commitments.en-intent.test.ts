// English: first-person intent, asks for someone's cycles, and "X will be ready" only when X is
// the sender's or a time is promised. Our own sentences (none copied from the corpus).
import { describe, expect, it } from 'vitest';
import { extractCommitments, type CommitmentContext } from '../../../lib/extract/commitments';

const ctx: CommitmentContext = { sentAt: '2026-03-11T10:00:00+00:00', language: 'en', senderName: 'Ann', recipientNames: ['Bob'] };
const kinds = (text: string) => extractCommitments(text, ctx).map((c) => c.kind);

describe('found', () => {
  it.each([
    ['ask by name for cycles', 'Bob, do you have a cycle to look at this fix?', 'request'],
    ['ask for time to review', 'Do you have time to review the second patch?', 'request'],
    ['intent with an action', 'I intend to rework the locking in the next version.', 'promise'],
    ['progressive, momentarily', "I'm submitting a patch to fix that momentarily.", 'promise'],
    ['keep old code as fallback', "I'll keep the old code as fallback.", 'promise'],
    ['our thing will be ready', 'Our build will be ready tomorrow.', 'promise'],
    ['a thing ready by a date', 'The fix will be ready by Friday.', 'promise'],
    ['can ship with a time', 'We can ship the replacement board tomorrow.', 'promise'],
    ['send an address (not to unsubscribe)', 'Send me your shipping address by Friday.', 'request'],
  ])('%s', (_l, text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });
});

describe('not commitments', () => {
  it.each([
    ['a thing, compared, no one committed', 'So the probe function will be ready earlier than before.'],
    ['a thing, no time', 'The new table will be done.'],
    ['perception + can', 'I can hear the fan still spinning after 5 minutes.'],
    ['keep someone in mind', "I'll keep you in mind."],
    ['stated plan', 'We plan to revisit the design in May.'],
    ['service offer', 'From our local warehouse we are able to offer delivery within 3-7 days.'],
    ['unsubscribe line', 'Send your address to remove.'],
  ])('%s', (_l, text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('epistemic "if"', () => {
  it('reads an ask hedged with "if that\'s right"', () => {
    expect(kinds("If that's right, Bob, do you have a cycle to look at this one-line fix?")).toEqual(['request']);
  });
  it('still drops an ask conditional on the reader', () => {
    expect(kinds('If you have questions, please call me.')).toEqual([]);
  });
});
