// English commitments: one case per phenomenon, our own sentences (no corpus text).
import { describe, expect, it } from 'vitest';
import { extractCommitments, type CommitmentContext } from '../../../lib/extract/commitments';

// Wednesday 2026-03-11, 10:00 in New York
const ctx: CommitmentContext = { sentAt: '2026-03-11T10:00:00-05:00', language: 'en', senderName: 'Ann Lee', recipientNames: ['Bob'] };
const run = (text: string) => extractCommitments(text, ctx);
const one = (text: string) => {
  const out = run(text);
  expect(out, text).toHaveLength(1);
  return out[0]!;
};

describe('promises (sender side, future, unconditional)', () => {
  it.each([
    "I'll send the signed NDA tomorrow.",
    'I will forward the updated price list by Friday.',
    'We will ship the spare parts next week.',
    'Our support team will install the patch on Monday.',
    "I'm going to draft the renewal proposal this week.",
    'I can send you the test plan tomorrow.',
    'Will do.',
    'Good catch, thanks, will fix in v2.',
    'Let me check with our finance team and get back to you.',
    'The revised invoice will be sent today.',
    'Sure, I’ll update the spreadsheet.',
    "I'm sending the deck over this afternoon.",
    "I would prefer to drop these logs - in case of error I'll log the full status.",
    'We commit to delivering the units by March 30.',
  ])('%s', (text) => {
    const c = one(text);
    expect(c.kind).toBe('promise');
    expect(c.owner).toBe('sender');
    expect(text).toContain(c.text);
  });

  it('names a third party who is committed', () => {
    const c = one('Maria Gomez will run the onsite training on Thursday.');
    expect(c).toMatchObject({ kind: 'promise', owner: 'third-party', ownerName: 'Maria Gomez' });
    expect(c.due).toBe('2026-03-12');
  });

  it('takes an assignment made by the sender as a third-party commitment', () => {
    expect(one('I have asked Peter Novak to prepare the shipping documents.')).toMatchObject({ owner: 'third-party' });
  });

  it('names a colleague of the sender as a third party', () => {
    expect(one('Tom from our legal team will send the redlines on Friday.')).toMatchObject({ owner: 'third-party', ownerName: 'Tom' });
  });

  it('keeps "we" and "our company" as the sender, not a third party', () => {
    expect(one('Two of our engineers will attend the kickoff meeting.').owner).toBe('sender');
  });
});

describe('requests (the sender asks the recipient)', () => {
  it.each([
    'Could you send me the purchase order number?',
    'Please review the draft contract by Friday.',
    'Can your team confirm the delivery address?',
    'Would you mind sharing the test results?',
    'Please let me know whether the new build works for you.',
    "I'd appreciate it if you could sign the form today.",
    'Kindly return the countersigned copy.',
    'Send me the updated forecast when you have it.',
    'Yes, please.',
    'I would like to know when the budget is approved.',
    'Would you be able to join a call on Tuesday?',
    'Could we schedule a call next week?',
    'Any update on the PO?',
    'Remember to bring your badge on Monday.',
    "Let's talk tomorrow about the renewal.",
    'Are you available on Thursday afternoon?',
    "Dave, why don't you send it to Steve for review.",
    'I just wanted to know whether you still had time for a quick call.',
    'I would like to meet with you next week.',
    'Care to send a patch?',
    'Would be great if you could test this on your board.',
  ])('%s', (text) => {
    const c = one(text);
    expect(c.kind).toBe('request');
    expect(c.owner).toBe('recipient');
  });

  it('reads the due date from the clause', () => {
    expect(one('Please send the signed quote by next Tuesday.')).toMatchObject({ due: '2026-03-17', dueText: expect.stringContaining('next Tuesday') });
  });
});

