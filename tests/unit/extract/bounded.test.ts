import { describe, expect, it } from 'vitest';
import { extract, MAX_MINED } from '../../../lib/extract/index';
import type { EmailSnapshot } from '../../../lib/model/email';

const snap = (text: string): EmailSnapshot => ({
  messageId: '<big@x>', threadId: null, subject: 'Pilot', from: { name: 'Ann Lee', email: 'ann@customer.com' }, replyTo: [],
  to: [{ name: '', email: 'me@vendor.com' }], cc: [], date: '2026-11-02T09:00:00+08:00', text, quotedText: null,
  signatureText: null, headers: {}, source: 'test', lowConfidence: false,
});

describe('bounded work per message', () => {
  it('mines only the first MAX_MINED characters of a huge new text, and still finds what is there', () => {
    const filler = 'The weather was fine and the meeting went well. '.repeat(Math.ceil((MAX_MINED * 2) / 48));
    const x = extract(snap(`I will send the revised quote by Friday.\n\n${filler}\n\nWe will also ship the pilot kit tomorrow.`));
    const texts = x.commitments.map((c) => c.text);
    expect(texts.some((t) => t.includes('revised quote'))).toBe(true);
    expect(texts.some((t) => t.includes('pilot kit'))).toBe(false); // beyond the mined part
    expect(x.reply.length).toBeGreaterThan(MAX_MINED); // the reply itself is kept whole
  });
});
