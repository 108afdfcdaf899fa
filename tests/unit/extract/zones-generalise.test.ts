// Behaviour that must not depend on a fitted list: own sample text only.
import { describe, expect, it } from 'vitest';
import { splitZones } from '../../../lib/extract/zones';
import { FIRST_NAMES } from '../../../lib/extract/zones-patterns';

describe('sign-off names', () => {
  it('recognises a common first name signing off without a closing', () => {
    const z = splitZones('The invoices for March are attached.\n\nMichael', {});
    expect(z.signature).toBe('Michael');
    expect(z.reply).toContain('Michael');
  });

  it('recognises a rare first name under a closing (structure, not a list)', () => {
    expect(FIRST_NAMES.has('thaddeus')).toBe(false);
    const z = splitZones('I can take the Tuesday slot.\n\nBest regards,\nThaddeus', {});
    expect(z.signature).toBe('Best regards,\nThaddeus');
  });

  it("recognises a rare name that is the sender's display name", () => {
    const z = splitZones('Numbers look right to me.\n\nOrla', { senderName: 'Orla Byrne', senderEmail: 'ob@example.com' });
    expect(z.signature).toBe('Orla');
  });
});

describe('new text between and after quotes (inline / bottom posting)', () => {
  it('keeps answers written between quote blocks separated by a snip mark', () => {
    const text = [
      'Hi Priya,', '',
      'On 3/4/2026 09:12, Priya Nair wrote:',
      '> Can you confirm the rack count?', '>', '',
      '...', '',
      '> And is the loading dock free on Friday?',
      '', 'Yes, the dock is booked for us from 8 to 12.', '',
      '> One more thing: the badge list.', '',
      'I will send the badge list tomorrow.', '',
      'Tom',
    ].join('\n');
    const z = splitZones(text, { senderName: 'Tom Berg' });
    expect(z.reply).toBe('Hi Priya,\n\nYes, the dock is booked for us from 8 to 12.\n\nI will send the badge list tomorrow.\n\nTom');
    expect(z.reply).not.toContain('...');
    expect(z.quoted).toContain('rack count');
  });

  it('keeps the answer when a snip mark sits between the attribution and the quote', () => {
    const text = 'Hello Ann,\n\nOn Mon, 2 Mar 2026 at 09:00, Ann Lee wrote:\n\n[]\n\n> > remove the helper\n> agreed\n\nI kept the helper, it has two callers.\n';
    expect(splitZones(text).reply).toBe('Hello Ann,\n\nI kept the helper, it has two callers.');
  });

  it('keeps a trailer written under a bottom quote and drops the attribution', () => {
    const text = 'On Tue, 3 Mar 2026 at 10:00, Ann Lee <ann@example.com> wrote:\n> Patch attached.\n\nAcked-by: Sam Roe <sam@example.org>\n';
    const z = splitZones(text, { senderName: 'Sam Roe' });
    expect(z.reply).toBe('Acked-by: Sam Roe <sam@example.org>');
  });

  it('still drops everything under an Outlook-style header block', () => {
    const text = [
      'Agreed, let us go ahead.', '',
      'From: Ann Lee <ann@example.com>', 'Sent: Tuesday, March 3, 2026 10:00 AM', 'To: Sam Roe', 'Subject: Plan', '',
      'Here is the plan.', '', '> older quote', '', 'More old text.',
    ].join('\n');
    expect(splitZones(text).reply).toBe('Agreed, let us go ahead.');
  });
});

describe('many delimiter-like lines', () => {
  const timed = (f: () => unknown): number => {
    const t = performance.now();
    f();
    return performance.now() - t;
  };
  it('still finds the trailing "-- " block and device line among thousands of candidates (catastrophic-cost guard)', () => {
    const text = 'Status below.\n' + 'step done\n--\n'.repeat(12_000) + 'Final word.\n\n-- \nRuth Okafor\nSent from my phone\n';
    let z = splitZones('');
    expect(timed(() => { z = splitZones(text, { senderName: 'Ruth Okafor' }); })).toBeLessThan(5_000);
    expect(z.signature).toContain('Ruth Okafor');
    expect(z.reply).not.toContain('Ruth Okafor');
    expect(z.reply.startsWith('Status below.')).toBe(true);
    const dev = 'ok\nSent from my iPhone\n'.repeat(12_000) + 'Thanks\n\nSent from my iPhone\n';
    expect(timed(() => { z = splitZones(dev); })).toBeLessThan(5_000);
    expect(z.reply.startsWith('ok\n')).toBe(true);
    expect(z.reply.endsWith('Sent from my iPhone')).toBe(false);
  });
});