describe('not commitments', () => {
  it.each([
    ['past action', 'I sent the quote yesterday.'],
    ['past action with have', "We've already shipped the first batch."],
    ['conditional offer', 'If you want, I could take a look at the logs.'],
    ['offer with "if needed"', 'I can help with the migration if needed.'],
    ['conditional promise', 'If the budget is approved, we will order 50 more units.'],
    ['plan with no one committed', 'It would be nice to run a joint workshop at some point.'],
    ['stated plan', 'We plan to start assembly in May.'],
    ['courtesy: questions', 'Let me know if you have any questions.'],
    ['courtesy: reach out', 'Feel free to reach out if anything is unclear.'],
    ['courtesy: do not hesitate', "Please don't hesitate to contact me."],
    ['courtesy: thanks', 'Thanks for your help with the pilot.'],
    ['conditional request', 'If you have any questions, please call me.'],
    ['information question', 'Which version are you running?'],
    ['information', 'The site visit will be held on March 19 at the pump station.'],
    ['quoted promise', 'He wrote "I will send the report tomorrow" but nothing came.'],
    ['attachment note', 'Please find attached the minutes of the meeting.'],
    ['negated', "We won't be able to deliver before April."],
    ['a question about a promise', 'Should I resend the invoice?'],
    ['hedge', 'Maybe I will have time to look at it next month.'],
    ['keeping posted', "I'll keep you posted."],
    ['state, not action', 'I will be out of the office until Monday.'],
    ['code line', 'return ERR_PTR(-ENOMEM);'],
    ['progressive without a time', "I'm working on the quote."],
    ['progressive state', 'What I am struggling with today is the boot order.'],
    ['future state', 'We will be living on the fifth floor from May.'],
    ['plain yes/no question', 'Do you know who handles procurement?'],
    ['habit', 'Once that is done, I will generally switch to qemu.'],
    ['help text', 'print environment variables'],
    ['column layout', 'Issue  a command        - run it'],
    ['environment footer', 'Please consider the environment before printing this email.'],
    ['a worry about the future', "I'm worried that we'll end up with two forks."],
    ['quoted passive', 'and the title said "will be replaced..."'],
    ['status with using', 'I will be using a Raspberry Pi for the tests.'],
    ['discourse "I will note"', 'and I will note, that code is a mess'],
    ['going to a place', 'I am going to Chicago tomorrow on business.'],
    ['please as a verb', 'A selection sure to please every buyer.'],
    ['meeting talk without a time', "Let's talk."],
    ['availability without a time', 'Are you available?'],
    ['newsletter boilerplate', 'To ensure delivery to your inbox, please add news@example.com to your address book.'],
  ])('%s', (_label, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('clauses and spans', () => {
  it('still finds a promise that only mentions a quoted word', () => {
    expect(one('I will send the "final" report tomorrow.').kind).toBe('promise');
  });

  it('copies the text exactly from the reply', () => {
    const reply = 'Hi Bob,\n\nThanks for the call. I will send the revised\nquote on Monday.\n\nBest,\nAnn';
    const out = run(reply);
    expect(out).toHaveLength(1);
    expect(reply).toContain(out[0]!.text);
    expect(out[0]!.text).toContain('revised\nquote on Monday');
    expect(out[0]!.due).toBe('2026-03-16');
  });

  it('splits a promise and a request made in one sentence', () => {
    const out = run("I'll send the quote on Friday; could you confirm the quantities by Thursday?");
    expect(out.map((c) => c.kind)).toEqual(['promise', 'request']);
    expect(out.map((c) => c.due)).toEqual(['2026-03-13', '2026-03-12']);
  });

  it('finds several commitments in a message, each once', () => {
    const reply = [
      'Thanks for meeting us on Monday.',
      'We will send the pilot statement of work tomorrow.',
      'Please confirm the site contact by Friday.',
      'Let me know if you have any questions.',
    ].join(' ');
    expect(run(reply).map((c) => [c.kind, c.owner])).toEqual([['promise', 'sender'], ['request', 'recipient']]);
  });

  it('keeps CRLF line breaks inside the copied text', () => {
    const reply = 'Hi,\r\n\r\nI will place the check behind a config option and resend the\r\nseries on Monday.\r\n\r\nThanks';
    const out = run(reply);
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toBe('I will place the check behind a config option and resend the\r\nseries on Monday.');
  });

  it('reads a Chinese line inside an English reply with Chinese dates', () => {
    const out = run('Hi Li,\n\n报价单我们下周三前发给您。\n\nThanks, Ann');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: 'promise', due: '2026-03-18' });
  });

  it('gives no due date when the message has no sent date', () => {
    const c = extractCommitments('I will send it tomorrow.', { ...ctx, sentAt: null })[0]!;
    expect(c.due).toBeNull();
    expect(c.dueText).toBe('tomorrow');
  });

  it('keeps confidence within 0..1', () => {
    for (const c of run('Please call me. I will send it. Will do. Thanks in advance.')) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
  });
});
